import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { listViewers } from './api';
import type { AuditViewer } from './types';

/** "Who has seen this record": record ids look like `case:<id>`. */
export function AuditViewers({ record: preset }: { record: string }) {
  const { t, formatDateTime } = useI18n();
  const [record, setRecord] = useState(preset);
  const [viewers, setViewers] = useState<AuditViewer[] | null>(null);
  const { busy, error, run } = useAction();
  const show = useCallback(
    (rec: string) => run(() => listViewers(rec), (answer) => setViewers(answer.items ?? [])),
    [run],
  );
  useEffect(() => {
    if (!preset) return;
    setRecord(preset);
    show(preset);
  }, [preset, show]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (record.trim()) show(record.trim());
  };
  const columns: Column<AuditViewer>[] = [
    { id: 'user', labelKey: 'audit.fields.user', render: (v) => v.username },
    { id: 'count', labelKey: 'audit.viewers.count', render: (v) => v.count },
    { id: 'first', labelKey: 'audit.viewers.first_at', render: (v) => formatDateTime(v.first_at) },
    { id: 'last', labelKey: 'audit.viewers.last_at', render: (v) => formatDateTime(v.last_at) },
  ];
  return (
    <section className="card" data-testid="audit-viewers">
      <h2>{t('audit.viewers.title')}</h2>
      <form className="inline-row" onSubmit={submit}>
        <label className="filter filter-grow">
          <span>{t('audit.fields.record')}</span>
          <input value={record} placeholder="case:…" data-testid="audit-viewers-record" onChange={(e) => setRecord(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !record.trim()} data-testid="audit-viewers-submit">
          {t('buttons.show')}
        </button>
      </form>
      <ProblemAlert error={error} />
      {viewers && <Table rows={viewers} columns={columns} rowKey={(v) => v.user_id} emptyKey="audit.viewers.empty" />}
    </section>
  );
}
