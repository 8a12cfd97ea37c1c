import type { ReactNode } from 'react';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { nodePath, timelinePath } from './display';
import { caseOfNode } from './graphState';
import { NODE_KEYS } from './links';
import type { GraphNode, NodeMeasures } from './types';

interface Props {
  node: GraphNode;
  /** Links left out of this hub, 0 when it is not collapsed. */
  hiddenLinks: number;
  /** The server stopped counting at hiddenLinks: the hub leaves out that many or more. */
  hiddenLinksMore?: boolean;
  links: number;
  pinned: boolean;
  measures?: NodeMeasures;
  busy: boolean;
  onExpand: () => void;
  onHide: () => void;
  onPin: (on: boolean) => void;
}

/** One node: what it is, its case, its measures, and what can be done with it. */
export function NodeDetails({ node, hiddenLinks, hiddenLinksMore = false, links, pinned, measures, busy, onExpand, onHide, onPin }: Props) {
  const { t } = useI18n();
  const path = nodePath(node);
  const timeline = timelinePath(node);
  const caseId = caseOfNode(node);
  const row = (key: string, value: ReactNode) => (
    <div className="dl-row">
      <dt>{t(key)}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="stack-gap" data-testid="graph-node-details" data-node-id={node.id}>
      <h3>
        {node.caption}
        {node.caption_latin && node.caption_latin !== node.caption && <span className="muted caption-latin" lang="und-Latn"> {node.caption_latin}</span>}
      </h3>
      <dl className="dl">
        {row('graph.node.kind', NODE_KEYS[node.kind] ? t(NODE_KEYS[node.kind]) : node.kind)}
        {node.schema && row('graph.node.schema', node.schema)}
        {row('graph.node.id', <span className="mono">{node.id}</span>)}
        {caseId && row('graph.node.case', <Link to={`/cases/${caseId}`} className="mono">{caseId}</Link>)}
        {row('graph.node.links', t('graph.node.links_value', { shown: links, count: node.degree }))}
        {measures &&
          row(
            'graph.node.measures',
            t('graph.node.measures_value', { betweenness: measures.betweenness.toFixed(3), closeness: measures.closeness.toFixed(3), core: measures.core, community: measures.community }),
          )}
      </dl>
      {hiddenLinks > 0 && (
        <p className="alert alert-warning" data-testid="graph-hub-note">
          {t(hiddenLinksMore ? 'graph.node.hub_more' : 'graph.node.hub', { count: hiddenLinks })}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onExpand} data-testid="graph-expand">
          {hiddenLinks > 0 ? t(hiddenLinksMore ? 'graph.node.expand_hub_more' : 'graph.node.expand_hub', { count: hiddenLinks }) : t('graph.node.expand')}
        </button>
        <button type="button" onClick={() => onPin(!pinned)} data-testid="graph-pin" aria-pressed={pinned}>
          {pinned ? t('graph.node.unpin') : t('graph.node.pin')}
        </button>
        <button type="button" onClick={onHide} data-testid="graph-hide">
          {t('graph.node.hide')}
        </button>
        {path && (
          <Link to={path} className="button" data-testid="graph-open-node">
            {node.kind === 'case' ? t('graph.node.open_case') : t('graph.node.open_record')}
          </Link>
        )}
        {timeline && (
          <Link to={timeline} className="button" data-testid="graph-node-timeline">
            {t('graph.node.timeline')}
          </Link>
        )}
      </div>
    </section>
  );
}
