import { useMemo } from 'react';
import { useI18n } from '../../shared/useI18n';
import { useItemTypeLabel } from './NodeTimelineList';
import { isMoment, SOURCE_KEYS, SOURCES, stripLayout } from './nodeTimeline';
import type { NodeTimelineItem } from './types';

const LANE = 18;
const TOP = 8;
const AXIS = 26;
const MARGIN = 12;

/** A horizontal strip of the dated items, one lane per source; a range is a bar, a moment a dot. */
export function TimeStrip({ items, width = 960 }: { items: NodeTimelineItem[]; width?: number }) {
  const { t, formatDateTime } = useI18n();
  const typeLabel = useItemTypeLabel();
  const layout = useMemo(() => stripLayout(items, width, MARGIN), [items, width]);
  if (!layout) return null;
  const height = TOP + layout.lanes.length * LANE + AXIS;
  const axisY = TOP + layout.lanes.length * LANE + 4;
  return (
    <figure className="time-strip">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('node_timeline.strip_label')} data-testid="node-timeline-strip">
        {layout.lanes.map((s, i) => (
          <line key={s} x1={MARGIN} x2={width - MARGIN} y1={TOP + i * LANE + LANE / 2} y2={TOP + i * LANE + LANE / 2} className="strip-lane" />
        ))}
        <line x1={MARGIN} x2={width - MARGIN} y1={axisY} y2={axisY} className="strip-axis" />
        {layout.ticks.map((tick) => (
          <g key={tick.label} className="strip-tick">
            <line x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 4} />
            <text x={tick.x} y={axisY + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.marks.map((m, i) => {
          const y = TOP + m.lane * LANE + LANE / 2;
          const when = isMoment(m.item.start) ? formatDateTime(m.item.start) : `${m.item.start}${m.item.end && m.item.end !== m.item.start ? ` – ${m.item.end}` : ''}`;
          const title = `${when}: ${typeLabel(m.item.type)}${m.item.caption ? `, ${m.item.caption}` : ''}`;
          return m.width > 0 ? (
            <rect key={i} x={m.x} y={y - 4} width={m.width} height={8} rx={2} className={`strip-mark strip-${m.item.source}`} data-testid="node-timeline-mark" data-source={m.item.source}>
              <title>{title}</title>
            </rect>
          ) : (
            <circle key={i} cx={m.x} cy={y} r={4} className={`strip-mark strip-${m.item.source}`} data-testid="node-timeline-mark" data-source={m.item.source}>
              <title>{title}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption className="legend-row">
        {SOURCES.filter((s) => layout.lanes.includes(s)).map((s) => (
          <span key={s}>
            <span className={`swatch strip-${s}`} aria-hidden="true" /> {t(SOURCE_KEYS[s])}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
