import { api } from '../../shared/api';
import type { CustodyBody, Exhibit, ExhibitCreateBody, ExhibitList, ExhibitPatchBody } from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/exhibits`;
const one = (caseId: string, id: string) => `${base(caseId)}/${enc(id)}`;

export const listExhibits = (caseId: string) => api.get<ExhibitList>(base(caseId));
export const getExhibit = (caseId: string, id: string) => api.get<Exhibit>(one(caseId, id));
export const createExhibit = (caseId: string, body: ExhibitCreateBody, idempotencyKey: string) =>
  api.post<Exhibit>(base(caseId), body, idempotencyKey);
export const patchExhibit = (caseId: string, id: string, body: ExhibitPatchBody) => api.patch<Exhibit>(one(caseId, id), body);
export const addCustodyEvent = (caseId: string, id: string, body: CustodyBody, idempotencyKey: string) =>
  api.post<Exhibit>(`${one(caseId, id)}/custody`, body, idempotencyKey);
