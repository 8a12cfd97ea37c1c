import { describe, expect, it } from 'vitest';
import { isoToDate, isoToLocal, localToIso, msToIso } from './datetime';

describe('datetime-local ↔ RFC 3339', () => {
  it('turns the device’s local time into UTC and back', () => {
    const iso = localToIso('2026-05-17T14:30');
    expect(iso).toBe(new Date(2026, 4, 17, 14, 30).toISOString());
    expect(isoToLocal(iso)).toBe('2026-05-17T14:30');
    expect(localToIso(' ')).toBeNull();
    expect(localToIso('yesterday')).toBeNull();
    expect(isoToLocal(null)).toBe('');
    expect(isoToDate('2026-03-01T00:00:00Z')).toBe('2026-03-01');
  });
});

describe('epoch milliseconds', () => {
  it('become RFC 3339 UTC, and nothing when missing', () => {
    expect(msToIso(1733000000000)).toBe('2024-11-30T20:53:20.000Z');
    expect(msToIso(null)).toBe('');
    expect(msToIso(undefined)).toBe('');
    expect(msToIso(Number.NaN)).toBe('');
  });
});
