// Shapes of the frontline reports (docs/api-protection.md "Frontline reports"), extended into
// intelligence reports (docs/api.md, "Intelligence"): grading, facts, items, the originator's contact.
import type { Screening } from '../screening';
import type { Facts, Grading, ReportItem } from '../../shared/intelligence';

export type ReportState = 'draft' | 'handed_over' | 'case_opened';

export interface FrontlineReport {
  id: string;
  reference: string;
  state: ReportState;
  /** Block id (frontline_report.blocks of GET /protection/reference) → what the officer wrote. */
  blocks: Record<string, string>;
  location: string;
  observed_at: string | null;
  author: { id: string; display_name: string; unit?: { id?: string; code?: string; name?: string } | string | null };
  target_unit: { id: string; name: string } | null;
  case: { id: string; reference: string } | null;
  screenings?: Screening[];
  handed_over_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** The intelligence cycle: "" while a draft, `collected` once handed over, … */
  cycle?: string;
  grading?: Grading | null;
  facts?: Facts | null;
  /** Only the items the caller may view; `withheld_items` counts the others. */
  items?: ReportItem[] | null;
  withheld_items?: number;
  originator_contact?: string | null;
  tlp?: string;
}

export interface ReportCreateBody {
  blocks: Record<string, string>;
  location?: string;
  observed_at?: string;
  grading?: Grading;
  facts?: Facts;
  items?: ReportItem[];
  originator_contact?: string;
}

export interface ReportPatchBody {
  version: number;
  blocks: Record<string, string>;
  grading?: Grading;
  facts?: Facts;
  items?: ReportItem[];
  originator_contact?: string;
}

export interface OpenCaseBody {
  title: string;
  category: string;
  approach: string;
  jurisdiction?: { country: string };
}

export interface OpenCaseAnswer {
  case: { id: string; reference?: string };
  report: FrontlineReport;
}
