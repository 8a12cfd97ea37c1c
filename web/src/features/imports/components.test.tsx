import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { ColumnSelect } from './ColumnSelect';
import { decodeHead, detectDelimiter, firstLine, guessEncoding, readFileHeader, readHeader, splitCsvLine } from './csvHeader';
import { fileStem, ImportForm } from './ImportForm';
import { ImportList } from './ImportList';
import { ImportResult } from './ImportResult';
import { emptyMapping, guessColumns, importBody, mappingOf, missingColumns, valuesOf } from './mappingForm';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en', permissions = ['case.read', 'import.create']) =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(permissions)}>{node}</SessionProvider>
    </I18nProvider>,
  );

/** "Номер А;Сумма" in Windows-1251. */
const CP1251 = new Uint8Array([0xcd, 0xee, 0xec, 0xe5, 0xf0, 0x20, 0xc0, 0x3b, 0xd1, 0xf3, 0xec, 0xec, 0xe0, 0x0a]);

describe('CSV header', () => {
  it('splits a line with quotes and finds the delimiter', () => {
    expect(splitCsvLine('"a ""b""", c ,"d,e"', ',')).toEqual(['a "b"', 'c', 'd,e']);
    expect(detectDelimiter('caller;callee;start')).toBe(';');
    expect(detectDelimiter('caller\tcallee')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('reads the first line without the BOM, dropping empty and repeated names', () => {
    expect(firstLine('\uFEFFa,b\r\n1,2')).toBe('a,b');
    expect(readHeader('\uFEFFcaller;callee;;caller;"start time"\n+7701;+7702;;x;y')).toEqual({ delimiter: ';', names: ['caller', 'callee', 'start time'] });
    expect(readHeader('a|b', '|').names).toEqual(['a', 'b']);
  });

  it('tells UTF-8 from Windows-1251 and decodes it', async () => {
    expect(guessEncoding(new TextEncoder().encode('Номер А;Сумма\n'))).toBe('utf-8');
    // A Cyrillic letter cut in half at the end of the sample is still UTF-8.
    expect(guessEncoding(new TextEncoder().encode('Номер').subarray(0, 9))).toBe('utf-8');
    expect(guessEncoding(CP1251)).toBe('windows-1251');
    expect(decodeHead(CP1251, 'windows-1251')).toBe('Номер А;Сумма\n');
    const head = await readFileHeader(new Blob([CP1251]));
    expect(head).toEqual({ delimiter: ';', names: ['Номер А', 'Сумма'], encoding: 'windows-1251' });
  });
});

describe('mapping form → mapping JSON', () => {
  it('keeps only the chosen columns of the kind, with the call options', () => {
    const v = { ...emptyMapping('calls'), name: ' Beeline ', columns: { caller: 'A', callee: 'B', start: 'T', duration: 'D', cell: ' ', from_account: 'X' }, time_format: 'dmy' as const, duration_format: 'hms' as const, region: 'kz', delimiter: ';' };
    expect(mappingOf(v)).toEqual({
      version: 1, kind: 'calls', name: 'Beeline', columns: { caller: 'A', callee: 'B', start: 'T', duration: 'D' },
      time_format: 'dmy', duration_format: 'hms', region: 'KZ', encoding: 'utf-8', delimiter: ';',
    });
    // No duration column: no duration format; no region: none sent.
    expect(mappingOf({ ...v, columns: { caller: 'A' }, region: '' })).toEqual({ version: 1, kind: 'calls', name: 'Beeline', columns: { caller: 'A' }, time_format: 'dmy', encoding: 'utf-8', delimiter: ';' });
  });

  it('sends the decimal mark and currency for transactions', () => {
    const v = { ...emptyMapping('transactions'), columns: { from_account: 'Payer', to_account: 'Payee', amount: 'Sum', date: 'Date', caller: 'nope' }, decimal: ',' as const, currency: 'kzt', encoding: 'windows-1251' as const };
    expect(mappingOf(v)).toEqual({
      version: 1, kind: 'transactions', name: '', columns: { from_account: 'Payer', to_account: 'Payee', amount: 'Sum', date: 'Date' },
      time_format: 'iso', decimal: ',', currency: 'KZT', encoding: 'windows-1251',
    });
    expect(valuesOf(mappingOf(v)).columns).toEqual({ from_account: 'Payer', to_account: 'Payee', amount: 'Sum', date: 'Date' });
  });

  it('names the required columns still missing', () => {
    expect(missingColumns(emptyMapping('calls'))).toEqual(['caller', 'callee', 'start']);
    expect(missingColumns({ ...emptyMapping('transactions'), columns: { from_account: 'a', amount: 'b' } })).toEqual(['to_account', 'date']);
  });

  it('guesses columns from header names in English and Russian, each header once', () => {
    expect(guessColumns('calls', ['Номер А', 'Номер Б', 'Дата и время', 'Длительность', 'Cell ID'])).toEqual({ caller: 'Номер А', callee: 'Номер Б', start: 'Дата и время', duration: 'Длительность', cell: 'Cell ID' });
    expect(guessColumns('transactions', ['Date', 'From', 'To', 'Amount', 'Currency'])).toEqual({ from_account: 'From', to_account: 'To', amount: 'Amount', date: 'Date', currency: 'Currency' });
    expect(guessColumns('calls', ['x', 'y'])).toEqual({});
  });

  it('builds the import body with a saved mapping or the column form', () => {
    expect(importBody({ documentId: 'd1', kind: 'calls', source: { saved: 'Beeline' }, onError: 'refuse', saveMapping: true })).toEqual({ document_id: 'd1', kind: 'calls', mapping_name: 'Beeline', on_error: 'refuse' });
    const body = importBody({ documentId: 'd1', kind: 'calls', source: { values: { ...emptyMapping('calls'), name: 'x', columns: { caller: 'A' } } }, onError: 'skip', saveMapping: true });
    expect(body).toMatchObject({ document_id: 'd1', kind: 'calls', on_error: 'skip', save_mapping: true, mapping: { kind: 'calls', name: 'x', columns: { caller: 'A' } } });
    expect(importBody({ documentId: 'd1', kind: 'calls', source: { values: emptyMapping('calls') }, onError: 'skip', saveMapping: false })).not.toHaveProperty('save_mapping');
    expect(fileStem('beeline.may.csv')).toBe('beeline.may');
    expect(fileStem('.csv')).toBe('.csv');
  });
});

describe('imports components', () => {
  it('the form has the test ids the end-to-end test uses, only with import.create', () => {
    const html = wrap(<ImportForm caseId="c1" onImported={() => undefined} />);
    for (const id of ['import-file', 'import-kind', 'import-source-saved', 'import-col-caller', 'import-col-callee', 'import-col-start', 'import-on-error', 'import-save-mapping', 'import-run']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('import-col-amount');
    expect(wrap(<ImportForm caseId="c1" onImported={() => undefined} />, 'ru')).toContain('Кто звонил');
  });

  it('a column is a select of the header names once a header is read, else a text field', () => {
    const select = wrap(<ColumnSelect column="caller" value="Old" headers={['A', 'B']} required error="Missing" onChange={() => undefined} />);
    expect(select).toMatch(/<select id="import-col-caller"[^>]*data-testid="import-col-caller"/);
    expect(select).toContain('<option value="Old" selected="">Old</option><option value="A">A</option><option value="B">B</option>');
    expect(select).toContain('Missing');
    expect(wrap(<ColumnSelect column="cell" value="" headers={[]} required={false} onChange={() => undefined} />)).toMatch(/<input id="import-col-cell"/);
  });

  it('shows the result with the bad rows by line', () => {
    const html = wrap(<ImportResult job={{ id: 'i1', status: 'published', rows_ok: 41, rows_bad: 2, errors: [{ line: 7, field: 'start', reason: 'invalid_date', value: '32.13.2026' }, { line: 3, field: 'caller', reason: 'odd', value: 'abc' }] }} />, 'ru');
    expect(html).toContain('data-testid="import-result" data-status="published" data-rows-ok="41" data-rows-bad="2"');
    expect(html).toContain('Импортирована 41 строка');
    expect(html).toContain('2 ошибочные строки');
    expect(html.indexOf('data-line="3"')).toBeLessThan(html.indexOf('data-line="7"'));
    expect(html).toContain('odd');
    expect(wrap(<ImportResult job={{ id: 'i1', status: 'published', rows_ok: 0, rows_bad: 0, already_imported: true }} />)).toContain('data-testid="import-already"');
  });

  it('lists past imports with their outcome and file', () => {
    const html = wrap(<ImportList caseId="c1" rows={[{ id: 'i0', status: 'refused', kind: 'transactions', document_id: 'd0', rows_ok: 0, rows_bad: 3, mapping_name: 'Halyk' }]} />);
    expect(html).toContain('Refused');
    expect(html).toContain('Bank transactions');
    expect(html).toContain('href="/cases/c1/documents/d0"');
    expect(html).toContain('0 imported, 3 bad');
    expect(html).not.toContain('data-testid="import-discard"');
  });

  it('an interrupted import says how to go on and can be discarded, only with import.create', () => {
    const rows = [
      { id: 'i1', status: 'staging', kind: 'calls' as const, file_name: 'cdr.csv', rows_ok: 400, rows_bad: 0 },
      { id: 'i2', status: 'discarded', kind: 'calls' as const, file_name: 'old.csv', rows_ok: 10, rows_bad: 0 },
    ];
    const html = wrap(<ImportList caseId="c1" rows={rows} />);
    expect(html).toContain('Interrupted');
    expect(html).toContain('Discarded');
    expect(html).toContain('data-testid="import-staging-help"');
    expect(html.match(/data-testid="import-discard"/g)).toHaveLength(1);
    const ru = wrap(<ImportList caseId="c1" rows={rows} />, 'ru');
    expect(ru).toContain('Прерван');
    expect(ru).toContain('Отменить');
    expect(html).toContain('400 stored so far, 0 bad');
    expect(wrap(<ImportList caseId="c1" rows={rows} />, 'en', ['case.read'])).not.toContain('data-testid="import-discard"');
  });
});
