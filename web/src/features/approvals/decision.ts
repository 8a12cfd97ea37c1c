// The rule the server enforces on a decision (422 reason_required), checked before sending.
import { ApiError } from '../../shared/api';
import type { Decision, DecisionBody } from './types';

/** A rejection says why; an approval may. */
export function checkDecision(decision: Decision, reason: string): ApiError | null {
  if (decision === 'reject' && !reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

export const decisionBody = (decision: Decision, reason = ''): DecisionBody => ({ decision, reason: reason.trim() });

export const STATUS_KEYS: Record<string, string> = {
  pending: 'approvals.status.pending',
  approved: 'approvals.status.approved',
  rejected: 'approvals.status.rejected',
  used: 'approvals.status.used',
};

export const QUEUE_FILTERS = ['pending', 'approved', 'rejected', 'used', 'all'] as const;
