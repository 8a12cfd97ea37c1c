import { msToIso } from '../../shared/datetime';
import { useI18n } from '../../shared/useI18n';
import { HISTORY_KEYS } from './display';
import type { MatchHistoryEntry } from './types';

/** Every step of the match, oldest first: proposed, confirmed or rejected, undone; who, when, why. */
export function MatchHistory({ history }: { history: MatchHistoryEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const rows = [...history].sort((x, y) => msToIso(x.at).localeCompare(msToIso(y.at)));
  return (
    <section className="stack-gap" data-testid="match-history">
      <h2>{t('matches.history.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('matches.history.empty')}</p>
      ) : (
        <ol className="wf-list wf-history match-history">
          {rows.map((h, i) => {
            const iso = msToIso(h.at);
            return (
              <li key={`${h.at}:${i}`} data-testid="match-history-row" data-action={h.action}>
                <p className="wf-history-head">
                  <strong>{HISTORY_KEYS[h.action] ? t(HISTORY_KEYS[h.action]) : h.action}</strong>{' '}
                  <span className="muted">
                    {t('matches.history.by', { by: h.by_name || (h.by ? '—' : t('matches.history.system')) })}
                    {' · '}
                    <time dateTime={iso}>{formatDateTime(iso)}</time>
                  </span>
                </p>
                {h.reason && <p className="pre wf-history-note">{h.reason}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
