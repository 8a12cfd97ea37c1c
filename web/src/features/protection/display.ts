// Translation keys of the protection screens' fixed values (the server labels the status lists,
// services, consent data and action kinds; these it sends as ids only).

export const COOPERATIONS = ['undecided', 'cooperating', 'declined'] as const;
export const COOPERATION_KEYS: Record<string, string> = {
  undecided: 'protection.cooperation.undecided',
  cooperating: 'protection.cooperation.cooperating',
  declined: 'protection.cooperation.declined',
};

export const CHILD_REASON_KEYS: Record<string, string> = {
  birth_date: 'protection.child_reason.birth_date',
  age_uncertain: 'protection.child_reason.age_uncertain',
  age_assessment: 'protection.child_reason.age_assessment',
  adult: 'protection.child_reason.adult',
};

export const TRACK_KEYS: Record<string, string> = {
  assistance: 'protection.track.assistance',
  procedural: 'protection.track.procedural',
};

export const CONSENT_PURPOSES = ['referral', 'data_sharing', 'assistance', 'interview', 'medical'] as const;
export const PURPOSE_KEYS: Record<string, string> = {
  referral: 'protection.consent.purpose.referral',
  data_sharing: 'protection.consent.purpose.data_sharing',
  assistance: 'protection.consent.purpose.assistance',
  interview: 'protection.consent.purpose.interview',
  medical: 'protection.consent.purpose.medical',
};

export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export const CONSENT_DECISION_KEYS: Record<string, string> = {
  given: 'protection.consent.decision.given',
  refused: 'protection.consent.decision.refused',
};

export const GIVERS = ['person', 'guardian'] as const;
export const GIVEN_BY_KEYS: Record<string, string> = {
  person: 'protection.consent.given_by.person',
  guardian: 'protection.consent.given_by.guardian',
};

export const PROPOSAL_KEYS: Record<string, string> = {
  trafficking: 'legal.proposal.trafficking',
  smuggling: 'legal.proposal.smuggling',
  both: 'legal.proposal.both',
  undetermined: 'legal.proposal.undetermined',
};

export const ELEMENT_GROUPS = ['acts', 'means', 'purposes'] as const;
export type ElementGroup = (typeof ELEMENT_GROUPS)[number];
export const ELEMENT_GROUP_KEYS: Record<string, string> = {
  acts: 'legal.elements.acts',
  means: 'legal.elements.means',
  purposes: 'legal.elements.purposes',
};

export const CHILD_CHOICES = ['yes', 'no', 'unknown'] as const;
export type ChildChoice = (typeof CHILD_CHOICES)[number];
export const CHILD_CHOICE_KEYS: Record<ChildChoice, string> = {
  yes: 'common.yes',
  no: 'common.no',
  unknown: 'legal.child_unknown',
};
