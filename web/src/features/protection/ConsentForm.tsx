import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Partner } from '../partners';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { RefItem } from '../../shared/protectionReference';
import { toggleId } from '../../shared/toggle';
import { useI18n } from '../../shared/useI18n';
import { addConsent } from './api';
import { checkConsent, consentBody, initialConsent } from './consentForm';
import type { ConsentValues } from './consentForm';
import { CONSENT_DECISION_KEYS, CONSENT_DECISIONS, CONSENT_PURPOSES, GIVEN_BY_KEYS, GIVERS, PURPOSE_KEYS } from './display';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  partners: Partner[];
  dataCategories: RefItem[];
  onSaved: (f: ProtectionFile) => void;
}

/** Records a consent or a refusal: for what, by whom, to which organisations, which data. */
export function ConsentForm({ file, partners, dataCategories, onSaved }: Props) {
  const { t, label } = useI18n();
  const [v, setV] = useState<ConsentValues>(() => initialConsent(file.child));
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const set = <K extends keyof ConsentValues>(k: K, value: ConsentValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkConsent(file, v);
    setCheckError(problem);
    if (problem) return;
    action.run(() => addConsent(file.id, consentBody(v)), (next) => {
      setV(initialConsent(next.child));
      onSaved(next);
    });
  };
  const select = (k: 'purpose' | 'decision' | 'given_by', values: readonly string[], keys: Record<string, string>, labelKey: string) => (
    <div className="field">
      <label htmlFor={`consent-${k}`}>{t(labelKey)}</label>
      <select id={`consent-${k}`} value={v[k]} data-testid={`consent-${k.replace('_', '-')}`} onChange={(e) => set(k, e.target.value)}>
        {values.map((x) => (
          <option key={x} value={x}>
            {t(keys[x])}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="consent-form">
      <h3>{t('protection.consent.new')}</h3>
      {file.child && <p className="help">{t('protection.consent.child_help')}</p>}
      <div className="form-grid">
        {select('purpose', CONSENT_PURPOSES, PURPOSE_KEYS, 'protection.consent.fields.purpose')}
        {select('decision', CONSENT_DECISIONS, CONSENT_DECISION_KEYS, 'protection.consent.fields.decision')}
        {select('given_by', GIVERS, GIVEN_BY_KEYS, 'protection.consent.fields.given_by')}
        <fieldset className="field field-multi">
          <legend>{t('protection.consent.fields.organisations')}</legend>
          {partners.length === 0 && <p className="muted">{t('protection.consent.no_partners')}</p>}
          <div className={partners.length > 10 ? 'checks checks-scroll' : 'checks'}>
            {partners.map((p) => (
              <label key={p.id} className="check">
                <input type="checkbox" checked={v.organisations.includes(p.id)} data-testid={`consent-org-${p.id}`} onChange={(e) => set('organisations', toggleId(v.organisations, p.id, e.target.checked))} />
                <span>{p.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field field-multi">
          <legend>{t('protection.consent.fields.data')}</legend>
          <div className="checks">
            {dataCategories.map((d) => (
              <label key={d.id} className="check">
                <input type="checkbox" checked={v.data.includes(d.id)} data-testid={`consent-data-${d.id}`} onChange={(e) => set('data', toggleId(v.data, d.id, e.target.checked))} />
                <span>{label(d.label, d.id)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="consent-note">{t('protection.consent.fields.note')}</label>
          <textarea id="consent-note" rows={2} maxLength={4000} value={v.note} data-testid="consent-note" onChange={(e) => set('note', e.target.value)} />
        </div>
      </div>
      <ProblemAlert error={checkError ?? action.error} fieldPrefix="protection.consent.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="consent-submit">
          {t('protection.consent.submit')}
        </button>
      </div>
    </form>
  );
}
