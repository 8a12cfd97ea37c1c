// Shapes of /api/v1/cases/{id}/imports and /api/v1/import-mappings.

export type ImportKind = 'calls' | 'transactions';
export type CallColumn = 'caller' | 'callee' | 'start' | 'duration' | 'cell' | 'location';
export type TransactionColumn = 'from_account' | 'to_account' | 'amount' | 'date' | 'currency' | 'reference';
export type ColumnName = CallColumn | TransactionColumn;
export type TimeFormat = 'iso' | 'dmy' | 'epoch';
export type DurationFormat = 'seconds' | 'hms';
export type OnError = 'skip' | 'refuse';

export interface Mapping {
  version: 1;
  kind: ImportKind;
  name: string;
  /** Field → the file's column header. */
  columns: Partial<Record<ColumnName, string>>;
  time_format: TimeFormat;
  duration_format?: DurationFormat;
  region?: string;
  decimal?: '.' | ',';
  currency?: string;
  encoding?: 'utf-8' | 'windows-1251';
  delimiter?: string;
}

export interface SavedMapping {
  kind: ImportKind;
  name: string;
  mapping: Mapping;
}

export interface ImportBody {
  document_id: string;
  kind: ImportKind;
  mapping?: Mapping;
  mapping_name?: string;
  on_error: OnError;
  save_mapping?: boolean;
}

export interface RowError {
  line: number;
  field: string;
  reason: string;
  value?: string;
}

export interface ImportJob {
  id: string;
  /** staging: interrupted (run the same file again to go on, or discard it). */
  status: 'published' | 'refused' | 'staging' | 'discarded' | string;
  file_name?: string;
  kind?: ImportKind;
  document_id?: string;
  document_name?: string;
  mapping_name?: string;
  rows_ok: number;
  rows_bad: number;
  errors?: RowError[];
  already_imported?: boolean;
  created_at?: string;
  created_by?: { display_name?: string; username?: string } | string;
}
