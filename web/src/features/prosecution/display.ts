// Labels of a charge's article ("code — title") and of the jurisdictions. Status and outcome
// are lookups (`charge_statuses`, `charge_outcomes`).
import { useCallback, useMemo } from 'react';
import type { Option } from '../../forms';
import { useI18n } from '../../shared/useI18n';
import { articlesOf } from './jurisdictions';
import type { Article, Jurisdictions } from './types';

export const DECIDED = 'decided';
export const CONVICTED = 'convicted';

/** "CC Art. 128 — Trafficking in persons". */
export function useArticleText(): (a: Article | undefined) => string {
  const { label } = useI18n();
  return useCallback((a) => (a ? `${a.code} — ${label(a.title, a.id)}` : ''), [label]);
}

export function useArticleOptions(doc: Jurisdictions, country: string): Option[] {
  const text = useArticleText();
  return useMemo(() => articlesOf(doc, country).map((a) => ({ id: a.id, text: text(a) })), [doc, country, text]);
}

export function useJurisdictionOptions(doc: Jurisdictions): Option[] {
  const { label } = useI18n();
  return useMemo(() => Object.values(doc).map((j) => ({ id: j.country, text: label(j.name, j.country) })), [doc, label]);
}
