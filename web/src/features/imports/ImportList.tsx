import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { KIND_KEYS } from './mappingForm';
import { StatusBadge } from './StatusBadge';
import type { ImportJob } from './types';

/** The case's past imports: when, what kind, the file, the mapping, the outcome. */
export function ImportList({ caseId, rows }: { caseId: string; rows: ImportJob[] }) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<ImportJob>[] = [
    { id: 'at', labelKey: 'imports.list.at', render: (j) => (j.created_at ? <time dateTime={j.created_at}>{formatDateTime(j.created_at)}</time> : '') },
    { id: 'kind', labelKey: 'imports.list.kind', render: (j) => (j.kind && KIND_KEYS[j.kind] ? t(KIND_KEYS[j.kind]) : (j.kind ?? '')) },
    {
      id: 'document',
      labelKey: 'imports.list.document',
      render: (j) => (j.document_id ? <Link to={`/cases/${caseId}/documents/${j.document_id}`}>{j.document_name || t('imports.list.open_document')}</Link> : ''),
    },
    { id: 'mapping', labelKey: 'imports.list.mapping', render: (j) => j.mapping_name ?? '' },
    { id: 'status', labelKey: 'imports.list.status', render: (j) => <StatusBadge status={j.status} /> },
    { id: 'rows', labelKey: 'imports.list.rows', render: (j) => t('imports.list.rows_value', { ok: j.rows_ok ?? 0, bad: j.rows_bad ?? 0 }) },
  ];
  return <Table rows={rows} columns={columns} rowKey={(j) => j.id} testId="import-list" rowTestId="import-row" rowData={(j) => ({ 'data-import-id': j.id, 'data-status': j.status })} emptyKey="imports.list.empty" />;
}
