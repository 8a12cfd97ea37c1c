// The two status tracks of a protection file and the moves the contract allows (checked by the
// server too: a move outside these lists is 422 status_refused). Assistance never depends on
// the procedural status or on cooperation.
import { ApiError } from '../../shared/api';
import type { Decision, DecisionBody, ProtectionFile, Track } from './types';

export const ASSISTANCE_MOVES: Record<string, string[]> = {
  potential: ['presumed', 'not_confirmed'],
  presumed: ['identified', 'not_confirmed'],
  identified: [],
  not_confirmed: ['presumed'],
};

export const PROCEDURAL_MOVES: Record<string, string[]> = {
  none: ['witness', 'injured_party'],
  witness: ['injured_party', 'judicial_finding', 'status_lost'],
  injured_party: ['witness', 'judicial_finding', 'status_lost'],
  judicial_finding: ['status_lost'],
  status_lost: ['witness', 'injured_party'],
};

/** Decided only by a role the jurisdiction names in `identification_roles` (else 403 not_competent). */
export const NEEDS_COMPETENCE: readonly string[] = ['identified', 'not_confirmed'];

export const currentStatus = (file: Pick<ProtectionFile, 'assistance_status' | 'procedural_status'>, track: Track): string =>
  track === 'assistance' ? file.assistance_status : file.procedural_status;

/** Where a track may move from `from`. */
export const movesFrom = (track: Track, from: string): string[] => (track === 'assistance' ? ASSISTANCE_MOVES : PROCEDURAL_MOVES)[from] ?? [];

/** The other statuses of the track: offered apart, since the server will refuse them. */
export const otherStatuses = (track: Track, from: string, all: string[]): string[] => {
  const moves = movesFrom(track, from);
  return all.filter((s) => s !== from && !moves.includes(s));
};

/** Losing the procedural status says why (422 reason_required otherwise). */
export const reasonRequired = (track: Track, to: string): boolean => track === 'procedural' && to === 'status_lost';

export interface DecisionValues {
  to: string;
  grounds: string;
  reason: string;
}

export const EMPTY_DECISION: DecisionValues = { to: '', grounds: '', reason: '' };

export function checkDecision(track: Track, v: DecisionValues): ApiError | null {
  if (!v.to) return new ApiError({ status: 422, code: 'required', field: 'to' });
  if (!v.grounds.trim()) return new ApiError({ status: 422, code: 'required', field: 'grounds' });
  if (reasonRequired(track, v.to) && !v.reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

export const decisionBody = (file: Pick<ProtectionFile, 'version'>, track: Track, v: DecisionValues): DecisionBody => ({
  track,
  to: v.to,
  grounds: v.grounds.trim(),
  reason: v.reason.trim(),
  version: file.version,
});

/** The decisions of one track, newest first. */
export const decisionsOf = (decisions: Decision[] | undefined, track: Decision['track']): Decision[] =>
  (decisions ?? []).filter((d) => d.track === track).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
