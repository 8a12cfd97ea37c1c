import { recordPath } from '../entities';
import type { ReportItem } from '../../shared/intelligence';
import { ITEM_KIND_KEYS, isItemKind, itemTitle } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { ItemMatches } from './types';

/** For each item, the records of cases (the caller may see) that match it, each to open. */
export function ItemMatchesList({ groups, items }: { groups: ItemMatches[]; items: ReportItem[] }) {
  const { t, formatPercent } = useI18n();
  const withMatches = groups.filter((g) => (g.matches ?? []).length > 0);
  if (withMatches.length === 0) return <p className="muted" data-testid="intel-matches-empty">{t('intelligence.matches.empty')}</p>;
  return (
    <ul className="item-list">
      {withMatches.map((g) => {
        const item = items.find((i) => i.id === g.item_id);
        return (
          <li key={g.item_id} className="item-card" data-testid="intel-match-item" data-item-id={g.item_id}>
            <p className="item-card-head">
              {item && <span className="badge badge-kind">{isItemKind(item.kind) ? t(ITEM_KIND_KEYS[item.kind]) : item.kind}</span>}
              <strong>{item ? itemTitle(item) : g.item_id}</strong>
            </p>
            <ul className="record-matches">
              {g.matches.map((m) => (
                <li key={`${m.case?.id}:${m.entity_id}`} className="record-match" data-testid="intel-match-row" data-case-id={m.case?.id} data-entity-id={m.entity_id}>
                  <p className="record-match-head">
                    <Link to={recordPath(m.case.id, m.entity_id)} data-testid="intel-match-record">
                      {m.caption || t('entities.identity_restricted')}
                    </Link>
                    <Link to={`/cases/${m.case.id}`} className="mono" data-testid="intel-match-case">
                      {m.case.reference || m.case.id}
                    </Link>
                    <strong className="match-score-value">{formatPercent(m.score)}</strong>
                  </p>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** The matches of the report's items (loaded by the page, which also offers their cases for a task). */
export function MatchesPanel({ data, error, items }: { data: ItemMatches[] | undefined; error: unknown; items: ReportItem[] }) {
  const { t } = useI18n();
  return (
    <section className="stack-gap" data-testid="intel-matches">
      <h2>{t('intelligence.matches.title')}</h2>
      <p className="muted">{t('intelligence.matches.help')}</p>
      <ProblemAlert error={error} />
      {!data && !error && <p className="loading">{t('app.loading')}</p>}
      {data && <ItemMatchesList groups={data} items={items} />}
    </section>
  );
}
