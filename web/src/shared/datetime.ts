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
