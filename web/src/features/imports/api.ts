import { api, itemsOf } from '../../shared/api';
import type { ImportBody, ImportJob, ImportKind, SavedMapping } from './types';

const enc = encodeURIComponent;

export const listImports = (caseId: string) => api.get<{ items: ImportJob[] } | ImportJob[]>(`/cases/${enc(caseId)}/imports`).then(itemsOf);
export const createImport = (caseId: string, body: ImportBody, idempotencyKey: string) => api.post<ImportJob>(`/cases/${enc(caseId)}/imports`, body, idempotencyKey);
export const discardImport = (caseId: string, importId: string) => api.del<ImportJob>(`/cases/${enc(caseId)}/imports/${enc(importId)}`);
export const listMappings = (kind: ImportKind) => api.get<{ items: SavedMapping[] } | SavedMapping[]>('/import-mappings', { kind }).then(itemsOf);
