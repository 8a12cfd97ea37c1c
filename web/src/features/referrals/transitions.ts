// The moves of a referral (docs/api-protection.md): the partner accepts or rejects a request,
// starts and completes the service; whoever manages the file may revoke an open referral.
import { ApiError } from '../../shared/api';
import type { Referral, ReferralState, TransitionBody } from './types';

/** The moves a partner of the addressed organisation may make, by state. */
export const PARTNER_MOVES: Partial<Record<ReferralState, ReferralState[]>> = {
  requested: ['accepted', 'rejected'],
  accepted: ['in_progress'],
  in_progress: ['completed'],
};

export const REVOCABLE: readonly ReferralState[] = ['requested', 'accepted', 'in_progress'];

export const partnerMoves = (state: ReferralState): ReferralState[] => PARTNER_MOVES[state] ?? [];
export const isRevocable = (state: ReferralState): boolean => REVOCABLE.includes(state);

/** A rejection and a revocation say why (422 reason_required otherwise). */
export const needsReason = (to: ReferralState): boolean => to === 'rejected' || to === 'revoked';

export function checkTransition(to: ReferralState, reason: string): ApiError | null {
  if (needsReason(to) && !reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

export function transitionBody(r: Pick<Referral, 'version'>, to: ReferralState, reason = ''): TransitionBody {
  const body: TransitionBody = { to, version: r.version };
  if (reason.trim()) body.reason = reason.trim();
  return body;
}

/** Overdue first, then urgent, then the oldest request: what needs an answer soonest. */
export function byUrgency<T extends Pick<Referral, 'overdue' | 'urgent' | 'requested_at'>>(rows: T[]): T[] {
  const rank = (r: T) => (r.overdue ? 0 : r.urgent ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (a.requested_at < b.requested_at ? -1 : a.requested_at > b.requested_at ? 1 : 0));
}
