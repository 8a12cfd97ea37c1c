// The screening form's pure parts: indicators by group, the POST body, the recommendation's key.
// A screening records observations; it never scores and never decides who is a victim.
import type { Indicator, IndicatorGroup, IndicatorSet, Marks, Recommendation, Screening, ScreeningBody, ScreeningSubject } from './types';

export const RECOMMENDATION_KEYS: Record<Recommendation, string> = {
  refer_specialised_unit: 'screening.recommendation.refer_specialised_unit',
  enquire_further: 'screening.recommendation.enquire_further',
  no_indicators_observed: 'screening.recommendation.no_indicators_observed',
};

export const APPLIES_TO_KEYS: Record<string, string> = {
  any: 'screening.applies_to.any',
  adult: 'screening.applies_to.adult',
  child: 'screening.applies_to.child',
};

export interface IndicatorGroupView {
  group: IndicatorGroup;
  indicators: Indicator[];
}

/** The set's indicators under its groups, in the set's order; an indicator of an unknown group last. */
export function groupIndicators(set: IndicatorSet): IndicatorGroupView[] {
  const known = new Set(set.groups.map((g) => g.id));
  const out: IndicatorGroupView[] = set.groups.map((group) => ({ group, indicators: set.indicators.filter((i) => i.group === group.id) }));
  for (const i of set.indicators) {
    if (known.has(i.group)) continue;
    let view = out.find((v) => v.group.id === i.group);
    if (!view) {
      view = { group: { id: i.group, label: { en: i.group, ru: i.group } }, indicators: [] };
      out.push(view);
    }
    view.indicators.push(i);
  }
  return out.filter((v) => v.indicators.length > 0);
}

/** The POST body: the chosen sets and one observation for each ticked indicator of those sets. */
export function screeningBody(subject: ScreeningSubject, chosen: IndicatorSet[], marks: Marks, note = ''): ScreeningBody {
  const observations = chosen.flatMap((set) =>
    set.indicators.filter((i) => marks[i.id]?.checked).map((i) => ({ indicator: i.id, note: (marks[i.id]?.note ?? '').trim() })),
  );
  const body: ScreeningBody = { subject, sets: chosen.map((s) => s.id), observations };
  if (note.trim()) body.note = note.trim();
  return body;
}

/** Ticked indicators of the chosen sets. */
export const observedCount = (chosen: IndicatorSet[], marks: Marks): number =>
  chosen.reduce((n, set) => n + set.indicators.filter((i) => marks[i.id]?.checked).length, 0);

/** Newest first, for lists of earlier screenings. */
export const newestFirst = (items: Screening[] | undefined): Screening[] =>
  [...(items ?? [])].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
