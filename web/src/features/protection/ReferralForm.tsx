import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Partner } from '../partners';
import { newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useRefLabel } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { addReferral } from './api';
import { GIVEN_BY_KEYS, PURPOSE_KEYS } from './display';
import { checkReferral, EMPTY_REFERRAL, referablePartners, referralBody, servicesOf, usableConsents, withOrganisation } from './referralForm';
import type { ReferralValues } from './referralForm';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  reference: ProtectionReference;
  partners: Partner[];
  onSaved: (f: ProtectionFile) => void;
}

/** Refers the person to a partner for a service it offers, on an active consent. */
export function ReferralForm({ file, reference, partners, onSaved }: Props) {
  const { t, formatDate } = useI18n();
  const label = useRefLabel();
  const [v, setV] = useState<ReferralValues>(EMPTY_REFERRAL);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const action = useAction();
  const orgs = referablePartners(partners);
  const services = servicesOf(orgs, v.organisation_id);
  const consents = usableConsents(file.consents);
  const fieldLabel = (f: string) => (f === 'organisation_id' ? t('referrals.fields.organisation') : f === 'consent_id' ? t('protection.referrals.consent') : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkReferral(v);
    setCheckError(problem);
    if (problem) return;
    action.run(() => addReferral(file.id, referralBody(v), key), (next) => {
      setV(EMPTY_REFERRAL);
      setKey(newIdempotencyKey());
      onSaved(next);
    });
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="referral-form">
      <h3>{t('protection.referrals.new')}</h3>
      <p className="help">{file.child ? t('protection.referrals.child_help') : t('protection.referrals.adult_help')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="referral-organisation">{t('referrals.fields.organisation')}</label>
          <select id="referral-organisation" value={v.organisation_id} data-testid="referral-organisation" onChange={(e) => setV(withOrganisation(v, orgs, e.target.value))}>
            <option value="">{t('forms.choose')}</option>
            {orgs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="referral-service">{t('referrals.fields.service')}</label>
          <select id="referral-service" value={v.service} disabled={!v.organisation_id} data-testid="referral-service" onChange={(e) => setV({ ...v, service: e.target.value })}>
            <option value="">{t('forms.choose')}</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {label(reference.referral_services, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="referral-consent">{t('protection.referrals.consent')}</label>
          <select id="referral-consent" value={v.consent_id} data-testid="referral-consent" onChange={(e) => setV({ ...v, consent_id: e.target.value })}>
            <option value="">{t('forms.choose')}</option>
            {consents.map((c) => (
              <option key={c.id} value={c.id}>
                {[PURPOSE_KEYS[c.purpose] ? t(PURPOSE_KEYS[c.purpose]) : c.purpose, GIVEN_BY_KEYS[c.given_by] ? t(GIVEN_BY_KEYS[c.given_by]) : c.given_by, formatDate(c.recorded_at), (c.organisations ?? []).map((o) => o.name).join(', ')].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
          {consents.length === 0 && <small className="help">{t('protection.referrals.no_consent')}</small>}
        </div>
        <div className="field field-checkbox">
          <label className="check">
            <input type="checkbox" checked={v.urgent} data-testid="referral-urgent" onChange={(e) => setV({ ...v, urgent: e.target.checked })} />
            <span>{t('referrals.fields.urgent')}</span>
          </label>
        </div>
        <div className="field">
          <label htmlFor="referral-note">{t('protection.referrals.note')}</label>
          <textarea id="referral-note" rows={2} maxLength={4000} value={v.note} data-testid="referral-note" onChange={(e) => setV({ ...v, note: e.target.value })} />
        </div>
      </div>
      <ProblemAlert error={checkError ?? action.error} fieldPrefix="referrals.fields" fieldLabel={fieldLabel} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="referral-submit">
          {t('protection.referrals.submit')}
        </button>
      </div>
    </form>
  );
}
