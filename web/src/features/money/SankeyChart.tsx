import { useMemo } from 'react';
import { useI18n } from '../../shared/useI18n';
import { formatAmount, shortAccount } from './display';
import { layoutSankey } from './sankeyData';
import type { CleanSankey } from './sankeyData';

interface Props {
  data: CleanSankey;
  /** The account traced from (or back to), drawn darker. */
  start: string;
  currency?: string;
  width?: number;
  height?: number;
}

const PAD = 130;
const bare = (a: string) => a.replace(/^a:/, '');

/** The traced money as a Sankey in SVG: one box per account and hop, bands as wide as the amounts. */
export function SankeyChart({ data, start, currency, width = 900, height = 420 }: Props) {
  const { t, lang } = useI18n();
  const layout = useMemo(() => layoutSankey(data, width - 2 * PAD, height), [data, width, height]);
  if (layout.nodes.length === 0) return <p className="muted" data-testid="money-sankey-empty">{t('money.sankey.empty')}</p>;
  return (
    <svg className="sankey" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('money.sankey.label')} data-testid="money-sankey">
      <g transform={`translate(${PAD},0)`}>
        {layout.links.map((l, i) => (
          <path key={i} d={l.path} className="sankey-link" strokeWidth={l.width} fill="none" data-testid="sankey-link">
            <title>{`${bare(l.from)} → ${bare(l.to)}: ${formatAmount(lang, l.value, currency)}`}</title>
          </path>
        ))}
        {layout.nodes.map((n) => {
          const left = n.x0 < (width - 2 * PAD) / 2;
          return (
            <g key={n.id} data-testid="sankey-node" data-account={n.account}>
              <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} className={bare(n.account) === bare(start) ? 'sankey-node start' : 'sankey-node'}>
                <title>{`${bare(n.account)}: ${formatAmount(lang, n.value, currency)}`}</title>
              </rect>
              <text x={left ? n.x0 - 4 : n.x1 + 4} y={(n.y0 + n.y1) / 2} dy="0.35em" textAnchor={left ? 'end' : 'start'} fontSize="11" fill="currentColor">
                {shortAccount(n.account)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
