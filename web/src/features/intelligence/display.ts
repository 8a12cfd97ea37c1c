// How the intelligence screens read a report: translation keys, who may do what (courtesy only:
// the server decides), the bodies of the changes and the checks made before sending.
import { ApiError } from '../../shared/api';
import type { Problem } from '../../shared/api';
import { handlingOf, nextStates, widerThanReport } from '../../shared/intelligence';
import type { Grading, GradingDoc, ReportItem } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';
import type { Lang } from '../../shared/translate';
import type { DisseminationCheck, GradingChangeBody, IntelReport, RemovedText, RiskLevel, SanitiseBody, StatsBy, StatsRow } from './types';

export const reportPath = (id: string) => `/intelligence/reports/${id}`;

export const HISTORY_KEYS: Record<string, string> = {
  created: 'intelligence.history.kinds.created',
  handed_over: 'intelligence.history.kinds.handed_over',
  cycle: 'intelligence.history.kinds.cycle',
  grading: 'intelligence.history.kinds.grading',
  risk_assessment: 'intelligence.history.kinds.risk_assessment',
  disseminated: 'intelligence.history.kinds.disseminated',
  acknowledged: 'intelligence.history.kinds.acknowledged',
  sanitised: 'intelligence.history.kinds.sanitised',
  case_opened: 'intelligence.history.kinds.case_opened',
  task_created: 'intelligence.history.kinds.task_created',
};

export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
export const RISK_KEYS: Record<string, string> = {
  low: 'intelligence.risk.levels.low',
  medium: 'intelligence.risk.levels.medium',
  high: 'intelligence.risk.levels.high',
};

export const RELATION_KEYS: Record<string, string> = {
  author: 'intelligence.relation.author',
  holder: 'intelligence.relation.holder',
  recipient: 'intelligence.relation.recipient',
};

export const STATS_BY: readonly StatsBy[] = ['route', 'country', 'exploitation', 'modus', 'period'];
export const STATS_BY_KEYS: Record<StatsBy, string> = {
  route: 'intelligence.stats.by.route',
  country: 'intelligence.stats.by.country',
  exploitation: 'intelligence.stats.by.exploitation',
  modus: 'intelligence.stats.by.modus',
  period: 'intelligence.stats.by.period',
};
export const isStatsBy = (v: unknown): v is StatsBy => (STATS_BY as readonly unknown[]).includes(v);

/** `TLP:AMBER+STRICT` → `tlp-amber-strict`, for the badge's colour (the text is always shown too). */
export const tlpClass = (tlp: string | undefined): string =>
  `tlp-${(tlp ?? '').replace(/^tlp:/i, '').toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'none'}`;

// --- Who may do what (the server decides; these only hide what would be refused) ---------------

/** The signed-in user as the rules below need them. */
export interface Viewer {
  userId?: string;
  unitId?: string;
  can: (permission: string) => boolean;
}

const authorUnitId = (r: IntelReport): string | undefined => {
  const u = r.author?.unit;
  return typeof u === 'object' && u ? u.id : undefined;
};

/** The report's `relation` decides; without one (an older answer), the author's and the holder's ids. */
export const isAuthor = (r: IntelReport, v: Viewer): boolean => r.relation === 'author' || (!!v.userId && r.author?.id === v.userId);
export const isHolder = (r: IntelReport, v: Viewer): boolean =>
  r.relation === 'holder' || (!r.relation && !!v.unitId && r.target_unit?.id === v.unitId);

/** The author, or a supervisor (intel.manage) of the holding or the author's unit — with a reason. */
export const mayChangeGrading = (r: IntelReport, v: Viewer): boolean =>
  isAuthor(r, v) || (v.can('intel.manage') && (isHolder(r, v) || (!!v.unitId && authorUnitId(r) === v.unitId)));

