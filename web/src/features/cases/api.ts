import { api } from '../../shared/api';
import type { Page } from '../../shared/api';
import type { Case, CaseCreateBody, CaseListQuery, CasePatchBody, CaseSummary, LinkAddBody, TeamAddBody } from './types';

const enc = encodeURIComponent;

export const listCases = (query: CaseListQuery) => api.get<Page<CaseSummary>>('/cases', { ...query });
export const getCase = (id: string) => api.get<Case>(`/cases/${enc(id)}`);
export const createCase = (body: CaseCreateBody, idempotencyKey: string) =>
  api.post<Case>('/cases', body, idempotencyKey);
export const patchCase = (id: string, body: CasePatchBody) => api.patch<Case>(`/cases/${enc(id)}`, body);
export const addTeamMember = (id: string, body: TeamAddBody) => api.post<Case>(`/cases/${enc(id)}/team`, body);
export const removeTeamMember = (id: string, userId: string) =>
  api.del<Case>(`/cases/${enc(id)}/team/${enc(userId)}`);
export const shareCase = (id: string, username: string) => api.post<Case>(`/cases/${enc(id)}/shares`, { username });
export const addLink = (id: string, body: LinkAddBody) => api.post<Case>(`/cases/${enc(id)}/links`, body);
