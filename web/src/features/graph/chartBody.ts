// A chart as saved with a case, and read back.
import { EMPTY_GRAPH, keepOnly, mergeAnswer } from './graphState';
import type { GraphState } from './graphState';
import type { ChartBody, ColourBy, Neighbourhood, SizeBy } from './types';

export type Positions = Record<string, { x: number; y: number }>;

/** Every node of the chart (hidden ones too, listed in `hidden`), where each visible one stands, what is pinned. */
export function chartBodyOf(state: GraphState, positions: Positions, colourBy: ColourBy, sizeBy: SizeBy): ChartBody {
  const nodes = Object.keys(state.nodes);
  const at: Positions = {};
  for (const id of nodes) {
    const p = positions[id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) at[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  const body: ChartBody = { nodes, positions: at, colour_by: colourBy, size_by: sizeBy };
  if (state.pinned.length > 0) body.pinned = [...state.pinned];
  if (state.hidden.length > 0) body.hidden = [...state.hidden];
  return body;
}

/** The answers of the chunked depth-1 queries, cut back to the saved nodes, with hidden and pinned restored. */
export function stateOfChart(answers: Neighbourhood[], chart: ChartBody): GraphState {
  let state = EMPTY_GRAPH;
  for (const a of answers) state = mergeAnswer(state, a);
  state = keepOnly(state, chart.nodes ?? []);
  const present = (ids: string[] | undefined) => (ids ?? []).filter((id) => state.nodes[id]);
  return { ...state, hidden: present(chart.hidden), pinned: present(chart.pinned), truncated: false };
}

/** The cases a chart may be saved to: the page's case first, then those its nodes belong to. */
export function chartCaseOptions(caseIds: string[], pageCase?: string): string[] {
  const out = pageCase ? [pageCase] : [];
  for (const id of caseIds) if (!out.includes(id)) out.push(id);
  return out;
}
