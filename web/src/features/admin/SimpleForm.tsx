import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../../forms';
import type { FieldDef, FieldValue, FormValues, Option } from '../../forms';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';

interface Props {
  titleKey: string;
  fields: FieldDef[];
  initial: FormValues;
  fieldPrefix: string;
  options?: Record<string, Option[]>;
  submitKey: string;
  testId: string;
  save: (values: FormValues) => Promise<unknown>;
  onSaved: () => void;
}

/** A small config-driven form for the administration screens; clears itself after saving. */
export function SimpleForm({ titleKey, fields, initial, fieldPrefix, options, submitKey, testId, save, onSaved }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const action = useAction();
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => save(values), () => {
      setValues(initial);
      onSaved();
    });
  };
  return (
    <form className="card inline-form" onSubmit={submit} noValidate data-testid={testId}>
      <h3>{t(titleKey)}</h3>
      {fields.map((def) => (
        <Field key={def.name} def={def} value={values[def.name]} onChange={change} options={options?.[def.name]} idPrefix={testId} />
      ))}
      <ProblemAlert error={action.error} fieldPrefix={fieldPrefix} />
      <button type="submit" className="primary" disabled={action.busy} data-testid={`${testId}-submit`}>
        {t(submitKey)}
      </button>
    </form>
  );
}
