// Intelligence grading and handling as data (GET /intelligence/grading, config/intelligence/grading.json),
// fetched once per page load, and the shapes the frontline report form and the intelligence screens
// share: a report's grading, its structured facts and its items (docs/api.md, "Intelligence").
import { useMemo } from 'react';
import { api } from './api';
import { useI18n } from './useI18n';

export type Label = { en: string; ru: string };

export interface Grade {
  code: string;
  label: Label;
  admiralty?: string;
}

export interface HandlingCode {
  code: string;
  label: Label;
  tlp: string;
  /** A risk assessment must be recorded before any dissemination. */
  special: boolean;
  /** Only the originator may disseminate. */
  consent_required: boolean;
  /** Recipient class → the paths it may use. */
  allow: Record<string, string[]>;
}

export interface IdLabel {
  id: string;
  label: Label;
}

export interface GradingDoc {
  version: number;
  source_grades: Grade[];
  intelligence_grades: Grade[];
  recipient_classes: IdLabel[];
  paths: IdLabel[];
  /** Widest first: H1 may go furthest, H5 nowhere without the originator's consent. */
  handling_codes: HandlingCode[];
  cycle: { states: IdLabel[]; transitions: Record<string, string[]> };
  modus_operandi: IdLabel[];
  /** Statistics cells below this count are suppressed. */
  min_cell: number;
}

export interface Grading {
  source: string;
  intelligence: string;
  handling: string;
}

/** What the server assumes when the author sets nothing: untested source, cannot be judged, own agency only. */
export const DEFAULT_GRADING: Grading = { source: 'E', intelligence: '4', handling: 'H4' };

export type CountryRole = 'origin' | 'transit' | 'destination';
export const COUNTRY_ROLES: readonly CountryRole[] = ['origin', 'transit', 'destination'];
export const COUNTRY_ROLE_KEYS: Record<CountryRole, string> = {
  origin: 'intelligence.facts.role.origin',
  transit: 'intelligence.facts.role.transit',
  destination: 'intelligence.facts.role.destination',
};

export interface FactCountry {
  code: string;
  role: CountryRole | string;
}

export interface Facts {
  exploitation_forms: string[];
  countries: FactCountry[];
  modus: string[];
}

export const EMPTY_FACTS: Facts = { exploitation_forms: [], countries: [], modus: [] };

export type ItemKind = 'person' | 'organisation' | 'phone' | 'address' | 'vehicle' | 'document' | 'account';

export interface ReportItem {
  /** Assigned by the server; absent on an item not saved yet. */
  id?: string;
  kind: ItemKind | string;
  fields: Record<string, string>;
  /** Optional: an item is never handled more widely than its report. */
  grading?: Grading | null;
}

export type ItemFieldType = 'text' | 'textarea' | 'date' | 'country' | 'tel';

export interface ItemFieldDef {
  name: string;
  required?: boolean;
  type?: ItemFieldType;
}

/** The kinds of item and their fields, in the contract's order; the first field names the item. */
export const ITEM_KINDS: Record<ItemKind, ItemFieldDef[]> = {
  person: [
    { name: 'name', required: true },
    { name: 'birth_date', type: 'date' },
    { name: 'nationality', type: 'country' },
    { name: 'description', type: 'textarea' },
    { name: 'phone', type: 'tel' },
    { name: 'passport' },
  ],
  organisation: [{ name: 'name', required: true }, { name: 'description', type: 'textarea' }],
  phone: [{ name: 'number', required: true, type: 'tel' }],
  address: [{ name: 'text', required: true, type: 'textarea' }],
  vehicle: [{ name: 'plate', required: true }, { name: 'description', type: 'textarea' }],
  document: [{ name: 'number', required: true }, { name: 'kind' }, { name: 'country', type: 'country' }],
  account: [{ name: 'number', required: true }, { name: 'bank' }],
};

export const ITEM_KIND_LIST = Object.keys(ITEM_KINDS) as ItemKind[];

export const isItemKind = (kind: string): kind is ItemKind => Object.prototype.hasOwnProperty.call(ITEM_KINDS, kind);

export const ITEM_KIND_KEYS: Record<ItemKind, string> = {
  person: 'intelligence.item_kinds.person',
  organisation: 'intelligence.item_kinds.organisation',
  phone: 'intelligence.item_kinds.phone',
  address: 'intelligence.item_kinds.address',
  vehicle: 'intelligence.item_kinds.vehicle',
  document: 'intelligence.item_kinds.document',
  account: 'intelligence.item_kinds.account',
};

export const ITEM_FIELD_KEYS: Record<string, string> = {
  name: 'intelligence.item_fields.name',
  birth_date: 'intelligence.item_fields.birth_date',
  nationality: 'intelligence.item_fields.nationality',
  description: 'intelligence.item_fields.description',
  phone: 'intelligence.item_fields.phone',
  passport: 'intelligence.item_fields.passport',
  number: 'intelligence.item_fields.number',
  text: 'intelligence.item_fields.text',
  plate: 'intelligence.item_fields.plate',
  kind: 'intelligence.item_fields.kind',
  country: 'intelligence.item_fields.country',
  bank: 'intelligence.item_fields.bank',
};

