import { api, itemsOf } from '../../shared/api';
import type { Page } from '../../shared/api';
import type { Match, MatchCounts } from '../matches';
import type {
  Entity,
  EntityCreateBody,
  EntityListQuery,
  EntityPatchBody,
  EntitySchemaDoc,
  HistoryEntry,
  InvolvementBody,
} from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/entities`;
const one = (caseId: string, id: string) => `${base(caseId)}/${enc(id)}`;

export const fetchEntitySchema = () => api.get<EntitySchemaDoc>('/schema/entities');

export const listEntities = (caseId: string, query: EntityListQuery) =>
  api.get<Page<Entity>>(base(caseId), { ...query });
export const getEntity = (caseId: string, id: string) => api.get<Entity>(one(caseId, id));
export const createEntity = (caseId: string, body: EntityCreateBody, idempotencyKey?: string) =>
  api.post<Entity>(base(caseId), body, idempotencyKey);
export const patchEntity = (caseId: string, id: string, body: EntityPatchBody) =>
  api.patch<Entity>(one(caseId, id), body);
export const deleteEntity = (caseId: string, id: string, version: number) =>
  api.del<void>(one(caseId, id), { version });
export const entityHistory = (caseId: string, id: string) =>
  api.get<{ items: HistoryEntry[] }>(`${one(caseId, id)}/history`).then((r) => r.items ?? []);
export const putInvolvement = (caseId: string, id: string, role: string, body: InvolvementBody) =>
  api.put<Entity>(`${one(caseId, id)}/involvements/${enc(role)}`, body);
export const removeInvolvement = (caseId: string, id: string, role: string) =>
  api.del<Entity>(`${one(caseId, id)}/involvements/${enc(role)}`);

/** How many proposed and confirmed cross-case matches each record of the case has (only those with any). */
export const matchCounts = (caseId: string) =>
  api.get<{ counts?: MatchCounts | null }>(`/cases/${enc(caseId)}/match-counts`).then((r) => r.counts ?? {});
/** The record's proposed and confirmed matches. */
export const recordMatches = (caseId: string, id: string) =>
  api.get<{ items: Match[] } | Match[]>(`${one(caseId, id)}/matches`).then(itemsOf);

/** The server's largest page; the form's record pickers need every record of the case. */
export const ALL_PAGE_SIZE = 500;
const MAX_PAGES = 10;

/** Every record of a case (up to 5,000), following next_cursor. */
export async function listAllEntities(caseId: string): Promise<Entity[]> {
  const out: Entity[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<Entity> = await listEntities(caseId, { limit: ALL_PAGE_SIZE, cursor });
    out.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return out;
}

/** Schemata a person in a case can be: the choices of every "who" select outside this tab. */
export const PARTY_SCHEMATA = ['Person', 'Organization'] as const;

/**
 * The case's people and organisations (up to 500 of each, the server's largest page), persons
 * first: for the pickers of the timeline, interviews and charges.
 */
export async function listParties(caseId: string, schemata: readonly string[] = PARTY_SCHEMATA): Promise<Entity[]> {
  const pages = await Promise.all(schemata.map((schema) => listEntities(caseId, { schema, limit: ALL_PAGE_SIZE })));
  return pages.flatMap((p) => p.items);
}
