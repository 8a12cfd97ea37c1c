import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { discardImport } from './api';
import { KIND_KEYS } from './mappingForm';
import { StatusBadge } from './StatusBadge';
import type { ImportJob } from './types';

/**
 * The case's past imports: when, what kind, the file, the mapping, the outcome. An interrupted
 * one says how to go on, and with `import.create` it can be discarded (its staged rows deleted).
 */
export function ImportList({ caseId, rows, onChange }: { caseId: string; rows: ImportJob[]; onChange?: () => void }) {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const discard = useAction();
  const discardJob = (j: ImportJob) => {
    if (!window.confirm(t('imports.list.discard_confirm', { file: j.document_name || j.file_name || '', count: j.rows_ok ?? 0 }))) return;
    discard.run(() => discardImport(caseId, j.id), () => onChange?.());
  };
  const columns: Column<ImportJob>[] = [
    { id: 'at', labelKey: 'imports.list.at', render: (j) => (j.created_at ? <time dateTime={j.created_at}>{formatDateTime(j.created_at)}</time> : '') },
    { id: 'kind', labelKey: 'imports.list.kind', render: (j) => (j.kind && KIND_KEYS[j.kind] ? t(KIND_KEYS[j.kind]) : (j.kind ?? '')) },
    {
      id: 'document',
      labelKey: 'imports.list.document',
      render: (j) => (j.document_id ? <Link to={`/cases/${caseId}/documents/${j.document_id}`}>{j.document_name || t('imports.list.open_document')}</Link> : (j.file_name ?? '')),
    },
    { id: 'mapping', labelKey: 'imports.list.mapping', render: (j) => j.mapping_name ?? '' },
    {
      id: 'status',
      labelKey: 'imports.list.status',
      render: (j) => (
        <>
          <StatusBadge status={j.status} />
          {j.status === 'staging' && <p className="muted" data-testid="import-staging-help">{t('imports.list.staging_help')}</p>}
        </>
      ),
    },
    {
      id: 'rows',
      labelKey: 'imports.list.rows',
      render: (j) => t(j.status === 'staging' ? 'imports.list.rows_staged' : 'imports.list.rows_value', { ok: j.rows_ok ?? 0, bad: j.rows_bad ?? 0 }),
    },
  ];
  if (can('import.create') && rows.some((j) => j.status === 'staging')) {
    columns.push({
      id: 'actions',
      labelKey: 'common.actions',
      render: (j) =>
        j.status === 'staging' ? (
          <button type="button" className="danger" disabled={discard.busy} data-testid="import-discard" onClick={() => discardJob(j)}>
            {t('imports.list.discard')}
          </button>
        ) : null,
    });
  }
  return (
    <>
      <ProblemAlert error={discard.error} />
      <Table rows={rows} columns={columns} rowKey={(j) => j.id} testId="import-list" rowTestId="import-row" rowData={(j) => ({ 'data-import-id': j.id, 'data-status': j.status })} emptyKey="imports.list.empty" />
    </>
  );
}
