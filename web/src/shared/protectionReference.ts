// Reference data of victim identification and protection (GET /protection/reference), fetched
// once per page load: the services, assessment forms, legal elements, frontline report blocks,
// consent data categories, action kinds and the status lists. Labels come as {en, ru}.
import { useCallback } from 'react';
import { api } from './api';
import { useI18n } from './useI18n';
import type { Lang } from './translate';

export type Label = { en: string; ru: string };
/** A text the server sends either as {en, ru} or as one string. */
export type LocalText = Label | string;

export interface RefItem {
  id: string;
  label: Label;
  description?: LocalText;
}

export interface FrontlineBlock {
  id: string;
  label: Label;
  hint?: LocalText;
}

export interface RiskStage {
  id: string;
  label: Label;
  factors: RefItem[];
}

export interface NeedsLevel {
  id: string;
  label: Label;
  items: RefItem[];
}

export interface ProtectionReference {
  referral_services: RefItem[];
  risk_assessment: { stages: RiskStage[] };
  needs_assessment: { levels: NeedsLevel[] };
  reintegration_plan: { steps: RefItem[] };
  legal_elements: {
    trafficking: { acts: RefItem[]; means: RefItem[]; purposes: RefItem[] };
    smuggling: { elements: RefItem[] };
  };
  frontline_report: { blocks: FrontlineBlock[] };
  consent_data: RefItem[];
  action_kinds: RefItem[];
  assistance_statuses: RefItem[];
  procedural_statuses: RefItem[];
  referral_states: RefItem[];
}

type Raw = Record<string, unknown> | null | undefined;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const obj = (v: unknown): Record<string, unknown> => (isObj(v) ? v : {});

/** Every list present (empty when the server left one out), so screens never test for undefined. */
export function normalizeProtectionReference(raw: Raw): ProtectionReference {
  const r = obj(raw);
  const trafficking = obj(obj(r.legal_elements).trafficking);
  return {
    referral_services: arr(r.referral_services),
    risk_assessment: { stages: arr<RiskStage>(obj(r.risk_assessment).stages).map((s) => ({ ...s, factors: arr(s.factors) })) },
    needs_assessment: { levels: arr<NeedsLevel>(obj(r.needs_assessment).levels).map((l) => ({ ...l, items: arr(l.items) })) },
    reintegration_plan: { steps: arr(obj(r.reintegration_plan).steps) },
    legal_elements: {
      trafficking: { acts: arr(trafficking.acts), means: arr(trafficking.means), purposes: arr(trafficking.purposes) },
      smuggling: { elements: arr(obj(obj(r.legal_elements).smuggling).elements) },
    },
    frontline_report: { blocks: arr(obj(r.frontline_report).blocks) },
    consent_data: arr(r.consent_data),
    action_kinds: arr(r.action_kinds),
    assistance_statuses: arr(r.assistance_statuses),
    procedural_statuses: arr(r.procedural_statuses),
    referral_states: arr(r.referral_states),
  };
}

let cached: Promise<ProtectionReference> | null = null;

/** The reference document; a failed fetch is forgotten so the next call tries again. */
export function loadProtectionReference(): Promise<ProtectionReference> {
  if (!cached) {
    cached = api.get<Raw>('/protection/reference').then(normalizeProtectionReference, (err: unknown) => {
      cached = null;
      throw err;
    });
  }
  return cached;
}

/** A server text in `lang`: the {en, ru} member (English when the other is empty) or the string. */
export function localText(text: LocalText | undefined | null, lang: Lang): string {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return text[lang] || text.en || '';
}

/** The label of item `id` of a reference list in the current language; the id when unknown. */
export function useRefLabel(): (items: { id: string; label: Label }[], id: string | null | undefined) => string {
  const { label } = useI18n();
  return useCallback((items, id) => (id ? label(items.find((i) => i.id === id)?.label, id) : ''), [label]);
}

/** A server text ({en, ru} or a string) in the current language. */
export function useLocalText(): (text: LocalText | undefined | null) => string {
  const { lang } = useI18n();
  return useCallback((text) => localText(text, lang), [lang]);
}
