import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { ItemConfirmation } from './ItemConfirmation';
import { confirmationOf, itemSuffix } from './jurisdictionDisplay';
import type { JurisdictionFile } from './types';

interface Props {
  country: string;
  j: JurisdictionFile;
  onConfirmed: () => void;
}

/**
 * The protection settings: the reflection period (confirmed on its own), who decides
 * identification, the age of majority and the hours a partner has to answer a referral.
 */
export function JurisdictionProtection({ country, j, onConfirmed }: Props) {
  const { t, label } = useI18n();
  const lookup = useLookupLabel();
  const p = j.protection ?? {};
  const confirmed = confirmationOf(j, 'reflection_period');
  const none = t('common.none');
  const roles = (p.identification_roles ?? []).map((r) => lookup('roles', r)).join(', ');
  return (
    <section className="card stack-gap" data-testid={`jurisdiction-protection-${country}`}>
      <h3>{t('admin.jurisdictions.protection.title')}</h3>
      <div className="stack-gap" data-testid={`jurisdiction-item-${itemSuffix(country, 'reflection_period')}`} data-confirmed={confirmed ? 'true' : 'false'}>
        <p>
          <strong>{t('admin.jurisdictions.protection.reflection_period')}: </strong>
          <span data-testid={`jurisdiction-reflection-days-${country}`}>
            {p.reflection_period_days === undefined ? none : t('admin.jurisdictions.protection.days', { count: p.reflection_period_days })}
          </span>
        </p>
        {p.reflection_period_note && <p className="help pre">{label(p.reflection_period_note)}</p>}
        <ItemConfirmation country={country} item="reflection_period" confirmed={confirmed} onConfirmed={onConfirmed} />
      </div>
      <dl className="dl">
        <div className="dl-row">
          <dt>{t('admin.jurisdictions.protection.identification_roles')}</dt>
          <dd data-testid={`jurisdiction-identification-roles-${country}`}>{roles || none}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('admin.jurisdictions.protection.age_of_majority')}</dt>
          <dd>{p.age_of_majority === undefined ? none : t('admin.jurisdictions.protection.years', { count: p.age_of_majority })}</dd>
        </div>
        <div className="dl-row">
          <dt>{t('admin.jurisdictions.protection.referral_response_hours')}</dt>
          <dd>{p.referral_response_hours === undefined ? none : t('admin.jurisdictions.protection.hours', { count: p.referral_response_hours })}</dd>
        </div>
      </dl>
    </section>
  );
}
