import type { ReactNode } from 'react';
import { useI18n } from './useI18n';

export interface Column<T> {
  id: string;
  labelKey: string;
  render: (row: T) => ReactNode;
  /** The server's sort name; the column header becomes a sort button when set. */
  sortField?: string;
}

interface Props<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Current sort as the server spells it: `title` ascending, `-title` descending. */
  sort?: string;
  onSort?: (sort: string) => void;
  testId?: string;
  rowTestId?: string;
  emptyKey?: string;
  onRowClick?: (row: T) => void;
  /** A class for one row, e.g. to mark an overdue task. */
  rowClass?: (row: T) => string | undefined;
  /** `data-*` attributes of one row (a `data-testid` here wins over `rowTestId`). */
  rowData?: (row: T) => { [key: `data-${string}`]: string | undefined };
}

/** Next sort when a header is clicked: a new column starts ascending, the same one flips. */
export function nextSort(current: string | undefined, sortField: string): string {
  return current === sortField ? `-${sortField}` : sortField;
}

function SortButton({ label, sortField, sort, onSort }: { label: string; sortField: string; sort?: string; onSort?: (s: string) => void }) {
  const arrow = sort === sortField ? ' ▲' : sort === `-${sortField}` ? ' ▼' : '';
  return (
    <button type="button" className="sort-button" data-testid={`sort-${sortField}`} onClick={() => onSort?.(nextSort(sort, sortField))}>
      {label}
      <span aria-hidden="true">{arrow}</span>
    </button>
  );
}

function ariaSort(sort: string | undefined, sortField: string | undefined) {
  if (!sortField) return undefined;
  if (sort === sortField) return 'ascending';
  if (sort === `-${sortField}`) return 'descending';
  return 'none';
}

/** A table that stacks into cards on narrow screens (each cell carries its column label). */
export function Table<T>({ rows, columns, rowKey, sort, onSort, testId, rowTestId, emptyKey, onRowClick, rowClass, rowData }: Props<T>) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table stack" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={ariaSort(sort, c.sortField)}>
                {c.sortField ? <SortButton label={t(c.labelKey)} sortField={c.sortField} sort={sort} onSort={onSort} /> : t(c.labelKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              data-testid={rowTestId}
              {...rowData?.(row)}
              className={[onRowClick ? 'clickable' : '', rowClass?.(row) ?? ''].filter(Boolean).join(' ') || undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
            >
              {columns.map((c) => (
                <td key={c.id} data-label={t(c.labelKey)}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && emptyKey && (
            <tr className="empty">
              <td colSpan={columns.length}>{t(emptyKey)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
