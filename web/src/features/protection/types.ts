// Shapes of protection files and legal assessments (docs/api-protection.md).
import type { Referral } from '../referrals';
import type { Screening } from '../screening';
import type { Actor } from '../../shared/people';
import type { Label } from '../../shared/protectionReference';

export type Sex = 'female' | 'male' | 'other' | 'unknown';
export type AssistanceStatus = 'potential' | 'presumed' | 'identified' | 'not_confirmed';
export type ProceduralStatus = 'none' | 'witness' | 'injured_party' | 'judicial_finding' | 'status_lost';
export type Track = 'assistance' | 'procedural';
export type Cooperation = 'undecided' | 'cooperating' | 'declined';

export interface Person {
  name: string;
  sex: Sex;
  birth_date?: string | null;
  age_uncertain?: boolean;
  nationality?: string;
  languages?: string[];
  contact?: string;
  age_group?: 'child' | 'adult' | 'unknown';
}

export interface FileSummary {
  id: string;
  reference: string;
  person: Pick<Person, 'name' | 'sex' | 'age_group'>;
  assistance_status: AssistanceStatus;
  procedural_status: ProceduralStatus;
  child: boolean;
  case: { id: string; reference: string } | null;
  reflection_ends_at: string | null;
  updated_at: string;
}

export interface FileList {
  items: FileSummary[];
  total?: number;
}

export interface Decision {
  id: string;
  track: Track | 'guardian' | 'age';
  from: string | null;
  to: string;
  grounds: string;
  reason: string;
  by: Actor;
  at: string;
}

export interface Reflection {
  started_at: string;
  ends_at: string;
  days: number;
  running: boolean;
  /** False while the period's length is not confirmed against the law in force. */
  verified: boolean;
}

export interface Guardian {
  name: string;
  organisation: string;
  contact: string;
  appointed_by: string;
  appointed_at: string | null;
}

export type ConsentPurpose = 'referral' | 'data_sharing' | 'assistance' | 'interview' | 'medical';

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  decision: 'given' | 'refused';
  given_by: 'person' | 'guardian';
  organisations: { id: string; name: string }[];
  data: string[];
  note: string;
  recorded_by: Actor;
  recorded_at: string;
  withdrawn_at: string | null;
  withdrawn_by: Actor;
  withdraw_reason: string | null;
  active: boolean;
}

export type AssessmentKind = 'risk' | 'needs' | 'age' | 'reintegration_plan';

export interface AssessmentItem {
  value: string;
  note?: string;
}

export interface Assessment {
  id: string;
  kind: AssessmentKind;
  stage?: string | null;
  items?: Record<string, AssessmentItem>;
  method?: string | null;
  result?: 'adult' | 'child' | null;
  estimated_age?: number | null;
  completed?: boolean;
  note?: string;
  by: Actor;
  at: string;
}

export interface ProtectionAction {
  id?: string;
  kind: string;
  at: string;
  note?: string;
  by?: Actor;
}

export interface ProtectionFile {
  id: string;
  reference: string;
  person: Person;
  /** Under 18, or age unknown/uncertain and no age assessment says adult. */
  child: boolean;
  child_reason: 'birth_date' | 'age_uncertain' | 'age_assessment' | 'adult';
  jurisdiction: string;
  forms_of_exploitation: string[];
  cooperation: Cooperation;
  note: string;
  case: { id: string; reference: string } | null;
  entity_id: string | null;
  owner_unit: { id: string; name: string } | null;
  assistance_status: AssistanceStatus;
  procedural_status: ProceduralStatus;
  reflection: Reflection | null;
  guardian: Guardian | null;
  decisions: Decision[];
  consents: Consent[];
  referrals: Referral[];
  assessments: Assessment[];
  actions: ProtectionAction[];
  screenings: Screening[];
  version: number;
  created_at: string;
  updated_at: string;
  /** "case": seen from the linked case — no needs assessments, no service notes. */
  view: 'full' | 'case';
}

export interface FileCreateBody {
  person: Omit<Person, 'age_group'>;
  jurisdiction: string;
  forms_of_exploitation: string[];
  case_id: string | null;
  entity_id: string | null;
  cooperation: Cooperation;
  note: string;
}

/** PATCH /protection-files/{id}: the person is replaced as a whole. */
export interface FilePatchBody {
  version: number;
  person: Omit<Person, 'age_group' | 'nationality'> & { nationality: string | null };
  forms_of_exploitation: string[];
  cooperation: Cooperation;
  note: string;
}

export interface DecisionBody {
  track: Track;
  to: string;
  grounds: string;
  reason: string;
  version: number;
}

export type GuardianBody = Omit<Guardian, 'appointed_at'> & { appointed_at?: string };

export interface ConsentBody {
  purpose: ConsentPurpose;
  decision: 'given' | 'refused';
  given_by: 'person' | 'guardian';
  organisations: string[];
  data: string[];
  note: string;
}

export interface ReferralBody {
  organisation_id: string;
  service: string;
  consent_id?: string;
  note: string;
  urgent: boolean;
}

export interface AssessmentBody {
  kind: AssessmentKind;
  stage?: string;
  items?: Record<string, AssessmentItem>;
  method?: string;
  result?: 'adult' | 'child';
  estimated_age?: number;
  completed?: boolean;
  note?: string;
}

export interface ActionBody {
  kind: string;
  at?: string;
  note: string;
}

/** Legal assessment (on a case). */
export interface LegalElement {
  id: string;
  evidence: string[];
}

export interface LegalInput {
  subject_entity_id?: string;
  jurisdiction?: string;
  acts: LegalElement[];
  means: LegalElement[];
  purposes: LegalElement[];
  child: boolean | null;
  consent_claimed: boolean;
  border_crossed: boolean;
  illegal_entry: boolean;
  benefit: boolean;
  continuing_control: boolean;
  note: string;
}

export type Proposal = 'trafficking' | 'smuggling' | 'both' | 'undetermined';

export interface LegalNote {
  code: string;
  text: Label;
}

export interface LegalAssessment {
  id: string;
  case_id: string;
  subject_entity_id: string | null;
  jurisdiction: string;
  input: Partial<LegalInput>;
  result: {
    proposal: Proposal;
    trafficking: { met: boolean; missing: string[] };
    smuggling: { met: boolean; missing: string[] };
    reasons: LegalNote[];
    national: LegalNote[];
  };
  created_by: Actor;
  created_at: string;
}
