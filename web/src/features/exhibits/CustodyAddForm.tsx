import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { addCustodyEvent } from './api';
import { NEEDS_HOLDER, NEEDS_SEALS, SEIZED } from './display';
import { checkCustody, CUSTODY_FIELDS, custodyBody, EMPTY_CUSTODY_VALUES } from './exhibitForm';
import type { Exhibit } from './types';

/**
 * Container: records the next link of the chain (sealed, transferred, received, examined,
 * returned, destroyed). A retried submit records one event: one idempotency key per event.
 */
export function CustodyAddForm({ x, onSaved }: { x: Exhibit; onSaved: (x: Exhibit) => void }) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const [kind, setKind] = useState('');
  const [values, setValues] = useState<FormValues>(EMPTY_CUSTODY_VALUES);
  const [key, setKey] = useState(newIdempotencyKey);
  const [local, setLocal] = useState<unknown>(null);
  const action = useAction();
  const error = local ?? action.error;
  const errorFor = useFieldError(error);
  const kinds = lookups.custody_events.filter((o) => o.id !== SEIZED);
  const change = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  const required = (name: string) => (name === 'holder' && NEEDS_HOLDER.includes(kind)) || (name === 'seal_numbers' && NEEDS_SEALS.includes(kind));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkCustody(kind, values);
    setLocal(problem);
    if (problem) return;
    action.run(() => addCustodyEvent(x.case_id, x.id, custodyBody(kind, values), key), (saved) => {
      setKind('');
      setValues(EMPTY_CUSTODY_VALUES);
      setKey(newIdempotencyKey());
      onSaved(saved);
    });
  };
  const kindError = errorFor('kind');
  return (
    <form className="card stack-gap no-print" onSubmit={submit} noValidate data-testid="custody-add">
      <h3>{t('exhibits.custody.add_title')}</h3>
      <div className="form-grid">
        <div className={`field${kindError ? ' invalid' : ''}`} data-field="kind">
          <label htmlFor="custody-kind">
            {t('exhibits.custody.fields.kind')}
            <span className="required" aria-hidden="true"> *</span>
          </label>
          <select id="custody-kind" value={kind} aria-invalid={kindError ? true : undefined} data-testid="custody-kind" onChange={(ev) => setKind(ev.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {kinds.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o.label, o.id)}
              </option>
            ))}
          </select>
          {kindError && <small className="field-error">{kindError}</small>}
        </div>
        {CUSTODY_FIELDS.map((def) => (
          <Field key={def.name} def={{ ...def, required: required(def.name) }} value={values[def.name]} onChange={change} idPrefix="custody" errorText={errorFor(def.name)} />
        ))}
      </div>
      <ProblemAlert error={error} fieldPrefix="exhibits.custody.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="custody-save">
          {t('exhibits.custody.save')}
        </button>
      </div>
    </form>
  );
}
