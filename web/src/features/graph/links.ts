// The link kinds and node kinds of the graph, with their labels' keys and colours.
import type { ColourBy, LinkKind, NodeKind, PathMode, SizeBy } from './types';

export const LINK_KINDS: readonly LinkKind[] = ['relationship', 'involved', 'identifier', 'call', 'payment', 'trip', 'same_as'];

export const LINK_KEYS: Record<LinkKind, string> = {
  relationship: 'graph.links.relationship',
  involved: 'graph.links.involved',
  identifier: 'graph.links.identifier',
  call: 'graph.links.call',
  payment: 'graph.links.payment',
  trip: 'graph.links.trip',
  same_as: 'graph.links.same_as',
};

export const NODE_KINDS: readonly NodeKind[] = ['record', 'case', 'phone', 'account'];

export const NODE_KEYS: Record<NodeKind, string> = {
  record: 'graph.kinds.record',
  case: 'graph.kinds.case',
  phone: 'graph.kinds.phone',
  account: 'graph.kinds.account',
};

/** Fill colour of a node by its kind (when not coloured by community or case). */
export const KIND_COLOURS: Record<NodeKind, string> = {
  record: '#1f5fa8',
  case: '#6b3fa0',
  phone: '#2e8540',
  account: '#c16a00',
};

/** Line colour of a link by its kind. */
export const LINK_COLOURS: Record<LinkKind, string> = {
  relationship: '#5b6474',
  involved: '#6b3fa0',
  identifier: '#8a8f99',
  call: '#2e8540',
  payment: '#c16a00',
  trip: '#1f7a8c',
  same_as: '#b3261e',
};

/** Twelve colours told apart on white, for communities, components and cases. */
export const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#ad494a'];

export const SIZE_BY: readonly SizeBy[] = ['none', 'degree', 'betweenness', 'closeness', 'core'];
export const SIZE_KEYS: Record<SizeBy, string> = {
  none: 'graph.measures.size_none',
  degree: 'graph.measures.degree',
  betweenness: 'graph.measures.betweenness',
  closeness: 'graph.measures.closeness',
  core: 'graph.measures.core',
};

export const COLOUR_BY: readonly ColourBy[] = ['kind', 'community', 'case', 'component'];
export const COLOUR_KEYS: Record<ColourBy, string> = {
  kind: 'graph.measures.colour_kind',
  community: 'graph.measures.community',
  case: 'graph.measures.case',
  component: 'graph.measures.component',
};

export const PATH_MODES: readonly PathMode[] = ['k', 'all'];
export const PATH_MODE_KEYS: Record<PathMode, string> = {
  k: 'graph.paths.mode_k',
  all: 'graph.paths.mode_all',
};

export const isSizeBy = (s: string | undefined): s is SizeBy => s !== undefined && (SIZE_BY as readonly string[]).includes(s);
export const isColourBy = (s: string | undefined): s is ColourBy => s !== undefined && (COLOUR_BY as readonly string[]).includes(s);
