// The rules the server enforces on a decision, checked before anything is sent: a rejection and
// an undo say why (422 naming `reason` otherwise), a confirmation may; each is allowed only from
// some states (409 `match_state` otherwise).
import { ApiError } from '../../shared/api';
import { postMatchAction } from './api';
import type { Match, MatchAction, MatchStatus } from './types';

export const needsReason = (action: MatchAction): boolean => action === 'reject' || action === 'undo';

export function checkReason(action: MatchAction, reason: string): ApiError | null {
  if (needsReason(action) && !reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

/** `{reason}` trimmed, or `{}` for a confirmation without one. */
export const actionBody = (reason: string): { reason?: string } => (reason.trim() ? { reason: reason.trim() } : {});

/** What a reviewer may do from each state: decide a proposal, undo a decision. */
export const ACTIONS: Record<MatchStatus, MatchAction[]> = {
  proposed: ['confirm', 'reject'],
  confirmed: ['undo'],
  rejected: ['undo'],
};

export const actionsFor = (status: MatchStatus): MatchAction[] => ACTIONS[status] ?? [];

/** Checks, then sends: an empty reason to reject or undo never reaches the server. */
export async function decideMatch(mid: string, action: MatchAction, reason: string): Promise<Match> {
  const problem = checkReason(action, reason);
  if (problem) throw problem;
  return postMatchAction(mid, action, actionBody(reason));
}
