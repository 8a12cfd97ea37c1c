import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, newIdempotencyKey } from '../../shared/api';
import { localToIso } from '../../shared/datetime';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createReportTask } from './api';
import type { Ref } from './types';

interface Props {
  reportId: string;
  /** The case opened from the report and the cases its items match: where a task may go. */
  cases: Ref[];
  onCreated: () => void;
}

interface Values {
  case_id: string;
  title: string;
  due_at: string;
}

/** A task in a case, made from the report (the server checks task.manage on that case). */
export function ReportTaskForm({ reportId, cases, onCreated }: Props) {
  const { t } = useI18n();
  const [v, setV] = useState<Values>({ case_id: cases.length === 1 ? cases[0].id : '', title: '', due_at: '' });
  const [checkError, setCheckError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const action = useAction();
  const set = (k: keyof Values, value: string) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = !v.case_id.trim()
      ? new ApiError({ status: 422, code: 'required', field: 'case_id' })
      : !v.title.trim()
        ? new ApiError({ status: 422, code: 'required', field: 'title' })
        : v.due_at && !localToIso(v.due_at)
          ? new ApiError({ status: 422, code: 'invalid_date', field: 'due_at' })
          : null;
    setCheckError(problem);
    if (problem) return;
    const due = localToIso(v.due_at);
    const caseId = v.case_id.trim();
    action.run(() => createReportTask(reportId, { case_id: caseId, title: v.title.trim(), ...(due ? { due_at: due } : {}) }, key), () => {
      setCreated(caseId);
      setKey(newIdempotencyKey());
      setV((x) => ({ ...x, title: '', due_at: '' }));
      onCreated();
    });
  };
  const fieldLabel = (f: string) =>
    f === 'case_id' ? t('intelligence.task.case') : f === 'title' ? t('intelligence.task.title_field') : f === 'due_at' ? t('intelligence.task.due_at') : undefined;
  return (
    <form className="card phone-form" onSubmit={submit} noValidate data-testid="intel-task">
      <h2>{t('intelligence.task.title')}</h2>
      <div className="field">
        <label htmlFor="intel-task-case">
          {t('intelligence.task.case')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        {cases.length > 0 ? (
          <select id="intel-task-case" value={v.case_id} data-testid="intel-task-case" onChange={(e) => set('case_id', e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference || c.id}
              </option>
            ))}
          </select>
        ) : (
          <input id="intel-task-case" value={v.case_id} autoComplete="off" placeholder={t('intelligence.task.case_placeholder')} data-testid="intel-task-case" onChange={(e) => set('case_id', e.target.value)} />
        )}
      </div>
      <div className="field">
        <label htmlFor="intel-task-title">
          {t('intelligence.task.title_field')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        <input id="intel-task-title" value={v.title} maxLength={300} autoComplete="off" data-testid="intel-task-title" onChange={(e) => set('title', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="intel-task-due">{t('intelligence.task.due_at')}</label>
        <input id="intel-task-due" type="datetime-local" value={v.due_at} data-testid="intel-task-due" onChange={(e) => set('due_at', e.target.value)} />
      </div>
      <ProblemAlert error={checkError ?? action.error} fieldLabel={fieldLabel} />
      {created && (
        <p className="alert alert-ok" role="status" data-testid="intel-task-created">
          {t('intelligence.task.created')} <Link to={`/cases/${created}/tasks`}>{t('intelligence.task.open_case_tasks')}</Link>
        </p>
      )}
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="intel-task-submit">
          {t('intelligence.task.submit')}
        </button>
      </div>
    </form>
  );
}
