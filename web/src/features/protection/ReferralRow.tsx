import { useState } from 'react';
import { checkTransition, isRevocable, ReferralHistory, ReferralStateBadge, transitionBody, transitionReferral } from '../referrals';
import type { Referral } from '../referrals';
import { useAction } from '../../shared/hooks';
import { NoteForm } from '../../shared/NoteForm';
import { actorName } from '../../shared/people';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useRefLabel } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { isVersionConflict, VersionConflict } from '../../shared/useVersionedSave';

interface Props {
  referral: Referral;
  reference: ProtectionReference;
  /** False when the file is seen from its case: no service notes there. */
  showNote: boolean;
  canManage: boolean;
  onChanged: (r: Referral) => void;
  onReload: () => void;
}

/** One referral of the file: service, organisation, state, deadline, history; revoke with a reason. */
export function ReferralRow({ referral: r, reference, showNote, canManage, onChanged, onReload }: Props) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  const [revoking, setRevoking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const error = checkError ?? action.error;
  const reasonError = useFieldError(error)('reason');
  const revoke = (reason: string) => {
    const problem = checkTransition('revoked', reason);
    setCheckError(problem);
    if (problem) return;
    action.run(() => transitionReferral(r.id, transitionBody(r, 'revoked', reason)), (next) => {
      setRevoking(false);
      onChanged(next);
    });
  };
  return (
    <li className={`card referral${r.overdue ? ' overdue' : ''}`} data-testid={`referral-row-${r.id}`} data-state={r.state}>
      <div className="wf-step-head">
        <strong>{label(reference.referral_services, r.service)}</strong>
        <span>{r.organisation?.name}</span>
        <ReferralStateBadge state={r.state} states={reference.referral_states} />
        {r.urgent && <span className="badge badge-alert">{t('referrals.urgent')}</span>}
        {r.overdue && <span className="badge badge-alert" data-testid={`referral-overdue-${r.id}`}>{t('referrals.overdue')}</span>}
      </div>
      <p className="muted">
        {t('protection.referrals.requested_line', { by: actorName(r.requested_by), at: formatDateTime(r.requested_at) })}
        {r.due_at && <> · {t('referrals.due_at', { at: formatDateTime(r.due_at) })}</>}
      </p>
      {r.reason && <p className="pre muted">{t('referrals.reason_given', { reason: r.reason })}</p>}
      {showNote && r.note && <p className="pre approval-note">{r.note}</p>}
      <ReferralHistory history={r.history ?? []} states={reference.referral_states} />
      {canManage && isRevocable(r.state) && !revoking && (
        <div className="actions">
          <button type="button" className="danger small" data-testid={`referral-revoke-${r.id}`} onClick={() => setRevoking(true)}>
            {t('protection.referrals.revoke')}
          </button>
        </div>
      )}
      {revoking && (
        <NoteForm testId={`referral-revoke-${r.id}`} labelKey="protection.referrals.revoke_reason" submitKey="protection.referrals.revoke" required busy={action.busy} errorText={reasonError} onSubmit={revoke} onCancel={() => setRevoking(false)}>
          {isVersionConflict(error) ? <VersionConflict messageKey="referrals.version_conflict" reloadTestId={`referral-reload-${r.id}`} onReload={onReload} /> : !reasonError && <ProblemAlert error={error} />}
        </NoteForm>
      )}
    </li>
  );
}
