import { api, itemsOf } from '../../shared/api';
import type {
  ActionBody,
  AssessmentBody,
  ConsentBody,
  DecisionBody,
  FileCreateBody,
  FileList,
  FilePatchBody,
  GuardianBody,
  LegalAssessment,
  LegalInput,
  ProtectionFile,
  ReferralBody,
} from './types';

const enc = encodeURIComponent;
const one = (id: string) => `/protection-files/${enc(id)}`;

export const listFiles = (query: { q?: string; status?: string; case_id?: string }) =>
  api.get<FileList>('/protection-files', { q: query.q, status: query.status, case_id: query.case_id });
export const getFile = (id: string) => api.get<ProtectionFile>(one(id));
export const createFile = (body: FileCreateBody, idempotencyKey: string) => api.post<ProtectionFile>('/protection-files', body, idempotencyKey);
export const patchFile = (id: string, body: FilePatchBody) => api.patch<ProtectionFile>(one(id), body);
export const decide = (id: string, body: DecisionBody) => api.post<ProtectionFile>(`${one(id)}/decisions`, body);
export const putGuardian = (id: string, body: GuardianBody) => api.put<ProtectionFile>(`${one(id)}/guardian`, body);
export const addConsent = (id: string, body: ConsentBody) => api.post<ProtectionFile>(`${one(id)}/consents`, body);
export const withdrawConsent = (id: string, consentId: string, reason: string) =>
  api.post<ProtectionFile>(`${one(id)}/consents/${enc(consentId)}/withdraw`, { reason });
export const addReferral = (id: string, body: ReferralBody, idempotencyKey: string) =>
  api.post<ProtectionFile>(`${one(id)}/referrals`, body, idempotencyKey);
export const addAssessment = (id: string, body: AssessmentBody) => api.post<ProtectionFile>(`${one(id)}/assessments`, body);
export const addAction = (id: string, body: ActionBody) => api.post<ProtectionFile>(`${one(id)}/actions`, body);

export const listLegalAssessments = (caseId: string) =>
  api.get<{ items: LegalAssessment[] } | LegalAssessment[]>(`/cases/${enc(caseId)}/legal-assessments`).then(itemsOf);
export const createLegalAssessment = (caseId: string, body: LegalInput, idempotencyKey: string) =>
  api.post<LegalAssessment>(`/cases/${enc(caseId)}/legal-assessments`, body, idempotencyKey);
