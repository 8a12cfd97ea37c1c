// Shapes of the indicator sets and screenings (docs/api-protection.md "Reference data", "Screening").
import type { Actor } from '../../shared/people';
import type { Label, LocalText } from '../../shared/protectionReference';

export interface IndicatorGroup {
  id: string;
  label: Label;
}

/** An item of GET /indicator-sets: the newest version of a set, without its indicators. */
export interface IndicatorSetSummary {
  id: string;
  version: number;
  /** standard | national | community */
  kind: string;
  label: Label;
  description?: LocalText;
  /** any | adult | child */
  applies_to: string;
  count: number;
  groups: IndicatorGroup[];
}

export interface Indicator {
  /** `<set id>.<short id>`, unique across sets. */
  id: string;
  text: Label;
  group: string;
  direct: boolean;
  source?: unknown;
}

/** GET /indicator-sets/{id}: the whole set. */
export interface IndicatorSet {
  id: string;
  version: number;
  kind: string;
  label: Label;
  description?: LocalText;
  applies_to: string;
  groups: IndicatorGroup[];
  indicators: Indicator[];
}

export type ScreeningSubject = { case_id: string; entity_id: string } | { report_id: string } | { file_id: string };

/** What the officer marked for one indicator. */
export interface Mark {
  checked: boolean;
  note: string;
}
export type Marks = Record<string, Mark>;

export interface ScreeningBody {
  subject: ScreeningSubject;
  sets: string[];
  observations: { indicator: string; note: string }[];
  note?: string;
}

export type Recommendation = 'refer_specialised_unit' | 'enquire_further' | 'no_indicators_observed';

export interface GroupSignal {
  set: string;
  group: string;
  label: Label;
  observed: number;
  direct_observed: number;
  total: number;
}

export interface Observation {
  indicator: string;
  note: string;
  text: Label;
  group: string;
  direct: boolean;
}

export interface Screening {
  id: string;
  subject: Record<string, string>;
  sets: { id: string; version: number }[];
  observations: Observation[];
  result: {
    groups: GroupSignal[];
    recommendation: Recommendation;
    /** "Indicators prompt enquiry; they never decide whether someone is a victim." */
    notice: Label;
  };
  note?: string;
  created_by: Actor;
  created_at: string;
}
