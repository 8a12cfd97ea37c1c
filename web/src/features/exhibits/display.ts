// Paths, translation keys and small readings of an exhibit and its chain of custody.
import type { Exhibit } from './types';

export const exhibitsPath = (caseId: string) => `/cases/${caseId}/exhibits`;
export const exhibitPath = (caseId: string, id: string) => `/cases/${caseId}/exhibits/${id}`;

/** Translation keys of the flags the server raises on a chain of custody. */
export const FLAG_KEYS: Record<string, string> = {
  altered: 'exhibits.flags.altered',
  out_of_order: 'exhibits.flags.out_of_order',
  not_seized_first: 'exhibits.flags.not_seized_first',
  transfer_not_received: 'exhibits.flags.transfer_not_received',
  receipt_without_transfer: 'exhibits.flags.receipt_without_transfer',
  after_disposal: 'exhibits.flags.after_disposal',
};

export const STATE_KEYS: Record<string, string> = {
  in_custody: 'exhibits.states.in_custody',
  in_transfer: 'exhibits.states.in_transfer',
  returned: 'exhibits.states.returned',
  destroyed: 'exhibits.states.destroyed',
};

/** Recorded by the server when the exhibit is registered, never offered in the add-event form. */
export const SEIZED = 'seized';
export const NEEDS_HOLDER = ['transferred', 'received'];
export const NEEDS_SEALS = ['sealed'];

/** The chain needs a look: the server flagged something, or the hashes do not hold. */
export const needsAttention = (x: Exhibit) => !x.chain_ok || x.flags.length > 0;

/** The first 12 hex characters of an event's hash: enough to compare with a printed report. */
export const shortHash = (hash: string) => hash.slice(0, 12);
