import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues } from '../../forms';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { EXHIBIT_FIELDS } from './exhibitForm';

interface Props {
  initial: FormValues;
  busy: boolean;
  error: unknown;
  submitKey: string;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
  /** Shown above the buttons, e.g. the version-conflict notice. */
  notice?: ReactNode;
}

/** Presentational register entry of an exhibit; remount it (change `key`) to start again. */
export function ExhibitForm({ initial, busy, error, submitKey, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const errorFor = useFieldError(error);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="stack-gap no-print" onSubmit={submit} noValidate data-testid="exhibit-form">
      <div className="form-grid">
        {EXHIBIT_FIELDS.map((def) => (
          <Field key={def.name} def={def} value={values[def.name]} onChange={change} idPrefix="exhibit" errorText={errorFor(def.name)} />
        ))}
      </div>
      <ProblemAlert error={error} fieldPrefix="exhibits.fields" />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="exhibit-save">
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
