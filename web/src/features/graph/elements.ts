// The chart as Cytoscape elements: one pure function from the graph state and the chosen measures.
import type { ElementDefinition } from 'cytoscape';
import { caseIdsOf, caseOfNode, visibleEdges, visibleNodes } from './graphState';
import type { GraphState } from './graphState';
import { KIND_COLOURS, LINK_COLOURS, PALETTE } from './links';
import type { ColourBy, GraphNode, NodeMeasures, SizeBy } from './types';

export const NO_GROUP_COLOUR = '#9aa1ad';
export const MIN_SIZE = 24;
export const MAX_SIZE = 64;

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ElementOptions {
  measures?: Record<string, NodeMeasures>;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  highlight?: Highlight;
}

/** 24..64 px by the square root of the share of the largest value, so a few hubs do not swamp the rest. */
export function nodeSize(value: number | undefined, max: number): number {
  if (!value || value <= 0 || !max || max <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.min(1, value / max)));
}

export const paletteColour = (index: number): string => PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length];

function measureOf(n: GraphNode, sizeBy: SizeBy, measures: Record<string, NodeMeasures> | undefined): number | undefined {
  if (sizeBy === 'none') return undefined;
  const m = measures?.[n.id];
  if (m) return m[sizeBy];
  return sizeBy === 'degree' ? n.degree : undefined;
}

/** The fill of a node: its kind's colour, or its community's, component's or case's. */
export function nodeColour(n: GraphNode, opts: ElementOptions, cases: string[]): string {
  switch (opts.colourBy) {
    case 'kind':
      return KIND_COLOURS[n.kind] ?? NO_GROUP_COLOUR;
    case 'case': {
      const c = caseOfNode(n);
      return c ? paletteColour(cases.indexOf(c)) : NO_GROUP_COLOUR;
    }
    case 'community':
    case 'component': {
      const group = opts.measures?.[n.id]?.[opts.colourBy];
      return typeof group === 'number' ? paletteColour(group) : NO_GROUP_COLOUR;
    }
  }
}

/** Edge width by how many calls, payments or trips it stands for. */
export const edgeWidth = (count: number | undefined): number => Math.min(8, 1 + Math.log2(Math.max(1, count ?? 1)));

export function toElements(state: GraphState, opts: ElementOptions): ElementDefinition[] {
  const nodes = visibleNodes(state);
  const edges = visibleEdges(state);
  const cases = caseIdsOf(state);
  const max = Math.max(0, ...nodes.map((n) => measureOf(n, opts.sizeBy, opts.measures) ?? 0));
  const pinned = new Set(state.pinned);
  const hl = opts.highlight;
  const lit = Boolean(hl && (hl.nodes.size > 0 || hl.edges.size > 0));
  const more = new Set(state.collapsedMore);
  const out: ElementDefinition[] = nodes.map((n) => {
    const hub = state.collapsed[n.id];
    const classes = [`kind-${n.kind}`];
    if (hub) classes.push('hub');
    if (pinned.has(n.id)) classes.push('pinned');
    if (lit) classes.push(hl?.nodes.has(n.id) ? 'path' : 'faded');
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: hub ? `${n.caption}\n+${hub}${more.has(n.id) ? '+' : ''}` : n.caption,
        caption: n.caption,
        latin: n.caption_latin ?? '',
        kind: n.kind,
        hidden_links: hub ?? 0,
        size: nodeSize(measureOf(n, opts.sizeBy, opts.measures), max),
        colour: nodeColour(n, opts, cases),
      },
      classes: classes.join(' '),
      locked: pinned.has(n.id),
    };
  });
  for (const e of edges) {
    const classes = [`link-${e.kind}`];
    if (e.directed) classes.push('directed');
    if (lit) classes.push(hl?.edges.has(e.id) ? 'path' : 'faded');
    out.push({
      group: 'edges',
      // Cytoscape's `source`/`target` are the ends; the server's `source` (the record) is `record`.
      data: {
        id: e.id,
        source: e.from,
        target: e.to,
        kind: e.kind,
        label: e.count > 1 ? `${e.label} ×${e.count}` : e.label,
        record: e.source,
        width: edgeWidth(e.count),
        colour: LINK_COLOURS[e.kind] ?? NO_GROUP_COLOUR,
      },
      classes: classes.join(' '),
    });
  }
  return out;
}

/** The nodes and edges of paths, for highlighting. */
export function highlightOf(paths: { nodes: string[]; edges: { id: string }[] }[]): Highlight {
  return { nodes: new Set(paths.flatMap((p) => p.nodes)), edges: new Set(paths.flatMap((p) => p.edges.map((e) => e.id))) };
}
