import { api, ApiError } from '../../shared/api';
import type {
  ApprovalRequestBody,
  CaseWorkflow,
  ChecklistList,
  DefinitionList,
  MarkAnswer,
  MarkBody,
  TransitionBody,
  Unmet,
  WorkflowDoc,
  WorkflowView,
} from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}`;

export const getWorkflow = (caseId: string) => api.get<WorkflowView>(`${base(caseId)}/workflow`);
export const startWorkflow = (caseId: string, workflow: string) => api.post<CaseWorkflow>(`${base(caseId)}/workflow`, { workflow });
export const takeTransition = (caseId: string, body: TransitionBody) =>
  api.post<CaseWorkflow>(`${base(caseId)}/workflow/transitions`, body);

/** `all`: every template, not only those of the current state and those with marks. */
export const listChecklists = (caseId: string, all = false) =>
  api.get<ChecklistList>(`${base(caseId)}/checklists`, { all });
export const markItem = (caseId: string, checklist: string, item: string, body: MarkBody) =>
  api.put<MarkAnswer>(`${base(caseId)}/checklists/${enc(checklist)}/items/${enc(item)}`, body);

export const requestApproval = (caseId: string, body: ApprovalRequestBody, idempotencyKey: string) =>
  api.post<unknown>(`${base(caseId)}/approvals`, body, idempotencyKey);

export const listDefinitions = () => api.get<DefinitionList>('/workflows');
export const getDefinition = (id: string, version: number) => api.get<WorkflowDoc>(`/workflows/${enc(id)}/${version}`);

/** The unmet guards a 422 `transition_refused` lists; null for any other error. */
export function refusedUnmet(error: unknown): Unmet[] | null {
  if (!(error instanceof ApiError) || error.code !== 'transition_refused') return null;
  const unmet = error.problem.extensions?.unmet;
  return Array.isArray(unmet) ? (unmet.filter((u) => typeof u === 'object' && u !== null && typeof u.code === 'string') as Unmet[]) : [];
}
