import { useI18n } from '../../shared/useI18n';
import type { StatsBar } from './display';

interface Props {
  bars: (StatsBar & { label: string })[];
  /** The text of a suppressed cell, `< 3`. */
  suppressedText: string;
}

const ROW = 26;
const WIDTH = 360;
const LABEL = 130;
const NUM = 44;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A horizontal bar per row, drawn in SVG (no chart library); suppressed cells have no bar. */
export function StatsChart({ bars, suppressedText }: Props) {
  const { t } = useI18n();
  if (bars.length === 0) return null;
  const area = WIDTH - LABEL - NUM;
  const height = bars.length * ROW + 4;
  return (
    <svg className="stats-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('intelligence.stats.chart_label')} data-testid="intel-stats-chart">
      {bars.map((b, i) => {
        const y = i * ROW + 2;
        const w = b.count === null ? 0 : Math.max(b.count > 0 ? 2 : 0, (b.bar / 100) * area);
        return (
          <g key={b.key} data-testid="stats-bar" data-key={b.key} data-count={b.count ?? ''}>
            <title>{`${b.label}: ${b.count === null ? suppressedText : b.count}`}</title>
            <text x={LABEL - 6} y={y + ROW / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {clip(b.label, 22)}
            </text>
            {b.count === null ? (
              <rect x={LABEL} y={y + 5} width={area} height={ROW - 10} rx="3" className="stats-bar-suppressed" />
            ) : (
              <rect x={LABEL} y={y + 5} width={w} height={ROW - 10} rx="3" className="stats-bar" />
            )}
            <text x={b.count === null ? LABEL + 6 : LABEL + w + 4} y={y + ROW / 2 + 4} fontSize="11" fill="currentColor">
              {b.count === null ? suppressedText : b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
