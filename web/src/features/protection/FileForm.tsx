import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { SEX_KEYS, SEXES } from '../../shared/people';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useLookupLabel, useReference } from '../../shared/reference';
import { toggleId } from '../../shared/toggle';
import { useI18n } from '../../shared/useI18n';
import { COOPERATION_KEYS, COOPERATIONS } from './display';
import type { FileValues } from './fileForm';

interface Props {
  initial: FileValues;
  /** Countries with a jurisdiction file; without them (an edit) the jurisdiction is not asked. */
  jurisdictions?: string[];
  busy: boolean;
  error: unknown;
  /** i18n key of the submit button (default: create). */
  submitKey?: string;
  submitTestId?: string;
  /** Shown above the buttons, e.g. the way out of a version conflict. */
  notice?: ReactNode;
  onSubmit: (v: FileValues) => void;
  onCancel: () => void;
}

type TextKey = 'name' | 'birth_date' | 'languages' | 'contact';

/** Presentational: a protection file — the person, the jurisdiction (new files only), exploitation, cooperation. */
export function FileForm({ initial, jurisdictions, busy, error, submitKey = 'buttons.create', submitTestId = 'file-submit', notice, onSubmit, onCancel }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const lookup = useLookupLabel();
  const errorFor = useFieldError(error);
  const [v, setV] = useState<FileValues>(initial);
  const set = <K extends keyof FileValues>(k: K, value: FileValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  const invalid = (field: string) => (errorFor(field) ? ' invalid' : '');
  const text = (k: TextKey, field: string, labelKey: string, testId: string, extra: { required?: boolean; placeholderKey?: string; helpKey?: string } = {}) => (
    <div className={`field${invalid(field)}`}>
      <label htmlFor={testId}>
        {t(labelKey)}
        {extra.required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      <input id={testId} value={v[k]} maxLength={500} autoComplete="off" placeholder={extra.placeholderKey ? t(extra.placeholderKey) : undefined} data-testid={testId} onChange={(e) => set(k, e.target.value)} />
      {extra.helpKey && <small className="help">{t(extra.helpKey)}</small>}
      {errorFor(field) && <small className="field-error">{errorFor(field)}</small>}
    </div>
  );
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="file-form">
      {v.case_id && (
        <p className="alert alert-info" data-testid="file-linked-case">
          {t('protection.new.linked', { entity: v.entity_id || '—' })}
        </p>
      )}
      <div className="form-grid">
        {text('name', 'person.name', 'protection.fields.person_name', 'file-name', { required: true })}
        <div className="field">
          <label htmlFor="file-sex">{t('protection.fields.person_sex')}</label>
          <select id="file-sex" value={v.sex} data-testid="file-sex" onChange={(e) => set('sex', e.target.value)}>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {t(SEX_KEYS[s])}
              </option>
            ))}
          </select>
        </div>
        {text('birth_date', 'person.birth_date', 'protection.fields.person_birth_date', 'file-birth-date', { placeholderKey: 'protection.new.birth_date_placeholder' })}
        <div className="field field-checkbox">
          <label className="check">
            <input type="checkbox" checked={v.age_uncertain} data-testid="file-age-uncertain" onChange={(e) => set('age_uncertain', e.target.checked)} />
            <span>{t('protection.fields.person_age_uncertain')}</span>
          </label>
          <small className="help">{t('protection.new.age_uncertain_help')}</small>
        </div>
        <div className="field">
          <label htmlFor="file-nationality">{t('protection.fields.person_nationality')}</label>
          <select id="file-nationality" value={v.nationality} data-testid="file-nationality" onChange={(e) => set('nationality', e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {lookups.countries.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o.label, o.id)}
              </option>
            ))}
          </select>
        </div>
        {text('languages', 'person.languages', 'protection.fields.person_languages', 'file-languages', { helpKey: 'protection.new.languages_help' })}
        {text('contact', 'person.contact', 'protection.fields.person_contact', 'file-contact')}
        {jurisdictions && (
          <div className={`field${invalid('jurisdiction')}`}>
            <label htmlFor="file-jurisdiction">
              {t('protection.fields.jurisdiction')}
              <span className="required" aria-hidden="true"> *</span>
            </label>
            <select id="file-jurisdiction" value={v.jurisdiction} data-testid="file-jurisdiction" onChange={(e) => set('jurisdiction', e.target.value)}>
              <option value="">{t('forms.choose')}</option>
              {jurisdictions.map((c) => (
                <option key={c} value={c}>
                  {lookup('countries', c)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="file-cooperation">{t('protection.fields.cooperation')}</label>
          <select id="file-cooperation" value={v.cooperation} data-testid="file-cooperation" onChange={(e) => set('cooperation', e.target.value)}>
            {COOPERATIONS.map((c) => (
              <option key={c} value={c}>
                {t(COOPERATION_KEYS[c])}
              </option>
            ))}
          </select>
          <small className="help">{t('protection.new.cooperation_help')}</small>
        </div>
        <fieldset className="field field-multi">
          <legend>{t('protection.fields.forms_of_exploitation')}</legend>
          <div className="checks">
            {lookups.forms_of_exploitation.map((o) => (
              <label key={o.id} className="check">
                <input type="checkbox" checked={v.forms_of_exploitation.includes(o.id)} data-testid={`file-form-${o.id}`} onChange={(e) => set('forms_of_exploitation', toggleId(v.forms_of_exploitation, o.id, e.target.checked))} />
                <span>{label(o.label, o.id)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="file-note">{t('protection.fields.note')}</label>
          <textarea id="file-note" rows={3} maxLength={4000} value={v.note} data-testid="file-note" onChange={(e) => set('note', e.target.value)} />
        </div>
      </div>
      <ProblemAlert error={error} fieldPrefix="protection.fields" />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid={submitTestId}>
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
