import type { ReactNode } from 'react';
import { epochToIso } from '../../shared/datetime';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { casePath, sourcePath } from './display';
import { LINK_KEYS } from './links';
import type { GraphEdge, GraphNode } from './types';

interface Props {
  edge: GraphEdge;
  nodes: Record<string, GraphNode>;
}

/** Why two nodes are linked: the kind, the label, how often and when, the case and the record it was read from. */
export function EdgeDetails({ edge, nodes }: Props) {
  const { t, lang, formatDateTime } = useI18n();
  const caption = (id: string) => nodes[id]?.caption ?? id;
  const first = epochToIso(edge.first_at);
  const last = epochToIso(edge.last_at);
  const record = sourcePath(edge.source, edge.case_id);
  const row = (key: string, value: ReactNode, testId: string) => (
    <div className="dl-row" data-testid={testId}>
      <dt>{t(key)}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="stack-gap" data-testid="graph-edge-details" data-edge-id={edge.id}>
      <h3>{t('graph.edge.title')}</h3>
      <p className="edge-ends">
        {caption(edge.from)} {edge.directed ? '→' : '—'} {caption(edge.to)}
      </p>
      <dl className="dl">
        {row('graph.edge.kind', LINK_KEYS[edge.kind] ? t(LINK_KEYS[edge.kind]) : edge.kind, 'graph-edge-kind')}
        {row('graph.edge.label', edge.label || t('common.none'), 'graph-edge-label')}
        {row('graph.edge.count', edge.count ?? 1, 'graph-edge-count')}
        {edge.total !== undefined && edge.total !== null && row('graph.edge.total', new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 }).format(edge.total), 'graph-edge-total')}
        {first && row('graph.edge.first_at', <time dateTime={first}>{formatDateTime(first)}</time>, 'graph-edge-first')}
        {last && row('graph.edge.last_at', <time dateTime={last}>{formatDateTime(last)}</time>, 'graph-edge-last')}
        {row(
          'graph.edge.case',
          edge.case_id ? (
            <Link to={casePath(edge.case_id)} className="mono" data-testid="graph-edge-case">
              {edge.case_id}
            </Link>
          ) : (
            t('graph.edge.no_case')
          ),
          'graph-edge-case-row',
        )}
        {row(
          'graph.edge.source',
          record ? (
            <Link to={record} data-testid="graph-edge-source">
              {t('graph.edge.open_source')}
            </Link>
          ) : (
            <span className="mono">{edge.source || t('common.none')}</span>
          ),
          'graph-edge-source-row',
        )}
      </dl>
    </section>
  );
}
