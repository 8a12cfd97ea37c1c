// The column form's values and the mapping JSON they make.
import type { ColumnName, DurationFormat, ImportBody, ImportKind, Mapping, OnError, TimeFormat } from './types';

export const KINDS: readonly ImportKind[] = ['calls', 'transactions'];
export const KIND_KEYS: Record<ImportKind, string> = { calls: 'imports.kinds.calls', transactions: 'imports.kinds.transactions' };

export const COLUMNS: Record<ImportKind, readonly ColumnName[]> = {
  calls: ['caller', 'callee', 'start', 'duration', 'cell', 'location'],
  transactions: ['from_account', 'to_account', 'amount', 'date', 'currency', 'reference'],
};
export const REQUIRED: Record<ImportKind, readonly ColumnName[]> = {
  calls: ['caller', 'callee', 'start'],
  transactions: ['from_account', 'to_account', 'amount', 'date'],
};
export const COLUMN_KEYS: Record<ColumnName, string> = {
  caller: 'imports.columns.caller',
  callee: 'imports.columns.callee',
  start: 'imports.columns.start',
  duration: 'imports.columns.duration',
  cell: 'imports.columns.cell',
  location: 'imports.columns.location',
  from_account: 'imports.columns.from_account',
  to_account: 'imports.columns.to_account',
  amount: 'imports.columns.amount',
  date: 'imports.columns.date',
  currency: 'imports.columns.currency',
  reference: 'imports.columns.reference',
};

export const TIME_FORMATS: readonly TimeFormat[] = ['iso', 'dmy', 'epoch'];
export const TIME_FORMAT_KEYS: Record<TimeFormat, string> = { iso: 'imports.time_formats.iso', dmy: 'imports.time_formats.dmy', epoch: 'imports.time_formats.epoch' };
export const DURATION_FORMATS: readonly DurationFormat[] = ['seconds', 'hms'];
export const DURATION_FORMAT_KEYS: Record<DurationFormat, string> = { seconds: 'imports.duration_formats.seconds', hms: 'imports.duration_formats.hms' };
export const ON_ERRORS: readonly OnError[] = ['skip', 'refuse'];
export const ON_ERROR_KEYS: Record<OnError, string> = { skip: 'imports.on_error.skip', refuse: 'imports.on_error.refuse' };

export interface MappingValues {
  kind: ImportKind;
  name: string;
  columns: Partial<Record<ColumnName, string>>;
  time_format: TimeFormat;
  duration_format: DurationFormat;
  region: string;
  decimal: '.' | ',';
  currency: string;
  encoding: 'utf-8' | 'windows-1251';
  /** '' lets the server find it. */
  delimiter: string;
}

export const emptyMapping = (kind: ImportKind): MappingValues => ({
  kind,
  name: '',
  columns: {},
  time_format: 'iso',
  duration_format: 'seconds',
  region: 'KZ',
  decimal: '.',
  currency: 'KZT',
  encoding: 'utf-8',
  delimiter: '',
});

/** Required fields with no column chosen, in form order. */
export const missingColumns = (v: MappingValues): ColumnName[] => REQUIRED[v.kind].filter((c) => !v.columns[c]?.trim());

/**
 * The mapping as the server takes it: only the columns of its kind that are chosen; the duration
 * format and the phone region for calls, the decimal mark and the default currency for transactions.
 */
export function mappingOf(v: MappingValues): Mapping {
  const columns: Mapping['columns'] = {};
  for (const c of COLUMNS[v.kind]) {
    const header = v.columns[c]?.trim();
    if (header) columns[c] = header;
  }
  const m: Mapping = { version: 1, kind: v.kind, name: v.name.trim(), columns, time_format: v.time_format, encoding: v.encoding };
  if (v.kind === 'calls') {
    if (columns.duration) m.duration_format = v.duration_format;
    if (v.region.trim()) m.region = v.region.trim().toUpperCase();
  } else {
    m.decimal = v.decimal;
    if (v.currency.trim()) m.currency = v.currency.trim().toUpperCase();
  }
  if (v.delimiter) m.delimiter = v.delimiter;
  return m;
}

/** A saved mapping back into the form (to show it, or start from it). */
export function valuesOf(m: Mapping): MappingValues {
  const base = emptyMapping(m.kind);
  return {
    ...base,
    name: m.name ?? '',
    columns: { ...m.columns },
    time_format: m.time_format ?? base.time_format,
    duration_format: m.duration_format ?? base.duration_format,
    region: m.region ?? (m.kind === 'calls' ? base.region : ''),
    decimal: m.decimal ?? base.decimal,
    currency: m.currency ?? (m.kind === 'transactions' ? base.currency : ''),
    encoding: m.encoding ?? base.encoding,
    delimiter: m.delimiter ?? '',
  };
}

const SYNONYMS: Record<ColumnName, string[]> = {
  caller: ['caller', 'from', 'a_number', 'anumber', 'msisdn_a', 'calling', 'абонент_а', 'вызывающий', 'номер_а', 'кто'],
  callee: ['callee', 'to', 'b_number', 'bnumber', 'msisdn_b', 'called', 'абонент_б', 'вызываемый', 'номер_б', 'кому'],
  start: ['start', 'start_time', 'datetime', 'date_time', 'date', 'time', 'начало', 'дата', 'время', 'дата_время', 'дата_и_время'],
  duration: ['duration', 'seconds', 'length', 'длительность', 'продолжительность'],
  cell: ['cell', 'cell_id', 'lac', 'bts', 'ci', 'сота', 'базовая_станция'],
  location: ['location', 'address', 'place', 'адрес', 'место'],
  from_account: ['from_account', 'from', 'payer', 'debit', 'sender', 'source', 'счет_отправителя', 'отправитель', 'плательщик'],
  to_account: ['to_account', 'to', 'payee', 'credit', 'beneficiary', 'receiver', 'счет_получателя', 'получатель', 'бенефициар'],
  amount: ['amount', 'sum', 'value', 'сумма'],
  date: ['date', 'datetime', 'value_date', 'booking_date', 'дата', 'дата_операции'],
  currency: ['currency', 'ccy', 'валюта'],
  reference: ['reference', 'ref', 'id', 'txn', 'transaction_id', 'назначение', 'номер_документа'],
};

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s.-]+/g, '_');

/** A first guess of the columns from the header names; each header is used once, the user corrects the rest. */
export function guessColumns(kind: ImportKind, headers: string[]): Partial<Record<ColumnName, string>> {
  const out: Partial<Record<ColumnName, string>> = {};
  const used = new Set<string>();
  for (const c of COLUMNS[kind]) {
    const hit = headers.find((h) => !used.has(h) && SYNONYMS[c].includes(norm(h)));
    if (hit) {
      out[c] = hit;
      used.add(hit);
    }
  }
  return out;
}

export interface ImportChoice {
  documentId: string;
  kind: ImportKind;
  /** A saved mapping's name, or the column form's values. */
  source: { saved: string } | { values: MappingValues };
  onError: OnError;
  saveMapping: boolean;
}

export function importBody(c: ImportChoice): ImportBody {
  const body: ImportBody = { document_id: c.documentId, kind: c.kind, on_error: c.onError };
  if ('saved' in c.source) body.mapping_name = c.source.saved;
  else {
    body.mapping = mappingOf(c.source.values);
    if (c.saveMapping) body.save_mapping = true;
  }
  return body;
}
