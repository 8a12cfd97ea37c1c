import { useI18n } from '../../shared/useI18n';
import { activityBars } from './activity';
import type { Bucket } from './activity';
import type { BucketSize } from './types';

const W = 720;
const H = 200;
const LEFT = 36;
const BOTTOM = 22;

/** Calls per hour, day or week as stacked bars (outgoing below, incoming above), in SVG. */
export function ActivityChart({ buckets, size }: { buckets: Bucket[]; size: BucketSize }) {
  const { t, lang } = useI18n();
  const { bars, max } = activityBars(buckets, W - LEFT, H - BOTTOM);
  if (bars.length === 0) return <p className="muted" data-testid="calls-activity-empty">{t('calls.empty')}</p>;
  const fmt = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', size === 'hour' ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'medium' });
  const label = (s: number) => fmt.format(new Date(s * 1000));
  const ticks = bars.length > 2 ? [bars[0], bars[Math.floor(bars.length / 2)], bars[bars.length - 1]] : bars;
  const base = H - BOTTOM;
  return (
    <figure className="activity">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('calls.activity.label')} data-testid="calls-activity-chart">
        <text x={LEFT - 4} y={10} textAnchor="end" fontSize="10" fill="currentColor">{max}</text>
        <text x={LEFT - 4} y={base} textAnchor="end" fontSize="10" fill="currentColor">0</text>
        <line x1={LEFT} x2={W} y1={base} y2={base} stroke="currentColor" strokeWidth="0.5" />
        <g transform={`translate(${LEFT},0)`}>
          {bars.map((b) => (
            <g key={b.start} data-testid="activity-bar" data-start={b.start} data-outgoing={b.outgoing} data-incoming={b.incoming}>
              <title>{t('calls.activity.bar', { when: label(b.start), outgoing: b.outgoing, incoming: b.incoming })}</title>
              <rect x={b.x} y={base - b.outHeight} width={b.width} height={b.outHeight} className="bar-outgoing" />
              <rect x={b.x} y={base - b.outHeight - b.inHeight} width={b.width} height={b.inHeight} className="bar-incoming" />
            </g>
          ))}
          {ticks.map((b, i) => (
            <text key={b.start} x={b.x + b.width / 2} y={H - 6} fontSize="10" fill="currentColor" textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>
              {label(b.start)}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="legend-row">
        <span><span className="swatch bar-outgoing" aria-hidden="true" /> {t('calls.activity.outgoing')}</span>
        <span><span className="swatch bar-incoming" aria-hidden="true" /> {t('calls.activity.incoming')}</span>
      </figcaption>
    </figure>
  );
}
