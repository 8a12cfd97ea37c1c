import { useState } from 'react';
import type { FormEvent } from 'react';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import type { RefItem } from '../../shared/protectionReference';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { toggleId } from '../../shared/toggle';
import type { PartnerValues } from './partnerForm';

interface Props {
  titleKey: string;
  initial: PartnerValues;
  services: RefItem[];
  busy: boolean;
  error: unknown;
  onSubmit: (v: PartnerValues) => void;
  onCancel?: () => void;
}

type TextKey = 'name' | 'kind' | 'region' | 'phone' | 'email' | 'address' | 'person';

/** Presentational: a partner organisation — name, kind, where, services, contacts, linked unit. */
export function PartnerForm({ titleKey, initial, services, busy, error, onSubmit, onCancel }: Props) {
  const { t, label } = useI18n();
  const { lookups, units } = useReference();
  const errorFor = useFieldError(error);
  const [v, setV] = useState<PartnerValues>(initial);
  const set = <K extends keyof PartnerValues>(k: K, value: PartnerValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  const text = (k: TextKey, labelKey: string, required = false) => (
    <div className={`field${errorFor(k) ? ' invalid' : ''}`}>
      <label htmlFor={`partner-${k}`}>
        {t(labelKey)}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      <input id={`partner-${k}`} value={v[k]} maxLength={500} data-testid={`partner-${k}`} onChange={(e) => set(k, e.target.value)} />
    </div>
  );
  return (
    <form className="card stack-gap" onSubmit={submit} noValidate data-testid="partner-form">
      <h2>{t(titleKey)}</h2>
      <div className="form-grid">
        {text('name', 'partners.fields.name', true)}
        {text('kind', 'partners.fields.kind')}
        <div className={`field${errorFor('country') ? ' invalid' : ''}`}>
          <label htmlFor="partner-country">
            {t('partners.fields.country')}
            <span className="required" aria-hidden="true"> *</span>
          </label>
          <select id="partner-country" value={v.country} data-testid="partner-country" onChange={(e) => set('country', e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {lookups.countries.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o.label, o.id)}
              </option>
            ))}
          </select>
        </div>
        {text('region', 'partners.fields.region')}
        <fieldset className="field field-multi">
          <legend>{t('partners.fields.services')}</legend>
          <div className="checks">
            {services.map((s) => (
              <label key={s.id} className="check">
                <input type="checkbox" checked={v.services.includes(s.id)} data-testid={`partner-service-${s.id}`} onChange={(e) => set('services', toggleId(v.services, s.id, e.target.checked))} />
                <span>{label(s.label, s.id)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {text('person', 'partners.fields.person')}
        {text('phone', 'partners.fields.phone')}
        {text('email', 'partners.fields.email')}
        {text('address', 'partners.fields.address')}
        <div className="field">
          <label htmlFor="partner-unit">{t('partners.fields.unit')}</label>
          <select id="partner-unit" value={v.unit_id} data-testid="partner-unit" onChange={(e) => set('unit_id', e.target.value)}>
            <option value="">{t('common.none')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code} — {u.name}
              </option>
            ))}
          </select>
          <small className="help">{t('partners.help.unit')}</small>
        </div>
        <div className="field field-checkbox">
          <label className="check">
            <input type="checkbox" checked={v.active} data-testid="partner-active" onChange={(e) => set('active', e.target.checked)} />
            <span>{t('partners.fields.active')}</span>
          </label>
        </div>
      </div>
      <ProblemAlert error={error} fieldPrefix="partners.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="partner-submit">
          {t('buttons.save')}
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
