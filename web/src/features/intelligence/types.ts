// Shapes of the intelligence routes (docs/api.md, "Intelligence"). The report is the frontline report,
// extended; every time is an RFC 3339 string.
import type { FrontlineReport } from '../frontline';
import type { Facts, Grading, ReportItem } from '../../shared/intelligence';

export type Relation = 'author' | 'holder' | 'recipient';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface Ref {
  id: string;
  reference: string;
}

export interface Person {
  id: string;
  display_name: string;
}

export interface UnitRef {
  id: string;
  name: string;
  code: string;
}

export interface RiskAssessment {
  risk: RiskLevel | string;
  text: string;
  by: Person | string | null;
  at: string;
}

export interface Access {
  recipient_class: string;
  paths: string[];
}

export interface IntelReport extends FrontlineReport {
  /** Units other than the holder that opened a case from the report (holder and author only). */
  actioned_by?: { id: string; code: string; name: string }[];
  cycle?: string;
  grading?: Grading | null;
  facts?: Facts | null;
  items?: ReportItem[] | null;
  withheld_items?: number;
  originator_contact?: string | null;
  /** This is a sanitised copy. */
  sanitised?: boolean;
  /** The original, only for a caller who may view it. */
  sanitised_from?: Ref | null;
  /** Sanitised copies, for viewers of the original. */
  copies?: Ref[] | null;
  risk_assessment?: RiskAssessment | null;
  relation?: Relation | string | null;
  access?: Access | null;
  tlp?: string;
}

export interface ReviewEntry extends IntelReport {
  waiting_since?: string | null;
}

export interface ReportList<T = IntelReport> {
  items: T[];
  total?: number;
}

export interface GradingChangeBody {
  version: number;
  grading?: Grading;
  items?: Record<string, { grading: Grading }>;
  reason?: string;
}

export interface CycleBody {
  version: number;
  to: string;
  reason?: string;
}

export interface RiskBody {
  version: number;
  risk: RiskLevel;
  text: string;
}

export type CheckCode = 'ok' | 'handling_refused' | 'consent_required' | 'risk_assessment_required' | 'not_ready';

export interface DisseminationCheck {
  allowed: boolean;
  path: 'share_unit' | 'share_abroad' | string;
  recipient_class: string;
  handling: string;
  tlp: string;
  code: CheckCode | string;
  message: string;
  message_ru?: string | null;
}

export interface Dissemination {
  id: string;
  report_id: string;
  unit: UnitRef;
  path: string;
  handling: string;
  tlp: string;
  by: Person | null;
  at: string;
  note?: string | null;
  acknowledged_at: string | null;
  acknowledged_by: Person | string | null;
  /** Only in GET /intelligence/disseminations (received by the caller's unit). */
  report?: Ref;
}

export interface RemovedText {
  text: string;
  reason: string;
}

export interface SanitiseBody {
  blocks: Record<string, string>;
  items: ReportItem[];
  facts?: Facts;
  grading: Grading;
  removed: RemovedText[];
  reason: string;
}

export type HistoryKind =
  | 'created'
  | 'handed_over'
  | 'cycle'
  | 'grading'
  | 'risk_assessment'
  | 'disseminated'
  | 'acknowledged'
  | 'sanitised'
  | 'case_opened'
  | 'task_created';

export interface HistoryEntry {
  at: string;
  by: Person | null;
  kind: HistoryKind | string;
  detail?: unknown;
}

export interface ItemMatch {
  entity_id: string;
  case: Ref;
  caption: string | null;
  score: number;
  reasons?: unknown[];
}

export interface ItemMatches {
  item_id: string;
  matches: ItemMatch[];
}

export interface TaskBody {
  case_id: string;
  title: string;
  due_at?: string;
}

export interface SearchHit {
  report: { id: string; reference: string; cycle: string; tlp: string };
  where: string[];
}

export interface SearchLogEntry {
  id: string;
  user: { id: string; username: string; display_name: string } | null;
  terms: string;
  results: number;
  at: string;
}

export type StatsBy = 'route' | 'country' | 'exploitation' | 'modus' | 'period';

export interface StatsRow {
  key: string;
  label?: { en: string; ru: string } | null;
  count?: number;
  suppressed?: boolean;
}

export interface StatsAnswer {
  by: StatsBy | string;
  rows: StatsRow[];
  total: number;
  min_cell: number;
}

export interface IntelNotice {
  id: string;
  report?: Ref | null;
  case?: Ref | null;
  other_unit: UnitRef | null;
  contact?: string | null;
  created_at: string;
}
