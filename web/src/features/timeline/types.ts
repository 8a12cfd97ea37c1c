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

// GET /graph/timeline?node=: everything dated about a record (and its confirmed matches), a
// phone or an account across the cases the caller may see.

export type NodeTimelineSource = 'case_file' | 'call_records' | 'statements';

export interface NodeTimelineItem {
  source: NodeTimelineSource;
  /** An `event_types` id for the case file; `call_in`, `call_out`, `payment_in`, `payment_out` otherwise. */
  type: string;
  /** An RFC 3339 time, a date as written (`2025`, `2025-03`, `2025-03-14`), or '' when undated. */
  start: string;
  end: string;
  /** The record's caption; for a call or a payment, the number or account on the other side. */
  caption: string;
  case_id: string;
  record_id?: string;
  /** Which of the node's records (`e:<uuid>`) the case-file item belongs to. */
  subject?: string;
  amount?: number;
  currency?: string;
  location?: string;
  cell?: string;
}

export interface NodeTimelineAnswer {
  node: string;
  /** The record and the records confirmed to be the same person; the holders of a phone or account. */
  records: { id: string; case_id: string }[];
  items: NodeTimelineItem[];
  truncated: boolean;
}
