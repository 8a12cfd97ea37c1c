import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import type { AuditRow } from './types';

interface Props {
  rows: AuditRow[];
  /** Clicking a record fills the "who has seen this record" box. */
  onRecord: (record: string) => void;
}

export function AuditTable({ rows, onRecord }: Props) {
  const { t, has, formatDateTime } = useI18n();
  const columns: Column<AuditRow>[] = [
    { id: 'seq', labelKey: 'audit.fields.seq', render: (r) => r.seq },
    { id: 'at', labelKey: 'audit.fields.at', render: (r) => formatDateTime(r.at) },
    { id: 'user', labelKey: 'audit.fields.user', render: (r) => r.username ?? r.user_id ?? '' },
    { id: 'action', labelKey: 'audit.fields.action', render: (r) => <code>{r.action}</code> },
    { id: 'outcome', labelKey: 'audit.fields.outcome', render: (r) => (has(`audit.outcomes.${r.outcome}`) ? t(`audit.outcomes.${r.outcome}`) : r.outcome) },
    { id: 'request', labelKey: 'audit.fields.request', render: (r) => <code>{`${r.method} ${r.path}`}</code> },
    { id: 'ip', labelKey: 'audit.fields.ip', render: (r) => r.ip },
    {
      id: 'records',
      labelKey: 'audit.fields.records',
      render: (r) =>
        (r.records ?? []).map((rec) => (
          <button type="button" key={rec} className="link-button" title={t('audit.viewers.show_for')} onClick={() => onRecord(rec)}>
            {rec}
          </button>
        )),
    },
    { id: 'alert', labelKey: 'audit.fields.alert', render: (r) => (r.alert ? <span className="badge badge-alert">{t('audit.messages.alert')}</span> : '') },
  ];
  return <Table rows={rows} columns={columns} rowKey={(r) => String(r.seq)} testId="audit-table" rowTestId="audit-row" emptyKey="audit.messages.empty" />;
}
