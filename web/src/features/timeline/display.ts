// How a timeline item reads: its date or range as written, its place, who took part.
import type { Entity } from '../entities';
import type { TimelinePlace } from './types';

/** `2025-03`, `2025-03-01 – 2025-04`, or `—` when undated. Partial dates are never padded. */
export function dateRange(p: TimelinePlace): string {
  if (!p.start) return '—';
  return p.end && p.end !== p.start ? `${p.start} – ${p.end}` : p.start;
}

const first = (e: Entity, prop: string) => e.properties[prop]?.[0]?.value ?? '';

/** An event's place; a trip's "from → to". */
export function placeOf(e: Entity): string {
  const location = first(e, 'location');
  if (location) return location;
  return [first(e, 'startLocation'), first(e, 'endLocation')].filter(Boolean).join(' → ');
}

/** Properties naming the records that took part: an event's or trip's `involved`, a payment's two sides. */
export const INVOLVED_PROPERTIES = ['involved', 'payer', 'beneficiary'];

export function involvedIds(e: Entity): string[] {
  const ids = INVOLVED_PROPERTIES.flatMap((p) => (e.properties[p] ?? []).map((v) => v.value));
  return [...new Set(ids)];
}
