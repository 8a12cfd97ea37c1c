import { api, buildUrl, itemsOf } from '../../shared/api';
import type {
  CycleBody,
  Dissemination,
  DisseminationCheck,
  GradingChangeBody,
  HistoryEntry,
  IntelNotice,
  IntelReport,
  ItemMatches,
  ReportList,
  ReviewEntry,
  RiskBody,
  SanitiseBody,
  SearchHit,
  SearchLogEntry,
  StatsAnswer,
  StatsBy,
  TaskBody,
} from './types';

const enc = encodeURIComponent;
const report = (id: string) => `/intelligence/reports/${enc(id)}`;
type Items<T> = { items: T[] } | T[];

/** Every report the caller may view; `cycle` filters by the state of the intelligence cycle. */
export const listIntelReports = (cycle = '') => api.get<ReportList>('/intelligence/reports', { cycle });
export const listReview = () => api.get<Items<ReviewEntry>>('/intelligence/review').then(itemsOf);
export const getIntelReport = (id: string) => api.get<IntelReport>(report(id));
export const changeGrading = (id: string, body: GradingChangeBody) => api.patch<IntelReport>(`${report(id)}/grading`, body);
export const moveCycle = (id: string, body: CycleBody) => api.post<IntelReport>(`${report(id)}/cycle`, body);
export const recordRisk = (id: string, body: RiskBody) => api.post<IntelReport>(`${report(id)}/risk-assessment`, body);
/** Never an error for a refusal: `allowed` false with the code and the message in both languages. */
export const checkDissemination = (id: string, unitId: string) =>
  api.post<DisseminationCheck>(`${report(id)}/dissemination-check`, { unit_id: unitId });
export const disseminate = (id: string, body: { unit_id: string; note?: string }, idempotencyKey: string) =>
  api.post<Dissemination>(`${report(id)}/disseminations`, body, idempotencyKey);
export const listDisseminations = (id: string) => api.get<Items<Dissemination>>(`${report(id)}/disseminations`).then(itemsOf);
export const listReceived = () => api.get<Items<Dissemination>>('/intelligence/disseminations').then(itemsOf);
export const acknowledge = (did: string) => api.post<Dissemination>(`/intelligence/disseminations/${enc(did)}/acknowledge`, {});
export const createSanitisedCopy = (id: string, body: SanitiseBody, idempotencyKey: string) =>
  api.post<IntelReport>(`${report(id)}/sanitised-copies`, body, idempotencyKey);
export const getHistory = (id: string) => api.get<Items<HistoryEntry>>(`${report(id)}/history`).then(itemsOf);
export const getItemMatches = (id: string) => api.get<Items<ItemMatches>>(`${report(id)}/matches`).then(itemsOf);
export const createReportTask = (id: string, body: TaskBody, idempotencyKey: string) =>
  api.post<{ id: string; case_id?: string }>(`${report(id)}/tasks`, body, idempotencyKey);
/** The MISP event, downloaded by the browser itself (same-origin cookie). */
export const exportUrl = (id: string) => buildUrl(`${report(id)}/export`);
export const searchIntel = (q: string) => api.get<{ items: SearchHit[]; total?: number }>('/intelligence/search', { q });
export const listSearches = (name: string, user: string) =>
  api.get<Items<SearchLogEntry>>('/intelligence/searches', { name: name.trim(), user: user.trim() }).then(itemsOf);
export const getStats = (by: StatsBy, from: string, to: string) => api.get<StatsAnswer>('/intelligence/stats', { by, from, to });
export const listNotices = () => api.get<Items<IntelNotice>>('/intelligence/notices').then(itemsOf);
