// Shapes of referrals (docs/api-protection.md "Referrals").
import type { Actor } from '../../shared/people';

export type ReferralState = 'requested' | 'accepted' | 'rejected' | 'in_progress' | 'completed' | 'revoked';

export interface ReferralHistoryEntry {
  from: string | null;
  to: string;
  by: Actor;
  at: string;
  reason?: string;
}

export interface Referral {
  id: string;
  file_id: string;
  organisation: { id: string; name: string };
  /** Id of referral_services (GET /protection/reference). */
  service: string;
  state: ReferralState;
  reason?: string;
  /** Absent when the file is seen from its case (no service notes there). */
  note?: string;
  urgent: boolean;
  requested_by: Actor;
  requested_at: string;
  due_at: string | null;
  overdue: boolean;
  history: ReferralHistoryEntry[];
  version: number;
}

/** An assessment as a partner sees it: the items and their values. */
export interface SharedAssessment {
  kind?: string;
  stage?: string;
  items?: Record<string, { value: string; note?: string } | string>;
  at?: string;
}

/**
 * What a partner sees of the person: only what the consent's `data` covers — identity (name,
 * sex, age group), contact, the latest needs and risk assessments, the forms of exploitation.
 */
export interface ReferralPerson {
  name?: string;
  sex?: string;
  age_group?: string;
  contact?: string;
  needs?: SharedAssessment | null;
  risk?: SharedAssessment | null;
  forms_of_exploitation?: string[];
}

/** An item of GET /referrals: for a partner with `person`; for others with the file. */
export interface ListedReferral extends Referral {
  person?: ReferralPerson;
  file?: { id: string; reference: string };
}

export interface TransitionBody {
  to: ReferralState;
  reason?: string;
  note?: string;
  version: number;
}
