// Shapes from docs/api.md "Timeline": the case's Event records, trips and payments, each an
// entity (features/entities) with where it sits on the timeline.
import type { Entity } from '../entities';

export interface TimelinePlace {
  /** One of lookups `event_types` (a trip is `transport`, a payment `payment`). */
  type: string;
  /** As written: `2025`, `2025-03` or `2025-03-14`; null when undated (or the date is hidden). */
  start: string | null;
  end: string | null;
}

export type TimelineItem = Entity & { timeline: TimelinePlace };

export interface TimelineAnswer {
  items: TimelineItem[];
  /** More than the server's 2,000 items matched. */
  truncated: boolean;
}

export interface TimelineFilters {
  /** A record id (a person or organisation of the case), '' for everyone. */
  entity: string;
  /** An event type, '' for every type. */
  type: string;
}
