import { api, itemsOf } from '../../shared/api';
import type { Chart, ChartBody, ChartSummary, MeasuresAnswer, Neighbourhood, NeighbourhoodQuery, PathQuery, PathsAnswer } from './types';

const enc = encodeURIComponent;
const list = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.join(',') : undefined);

export const getNeighbourhood = (q: NeighbourhoodQuery) =>
  api.get<Neighbourhood>('/graph/neighbourhood', {
    nodes: list(q.nodes),
    depth: q.depth,
    links: list(q.links),
    hub_cap: q.hub_cap,
    expand: list(q.expand),
    max_nodes: q.max_nodes,
  });

export const getPaths = (q: PathQuery) =>
  api.get<PathsAnswer>('/graph/paths', {
    from: q.from,
    to: q.to,
    mode: q.mode,
    limit: q.limit,
    max_length: q.max_length,
    links: list(q.links),
    hub_cap: q.hub_cap,
  });

export const getMeasures = (nodes: string[]) => api.post<MeasuresAnswer>('/graph/measures', { nodes });

export const getCaseNetwork = (caseId: string, depth = 2) => api.get<Neighbourhood>(`/cases/${enc(caseId)}/network`, { depth });

const charts = (caseId: string) => `/cases/${enc(caseId)}/charts`;
export const listCharts = (caseId: string) => api.get<{ items: ChartSummary[] } | ChartSummary[]>(charts(caseId)).then(itemsOf);
export const getChart = (caseId: string, id: string) => api.get<Chart>(`${charts(caseId)}/${enc(id)}`);
export const createChart = (caseId: string, name: string, chart: ChartBody) => api.post<Chart>(charts(caseId), { name, chart });
export const updateChart = (caseId: string, id: string, name: string, chart: ChartBody, version: number) =>
  api.put<Chart>(`${charts(caseId)}/${enc(id)}`, { name, chart, version });

/** Ids per request when a saved chart is read back: keeps each URL of the GET well under 8 kB. */
export const CHART_CHUNK = 100;

/**
 * A saved chart's nodes and the links among them. The API has no "these nodes only" query, so the
 * ids go in chunks as depth-1 neighbourhoods, merged; the caller keeps only the saved nodes.
 */
export async function loadChartNodes(ids: string[], links: NeighbourhoodQuery['links'], hubCap: number): Promise<Neighbourhood[]> {
  const answers: Neighbourhood[] = [];
  for (let i = 0; i < ids.length; i += CHART_CHUNK) {
    const chunk = ids.slice(i, i + CHART_CHUNK);
    answers.push(await getNeighbourhood({ nodes: chunk, depth: 1, links, hub_cap: hubCap, expand: chunk, max_nodes: 2000 }));
  }
  return answers;
}
