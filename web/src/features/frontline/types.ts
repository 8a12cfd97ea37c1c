// Shapes of the frontline reports (docs/api-protection.md "Frontline reports").
import type { Screening } from '../screening';

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
}

export interface ReportCreateBody {
  blocks: Record<string, string>;
  location?: string;
  observed_at?: string;
}

export interface ReportPatchBody {
  version: number;
  blocks: Record<string, string>;
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
