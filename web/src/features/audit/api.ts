import { api } from '../../shared/api';
import type { Page } from '../../shared/api';
import type { AuditFilters, AuditRow, AuditViewer, VerifyAnswer } from './types';

/** Outcomes the server records (src/security/audit_log.h). */
export const AUDIT_OUTCOMES = ['ok', 'denied', 'not_found', 'failed', 'invalid'] as const;

/** The day after `YYYY-MM-DD`, as `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The form's dates are whole days in UTC (audit times are UTC). The server's `to` is exclusive
 * (`at < to`), so "to 22 Nov" is sent as the start of 23 Nov: from=to=one day lists that day.
 */
export function auditQuery(f: AuditFilters, cursor: string | null, limit: number) {
  return {
    limit,
    cursor,
    user: f.user.trim(),
    record: f.record.trim(),
    action: f.action.trim(),
    outcome: f.outcome.trim(),
    from: f.from ? `${f.from}T00:00:00.000Z` : '',
    to: f.to ? `${nextDay(f.to)}T00:00:00.000Z` : '',
    alerts: f.alerts,
  };
}

export const listAudit = (f: AuditFilters, cursor: string | null, limit = 50) =>
  api.get<Page<AuditRow>>('/audit', auditQuery(f, cursor, limit));
export const listViewers = (record: string) => api.get<{ items: AuditViewer[] }>('/audit/viewers', { record });
export const verifyChain = () => api.get<VerifyAnswer>('/audit/verify');
