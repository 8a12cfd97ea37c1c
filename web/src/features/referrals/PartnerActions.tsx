import { useState } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { isVersionConflict, VersionConflict } from '../../shared/useVersionedSave';
import { transitionReferral } from './api';
import { checkTransition, partnerMoves, transitionBody } from './transitions';
import type { Referral, ReferralState } from './types';

const BUTTONS: Record<string, { key: string; testId: string; danger?: boolean }> = {
  accepted: { key: 'referrals.actions.accept', testId: 'referral-accept' },
  rejected: { key: 'referrals.actions.reject', testId: 'referral-reject', danger: true },
  in_progress: { key: 'referrals.actions.start', testId: 'referral-start' },
  completed: { key: 'referrals.actions.complete', testId: 'referral-complete' },
};

interface Props {
  referral: Referral;
  onChanged: (r: Referral) => void;
  onReload: () => void;
}

/** The partner's answer: accept or reject (with a reason) a request, start and complete the service. */
export function PartnerActions({ referral, onChanged, onReload }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const moves = partnerMoves(referral.state);
  const error = checkError ?? action.error;
  const reasonError = useFieldError(error)('reason');
  if (moves.length === 0) return null;
  const move = (to: ReferralState) => {
    const problem = checkTransition(to, reason);
    setCheckError(problem);
    if (problem) return;
    action.run(() => transitionReferral(referral.id, transitionBody(referral, to, reason)), (r) => {
      setReason('');
      onChanged(r);
    });
  };
  const rid = referral.id;
  const asksReason = moves.includes('rejected');
  return (
    <div className="stack-gap referral-actions">
      {asksReason && (
        <div className={`field${reasonError ? ' invalid' : ''}`}>
          <label htmlFor={`referral-reason-${rid}`}>{t('referrals.reason')}</label>
          <textarea id={`referral-reason-${rid}`} rows={2} maxLength={4000} value={reason} aria-invalid={reasonError ? true : undefined} data-testid={`referral-reason-${rid}`} onChange={(e) => setReason(e.target.value)} />
          <small className={reasonError ? 'field-error' : 'help'}>{reasonError ?? t('referrals.reason_help')}</small>
        </div>
      )}
      {isVersionConflict(error) ? <VersionConflict messageKey="referrals.version_conflict" reloadTestId={`referral-reload-${rid}`} onReload={onReload} /> : !reasonError && <ProblemAlert error={error} />}
      <div className="actions">
        {moves.map((to) => (
          <button key={to} type="button" className={BUTTONS[to]?.danger ? 'danger' : 'primary'} disabled={action.busy} data-testid={`${BUTTONS[to]?.testId ?? `referral-${to}`}-${rid}`} onClick={() => move(to)}>
            {BUTTONS[to] ? t(BUTTONS[to].key) : to}
          </button>
        ))}
      </div>
    </div>
  );
}
