// Shapes of the approval queue (GET /approvals, POST /approvals/{aid}/decision).

export type LangLabel = { en: string; ru: string };

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'used';

export interface Approval {
  id: string;
  case_id: string;
  case_reference: string;
  /** `transition:<id>`. */
  subject: string;
  /** The step's label; null when the case's workflow no longer has it. */
  label: LangLabel | null;
  /** Usernames. */
  requested_by: string | null;
  requested_at: string;
  note: string;
  status: ApprovalStatus;
  decided_by: string | null;
  decided_at: string | null;
  reason: string;
  version: number;
}

export interface ApprovalList {
  items: Approval[];
}

export type Decision = 'approve' | 'reject';

export interface DecisionBody {
  decision: Decision;
  reason: string;
}

/** The queue's filter: `all` or one status. */
export type QueueFilter = ApprovalStatus | 'all';
