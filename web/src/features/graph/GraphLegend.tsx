import { useI18n } from '../../shared/useI18n';
import { KIND_COLOURS, NODE_KEYS, NODE_KINDS } from './links';
import type { ColourBy } from './types';

/** What the shapes and colours mean; colours by kind only when the chart is coloured by kind. */
export function GraphLegend({ colourBy }: { colourBy: ColourBy }) {
  const { t } = useI18n();
  return (
    <ul className="graph-legend" data-testid="graph-legend">
      {NODE_KINDS.map((k) => (
        <li key={k}>
          <span className={`legend-shape legend-${k}`} style={colourBy === 'kind' ? { background: KIND_COLOURS[k] } : undefined} aria-hidden="true" />
          {t(NODE_KEYS[k])}
        </li>
      ))}
      <li>
        <span className="legend-shape legend-hub" aria-hidden="true" />
        {t('graph.legend.hub')}
      </li>
      <li>
        <span className="legend-shape legend-pinned" aria-hidden="true" />
        {t('graph.legend.pinned')}
      </li>
      <li className="muted">{t('graph.legend.expand_hint')}</li>
    </ul>
  );
}
