// How a match is shown: translation keys of its states, bands, reason strengths and history, a
// reason in the reader's language, and the two records side by side. (The score is a percentage
// through useI18n().formatPercent.)
import type { Entity, EntitySchemaDoc } from '../entities';
import type { Lang } from '../../shared/translate';
import type { MatchReason, MatchSide, MatchStatus } from './types';

export const MATCH_STATUSES: readonly MatchStatus[] = ['proposed', 'confirmed', 'rejected'];

export const isMatchStatus = (value: unknown): value is MatchStatus => (MATCH_STATUSES as readonly unknown[]).includes(value);

export const STATUS_KEYS: Record<string, string> = {
  proposed: 'matches.status.proposed',
  confirmed: 'matches.status.confirmed',
  rejected: 'matches.status.rejected',
};

export const EMPTY_KEYS: Record<MatchStatus, string> = {
  proposed: 'matches.empty.proposed',
  confirmed: 'matches.empty.confirmed',
  rejected: 'matches.empty.rejected',
};

export const BAND_KEYS: Record<string, string> = {
  strong: 'matches.band.strong',
  review: 'matches.band.review',
};

/** The text label beside each reason: its colour is never the only sign of its strength. */
export const STRENGTH_KEYS: Record<string, string> = {
  strong: 'matches.strength.strong',
  supporting: 'matches.strength.supporting',
  against: 'matches.strength.against',
};

export const HISTORY_KEYS: Record<string, string> = {
  proposed: 'matches.history.proposed',
  confirmed: 'matches.history.confirmed',
  rejected: 'matches.history.rejected',
  undone: 'matches.history.undone',
};

export const matchPath = (mid: string) => `/matches/${mid}`;
export const casePath = (caseId: string) => `/cases/${caseId}`;

/** The reason in the reader's language; the English text when there is no Russian one. */
export const reasonText = (r: MatchReason, lang: Lang): string => (lang === 'ru' && r.text_ru ? r.text_ru : r.text) || r.code;

/** A side as the entity captions expect it (a hidden identity is named so, never "null"). */
export const sideCaptioned = (s: MatchSide) => ({ caption: s.caption, identity_restricted: s.identity_restricted });

// --- The comparison -------------------------------------------------------------------------

export interface CompareValue {
  value: string;
  normalized?: string;
  /** Some value of the other record is the same (after lower-casing). */
  same: boolean;
}

export interface CompareRow {
  property: string;
  a: CompareValue[];
  b: CompareValue[];
  /** At least one value is the same on both sides. */
  same: boolean;
  /** An entity-typed property: its values are record ids of two different cases, never compared. */
  link: boolean;
}

/** The forms a value is compared by: as written and normalised, trimmed and lower-cased. */
const forms = (v: { value: string; normalized?: string }) =>
  [v.value, v.normalized].filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim().toLowerCase());

/**
 * Every property either record has a value for, one row each in schema order (A's schema first,
 * then B's), the values of A and of B, and which of them are the same after lower-casing (a
 * phone also by its international form).
 */
export function compareRecords(a: Entity | null | undefined, b: Entity | null | undefined, doc: EntitySchemaDoc | undefined): CompareRow[] {
  const order = [
    ...Object.keys(doc?.schemata[a?.schema ?? '']?.properties ?? {}),
    ...Object.keys(doc?.schemata[b?.schema ?? '']?.properties ?? {}),
  ];
  const rank = (p: string) => (order.indexOf(p) + 1 || 1e6);
  const has = (e: Entity | null | undefined, p: string) => (e?.properties[p]?.length ?? 0) > 0;
  const props = [...new Set([...Object.keys(a?.properties ?? {}), ...Object.keys(b?.properties ?? {})])]
    .filter((p) => has(a, p) || has(b, p))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  const typeOf = (p: string) => doc?.schemata[a?.schema ?? '']?.properties[p]?.type ?? doc?.schemata[b?.schema ?? '']?.properties[p]?.type;
  return props.map((p) => {
    const link = typeOf(p) === 'entity';
    const va = a?.properties[p] ?? [];
    const vb = b?.properties[p] ?? [];
    const setA = new Set(va.flatMap(forms));
    const setB = new Set(vb.flatMap(forms));
    const mark = (list: typeof va, other: Set<string>): CompareValue[] =>
      list.map((v) => ({ value: v.value, normalized: v.normalized, same: !link && forms(v).some((f) => other.has(f)) }));
    const rowA = mark(va, setB);
    const rowB = mark(vb, setA);
    return { property: p, a: rowA, b: rowB, same: rowA.some((v) => v.same), link };
  });
}

/**
 * Properties the server may withhold from this reader for this record (always restricted, or
 * because of a role the record holds): an empty cell there means "none, or not shown to you".
 */
export function withheldProperties(e: Entity | null | undefined, doc: EntitySchemaDoc | undefined): Set<string> {
  const roles = new Set((e?.involvements ?? []).map((i) => i.role));
  return new Set(
    (doc?.restricted ?? [])
      .filter((r) => r.always || (r.when_involved_as ?? []).some((role) => roles.has(role)))
      .flatMap((r) => r.properties),
  );
}
