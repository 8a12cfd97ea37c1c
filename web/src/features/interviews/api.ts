import { api } from '../../shared/api';
import type { Interview, InterviewCreateBody, InterviewList, InterviewPatchBody, StatementBody } from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/interviews`;
const one = (caseId: string, id: string) => `${base(caseId)}/${enc(id)}`;

export const listInterviews = (caseId: string) => api.get<InterviewList>(base(caseId));
export const getInterview = (caseId: string, id: string) => api.get<Interview>(one(caseId, id));
export const createInterview = (caseId: string, body: InterviewCreateBody, idempotencyKey: string) =>
  api.post<Interview>(base(caseId), body, idempotencyKey);
export const patchInterview = (caseId: string, id: string, body: InterviewPatchBody) => api.patch<Interview>(one(caseId, id), body);
export const addStatement = (caseId: string, id: string, body: StatementBody, idempotencyKey: string) =>
  api.post<Interview>(`${one(caseId, id)}/statements`, body, idempotencyKey);
