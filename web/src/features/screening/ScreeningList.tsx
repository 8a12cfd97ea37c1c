import { actorName } from '../../shared/people';
import { useI18n } from '../../shared/useI18n';
import { ObservationList } from './ObservationList';
import { RECOMMENDATION_KEYS, newestFirst } from './screening';
import { ScreeningResultView } from './ScreeningResultView';
import type { Screening } from './types';

/** Earlier screenings, newest first, each folded to its date, author and recommendation. */
export function ScreeningList({ items }: { items: Screening[] | undefined }) {
  const { t, formatDateTime } = useI18n();
  const rows = newestFirst(items);
  return (
    <section className="stack-gap" data-testid="screening-list">
      <h3>{t('screening.earlier')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('screening.empty')}</p>
      ) : (
        <ul className="screening-history">
          {rows.map((s) => (
            <li key={s.id}>
              <details className="card screening-entry" data-testid={`screening-row-${s.id}`} data-recommendation={s.result.recommendation}>
                <summary>
                  <time dateTime={s.created_at}>{formatDateTime(s.created_at)}</time>
                  {actorName(s.created_by) && <span className="muted"> · {actorName(s.created_by)}</span>}
                  <span className={`badge recommendation-${s.result.recommendation}`}>{RECOMMENDATION_KEYS[s.result.recommendation] ? t(RECOMMENDATION_KEYS[s.result.recommendation]) : s.result.recommendation}</span>
                </summary>
                <div className="stack-gap">
                  <ScreeningResultView screening={s} />
                  <h4>{t('screening.observed')}</h4>
                  <ObservationList observations={s.observations ?? []} />
                  {s.note && <p className="pre">{s.note}</p>}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
