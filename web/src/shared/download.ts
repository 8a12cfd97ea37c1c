// Saving a file the client made or fetched (a chart's PNG or PDF, an XLSX): a temporary link.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `ariadne-chart-2026-05-17.png`: a name with today's date (UTC). */
export const datedName = (stem: string, ext: string, now = new Date()): string => `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
