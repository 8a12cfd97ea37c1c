// The bridge between <input type="datetime-local"> (the device's local time, no zone) and the
// RFC 3339 UTC times the server keeps.

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-05-17T14:30` (local) → `2026-05-17T09:30:00.000Z`; null for an empty or bad value. */
export function localToIso(local: string): string | null {
  if (!local.trim()) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An RFC 3339 time → the value of a datetime-local input in the device's time zone. */
export function isoToLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The date part (`YYYY-MM-DD`) of an RFC 3339 time or date, for <input type="date">. */
export const isoToDate = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '');

/** A time as the API sends it (RFC 3339) or as epoch milliseconds → RFC 3339, for `formatDateTime` and `<time>`; '' when missing. */
export function msToIso(ms: string | number | null | undefined): string {
  if (typeof ms === 'string') return ms;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/**
 * A time as the graph, money and calls APIs send it — epoch seconds, or RFC 3339 — → RFC 3339;
 * '' when missing. Numbers above 1e11 are taken as milliseconds.
 */
export function epochToIso(value: string | number | null | undefined): string {
  if (typeof value === 'string') return /^\d+$/.test(value) ? epochToIso(Number(value)) : value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const d = new Date(value > 1e11 ? value : value * 1000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** `2026-05-17` or `2026-05-17T14:30` (local) → epoch seconds; undefined for an empty or bad value. */
export function localToEpoch(local: string): number | undefined {
  if (!local.trim()) return undefined;
  const d = new Date(local.length === 10 ? `${local}T00:00` : local);
  return Number.isNaN(d.getTime()) ? undefined : Math.floor(d.getTime() / 1000);
}
