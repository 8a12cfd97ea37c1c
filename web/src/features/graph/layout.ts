// Which layout the chart runs: fcose up to BIG_GRAPH nodes, concentric by degree beyond (fcose
// would take tens of seconds there); an expansion keeps the nodes already placed where they are
// (beyond BIG_GRAPH by ringing the few new nodes around their neighbour, see ringsAround).
import type { LayoutOptions } from 'cytoscape';

export const BIG_GRAPH = 1500;

export interface PinnedAt {
  nodeId: string;
  position: { x: number; y: number };
}

export interface LayoutRequest {
  count: number;
  /** Nodes were already on the chart: start from their positions instead of random ones. */
  incremental: boolean;
  pinned: PinnedAt[];
}

export function layoutOptions({ count, incremental, pinned }: LayoutRequest): LayoutOptions {
  if (count > BIG_GRAPH) {
    return {
      name: 'concentric',
      animate: false,
      fit: true,
      minNodeSpacing: 4,
      avoidOverlap: false,
      concentric: (n) => n.degree(false),
      levelWidth: () => 2,
    } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate: count <= 300,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    numIter: count > 800 ? 1200 : 2500,
    fixedNodeConstraint: pinned.length > 0 ? pinned : undefined,
  } as LayoutOptions;
}

/** At most this many new nodes are ringed around their neighbours instead of a full layout. */
export const RING_MAX = 300;

/**
 * Where nodes added beside a neighbour go on a big chart, instead of laying out every node again
 * (concentric moves them all; above BIG_GRAPH that took seconds and lost the analyst's picture):
 * on a ring around that neighbour, wider the more there are. `beside`: new node → neighbour.
 */
export function ringsAround(beside: Record<string, string>, at: (id: string) => { x: number; y: number }): Record<string, { x: number; y: number }> {
  const groups = new Map<string, string[]>();
  for (const [id, anchor] of Object.entries(beside)) {
    const ids = groups.get(anchor);
    if (ids) ids.push(id);
    else groups.set(anchor, [id]);
  }
  const out: Record<string, { x: number; y: number }> = {};
  for (const [anchor, ids] of groups) {
    const c = at(anchor);
    const r = Math.max(80, (ids.length * 40) / (2 * Math.PI));
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      out[id] = { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    });
  }
  return out;
}
