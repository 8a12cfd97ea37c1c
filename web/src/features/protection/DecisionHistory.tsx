import { actorName } from '../../shared/people';
import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { Decision } from './types';

/** The decisions of one track, newest first: the move, the grounds, the reason, who and when. */
export function DecisionHistory({ decisions, statuses, testId }: { decisions: Decision[]; statuses: RefItem[]; testId: string }) {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  if (decisions.length === 0) return <p className="muted">{t('protection.decisions.empty')}</p>;
  return (
    <ol className="wf-list wf-history" data-testid={testId}>
      {decisions.map((d) => (
        <li key={d.id}>
          <p className="wf-history-head">
            <time dateTime={d.at}>{formatDateTime(d.at)}</time>
            <span className="muted"> · {actorName(d.by)}</span>
          </p>
          <p>{d.from ? `${label(statuses, d.from)} → ${label(statuses, d.to)}` : label(statuses, d.to)}</p>
          {d.grounds && <p className="wf-history-note pre">{t('protection.decisions.grounds_line', { grounds: d.grounds })}</p>}
          {d.reason && <p className="wf-history-note pre">{t('protection.decisions.reason_line', { reason: d.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
