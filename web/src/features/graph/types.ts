// Shapes of /api/v1/graph/*, /cases/{id}/network and /cases/{id}/charts.

export type NodeKind = 'record' | 'case' | 'phone' | 'account';
export type LinkKind = 'relationship' | 'involved' | 'identifier' | 'call' | 'payment' | 'trip' | 'same_as';

export interface GraphNode {
  /** A key: `e:<uuid>`, `c:<uuid>`, `p:+77011234567`, `a:KZ86…`. */
  id: string;
  kind: NodeKind;
  schema?: string;
  caption: string;
  caption_latin?: string;
  case_id?: string;
  degree: number;
  depth: number;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: LinkKind;
  label: string;
  directed: boolean;
  count: number;
  /** Where the link comes from: the record (or document) it was read from. */
  source: string;
  case_id?: string;
  first_at?: string | number;
  last_at?: string | number;
  total?: number;
}

/** A hub whose links beyond `hub_cap` were left out; `expand=ID` brings them. */
export interface CollapsedHub {
  id: string;
  hidden_links: number;
  /** The server counts a hub's hidden links up to a cap (1,000): true when there are more. */
  hidden_links_more?: boolean;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
  collapsed?: CollapsedHub[];
  truncated?: boolean;
}

export interface NeighbourhoodQuery {
  nodes: string[];
  depth: number;
  links: LinkKind[];
  hub_cap?: number;
  expand?: string[];
  max_nodes?: number;
}

export type PathMode = 'all' | 'k';

export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  limit?: number;
  max_length?: number;
  links: LinkKind[];
  hub_cap?: number;
}

export interface GraphPath {
  length: number;
  nodes: string[];
  edges: GraphEdge[];
}

export interface PathsAnswer {
  paths: GraphPath[];
  nodes: Record<string, GraphNode>;
}

export interface NodeMeasures {
  degree: number;
  betweenness: number;
  closeness: number;
  component: number;
  community: number;
  core: number;
}

export interface MeasuresAnswer {
  measures: Record<string, NodeMeasures>;
  components: number;
  communities: number;
  modularity: number;
  betweenness: 'exact' | 'sampled';
}

export type SizeBy = 'none' | 'degree' | 'betweenness' | 'closeness' | 'core';
export type ColourBy = 'kind' | 'community' | 'case' | 'component';

export interface ChartBody {
  nodes: string[];
  positions?: Record<string, { x: number; y: number }>;
  pinned?: string[];
  hidden?: string[];
  colour_by?: ColourBy;
  size_by?: SizeBy;
}

export interface ChartSummary {
  id: string;
  case_id: string;
  name: string;
  version: number;
  updated_at?: string;
}

export interface Chart extends ChartSummary {
  chart: ChartBody;
}
