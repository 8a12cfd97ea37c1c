import type { ReactNode } from 'react';
import { AGE_GROUP_KEYS, SEX_KEYS } from '../../shared/people';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { SharedAssessmentView } from './SharedAssessmentView';
import type { ReferralPerson } from './types';

/** What the consent lets the partner see of the person; nothing else is ever sent. */
export function ReferralPersonView({ person, reference }: { person: ReferralPerson | undefined; reference: ProtectionReference }) {
  const { t } = useI18n();
  const lookup = useLookupLabel();
  const p = person ?? {};
  const identity = [p.name, p.sex && (SEX_KEYS[p.sex] ? t(SEX_KEYS[p.sex]) : p.sex), p.age_group && (AGE_GROUP_KEYS[p.age_group] ? t(AGE_GROUP_KEYS[p.age_group]) : p.age_group)].filter(Boolean);
  const rows: { key: string; labelKey: string; value: ReactNode }[] = [];
  if (identity.length > 0) rows.push({ key: 'identity', labelKey: 'referrals.person.identity', value: identity.join(', ') });
  if (p.contact) rows.push({ key: 'contact', labelKey: 'referrals.person.contact', value: p.contact });
  if (p.forms_of_exploitation?.length) rows.push({ key: 'exploitation', labelKey: 'referrals.person.exploitation', value: p.forms_of_exploitation.map((f) => lookup('forms_of_exploitation', f)).join(', ') });
  if (p.needs) rows.push({ key: 'needs', labelKey: 'referrals.person.needs', value: <SharedAssessmentView a={p.needs} reference={reference} /> });
  if (p.risk) rows.push({ key: 'risk', labelKey: 'referrals.person.risk', value: <SharedAssessmentView a={p.risk} reference={reference} /> });
  if (rows.length === 0) return <p className="muted">{t('referrals.person.nothing_shared')}</p>;
  return (
    <dl className="dl referral-person">
      {rows.map((r) => (
        <div key={r.key} className="dl-row" data-testid={`referral-person-${r.key}`}>
          <dt>{t(r.labelKey)}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
