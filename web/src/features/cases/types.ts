// Shapes from docs/api.md "Cases". Option fields hold lookup ids, never labels.

export interface Jurisdiction {
  country: string;
  region?: string | null;
}

export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  category: string;
  forms_of_exploitation: string[];
  approach: string;
  trigger: string;
  state: string;
  jurisdiction: Jurisdiction;
  owning_unit: { id: string; code: string; name: string };
  created_at: string;
  updated_at: string;
  version: number;
}

export interface TeamMember {
  user_id: string;
  username: string;
  display_name: string;
  role: string;
  team_role: string;
  grants: string[];
}

export interface Share {
  user_id: string;
  username: string;
  display_name: string;
  role: string;
}

export interface CaseLink {
  case_id: string;
  reference: string;
  title: string;
  reason: string;
}

export interface Case extends CaseSummary {
  summary: string;
  countries_of_origin: string[];
  countries_of_transit: string[];
  countries_of_destination: string[];
  covert: boolean;
  created_by: { id: string; username: string; display_name: string };
  team: TeamMember[];
  shares: Share[];
  links: CaseLink[];
  /** Restricted: the key is absent for users who may not see it. */
  victim_notes?: string;
}

export interface CaseCreateBody {
  title: string;
  summary?: string;
  category: string;
  forms_of_exploitation?: string[];
  approach: string;
  trigger: string;
  jurisdiction: Jurisdiction;
  countries_of_origin?: string[];
  countries_of_transit?: string[];
  countries_of_destination?: string[];
  covert?: boolean;
  victim_notes?: string;
}

export type CasePatchBody = Partial<CaseCreateBody> & { version: number; state?: string };

export type CaseSort =
  | 'updated_at'
  | '-updated_at'
  | 'created_at'
  | '-created_at'
  | 'reference'
  | '-reference'
  | 'title'
  | '-title';

export interface CaseFilters {
  state: string;
  category: string;
  unit: string;
  q: string;
}

export interface CaseListQuery extends Partial<CaseFilters> {
  limit?: number;
  cursor?: string | null;
  sort?: CaseSort;
}

export interface TeamAddBody {
  username: string;
  team_role: string;
  grants: string[];
}

export interface LinkAddBody {
  case_id: string;
  reason: string;
}
