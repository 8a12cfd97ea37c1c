// The header line of a CSV file, read in the browser so the mapping form can offer its column names.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Enough bytes for any header line. */
export const HEAD_BYTES = 64 * 1024;

/** The fields of one CSV line: `"a ""b""",c` → [`a "b"`, `c`]. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

/** The delimiter that splits the line into the most fields (outside quotes); a comma when none does. */
export function detectDelimiter(line: string): string {
  let best: string = ',';
  let most = 1;
  for (const d of DELIMITERS) {
    const n = splitCsvLine(line, d).length;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

/** The first line, without a byte-order mark or the line break. */
export function firstLine(text: string): string {
  const s = text.replace(/^\uFEFF/, '');
  const end = s.search(/\r?\n/);
  return end < 0 ? s : s.slice(0, end);
}

export interface Header {
  delimiter: string;
  names: string[];
}

/** The column names of the header (empty names dropped, each once). */
export function readHeader(text: string, delimiter?: string): Header {
  const line = firstLine(text);
  const d = delimiter || detectDelimiter(line);
  const names: string[] = [];
  for (const n of splitCsvLine(line, d)) if (n && !names.includes(n)) names.push(n);
  return { delimiter: d, names };
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1251 (the usual export of Kazakh and Russian banks and operators). */
export function guessEncoding(bytes: Uint8Array): 'utf-8' | 'windows-1251' {
  try {
    // A multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lastWhole(bytes)));
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

/** Length of the sample without a trailing, incomplete UTF-8 sequence. */
function lastWhole(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0 || bytes[i] < 0xc0) return bytes.length;
  const need = bytes[i] >= 0xf0 ? 4 : bytes[i] >= 0xe0 ? 3 : 2;
  return back + 1 < need ? i : bytes.length;
}

export function decodeHead(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1251'): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The header of a chosen file: its first 64 kB, decoded with the guessed encoding. */
export async function readFileHeader(file: Blob): Promise<Header & { encoding: 'utf-8' | 'windows-1251' }> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const encoding = guessEncoding(bytes);
  return { ...readHeader(decodeHead(bytes, encoding)), encoding };
}
