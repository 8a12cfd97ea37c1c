import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { getHistory } from './api';
import { HISTORY_KEYS } from './display';
import type { HistoryEntry } from './types';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const valueText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(', ');
  if (isObj(v)) {
    if (typeof v.reference === 'string') return v.reference;
    if (typeof v.name === 'string') return v.name;
    if (typeof v.display_name === 'string') return v.display_name;
    if (typeof v.code === 'string') return v.code;
    return Object.entries(v).map(([k, x]) => `${k} ${valueText(x)}`).join(' ');
  }
  return '';
};

/** What the server says happened, as data: `from → to`, then the other members; the reason apart. */
export function detailParts(detail: unknown): { change: string; rest: string; reason: string } {
  if (!isObj(detail)) return { change: '', rest: valueText(detail), reason: '' };
  const { from, to, reason, ...rest } = detail;
  const change = from !== undefined || to !== undefined ? `${valueText(from)} → ${valueText(to)}`.trim() : '';
  const others = Object.entries(rest)
    .map(([k, v]) => [k, valueText(v)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
  return { change, rest: others, reason: typeof reason === 'string' ? reason : '' };
}

/** The report's history, oldest first: what happened, who, when, why. */
export function HistoryList({ rows }: { rows: HistoryEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const sorted = [...rows].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  if (sorted.length === 0) return <p className="muted">{t('intelligence.history.empty')}</p>;
  return (
    <ol className="wf-list wf-history">
      {sorted.map((h, i) => {
        const d = detailParts(h.detail);
        return (
          <li key={`${h.at}:${i}`} data-testid="history-row" data-kind={h.kind}>
            <p className="wf-history-head">
              <strong>{HISTORY_KEYS[h.kind] ? t(HISTORY_KEYS[h.kind]) : h.kind}</strong>
              {d.change && <span className="mono"> {d.change}</span>}{' '}
              <span className="muted">
                {t('intelligence.history.by', { name: h.by?.display_name || t('intelligence.history.system') })} · <time dateTime={h.at}>{formatDateTime(h.at)}</time>
              </span>
            </p>
            {d.rest && <p className="muted item-summary">{d.rest}</p>}
            {d.reason && <p className="pre wf-history-note">{d.reason}</p>}
          </li>
        );
      })}
    </ol>
  );
}

/** Container: GET /intelligence/reports/{id}/history, fetched again whenever the report changes. */
export function HistoryPanel({ reportId, version }: { reportId: string; version: number }) {
  const { t } = useI18n();
  const list = useLoad(() => getHistory(reportId), [reportId, version]);
  return (
    <section className="stack-gap" data-testid="intel-history">
      <h2>{t('intelligence.history.title')}</h2>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <HistoryList rows={list.data} />}
    </section>
  );
}
