import { useState } from 'react';
import type { FormEvent } from 'react';
import { AGE_RESULTS, VALUE_KEYS } from '../../shared/assessmentValues';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { ageBody, checkAge, EMPTY_AGE } from './assessmentForm';
import type { AgeValues } from './assessmentForm';
import type { AssessmentBody } from './types';

interface Props {
  busy: boolean;
  error: unknown;
  onSubmit: (body: AssessmentBody) => void;
}

/** An age assessment: how it was made and its result; "adult" ends the presumption of childhood. */
export function AgeAssessmentForm({ busy, error, onSubmit }: Props) {
  const { t } = useI18n();
  const [v, setV] = useState<AgeValues>(EMPTY_AGE);
  const [checkError, setCheckError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkAge(v);
    setCheckError(problem);
    if (!problem) onSubmit(ageBody(v));
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="age-form">
      <p className="help">{t('assessment.age_help')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="age-method">{t('assessment.fields.method')}</label>
          <input id="age-method" value={v.method} maxLength={500} data-testid="age-method" onChange={(e) => setV({ ...v, method: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="age-result">{t('assessment.fields.result')}</label>
          <select id="age-result" value={v.result} data-testid="age-result" onChange={(e) => setV({ ...v, result: e.target.value })}>
            <option value="">{t('forms.choose')}</option>
            {AGE_RESULTS.map((r) => (
              <option key={r} value={r}>
                {t(VALUE_KEYS[r])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="age-estimated">{t('assessment.fields.estimated_age')}</label>
          <input id="age-estimated" type="number" inputMode="numeric" min={0} max={120} value={v.estimated_age} data-testid="age-estimated" onChange={(e) => setV({ ...v, estimated_age: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="age-note">{t('assessment.note')}</label>
          <textarea id="age-note" rows={2} maxLength={4000} value={v.note} data-testid="age-note" onChange={(e) => setV({ ...v, note: e.target.value })} />
        </div>
      </div>
      <ProblemAlert error={checkError ?? error} fieldPrefix="assessment.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="assessment-submit">
          {t('assessment.submit')}
        </button>
      </div>
    </form>
  );
}
