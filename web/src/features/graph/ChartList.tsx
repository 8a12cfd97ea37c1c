import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listCharts } from './api';
import type { ChartSummary } from './types';

interface Props {
  caseId: string;
  /** Changes after a save, so the list is read again. */
  tick: number;
  openId?: string;
  onOpen: (c: ChartSummary) => void;
}

/** The charts saved with a case, newest as the server lists them; one opens in place of the chart there is. */
export function ChartList({ caseId, tick, openId, onOpen }: Props) {
  const { t, formatDateTime } = useI18n();
  const list = useLoad(() => listCharts(caseId), [caseId, tick]);
  return (
    <div className="stack-gap" data-testid="graph-chart-list">
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p className="muted">{t('graph.charts.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="chart-list">
          {list.data.map((c) => (
            <li key={c.id} data-testid="graph-chart-item" data-chart-id={c.id}>
              <button type="button" className="link-button" onClick={() => onOpen(c)} aria-current={c.id === openId ? 'true' : undefined}>
                {c.name}
              </button>
              <span className="muted">
                {' '}
                {t('graph.charts.version', { version: c.version })}
                {c.updated_at && ` · ${formatDateTime(c.updated_at)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
