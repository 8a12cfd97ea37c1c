import { actorName } from '../../shared/people';
import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { ReferralHistoryEntry } from './types';

/** Every move of a referral: from, to, who, when and why. */
export function ReferralHistory({ history, states }: { history: ReferralHistoryEntry[]; states: RefItem[] }) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  if (history.length === 0) return null;
  return (
    <details className="referral-history">
      <summary>{t('referrals.history', { count: history.length })}</summary>
      <ol className="wf-list">
        {history.map((h, i) => (
          <li key={`${h.at}:${i}`}>
            <time dateTime={h.at}>{formatDateTime(h.at)}</time>
            <span className="muted"> · {actorName(h.by)}</span> — {h.from ? `${label(states, h.from)} → ${label(states, h.to)}` : label(states, h.to)}
            {h.reason && <span className="pre"> ({h.reason})</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
