import { api, itemsOf } from '../../shared/api';
import type { Cluster, DeconflictionNotice, Match, MatchAction, MatchDetail, MatchPage, MatchStatus } from './types';

const enc = encodeURIComponent;

export const PAGE_SIZE = 50;

/** The queue: only pairs whose two cases the caller may see, newest first. */
export const listMatches = (status: MatchStatus, cursor: string | null = null, limit = PAGE_SIZE) =>
  api.get<MatchPage>('/matches', { status, limit, cursor });
export const getMatch = (mid: string) => api.get<MatchDetail>(`/matches/${enc(mid)}`);
/** Each answers the match in its new state; 409 `match_state` when the state does not allow it. */
export const postMatchAction = (mid: string, action: MatchAction, body: { reason?: string }) =>
  api.post<Match>(`/matches/${enc(mid)}/${action}`, body);
/** Every record joined to this one by confirmed matches, across the cases the caller may see. */
export const getCluster = (caseId: string, eid: string) =>
  api.get<Cluster>(`/cases/${enc(caseId)}/entities/${enc(eid)}/cluster`);
export const listDeconfliction = (limit = PAGE_SIZE) =>
  api.get<{ items: DeconflictionNotice[] } | DeconflictionNotice[]>('/deconfliction', { limit }).then(itemsOf);
