// Bodies of the four assessment kinds (docs/api-protection.md "Assessments"): risk by stage,
// needs by level, age, and the six-step reintegration plan. Items not assessed are left out.
import { ApiError } from '../../shared/api';
import type { NeedsLevel, RefItem, RiskStage } from '../../shared/protectionReference';
import type { Assessment, AssessmentBody, AssessmentItem, AssessmentKind, ProtectionFile } from './types';

export type ItemValues = Record<string, AssessmentItem>;

export interface AssessmentCommon {
  completed: boolean;
  note: string;
}

/** Every factor of the stage starts "unknown": an explicit answer, never a silent gap. */
export const initialRisk = (stage: RiskStage | undefined): ItemValues =>
  Object.fromEntries((stage?.factors ?? []).map((f) => [f.id, { value: 'unknown', note: '' }]));

/** Only items with a value, each note trimmed (and left out when empty). */
export function assessedItems(values: ItemValues, ids?: string[]): Record<string, AssessmentItem> {
  const out: Record<string, AssessmentItem> = {};
  for (const [id, item] of Object.entries(values)) {
    if (!item.value || (ids && !ids.includes(id))) continue;
    out[id] = item.note?.trim() ? { value: item.value, note: item.note.trim() } : { value: item.value };
  }
  return out;
}

function common(c: AssessmentCommon): Pick<AssessmentBody, 'completed' | 'note'> {
  return c.note.trim() ? { completed: c.completed, note: c.note.trim() } : { completed: c.completed };
}

export function riskBody(stage: RiskStage, values: ItemValues, c: AssessmentCommon): AssessmentBody {
  return { kind: 'risk', stage: stage.id, items: assessedItems(values, stage.factors.map((f) => f.id)), ...common(c) };
}

export function needsBody(levels: NeedsLevel[], values: ItemValues, c: AssessmentCommon): AssessmentBody {
  return { kind: 'needs', items: assessedItems(values, levels.flatMap((l) => l.items.map((i) => i.id))), ...common(c) };
}

export function planBody(steps: RefItem[], values: ItemValues, c: AssessmentCommon): AssessmentBody {
  return { kind: 'reintegration_plan', items: assessedItems(values, steps.map((s) => s.id)), ...common(c) };
}

/** A completed plan has every step planned or done. */
export const planComplete = (steps: RefItem[], values: ItemValues): boolean => steps.length > 0 && steps.every((s) => !!values[s.id]?.value);

export interface AgeValues {
  method: string;
  result: string;
  estimated_age: string;
  note: string;
}

export const EMPTY_AGE: AgeValues = { method: '', result: '', estimated_age: '', note: '' };

export function checkAge(v: AgeValues): ApiError | null {
  if (!v.method.trim()) return new ApiError({ status: 422, code: 'required', field: 'method' });
  if (!v.result) return new ApiError({ status: 422, code: 'required', field: 'result' });
  if (v.estimated_age.trim() && !/^\d{1,3}$/.test(v.estimated_age.trim())) return new ApiError({ status: 422, code: 'invalid_number', field: 'estimated_age' });
  return null;
}

export function ageBody(v: AgeValues): AssessmentBody {
  const body: AssessmentBody = { kind: 'age', method: v.method.trim(), result: v.result as 'adult' | 'child', completed: true };
  if (v.estimated_age.trim()) body.estimated_age = Number(v.estimated_age.trim());
  if (v.note.trim()) body.note = v.note.trim();
  return body;
}

/** The kinds offered on a file: no needs assessment when it is seen from its case. */
export const assessmentKinds = (view: ProtectionFile['view']): AssessmentKind[] =>
  view === 'case' ? ['risk', 'age', 'reintegration_plan'] : ['risk', 'needs', 'age', 'reintegration_plan'];

/** Newest first; a file seen from its case never lists needs assessments. */
export const visibleAssessments = (items: Assessment[] | undefined, view: ProtectionFile['view']): Assessment[] =>
  (items ?? []).filter((a) => view !== 'case' || a.kind !== 'needs').sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