/** The next states of the cycle for the holder; from `analysed` on only with intel.manage. */
export function cycleTargets(doc: GradingDoc | undefined, r: IntelReport, v: Viewer): string[] {
  const can = v.can;
  if (!isHolder(r, v) || !r.cycle) return [];
  const states = doc?.cycle.states.map((s) => s.id) ?? [];
  const from = states.indexOf(r.cycle);
  const analysed = states.indexOf('analysed');
  if (analysed >= 0 && from >= analysed && !can('intel.manage')) return [];
  return nextStates(doc, r.cycle);
}

export const isSpecial = (doc: GradingDoc | undefined, r: IntelReport): boolean => Boolean(handlingOf(doc, r.grading?.handling)?.special);

/** The holder's supervisor or the author records the risk assessment of a special-handling report. */
export const mayAssessRisk = (doc: GradingDoc | undefined, r: IntelReport, v: Viewer): boolean =>
  isSpecial(doc, r) && (isAuthor(r, v) || (isHolder(r, v) && v.can('intel.manage')));

export const mayDisseminate = (r: IntelReport, v: Viewer): boolean => !!r.cycle && (isHolder(r, v) || isAuthor(r, v));

export const maySanitise = (r: IntelReport, v: Viewer): boolean => isHolder(r, v) && v.can('intel.manage') && !r.sanitised;

/**
 * The holder's inbox opens the report's own case (then `state` is case_opened, even when the
 * case is hidden from the caller); each unit the report was disseminated to may open one case of
 * its own (then `case` is that unit's case).
 */
export const mayOpenCase = (r: IntelReport, v: Viewer): boolean =>
  !r.case && !!r.cycle &&
  ((isHolder(r, v) && v.can('frontline.inbox') && r.state !== 'case_opened') || (r.relation === 'recipient' && v.can('case.create')));

export const mayExport = (r: IntelReport): boolean => Boolean(r.access?.paths?.includes('export'));

// --- Grading change -------------------------------------------------------------------------------

export interface GradingChangeValues {
  grading: Grading;
  /** Item id → its own grading; an item left out keeps its own. */
  items: Record<string, Grading>;
  reason: string;
}

export const gradingValues = (r: IntelReport, fallback: Grading): GradingChangeValues => ({
  grading: { ...fallback, ...(r.grading ?? {}) },
  items: Object.fromEntries((r.items ?? []).filter((i) => i.id && i.grading).map((i) => [i.id as string, { ...(i.grading as Grading) }])),
  reason: '',
});

const sameGrading = (a: Grading | null | undefined, b: Grading | null | undefined) =>
  !!a && !!b && a.source === b.source && a.intelligence === b.intelligence && a.handling === b.handling;

