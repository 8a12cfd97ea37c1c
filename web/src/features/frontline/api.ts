import { api, itemsOf } from '../../shared/api';
import type { FrontlineReport, OpenCaseAnswer, OpenCaseBody, ReportCreateBody, ReportPatchBody } from './types';

const enc = encodeURIComponent;
type List = { items: FrontlineReport[] } | FrontlineReport[];

export const listReports = () => api.get<List>('/frontline-reports').then(itemsOf);
export const listInbox = () => api.get<List>('/frontline-reports/inbox').then(itemsOf);
export const getReport = (id: string) => api.get<FrontlineReport>(`/frontline-reports/${enc(id)}`);
export const createReport = (body: ReportCreateBody, idempotencyKey: string) =>
  api.post<FrontlineReport>('/frontline-reports', body, idempotencyKey);
export const patchReport = (id: string, body: ReportPatchBody) => api.patch<FrontlineReport>(`/frontline-reports/${enc(id)}`, body);
export const handOver = (id: string, unitId: string) =>
  api.post<FrontlineReport>(`/frontline-reports/${enc(id)}/handover`, { unit_id: unitId });
export const openCase = (id: string, body: OpenCaseBody, idempotencyKey: string) =>
  api.post<OpenCaseAnswer>(`/frontline-reports/${enc(id)}/open-case`, body, idempotencyKey);
