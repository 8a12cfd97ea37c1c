// Shapes of the interview endpoints (/api/v1/cases/{id}/interviews). Option fields hold lookup ids.
import type { Captioned } from '../entities';

export interface Participant {
  /** One of lookups `interview_participants`. */
  role: string;
  name: string;
  /** A person record of the case, when the participant has one. */
  entity_id?: string;
}

export interface StatementVersion {
  version: number;
  /** Absent (not empty) when the user may not read the statement. */
  text?: string;
  language: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
}

export interface Interview {
  id: string;
  case_id: string;
  /** One of lookups `interview_kinds`: victim, witness, suspect, child. */
  kind: string;
  subject: Captioned & { id: string };
  started_at: string;
  ended_at: string | null;
  place: string;
  language: string;
  /** One of lookups `peace_stages`, '' when not set. */
  peace_stage: string;
  consent: boolean;
  consent_note: string;
  present: Participant[];
  /** Ticked Annex A item ids. */
  checklist: string[];
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** Only on GET of one interview (and on the answers of its writes), oldest version first. */
  statements?: StatementVersion[];
  statements_restricted?: true;
}

export interface InterviewList {
  items: Interview[];
  total: number;
}

export interface InterviewCreateBody {
  kind: string;
  subject_entity_id: string;
  started_at: string;
  ended_at?: string;
  place?: string;
  language?: string;
  peace_stage?: string;
  consent?: boolean;
  consent_note?: string;
  present?: Participant[];
  checklist?: string[];
}

export type InterviewPatchBody = Partial<Omit<InterviewCreateBody, 'ended_at'>> & { version: number; ended_at?: string | null };

export interface StatementBody {
  text: string;
  language?: string;
  note?: string;
}

/** config/checklists/interview.json: the SOP's Annex A, in groups. */
export interface ChecklistItem {
  id: string;
  label: { en: string; ru: string };
}

export interface ChecklistGroup {
  id: string;
  label: { en: string; ru: string };
  items: ChecklistItem[];
}
