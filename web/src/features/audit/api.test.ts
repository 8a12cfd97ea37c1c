import { describe, expect, it } from 'vitest';
import { buildUrl } from '../../shared/api';
import { auditQuery, nextDay } from './api';
import { NO_AUDIT_FILTERS } from './AuditFiltersForm';

describe('audit query', () => {
  it('finds the next day across month and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('sends whole UTC days (to exclusive) and alerts=1, and leaves out empty filters', () => {
    const q = auditQuery({ ...NO_AUDIT_FILTERS, user: ' aigul ', from: '2026-11-01', to: '2026-11-22', alerts: true }, 'c9', 50);
    expect(buildUrl('/audit', q)).toBe(
      '/api/v1/audit?limit=50&cursor=c9&user=aigul&from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-23T00%3A00%3A00.000Z&alerts=1',
    );
  });
});
