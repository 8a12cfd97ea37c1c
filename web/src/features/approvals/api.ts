import { api } from '../../shared/api';
import type { Approval, ApprovalList, DecisionBody, QueueFilter } from './types';

/** The unit's approvals: pending unless asked otherwise. */
export const listApprovals = (status: QueueFilter = 'pending') =>
  api.get<ApprovalList>('/approvals', { status: status === 'pending' ? undefined : status });
export const decide = (id: string, body: DecisionBody) => api.post<Approval>(`/approvals/${encodeURIComponent(id)}/decision`, body);
