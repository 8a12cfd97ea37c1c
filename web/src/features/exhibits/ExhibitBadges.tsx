import { useI18n } from '../../shared/useI18n';
import { STATE_KEYS } from './display';
import type { Exhibit } from './types';

/** Where the exhibit is: in custody, in transfer, returned or destroyed. */
export function StateBadge({ state }: { state: string }) {
  const { t } = useI18n();
  return <span className={`state exhibit-state-${state}`}>{STATE_KEYS[state] ? t(STATE_KEYS[state]) : state}</span>;
}

/** A warning in the register: the chain is broken, or the server flagged one of its events. */
export function ChainBadge({ x }: { x: Exhibit }) {
  const { t } = useI18n();
  if (x.chain_ok && x.flags.length === 0) return null;
  return (
    <span className="badge badge-alert" data-testid="exhibit-warning">
      <span aria-hidden="true">⚠ </span>
      {x.chain_ok ? t('exhibits.list.flagged', { count: x.flags.length }) : t('exhibits.chain.broken_short')}
    </span>
  );
}
