// Shapes from docs/api.md "Audit".

export interface AuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: string;
  outcome: string;
  method: string;
  path: string;
  ip: string;
  records: string[];
  detail: Record<string, unknown>;
  alert: boolean;
}

/** Filters as typed in the form; dates are `YYYY-MM-DD` until sent. */
export interface AuditFilters {
  user: string;
  record: string;
  action: string;
  outcome: string;
  from: string;
  to: string;
  alerts: boolean;
}

export interface AuditViewer {
  user_id: string;
  username: string;
  count: number;
  first_at: string;
  last_at: string;
}

export interface VerifyAnswer {
  ok: boolean;
  rows: number;
  first_bad_seq?: number | null;
  reason?: string | null;
}
