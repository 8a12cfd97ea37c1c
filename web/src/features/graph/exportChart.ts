// The chart as a picture: PNG from Cytoscape, PDF with that PNG on one A4 page (jsPDF, loaded
// only when asked for).
import type { Core } from 'cytoscape';

const PNG_OPTIONS = { bg: '#ffffff', full: true, scale: 2, maxWidth: 4096, maxHeight: 4096 } as const;

export const chartPng = (cy: Core): Blob => cy.png({ ...PNG_OPTIONS, output: 'blob' });

/** Where an image of `ratio` (width / height) fits on a page of w × h with a margin and a title line. */
export function fitImage(ratio: number, w: number, h: number, margin: number, titleHeight: number) {
  const boxW = w - 2 * margin;
  const boxH = h - 2 * margin - titleHeight;
  const r = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  const width = Math.min(boxW, boxH * r);
  const height = width / r;
  return { x: margin + (boxW - width) / 2, y: margin + titleHeight + (boxH - height) / 2, width, height };
}

export async function chartPdf(cy: Core, title: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const bb = cy.elements().boundingBox();
  const ratio = bb.w / Math.max(1, bb.h);
  const doc = new jsPDF({ orientation: ratio >= 1 ? 'landscape' : 'portrait', unit: 'mm', format: 'a4' });
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  const at = fitImage(ratio, w, h, 10, 8);
  // jsPDF's standard fonts have no Cyrillic: the title is the date and time only, in digits.
  doc.setFontSize(11);
  doc.text(title, 10, 14);
  doc.addImage(cy.png({ ...PNG_OPTIONS, output: 'base64uri' }), 'PNG', at.x, at.y, at.width, at.height, undefined, 'FAST');
  return doc.output('blob');
}
