import { useState } from 'react';
import type { FormEvent } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import type { LookupName } from '../../shared/reference';
import { navigate } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { openCase } from './api';
import { checkOpenCase, openCaseBody } from './reportForm';
import type { OpenCaseValues } from './reportForm';
import type { FrontlineReport } from './types';

/** The specialised unit opens a case from a handed-over report, then goes to the new case. */
export function OpenCaseForm({ report }: { report: FrontlineReport }) {
  const { t, label } = useI18n();
  const { user } = useSession();
  const { lookups } = useReference();
  const [values, setValues] = useState<OpenCaseValues>({ title: '', category: '', approach: '', country: user?.unit?.country ?? '' });
  const [checkError, setCheckError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const action = useAction();
  const set = (k: keyof OpenCaseValues, v: string) => setValues((x) => ({ ...x, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkOpenCase(values);
    setCheckError(problem);
    if (problem) return;
    action.run(() => openCase(report.id, openCaseBody(values), key), (answer) => navigate(`/cases/${answer.case.id}`));
  };
  const select = (k: 'category' | 'approach' | 'country', lookup: LookupName, labelKey: string, testId: string) => (
    <div className="field">
      <label htmlFor={testId}>
        {t(labelKey)}
        {k !== 'country' && <span className="required" aria-hidden="true"> *</span>}
      </label>
      <select id={testId} value={values[k]} data-testid={testId} onChange={(e) => set(k, e.target.value)}>
        <option value="">{t('forms.choose')}</option>
        {lookups[lookup].map((o) => (
          <option key={o.id} value={o.id}>
            {label(o.label, o.id)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="card phone-form" onSubmit={submit} noValidate data-testid="open-case">
      <h2>{t('frontline.open_case.title')}</h2>
      <div className="field">
        <label htmlFor="open-case-title">
          {t('case.fields.title')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        <input id="open-case-title" value={values.title} maxLength={300} data-testid="open-case-title" onChange={(e) => set('title', e.target.value)} />
      </div>
      {select('category', 'categories', 'case.fields.category', 'open-case-category')}
      {select('approach', 'approaches', 'case.fields.approach', 'open-case-approach')}
      {select('country', 'countries', 'case.fields.jurisdiction_country', 'open-case-country')}
      <ProblemAlert error={checkError ?? action.error} fieldPrefix="case.fields" />
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="open-case-submit">
          {t('frontline.open_case.submit')}
        </button>
      </div>
    </form>
  );
}
