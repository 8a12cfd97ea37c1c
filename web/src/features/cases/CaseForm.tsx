import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../forms';
import type { FieldDef, FieldValue, FormValues } from '../../forms';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';

interface Props {
  fields: FieldDef[];
  initial: FormValues;
  busy: boolean;
  error: unknown;
  submitKey: string;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
  /** Shown above the buttons, e.g. the version-conflict notice. */
  notice?: ReactNode;
}

/** Presentational case form; remount it (change `key`) to start again from `initial`. */
export function CaseForm({ fields, initial, busy, error, submitKey, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="case-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        {fields.map((def) => (
          <Field key={def.name} def={def} value={values[def.name]} onChange={change} idPrefix="case" />
        ))}
      </div>
      <ProblemAlert error={error} fieldPrefix="case.fields" />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="case-form-submit">
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
