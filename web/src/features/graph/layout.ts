// Which layout the chart runs: fcose up to BIG_GRAPH nodes, concentric by degree beyond (fcose
// would take tens of seconds there); an expansion keeps the nodes already placed where they are.
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
