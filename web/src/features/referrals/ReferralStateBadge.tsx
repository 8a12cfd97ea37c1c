import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';

/** The state of a referral, labelled from the reference's referral_states. */
export function ReferralStateBadge({ state, states }: { state: string; states: RefItem[] }) {
  const label = useRefLabel();
  return <span className={`state referral-state-${state}`}>{label(states, state)}</span>;
}
