import { actorName } from '../../shared/people';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { ELEMENT_GROUP_KEYS, PROPOSAL_KEYS } from './display';
import type { LegalAssessment } from './types';

interface Props {
  a: LegalAssessment;
  reference: ProtectionReference;
  subjectName: (id: string) => string;
  /** The current assessment: carries the test ids. */
  primary?: boolean;
}

/** What the server proposes and why: each offence met or what it misses, the reasons, the national notes. */
export function LegalAssessmentResult({ a, reference, subjectName, primary }: Props) {
  const { t, has, label, formatDateTime } = useI18n();
  const lookup = useLookupLabel();
  const r = a.result;
  const elementName = (id: string) => {
    if (ELEMENT_GROUP_KEYS[id]) return t(ELEMENT_GROUP_KEYS[id]);
    if (has(`legal.fields.${id}`)) return t(`legal.fields.${id}`);
    return label(reference.legal_elements.smuggling.elements.find((e) => e.id === id)?.label, id);
  };
  const offence = (nameKey: string, o: { met: boolean; missing: string[] } | undefined, testId: string) =>
    o && (
      <p data-testid={primary ? testId : undefined} data-met={o.met ? 'true' : 'false'}>
        <strong>{t(nameKey)}:</strong> {o.met ? t('legal.met') : t('legal.not_met', { missing: (o.missing ?? []).map(elementName).join(', ') || '—' })}
      </p>
    );
  return (
    <div className="stack-gap legal-result">
      <p className={`legal-proposal proposal-${r.proposal}`} data-testid={primary ? 'legal-proposal' : undefined} data-value={r.proposal}>
        <span className="muted">{t('legal.proposal_label')}: </span>
        <strong>{PROPOSAL_KEYS[r.proposal] ? t(PROPOSAL_KEYS[r.proposal]) : r.proposal}</strong>
      </p>
      <p className="muted">
        {lookup('countries', a.jurisdiction)}
        {a.subject_entity_id && <> · {subjectName(a.subject_entity_id)}</>}
        {' · '}
        {actorName(a.created_by)} · {formatDateTime(a.created_at)}
      </p>
      {offence('legal.proposal.trafficking', r.trafficking, 'legal-trafficking')}
      {offence('legal.proposal.smuggling', r.smuggling, 'legal-smuggling')}
      {r.reasons?.length > 0 && (
        <>
          <h4>{t('legal.reasons')}</h4>
          <ul className="legal-notes" data-testid={primary ? 'legal-reasons' : undefined}>
            {r.reasons.map((x, i) => (
              <li key={`${x.code}:${i}`} data-code={x.code}>
                {label(x.text, x.code)}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.national?.length > 0 && (
        <>
          <h4>{t('legal.national')}</h4>
          <ul className="legal-notes" data-testid={primary ? 'legal-national' : undefined}>
            {r.national.map((x, i) => (
              <li key={`${x.code}:${i}`} data-code={x.code}>
                {label(x.text, x.code)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="help">{t('legal.disclaimer')}</p>
    </div>
  );
}
