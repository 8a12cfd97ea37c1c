import { describe, expect, it } from 'vitest';
import { epochToIso, isoToDate, isoToLocal, localToEpoch, localToIso, msToIso } from './datetime';

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

describe('epoch seconds', () => {
  it('turn into RFC 3339 and back from the date inputs', () => {
    expect(epochToIso(1767225600)).toBe('2026-01-01T00:00:00.000Z');
    expect(epochToIso(1767225600000)).toBe('2026-01-01T00:00:00.000Z');
    expect(epochToIso('1767225600')).toBe('2026-01-01T00:00:00.000Z');
    expect(epochToIso('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00Z');
    expect(epochToIso(undefined)).toBe('');
    expect(localToEpoch('2026-05-17')).toBe(new Date(2026, 4, 17).getTime() / 1000);
    expect(localToEpoch('2026-05-17T14:30')).toBe(new Date(2026, 4, 17, 14, 30).getTime() / 1000);
    expect(localToEpoch('')).toBeUndefined();
    expect(localToEpoch('soon')).toBeUndefined();
  });
});
