// Shapes from docs/api.md "People and units". The user list's item shape is not spelled out:
// we expect the `user` shape of /auth/me plus `disabled`, and accept `unit_code` instead of `unit`.
import type { UnitRef } from '../../shared/session';
import type { Unit } from '../../shared/reference';
import type { Label } from '../../shared/protectionReference';

export type { Unit };

export interface AdminUser {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit?: UnitRef;
  unit_code?: string;
  disabled?: boolean;
  totp_enabled?: boolean;
}

export interface UserCreateBody {
  username: string;
  display_name: string;
  role: string;
  unit_code: string;
  password: string;
}

export interface UserPatchBody {
  role?: string;
  unit_code?: string;
  display_name?: string;
  disabled?: boolean;
}

export interface UnitCreateBody {
  code: string;
  name: string;
  country: string;
  region?: string;
  agency?: string;
  kind?: string;
}

// GET /jurisdictions as the administrator checks it (docs/api-protection.md): the files as
// shipped, with the confirmations an administrator recorded merged in as `confirmed`.
export interface Confirmation {
  /** The username of the administrator who confirmed. */
  by: string;
  at: string;
  note?: string;
}

export interface JurisdictionArticle {
  id: string;
  /** "CC Art. 128" */
  code: string;
  title: Label;
  offence: string;
  kind: string;
  source?: { document?: string; lines?: string };
  effective?: { from?: string | null; to?: string | null; note?: Label };
  verified?: boolean;
  confirmed?: Confirmation;
}

export interface JurisdictionProtectionRules {
  reflection_period_days?: number;
  reflection_period_note?: Label;
  identification_roles?: string[];
  age_of_majority?: number;
  referral_response_hours?: number;
}

export interface JurisdictionFile {
  country: string;
  name: Label;
  /** The code the articles belong to ("Criminal Code of the Republic of Kazakhstan"). */
  code?: Label;
  verified?: boolean;
  /** National law follows the Protocol's Art. 3(b): consent is irrelevant once a means is used. */
  consent_irrelevant: boolean;
  /** National law follows the Protocol's Art. 3(c): for a child no means need be shown. */
  child_needs_no_means: boolean;
  rules_note?: Label;
  protection?: JurisdictionProtectionRules;
  confirmed?: { reflection_period?: Confirmation; rules?: Confirmation };
  articles: JurisdictionArticle[];
}

/** By country code: KZ, KG, UZ, TJ, TM. */
export type JurisdictionFiles = Record<string, JurisdictionFile>;

/** What an administrator confirms: an article (its id), `reflection_period` or `rules` (the national rules). */
export type ConfirmItem = string;
