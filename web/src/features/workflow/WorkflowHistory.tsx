import { useI18n } from '../../shared/useI18n';
import { HISTORY_KIND_KEYS, useStateLabel } from './display';
import type { HistoryEntry, StateSummary } from './types';

/** Who moved the case, when, from which state to which, and why — newest first. */
export function WorkflowHistory({ history, states }: { history: HistoryEntry[]; states: StateSummary[] }) {
  const { t, formatDateTime } = useI18n();
  const stateLabel = useStateLabel(states);
  const rows = [...history].reverse();
  return (
    <section className="stack-gap" data-testid="workflow-history">
      <h3>{t('workflow.history.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('workflow.history.empty')}</p>
      ) : (
        <ol className="wf-list wf-history">
          {rows.map((h, i) => (
            <li key={`${h.at}:${i}`} data-testid="workflow-history-entry" data-kind={h.kind}>
              <p className="wf-history-head">
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>
                <span className="muted"> · {h.by || t('workflow.history.system')}</span>
                {h.kind !== 'transition' && <span className="badge badge-schema">{HISTORY_KIND_KEYS[h.kind] ? t(HISTORY_KIND_KEYS[h.kind]) : h.kind}</span>}
              </p>
              <p className="wf-history-move">
                {h.from ? `${stateLabel(h.from)} → ${stateLabel(h.to)}` : stateLabel(h.to)}
              </p>
              {h.note && <p className="wf-history-note pre">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
