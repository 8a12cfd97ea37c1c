// Counts as table rows: the known categories first in their order (zeros included), then the
// others by count; each with its share of the largest, for a plain CSS bar.
import type { Counts } from './types';

export interface CountRow {
  id: string;
  count: number;
  /** 0–100: the count against the largest count of the table. */
  bar: number;
}

export function countRows(counts: Counts | undefined, order: string[] = []): CountRow[] {
  const c = counts ?? {};
  const known = order.map((id) => ({ id, count: c[id] ?? 0 }));
  const rest = Object.entries(c)
    .filter(([id]) => !order.includes(id))
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const rows = [...known, ...rest];
  const max = Math.max(0, ...rows.map((r) => r.count));
  return rows.map((r) => ({ ...r, bar: max > 0 ? Math.round((r.count / max) * 100) : 0 }));
}

export const sumOf = (counts: Counts | undefined): number => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
