import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { addLink } from './api';
import type { Case, CaseLink } from './types';

function LinkAddForm({ caseId, onSaved }: { caseId: string; onSaved: (c: Case) => void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => addLink(caseId, { case_id: target.trim(), reason: reason.trim() }), (c) => {
      setTarget('');
      setReason('');
      onSaved(c);
    });
  };
  return (
    <form className="card inline-form" onSubmit={submit} data-testid="link-add-form">
      <h3>{t('case.links.add_title')}</h3>
      <div className="field">
        <label htmlFor="link-case-id">{t('case.links.fields.case_id')}</label>
        <input id="link-case-id" value={target} autoComplete="off" data-testid="link-case-id" onChange={(e) => setTarget(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="link-reason">{t('case.links.fields.reason')}</label>
        <input id="link-reason" value={reason} data-testid="link-reason" onChange={(e) => setReason(e.target.value)} />
      </div>
      <ProblemAlert error={action.error} fieldPrefix="case.links.fields" />
      <button type="submit" className="primary" disabled={action.busy || !target.trim()} data-testid="link-add-submit">
        {t('buttons.add')}
      </button>
    </form>
  );
}

export function CaseLinks({ c, onChange }: { c: Case; onChange: (c: Case) => void }) {
  const { t } = useI18n();
  const columns: Column<CaseLink>[] = [
    { id: 'reference', labelKey: 'case.fields.reference', render: (l) => <Link to={`/cases/${l.case_id}`}>{l.reference}</Link> },
    { id: 'title', labelKey: 'case.fields.title', render: (l) => l.title },
    { id: 'reason', labelKey: 'case.links.fields.reason', render: (l) => l.reason },
  ];
  return (
    <div className="stack-gap" data-testid="case-links">
      <h2>{t('case.links.title')}</h2>
      <Table rows={c.links ?? []} columns={columns} rowKey={(l) => l.case_id} rowTestId="link-row" emptyKey="case.links.empty" />
      <Permission anyOf={['case.update']}>
        <LinkAddForm caseId={c.id} onSaved={onChange} />
      </Permission>
    </div>
  );
}