/** A supervisor who is not the author says why (the server answers 422 reason_required otherwise). */
export function checkGradingChange(v: GradingChangeValues, author: boolean): ApiError | null {
  if (!author && !v.reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

/** Only what changed: the report's grading, the items whose grading changed, the reason when given. */
export function gradingChangeBody(r: IntelReport, v: GradingChangeValues): GradingChangeBody {
  const body: GradingChangeBody = { version: r.version };
  if (!sameGrading(r.grading, v.grading)) body.grading = { ...v.grading };
  const changed = Object.entries(v.items).filter(([id, g]) => !sameGrading((r.items ?? []).find((i) => i.id === id)?.grading, g));
  if (changed.length > 0) body.items = Object.fromEntries(changed.map(([id, g]) => [id, { grading: { ...g } }]));
  if (v.reason.trim()) body.reason = v.reason.trim();
  return body;
}

// --- Dissemination --------------------------------------------------------------------------------

/** The server's explanation of a check in the reader's language. */
export const checkMessage = (c: DisseminationCheck, lang: Lang): string => (lang === 'ru' && c.message_ru ? c.message_ru : c.message) || '';

// --- Sanitised copy --------------------------------------------------------------------------------

export interface SanitiseValues {
  blocks: Record<string, string>;
  /** Ids of the items left out of the copy. */
  dropped: string[];
  removed: RemovedText[];
  handling: string;
  reason: string;
}

/** Every block prefilled with the original text, every item kept, the original's handling. */
export function sanitiseValues(r: IntelReport, blocks: FrontlineBlock[]): SanitiseValues {
  const ids = [...blocks.map((b) => b.id), ...Object.keys(r.blocks ?? {}).filter((id) => !blocks.some((b) => b.id === id))];
  return {
    blocks: Object.fromEntries(ids.map((id) => [id, r.blocks?.[id] ?? ''])),
    dropped: [],
    removed: [],
    handling: r.grading?.handling ?? '',
    reason: '',
  };
}

export function checkSanitise(v: SanitiseValues): ApiError | null {
  for (const [i, row] of v.removed.entries()) {
    if (!row.text.trim()) return new ApiError({ status: 422, code: 'required', field: `removed.${i}.text` });
    if (!row.reason.trim()) return new ApiError({ status: 422, code: 'required', field: `removed.${i}.reason` });
  }
  if (!v.handling) return new ApiError({ status: 422, code: 'required', field: 'grading.handling' });
  if (!v.reason.trim()) return new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
  return null;
}

/**
 * The copy: the edited blocks, the items kept (without their ids: the copy's items are new ones,
 * and none handled more widely than the copy), the original's facts and grading with the new handling.
 */
export function sanitiseBody(r: IntelReport, v: SanitiseValues, fallback: Grading, doc?: GradingDoc): SanitiseBody {
  const items: ReportItem[] = (r.items ?? [])
    .filter((i) => !i.id || !v.dropped.includes(i.id))
    .map((i) => {
      const item: ReportItem = { kind: i.kind, fields: { ...i.fields } };
      if (i.grading) item.grading = widerThanReport(doc, i.grading.handling, v.handling) ? { ...i.grading, handling: v.handling } : { ...i.grading };
      return item;
    });
  const body: SanitiseBody = {
    blocks: { ...v.blocks },
    items,
    grading: { ...fallback, ...(r.grading ?? {}), handling: v.handling },
    removed: v.removed.map((x) => ({ text: x.text.trim(), reason: x.reason.trim() })),
    reason: v.reason.trim(),
  };
  if (r.facts) body.facts = r.facts;
  return body;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []);

/**
 * The fields where removed text is still in the copy, from a 422 removed_text_remains: the
 * problem's `field` (one name or several, comma-separated) and any list the body adds.
 */
export function remainingFields(problem: Problem | null | undefined): string[] {
  if (!problem || problem.code !== 'removed_text_remains') return [];
  const ext = problem.extensions ?? {};
  const found = [
    ...(problem.field ?? '').split(',').map((s) => s.trim()),
    ...strings(ext.fields),
    ...strings(ext.where),
    ...strings(ext.removed_text_remains),
  ].filter(Boolean);
  return [...new Set(found)];
}

// --- Statistics ------------------------------------------------------------------------------------

export interface StatsBar {
  key: string;
  count: number | null;
  /** 0..100 of the largest count; suppressed cells have no bar. */
  bar: number;
}

export function statsBars(rows: StatsRow[]): StatsBar[] {
  const max = Math.max(0, ...rows.map((r) => (r.suppressed ? 0 : r.count ?? 0)));
  return rows.map((r) => {
    const count = r.suppressed ? null : r.count ?? 0;
    return { key: r.key, count, bar: count === null || max === 0 ? 0 : Math.round((count / max) * 100) };
  });
}

/** `YYYY-MM-DD` or empty; anything else is refused before asking. */
export const isDay = (v: string) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * An intelligence refusal shown with its own words: `consent_required` here is the originator's
 * consent (H5), not a referral's consent as elsewhere in the API.
 */
export function intelError(error: unknown): unknown {
  if (error instanceof ApiError && error.code === 'consent_required') return new ApiError({ ...error.problem, code: 'originator_consent_required' });
  return error;
}
