import { useI18n } from '../../shared/useI18n';
import { EdgeDetails } from './EdgeDetails';
import type { Selection } from './GraphCanvas';
import { edgesOf } from './graphState';
import type { GraphState } from './graphState';
import { NodeDetails } from './NodeDetails';
import type { NodeMeasures } from './types';

interface Props {
  selection: Selection;
  state: GraphState;
  measures?: Record<string, NodeMeasures>;
  busy: boolean;
  onExpand: (id: string) => void;
  onHide: (ids: string[]) => void;
  onPin: (ids: string[], on: boolean) => void;
}

/** What is selected on the chart: one node, one link, or several nodes to hide or pin together. */
export function SelectionPanel({ selection, state, measures, busy, onExpand, onHide, onPin }: Props) {
  const { t } = useI18n();
  const nodes = selection.nodes.filter((id) => state.nodes[id]);
  const edges = selection.edges.filter((id) => state.edges[id]);
  if (nodes.length === 1) {
    const id = nodes[0];
    return (
      <NodeDetails
        node={state.nodes[id]}
        hiddenLinks={state.collapsed[id] ?? 0}
        hiddenLinksMore={state.collapsedMore.includes(id)}
        links={edgesOf(state, id).length}
        pinned={state.pinned.includes(id)}
        measures={measures?.[id]}
        busy={busy}
        onExpand={() => onExpand(id)}
        onHide={() => onHide([id])}
        onPin={(on) => onPin([id], on)}
      />
    );
  }
  if (nodes.length === 0 && edges.length === 1) return <EdgeDetails edge={state.edges[edges[0]]} nodes={state.nodes} />;
  if (nodes.length > 1) {
    return (
      <section className="stack-gap" data-testid="graph-multi-selection">
        <p>{t('graph.selection.nodes', { count: nodes.length })}</p>
        <div className="actions">
          <button type="button" onClick={() => onPin(nodes, true)} data-testid="graph-pin-all">
            {t('graph.node.pin')}
          </button>
          <button type="button" onClick={() => onHide(nodes)} data-testid="graph-hide-all">
            {t('graph.node.hide')}
          </button>
        </div>
        <p className="help">{t('graph.selection.paths_hint')}</p>
      </section>
    );
  }
  return <p className="muted" data-testid="graph-selection-empty">{t('graph.selection.none')}</p>;
}
