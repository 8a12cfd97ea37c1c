import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues, Option } from '../../forms';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { lacksGuardian } from './display';
import { INTERVIEW_FIELDS, presentBody } from './interviewForm';
import type { PresentRow } from './interviewForm';
import { PresentInput } from './PresentInput';

interface Props {
  initial: FormValues;
  initialRows: PresentRow[];
  /** The case's people: who is interviewed, and the records of those present. */
  people: Option[];
  busy: boolean;
  error: unknown;
  submitKey: string;
  onSubmit: (values: FormValues, rows: PresentRow[]) => void;
  onCancel: () => void;
  /** Shown above the buttons, e.g. the version-conflict notice. */
  notice?: ReactNode;
}

/**
 * Presentational interview form; remount it (change `key`) to start again. A child interview
 * without a guardian or support person present is warned about as soon as it is chosen.
 */
export function InterviewForm({ initial, initialRows, people, busy, error, submitKey, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const [rows, setRows] = useState<PresentRow[]>(initialRows);
  const errorFor = useFieldError(error);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values, rows);
  };
  const kind = typeof values.kind === 'string' ? values.kind : '';
  const field = (name: string) => {
    const def = INTERVIEW_FIELDS.find((d) => d.name === name);
    return def && <Field key={name} def={def} value={values[name]} onChange={change} idPrefix="interview" options={name === 'subject_entity_id' ? people : undefined} errorText={errorFor(name)} />;
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="interview-form">
      <div className="form-grid">
        {['kind', 'subject_entity_id', 'started_at', 'ended_at', 'place', 'language', 'peace_stage'].map(field)}
      </div>
      {lacksGuardian(kind, presentBody(rows)) && (
        <p className="alert alert-warning" role="alert" data-testid="child-guardian-warning">
          {t('interviews.form.child_needs_guardian')}
        </p>
      )}
      <PresentInput rows={rows} onChange={setRows} people={people} errorText={errorFor('present')} />
      <div className="form-grid">{['consent', 'consent_note'].map(field)}</div>
      <ProblemAlert error={error} fieldPrefix="interviews.fields" />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="interview-save">
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
