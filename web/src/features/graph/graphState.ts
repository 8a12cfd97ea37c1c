// The chart's contents as plain data: what the server answered, merged query by query, and what
// the analyst did to it (hid, pinned). Pure functions, so the merging is tested without a browser.
import type { GraphEdge, GraphNode, Neighbourhood, PathsAnswer } from './types';

export interface GraphState {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  /** Hubs with links left out: id → how many. */
  collapsed: Record<string, number>;
  /** Hubs whose count stopped at the server's cap: they leave out that many or more. */
  collapsedMore: string[];
  hidden: string[];
  pinned: string[];
  /** The last query stopped at max_nodes. */
  truncated: boolean;
}

export const EMPTY_GRAPH: GraphState = { nodes: {}, edges: {}, collapsed: {}, collapsedMore: [], hidden: [], pinned: [], truncated: false };

/** A node seen again keeps the smallest depth it was reached at. */
function mergeNode(old: GraphNode | undefined, next: GraphNode): GraphNode {
  if (!old) return next;
  return { ...old, ...next, depth: Math.min(old.depth ?? next.depth, next.depth ?? old.depth) };
}

/**
 * Adds an answer of /graph/neighbourhood (or /cases/{id}/network) to the chart. `expanded` are the
 * hubs asked for with `expand=`: they are no longer collapsed unless the server says so again.
 */
export function mergeAnswer(state: GraphState, answer: Neighbourhood, expanded: string[] = []): GraphState {
  const nodes = { ...state.nodes };
  for (const n of answer.nodes ?? []) nodes[n.id] = mergeNode(nodes[n.id], n);
  const edges = { ...state.edges };
  for (const e of answer.edges ?? []) edges[e.id] = e;
  const collapsed = { ...state.collapsed };
  const more = new Set(state.collapsedMore);
  for (const id of expanded) {
    delete collapsed[id];
    more.delete(id);
  }
  for (const c of answer.collapsed ?? []) {
    if (c.hidden_links > 0) collapsed[c.id] = c.hidden_links;
    else delete collapsed[c.id];
    if (c.hidden_links > 0 && c.hidden_links_more) more.add(c.id);
    else more.delete(c.id);
  }
  return { ...state, nodes, edges, collapsed, collapsedMore: [...more], truncated: Boolean(answer.truncated) };
}

export const fromAnswer = (answer: Neighbourhood): GraphState => mergeAnswer(EMPTY_GRAPH, answer);

/** The nodes and edges of found paths join the chart (they may lie outside it). */
export function mergePaths(state: GraphState, answer: PathsAnswer): GraphState {
  const nodes = { ...state.nodes };
  for (const n of Object.values(answer.nodes ?? {})) nodes[n.id] = mergeNode(nodes[n.id], n);
  const edges = { ...state.edges };
  for (const p of answer.paths ?? []) for (const e of p.edges ?? []) edges[e.id] = e;
  const shown = new Set(Object.values(answer.nodes ?? {}).map((n) => n.id));
  for (const p of answer.paths ?? []) for (const id of p.nodes) shown.add(id);
  return { ...state, nodes, edges, hidden: state.hidden.filter((id) => !shown.has(id)) };
}

/** Only these nodes, the links among them and their hub markers (a saved chart read back). */
export function keepOnly(state: GraphState, ids: string[]): GraphState {
  const keep = new Set(ids);
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => keep.has(id)));
  const edges = Object.fromEntries(Object.entries(state.edges).filter(([, e]) => keep.has(e.from) && keep.has(e.to)));
  const collapsed = Object.fromEntries(Object.entries(state.collapsed).filter(([id]) => keep.has(id)));
  const collapsedMore = state.collapsedMore.filter((id) => keep.has(id));
  return { ...state, nodes, edges, collapsed, collapsedMore, hidden: state.hidden.filter((id) => keep.has(id)), pinned: state.pinned.filter((id) => keep.has(id)) };
}

export function hideNodes(state: GraphState, ids: string[]): GraphState {
  const hidden = [...state.hidden];
  for (const id of ids) if (!hidden.includes(id)) hidden.push(id);
  return { ...state, hidden, pinned: state.pinned.filter((id) => !ids.includes(id)) };
}

export const showAll = (state: GraphState): GraphState => ({ ...state, hidden: [] });

export function setPinned(state: GraphState, ids: string[], on: boolean): GraphState {
  const pinned = on ? [...state.pinned, ...ids.filter((id) => !state.pinned.includes(id))] : state.pinned.filter((id) => !ids.includes(id));
  return { ...state, pinned };
}

export function visibleNodes(state: GraphState): GraphNode[] {
  const hidden = new Set(state.hidden);
  return Object.values(state.nodes).filter((n) => !hidden.has(n.id));
}

/** Links whose two ends are both on the chart and not hidden. */
export function visibleEdges(state: GraphState): GraphEdge[] {
  const hidden = new Set(state.hidden);
  return Object.values(state.edges).filter((e) => state.nodes[e.from] && state.nodes[e.to] && !hidden.has(e.from) && !hidden.has(e.to));
}

/** The case a node belongs to: its `case_id`, or the case itself for a case node (`c:<uuid>`). */
export function caseOfNode(n: GraphNode): string | undefined {
  if (n.case_id) return n.case_id;
  if (n.kind === 'case' && n.id.startsWith('c:')) return n.id.slice(2);
  return undefined;
}

/** Every case the chart touches, sorted, for "save to case" and "colour by case". */
export function caseIdsOf(state: GraphState): string[] {
  const ids = new Set<string>();
  for (const n of Object.values(state.nodes)) {
    const c = caseOfNode(n);
    if (c) ids.add(c);
  }
  for (const e of Object.values(state.edges)) if (e.case_id) ids.add(e.case_id);
  return [...ids].sort();
}

/** The links that touch a node, for its side panel. */
export const edgesOf = (state: GraphState, id: string): GraphEdge[] => Object.values(state.edges).filter((e) => e.from === id || e.to === id);