/** The fields of a kind; an unknown kind (a newer server) shows whatever fields it has. */
export const fieldsOf = (item: Pick<ReportItem, 'kind' | 'fields'>): ItemFieldDef[] =>
  isItemKind(item.kind) ? ITEM_KINDS[item.kind] : Object.keys(item.fields ?? {}).map((name) => ({ name }));

/** The text an item is known by: its first (required) field. */
export const itemTitle = (item: Pick<ReportItem, 'kind' | 'fields'>): string => {
  const first = fieldsOf(item)[0];
  return (first && item.fields?.[first.name]) || '';
};

// --- Loading ------------------------------------------------------------------------------------

type Raw = Record<string, unknown> | null | undefined;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Every list present (empty when missing), so screens never test for undefined. */
export function normalizeGrading(raw: Raw): GradingDoc {
  const r = isObj(raw) ? raw : {};
  const cycle = isObj(r.cycle) ? r.cycle : {};
  const transitions = isObj(cycle.transitions) ? (cycle.transitions as Record<string, unknown>) : {};
  return {
    version: typeof r.version === 'number' ? r.version : 1,
    source_grades: arr(r.source_grades),
    intelligence_grades: arr(r.intelligence_grades),
    recipient_classes: arr(r.recipient_classes),
    paths: arr(r.paths),
    handling_codes: arr<HandlingCode>(r.handling_codes).map((h) => ({ ...h, allow: isObj(h.allow) ? h.allow : {} })),
    cycle: {
      states: arr(cycle.states),
      transitions: Object.fromEntries(Object.entries(transitions).map(([k, v]) => [k, arr<string>(v)])),
    },
    modus_operandi: arr(r.modus_operandi),
    min_cell: typeof r.min_cell === 'number' ? r.min_cell : 3,
  };
}

let cached: Promise<GradingDoc> | null = null;

/** The grading document; a failed fetch is forgotten so the next call tries again. */
export function loadGrading(): Promise<GradingDoc> {
  if (!cached) {
    cached = api.get<Raw>('/intelligence/grading').then(normalizeGrading, (err: unknown) => {
      cached = null;
      throw err;
    });
  }
  return cached;
}

// --- Reading the document ----------------------------------------------------------------------

export const handlingOf = (doc: GradingDoc | undefined, code: string | undefined): HandlingCode | undefined =>
  doc?.handling_codes.find((h) => h.code === code);

/** Position of a handling code, widest first; -1 when unknown. */
export const handlingRank = (doc: GradingDoc | undefined, code: string | undefined): number =>
  doc?.handling_codes.findIndex((h) => h.code === code) ?? -1;

/** The handling codes an item of a report handled by `reportHandling` may have: that one and narrower. */
export function itemHandlingCodes(doc: GradingDoc | undefined, reportHandling: string): HandlingCode[] {
  const all = doc?.handling_codes ?? [];
  const rank = handlingRank(doc, reportHandling);
  return rank < 0 ? all : all.slice(rank);
}

/** True when an item's handling is wider than its report's (which the server refuses). */
export function widerThanReport(doc: GradingDoc | undefined, item: string, report: string): boolean {
  const i = handlingRank(doc, item);
  const r = handlingRank(doc, report);
  return i >= 0 && r >= 0 && i < r;
}

/** The states a report may move to from `cycle` (grading.json cycle.transitions). */
export const nextStates = (doc: GradingDoc | undefined, cycle: string | undefined): string[] =>
  (cycle && doc?.cycle.transitions[cycle]) || [];

export interface GradingLabels {
  source: (code: string) => string;
  intelligence: (code: string) => string;
  handling: (code: string) => string;
  cycle: (id: string) => string;
  modus: (id: string) => string;
  recipientClass: (id: string) => string;
  path: (id: string) => string;
}

/** Labels from the grading document in the current language; the code itself when unknown. */
export function useGradingLabels(doc: GradingDoc | undefined): GradingLabels {
  const { label } = useI18n();
  return useMemo(() => {
    const byCode = (list: { code: string; label: Label }[]) => (code: string) => label(list.find((x) => x.code === code)?.label, code);
    const byId = (list: IdLabel[]) => (id: string) => label(list.find((x) => x.id === id)?.label, id);
    return {
      source: byCode(doc?.source_grades ?? []),
      intelligence: byCode(doc?.intelligence_grades ?? []),
      handling: byCode(doc?.handling_codes ?? []),
      cycle: byId(doc?.cycle.states ?? []),
      modus: byId(doc?.modus_operandi ?? []),
      recipientClass: byId(doc?.recipient_classes ?? []),
      path: byId(doc?.paths ?? []),
    };
  }, [doc, label]);
}
