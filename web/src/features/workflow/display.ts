// Translation keys and small readings of a case's workflow: the unmet guards, the history, the
// people who may take a step, checklist progress.
import { useCallback } from 'react';
import { useI18n } from '../../shared/useI18n';
import type { Checklist, LangLabel, Progress, StateSummary, Timer } from './types';

/** One line per unmet guard, by its code (docs/api.md). */
export const UNMET_KEYS: Record<string, string> = {
  wrong_state: 'workflow.unmet.wrong_state',
  not_permitted: 'workflow.unmet.not_permitted',
  field_required: 'workflow.unmet.field_required',
  checklist_incomplete: 'workflow.unmet.checklist_incomplete',
  approval_required: 'workflow.unmet.approval_required',
  timer_running: 'workflow.unmet.timer_running',
};

export const HISTORY_KIND_KEYS: Record<string, string> = {
  start: 'workflow.history.kind_start',
  transition: 'workflow.history.kind_transition',
  migrate: 'workflow.history.kind_migrate',
};

/** Case relations a transition may ask for that are not team roles (lookups `team_roles`). */
export const CASE_RELATION_KEYS: Record<string, string> = {
  unit_supervisor: 'workflow.case_roles.unit_supervisor',
  shared: 'workflow.case_roles.shared',
};

/** The case field a guard requires, named as the case form names it. */
export function useCaseFieldName(): (field: string | undefined) => string {
  const { t, has } = useI18n();
  return useCallback(
    (field) => {
      if (!field) return '';
      if (field === 'team_lead') return t('workflow.fields.team_lead');
      return has(`case.fields.${field}`) ? t(`case.fields.${field}`) : field;
    },
    [t, has],
  );
}

/** The label of a state of the case's workflow; its id when the workflow no longer has it. */
export function useStateLabel(states: StateSummary[]): (id: string) => string {
  const { label } = useI18n();
  return useCallback((id) => label(states.find((s) => s.id === id)?.label, id), [states, label]);
}

export interface ChecklistNames {
  checklist: (id: string) => string;
  item: (checklistId: string, itemId: string) => string;
}

/** Names of checklists and their items from GET /checklists; the ids for what it did not send. */
export function useChecklistNames(checklists: Checklist[] | undefined, summaries: { id: string; label: LangLabel }[] = []): ChecklistNames {
  const { label } = useI18n();
  return {
    checklist: (id) => label((checklists ?? []).find((c) => c.id === id)?.label ?? summaries.find((c) => c.id === id)?.label, id),
    item: (cl, it) => {
      const found = (checklists ?? []).find((c) => c.id === cl)?.groups.flatMap((g) => g.items).find((i) => i.id === it);
      return label(found?.label, it);
    },
  };
}

export const timerByName = (timers: Timer[], name: string | undefined): Timer | undefined =>
  name ? [...timers].reverse().find((t) => t.name === name) : undefined;

/** Items settled either way (done or not applicable), and the share of the total in percent. */
export function settled(p: Progress): { count: number; percent: number } {
  const count = p.done + p.not_applicable;
  return { count, percent: p.total > 0 ? Math.round((count / p.total) * 100) : 0 };
}
