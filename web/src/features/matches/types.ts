// Shapes of cross-case entity resolution: GET /matches, /matches/{mid}, the decisions,
// /cases/{id}/match-counts, /cases/{id}/entities/{eid}/matches and /cluster, GET /deconfliction.
// Times are RFC 3339 strings as everywhere in the API (`msToIso` in shared/datetime also takes milliseconds).
import type { Entity } from '../entities';

export type MatchStatus = 'proposed' | 'confirmed' | 'rejected';
/** `strong`: above the deconfliction threshold. */
export type MatchBand = 'review' | 'strong';
export type ReasonStrength = 'strong' | 'supporting' | 'against';

export interface MatchReason {
  code: string;
  strength: ReasonStrength;
  text: string;
  text_ru?: string | null;
}

/** One of the two records: where it is and what it is called. */
export interface MatchSide {
  case_id: string;
  case_reference: string;
  case_title?: string | null;
  entity_id: string;
  schema: string;
  /** Null when the caller may not see the record's identity. */
  caption: string | null;
  identity_restricted?: true;
}

export interface Match {
  id: string;
  status: MatchStatus;
  /** Calibrated probability that the two records are the same, 0..1. */
  score: number;
  band: MatchBand;
  reasons: MatchReason[];
  a: MatchSide;
  b: MatchSide;
  created_at: string | number;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | number | null;
  reason: string | null;
}

export type MatchAction = 'confirm' | 'reject' | 'undo';

export interface MatchHistoryEntry {
  action: 'proposed' | 'confirmed' | 'rejected' | 'undone';
  by: string | null;
  by_name: string | null;
  at: string | number;
  reason: string | null;
}

/** GET /matches/{mid}: the match with both records as GET /cases/{id}/entities/{eid} answers them. */
export interface MatchDetail extends Match {
  /** A record is null when the server does not send it (no longer there, or not for this user). */
  records?: { a: Entity | null; b: Entity | null } | null;
  history?: MatchHistoryEntry[];
}

export interface MatchPage {
  items: Match[];
  next_cursor: string | null;
}

export interface MatchCount {
  proposed: number;
  confirmed: number;
}

/** entity id → its counts, for the records of a case that have any. */
export type MatchCounts = Record<string, MatchCount>;

export interface ClusterMember extends MatchSide {
  /** The confirmed match that joined this record; null for the record asked about. */
  via: string | null;
}

export interface ClusterLink {
  match_id: string;
  a: string;
  b: string;
  decided_by_name: string | null;
  decided_at: string | number | null;
}

export interface Cluster {
  entity_id: string;
  members: ClusterMember[];
  links: ClusterLink[];
}

export interface OtherUnit {
  code: string;
  name: string;
  contact?: string | null;
}

/** "Another unit holds a record that strongly matches a record of your case": never the other record. */
export interface DeconflictionNotice {
  id: string;
  at: string | number;
  case_id: string;
  case_reference: string;
  entity_id: string;
  caption: string | null;
  /** Null (or partly empty) when the other unit's details are withheld. */
  other_unit: OtherUnit | null;
  message?: string | null;
  message_ru?: string | null;
  withheld?: boolean;
}
