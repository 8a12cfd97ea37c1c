import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { StatusBadge } from './StatusBadge';
import type { ImportJob, RowError } from './types';

/** One import's outcome: published or refused, rows read and refused, and each bad row by its line. */
export function ImportResult({ job }: { job: ImportJob }) {
  const { t, has } = useI18n();
  const errors = [...(job.errors ?? [])].sort((a, b) => a.line - b.line);
  const columns: Column<RowError>[] = [
    { id: 'line', labelKey: 'imports.errors.line', render: (e) => e.line },
    { id: 'field', labelKey: 'imports.errors.field', render: (e) => <span className="mono">{e.field}</span> },
    { id: 'reason', labelKey: 'imports.errors.reason', render: (e) => (has(`errors.${e.reason}`) ? t(`errors.${e.reason}`) : e.reason) },
    { id: 'value', labelKey: 'imports.errors.value', render: (e) => <span className="mono">{e.value ?? ''}</span> },
  ];
  return (
    <section className="card stack-gap" data-testid="import-result" data-status={job.status} data-rows-ok={job.rows_ok} data-rows-bad={job.rows_bad}>
      <p className="badges">
        <StatusBadge status={job.status} />
        <span data-testid="import-rows-ok">{t('imports.result.rows_ok', { count: job.rows_ok ?? 0 })}</span>
        <span data-testid="import-rows-bad">{t('imports.result.rows_bad', { count: job.rows_bad ?? 0 })}</span>
      </p>
      {job.already_imported && <p className="alert alert-info" data-testid="import-already">{t('imports.result.already')}</p>}
      {job.status === 'refused' && <p className="alert alert-warning">{t('imports.result.refused_help')}</p>}
      {errors.length > 0 && (
        <Table rows={errors} columns={columns} rowKey={(e) => `${e.line}/${e.field}`} testId="import-errors" rowTestId="import-error" rowData={(e) => ({ 'data-line': String(e.line) })} />
      )}
    </section>
  );
}
