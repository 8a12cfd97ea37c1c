// Shapes of GET /jurisdictions (config/jurisdictions/*.json) and of the charge endpoints
// (/api/v1/cases/{id}/charges). Option fields hold lookup ids.
import type { Captioned } from '../entities';

export type LangLabel = { en: string; ru: string };

export interface Article {
  id: string;
  /** "CC Art. 128" */
  code: string;
  title: LangLabel;
  offence: string;
  kind: string;
  /** A caution from the file, e.g. to check the article against the code in force. */
  note?: string | LangLabel;
}

export interface JurisdictionDoc {
  country: string;
  name: LangLabel;
  /** The code the articles belong to ("Criminal Code of the Republic of Kazakhstan"). */
  code: LangLabel;
  consent_irrelevant: boolean;
  child_needs_no_means: boolean;
  articles: Article[];
}

/** By country: KZ, KG, UZ, TJ, TM. */
export type Jurisdictions = Record<string, JurisdictionDoc>;

export interface Charge {
  id: string;
  case_id: string;
  suspect: Captioned & { id: string };
  jurisdiction: string;
  article: Article;
  /** One of lookups `charge_statuses`. */
  status: string;
  prosecutor: string;
  filed_at: string | null;
  /** One of lookups `charge_outcomes`; only with status `decided`. */
  outcome: string | null;
  /** Only with outcome `convicted`. */
  sentence: string;
  sentence_months: number | null;
  note: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ChargeList {
  items: Charge[];
  total: number;
}

export interface ChargeCreateBody {
  suspect_entity_id: string;
  jurisdiction: string;
  article: string;
  status?: string;
  prosecutor?: string;
  filed_at?: string;
  note?: string;
}

export interface ChargePatchBody {
  version: number;
  status?: string;
  filed_at?: string;
  outcome?: string;
  sentence?: string;
  sentence_months?: number;
  prosecutor?: string;
  note?: string;
}
