// Paths and rules of an interview.
import type { Participant } from './types';

export const interviewsPath = (caseId: string) => `/cases/${caseId}/interviews`;
export const interviewPath = (caseId: string, id: string) => `/cases/${caseId}/interviews/${id}`;

export const CHILD = 'child';
/** A child is interviewed only with one of these present (the server answers child_needs_guardian). */
export const CHILD_SAFEGUARDS = ['guardian', 'support_person'];

export const lacksGuardian = (kind: string, present: Pick<Participant, 'role'>[]) =>
  kind === CHILD && !present.some((p) => CHILD_SAFEGUARDS.includes(p.role));
