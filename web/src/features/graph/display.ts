// Where the chart's nodes and links lead in the rest of the client.
import { recordPath } from '../entities';
import { caseOfNode } from './graphState';
import { LINK_KINDS } from './links';
import type { GraphNode } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record's uuid of `e:<uuid>` or of a bare uuid; undefined for phones, accounts, cases. */
export function entityUuid(id: string): string | undefined {
  const bare = id.startsWith('e:') ? id.slice(2) : id;
  return UUID.test(bare) ? bare : undefined;
}

/** The page of a node: a record's page in its case, or the case itself. */
export function nodePath(n: GraphNode): string | undefined {
  const c = caseOfNode(n);
  if (n.kind === 'case' && c) return `/cases/${c}`;
  const e = entityUuid(n.id);
  if (n.kind === 'record' && e && c) return recordPath(c, e);
  return undefined;
}

/** The record a link was read from, when it is a record of a case. */
export function sourcePath(source: string | undefined, caseId: string | undefined): string | undefined {
  const e = source ? entityUuid(source) : undefined;
  return e && caseId ? recordPath(caseId, e) : undefined;
}

export const casePath = (caseId: string) => `/cases/${caseId}`;
/** The chart of a node; a depth other than 1 and a subset of link kinds go in the address too, so the chart that opens is the one asked for. */
export const graphPath = (node?: string, options?: { depth: number; links: readonly string[] }): string => {
  if (!node) return '/graph';
  let path = `/graph?node=${encodeURIComponent(node)}`;
  if (options && options.depth !== 1) path += `&depth=${options.depth}`;
  if (options && options.links.length < LINK_KINDS.length) path += `&links=${encodeURIComponent(options.links.join(','))}`;
  return path;
};
/** The timeline of a record, phone or account across cases; undefined for a case. */
export const timelinePath = (n: GraphNode): string | undefined =>
  n.kind === 'record' || n.kind === 'phone' || n.kind === 'account' ? `/timeline?node=${encodeURIComponent(n.id)}` : undefined;
