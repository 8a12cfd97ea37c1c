import type { ProtectionReference } from '../../shared/protectionReference';
import { useRefLabel } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { PartnerActions } from './PartnerActions';
import { ReferralHistory } from './ReferralHistory';
import { ReferralPersonView } from './ReferralPersonView';
import { ReferralStateBadge } from './ReferralStateBadge';
import type { ListedReferral, Referral } from './types';

interface Props {
  referral: ListedReferral;
  reference: ProtectionReference;
  /** A partner of the addressed organisation: sees the shared person data and answers. */
  partner: boolean;
  onChanged: (r: Referral) => void;
  onReload: () => void;
}

/** One referral on the referrals screen: service, organisation, state, deadline; the partner's actions. */
export function ReferralCard({ referral: r, reference, partner, onChanged, onReload }: Props) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  return (
    <li className={`card referral-card${r.overdue ? ' overdue' : ''}`} data-testid={`partner-referral-${r.id}`} data-state={r.state}>
      <div className="wf-step-head">
        <strong>{label(reference.referral_services, r.service)}</strong>
        <ReferralStateBadge state={r.state} states={reference.referral_states} />
        {r.urgent && <span className="badge badge-alert">{t('referrals.urgent')}</span>}
        {r.overdue && <span className="badge badge-alert" data-testid={`referral-overdue-${r.id}`}>{t('referrals.overdue')}</span>}
      </div>
      <p className="muted">
        {r.organisation?.name}
        {' · '}
        {t('referrals.requested_at', { at: formatDateTime(r.requested_at) })}
        {r.due_at && <> · {t('referrals.due_at', { at: formatDateTime(r.due_at) })}</>}
      </p>
      {!partner && (
        <p>
          <Link to={`/protection/${r.file_id}`}>{r.file?.reference ?? t('referrals.open_file')}</Link>
        </p>
      )}
      {partner && <ReferralPersonView person={r.person} reference={reference} />}
      {r.note && <p className="pre approval-note">{r.note}</p>}
      {r.reason && <p className="pre muted">{t('referrals.reason_given', { reason: r.reason })}</p>}
      <ReferralHistory history={r.history ?? []} states={reference.referral_states} />
      {partner && <PartnerActions referral={r} onChanged={onChanged} onReload={onReload} />}
    </li>
  );
}
