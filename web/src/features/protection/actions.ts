// What the server will refuse about an action (docs/api-protection.md "Actions"), said before
// sending so the officer is not surprised; the server still decides.
import type { Assessment, ProtectionFile } from './types';

export const REMOVAL_KINDS: readonly string[] = ['removal', 'return', 'repatriation'];
const RETURN_KINDS: readonly string[] = ['return', 'repatriation'];

const completedRisk = (items: Assessment[], stage: string) => items.some((a) => a.kind === 'risk' && a.stage === stage && a.completed);
const completedPlan = (items: Assessment[]) => items.some((a) => a.kind === 'reintegration_plan' && a.completed);

/** The translation key of the warning for `kind` on this file, or null. */
export function actionWarning(file: Pick<ProtectionFile, 'child' | 'reflection' | 'assessments'>, kind: string): string | null {
  if (REMOVAL_KINDS.includes(kind) && file.reflection?.running) return 'protection.actions.warn_reflection';
  if (kind === 'police_detention' && file.child) return 'protection.actions.warn_child_detention';
  if (RETURN_KINDS.includes(kind) && file.child) {
    const stage = kind === 'return' ? 'before_return' : 'before_repatriation';
    if (!completedRisk(file.assessments ?? [], stage) || !completedPlan(file.assessments ?? [])) return 'protection.actions.warn_child_return';
  }
  return null;
}
