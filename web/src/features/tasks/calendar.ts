// The calendar's month (`YYYY-MM`, in the device's time zone), the times it spans for
// GET /calendar, and its items grouped by local day.
import type { CalendarItem } from './types';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const monthOf = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** A valid `YYYY-MM`, or the current month. */
export function parseMonth(raw: string | null | undefined, now = new Date()): string {
  return raw && MONTH.test(raw) ? raw : monthOf(now);
}

function firstDay(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(y, m - 1, 1);
}

export function shiftMonth(month: string, delta: number): string {
  const d = firstDay(month);
  return monthOf(new Date(d.getFullYear(), d.getMonth() + delta, 1));
}

/** From the first local midnight of the month to the first of the next, as RFC 3339 UTC. */
export function monthRange(month: string): { from: string; to: string } {
  const d = firstDay(month);
  return { from: d.toISOString(), to: new Date(d.getFullYear(), d.getMonth() + 1, 1).toISOString() };
}

/** The local day (`YYYY-MM-DD`) of an RFC 3339 time. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface AgendaDay {
  day: string;
  items: CalendarItem[];
}

/** Items in time order, grouped by the local day they fall on. */
export function groupByDay(items: CalendarItem[]): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    if (!item.at) continue;
    const day = localDay(item.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
