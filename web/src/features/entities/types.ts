// Shapes from docs/api.md "The case file: entities and relationships" and the schema document
// (GET /schema/entities = config/schema/entities.json). Schema and property names are
// FollowTheMoney's; labels come from the document, never from the JSON translation files.

export type LangLabel = { en: string; ru: string };

export type PropertyType =
  | 'name'
  | 'string'
  | 'text'
  | 'address'
  | 'date'
  | 'country'
  | 'phone'
  | 'email'
  | 'iban'
  | 'identifier'
  | 'number'
  | 'url'
  | 'gender'
  | 'entity';

export interface PropertyDef {
  type: PropertyType;
  label: LangLabel;
  /** For `entity` properties: the schemata the linked record may have. */
  range?: string[];
  /** A list from GET /lookups the values come from (Event.eventType: `event_types`). */
  lookup?: string;
}

export interface EdgeDef {
  source: string;
  target: string;
  directed: boolean;
}

export interface SchemaDef {
  label: LangLabel;
  caption: string[];
  required: string[];
  /** Present on relationships: which properties hold the two ends. */
  edge?: EdgeDef;
  properties: Record<string, PropertyDef>;
}

export interface RestrictionRule {
  properties: string[];
  always?: boolean;
  when_involved_as?: string[];
}

export interface EntitySchemaDoc {
  version: number;
  schemata: Record<string, SchemaDef>;
  restricted?: RestrictionRule[];
}

export interface EntityValue {
  value: string;
  /** E.164 phone, upper-case identifier, ...: only when it differs from `value`. */
  normalized?: string;
  latin?: string;
  flags?: string[];
  recorded_by: string;
  recorded_at: string;
  source?: string;
  grade?: string;
}

export interface Involvement {
  role: string;
  network_role?: string;
  note?: string;
  added_at: string;
  added_by: string;
}

/** What names a record anywhere it is referred to (an interview's subject, a charge's suspect). */
export interface Captioned {
  caption: string | null;
  caption_latin?: string;
  identity_restricted?: true;
}

export interface Entity {
  id: string;
  case_id: string;
  schema: string;
  /** Null when the caption property is hidden from the user (see identity_restricted). */
  caption: string | null;
  caption_latin?: string;
  identity_restricted?: true;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** Restricted properties the user may not read are absent. */
  properties: Record<string, EntityValue[]>;
  involvements: Involvement[];
}

export interface EntityListQuery {
  limit?: number;
  cursor?: string | null;
  schema?: string;
}

export interface EntityCreateBody {
  schema: string;
  properties: Record<string, string[]>;
  source?: string;
  grade?: string;
}

export interface EntityPatchBody {
  version: number;
  /** Each listed property gets exactly these values; an empty list removes them all. */
  properties: Record<string, string[]>;
  source?: string;
  grade?: string;
}

export interface PropertyChange {
  property: string;
  added?: string[];
  removed?: string[];
  /** `{property: "*", deleted: true}` marks the version that deleted the record. */
  deleted?: boolean;
}

export interface HistoryEntry {
  version: number;
  changed_by: string;
  at: string;
  changes: PropertyChange[];
}

export interface InvolvementBody {
  network_role?: string;
  note?: string;
}
