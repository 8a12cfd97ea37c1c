import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useLoad, useSessionState } from '../../shared/hooks';
import { loadGrading, useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { getStats } from './api';
import { isDay, isStatsBy, STATS_BY, STATS_BY_KEYS, statsBars } from './display';
import { IntelNav } from './IntelNav';
import { StatsChart } from './StatsChart';
import type { StatsAnswer, StatsBy, StatsRow } from './types';

/** The label of a row: the server's `{en, ru}`, else the lookups or the grading document, else the key. */
export function useStatsLabel(by: StatsBy | string, doc: GradingDoc | undefined): (row: StatsRow) => string {
  const { label } = useI18n();
  const lookup = useLookupLabel();
  const labels = useGradingLabels(doc);
  return (row) => {
    if (row.label) return label(row.label, row.key);
    if (by === 'country') return lookup('countries', row.key);
    if (by === 'exploitation') return lookup('forms_of_exploitation', row.key);
    if (by === 'modus') return labels.modus(row.key);
    return row.key;
  };
}

/** The counts as a table and a bar chart; a cell below `min_cell` is shown as "< min_cell". */
export function StatsView({ stats, doc }: { stats: StatsAnswer; doc: GradingDoc | undefined }) {
  const { t } = useI18n();
  const rowLabel = useStatsLabel(stats.by, doc);
  const min = stats.min_cell ?? doc?.min_cell ?? 3;
  const suppressedText = t('intelligence.stats.suppressed', { min });
  const rows = stats.rows ?? [];
  const bars = statsBars(rows).map((b, i) => ({ ...b, label: rowLabel(rows[i]) }));
  if (rows.length === 0) return <p className="muted" data-testid="intel-stats-empty">{t('intelligence.stats.empty')}</p>;
  return (
    <div className="two-col">
      <section className="card stack-gap">
        <table className="count-table" data-testid="intel-stats-table">
          <thead>
            <tr>
              <th scope="col">{t(isStatsBy(stats.by) ? STATS_BY_KEYS[stats.by] : 'intelligence.stats.key')}</th>
              <th scope="col" className="num">{t('intelligence.stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key} data-testid="stats-row" data-key={r.key} data-suppressed={r.suppressed ? 'true' : 'false'} data-count={r.suppressed ? '' : (r.count ?? 0)}>
                <td>{bars[i].label}</td>
                <td className="num">{r.suppressed ? <span title={t('intelligence.stats.suppressed_help', { min })}>{suppressedText}</span> : (r.count ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="stats-total">
              <th scope="row">{t('intelligence.stats.total')}</th>
              <td className="num">{stats.total}</td>
            </tr>
          </tfoot>
        </table>
        <p className="help">{t('intelligence.stats.suppressed_help', { min })}</p>
      </section>
      <section className="card">
        <StatsChart bars={bars} suppressedText={suppressedText} />
      </section>
    </div>
  );
}

/** Container: strategic counts by route, country, exploitation, modus or period — counts only. */
export function IntelStatsPage() {
  const { t } = useI18n();
  const [stored, setBy] = useSessionState<StatsBy>('ariadne.intelligence.stats.by', 'country');
  const by: StatsBy = isStatsBy(stored) ? stored : 'country';
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const grading = useLoad(loadGrading, []);
  const badDate = !isDay(from) ? 'from' : !isDay(to) ? 'to' : null;
  const key = `${by}|${from}|${to}`;
  const stats = useLoad(
    () => (badDate ? Promise.reject(new ApiError({ status: 422, code: 'invalid_date', field: badDate })) : getStats(by, from, to).then((s) => ({ key, s }))),
    [key],
  );
  const data = stats.data?.key === key ? stats.data.s : undefined;
  return (
    <section className="page" data-testid="intel-stats-page">
      <div className="page-head">
        <h1>{t('intelligence.stats.title')}</h1>
        <button type="button" onClick={stats.reload} data-testid="intel-stats-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <IntelNav active="/intelligence/stats" />
      <p className="muted">{t('intelligence.stats.help')}</p>
      <div className="filters">
        <label className="filter">
          <span>{t('intelligence.stats.by_label')}</span>
          <select value={by} data-testid="intel-stats-by" onChange={(e) => isStatsBy(e.target.value) && setBy(e.target.value)}>
            {STATS_BY.map((b) => (
              <option key={b} value={b}>
                {t(STATS_BY_KEYS[b])}
              </option>
            ))}
          </select>
        </label>
        <span />
        <label className="filter">
          <span>{t('intelligence.stats.from')}</span>
          <input type="date" value={from} data-testid="intel-stats-from" onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="filter">
          <span>{t('intelligence.stats.to')}</span>
          <input type="date" value={to} data-testid="intel-stats-to" onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <ProblemAlert error={stats.error} fieldLabel={(f) => (f === 'from' ? t('intelligence.stats.from') : f === 'to' ? t('intelligence.stats.to') : undefined)} />
      {!data && !stats.error && <p className="loading">{t('app.loading')}</p>}
      {data && <StatsView stats={data} doc={grading.data} />}
    </section>
  );
}
