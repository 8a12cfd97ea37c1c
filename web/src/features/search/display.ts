// Where a search hit leads, the kinds' labels, and the search's place in the address.
import type { SearchHit } from './types';

export const PAGE_SIZE = 20;

export const KIND_KEYS: Record<string, string> = {
  case: 'search.kinds.case',
  entity: 'search.kinds.entity',
  statement: 'search.kinds.statement',
  document: 'search.kinds.document',
  exhibit: 'search.kinds.exhibit',
  event: 'search.kinds.event',
  interview: 'search.kinds.interview',
};

/** The screen of the record a hit is in. An event has no page of its own: it is on the timeline. */
export function resultPath(hit: SearchHit): string {
  const c = `/cases/${encodeURIComponent(hit.case_id)}`;
  const id = encodeURIComponent(hit.record_id);
  switch (hit.kind) {
    case 'entity':
      return `${c}/people/${id}`;
    case 'statement':
    case 'interview':
      return `${c}/interviews/${id}`;
    case 'document':
      return `${c}/documents/${id}`;
    case 'exhibit':
      return `${c}/exhibits/${id}`;
    case 'event':
      return `${c}/timeline`;
    default:
      return c;
  }
}

/** `?q=…&offset=…` of the current address: a search can be linked and survives a reload. */
export function readParams(search: string): { q: string; offset: number } {
  const params = new URLSearchParams(search);
  const offset = Number.parseInt(params.get('offset') ?? '', 10);
  return { q: (params.get('q') ?? '').trim(), offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

export function searchHref(pathname: string, q: string, offset = 0): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (q && offset > 0) params.set('offset', String(offset));
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
