import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues } from '../../forms';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { EDIT_FIELDS } from './chargeForm';

interface Props {
  initial: FormValues;
  busy: boolean;
  error: unknown;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
  notice?: ReactNode;
}

/** Presentational: how a charge goes on — status, filing, outcome and sentence. */
export function ChargeEditForm({ initial, busy, error, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const errorFor = useFieldError(error);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="charge-edit-form">
      <div className="form-grid">
        {EDIT_FIELDS.map((def) => (
          <Field key={def.name} def={def} value={values[def.name]} onChange={change} idPrefix="charge-edit" errorText={errorFor(def.name)} />
        ))}
      </div>
      <ProblemAlert error={error} fieldPrefix="prosecution.fields" />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="charge-edit-save">
          {t('buttons.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
