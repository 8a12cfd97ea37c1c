import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues } from '../../forms';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { PRIORITIES, PRIORITY_KEYS } from './display';
import { TASK_FIELDS } from './taskForm';

interface Props {
  initial: FormValues;
  busy: boolean;
  error: unknown;
  onSubmit: (values: FormValues) => void;
  onCancel?: () => void;
}

/** Presentational: a new task — title, description, who has it, by when, how urgent. */
export function TaskForm({ initial, busy, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const errorFor = useFieldError(error);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const priorities = PRIORITIES.map((p) => ({ id: p, text: t(PRIORITY_KEYS[p]) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="task-form">
      <div className="form-grid">
        {TASK_FIELDS.map((def) => (
          <Field key={def.name} def={def} value={values[def.name]} onChange={change} options={def.name === 'priority' ? priorities : undefined} idPrefix="task" errorText={errorFor(def.name)} />
        ))}
      </div>
      <ProblemAlert error={error} fieldPrefix="tasks.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="task-save">
          {t('tasks.create.submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('buttons.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
