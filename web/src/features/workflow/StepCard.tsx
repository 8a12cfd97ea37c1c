import { useState } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { refusedUnmet, requestApproval, takeTransition } from './api';
import { ApprovalStatus } from './ApprovalStatus';
import type { ChecklistNames } from './display';
import { NoteForm } from '../../shared/NoteForm';
import { TransitionRefusal } from './TransitionRefusal';
import type { CaseWorkflow, NextStep } from './types';
import { UnmetList } from './UnmetList';

interface Props {
  caseId: string;
  step: NextStep;
  view: CaseWorkflow;
  names: ChecklistNames;
  /** The user holds workflow.act: the buttons are shown (the server still decides). */
  canAct: boolean;
  /** The step was taken: the answer is the workflow in its new state. */
  onMoved: (view: CaseWorkflow) => void;
  /** Something changed on the server (a request made, a refusal): load the workflow again. */
  onChanged: () => void;
}

const BLOCKING = ['wrong_state', 'not_permitted'];

/** True when asking for an approval is what the step waits for, and nobody has asked yet (or it was rejected). */
export function canAskApproval(step: NextStep): boolean {
  return (
    step.needs_approval &&
    step.unmet.some((u) => u.code === 'approval_required') &&
    !step.unmet.some((u) => BLOCKING.includes(u.code)) &&
    (step.approval === null || step.approval.status === 'rejected')
  );
}

/** One next step: its button and note form when allowed, else everything it still needs. */
export function StepCard({ caseId, step, view, names, canAct, onMoved, onChanged }: Props) {
  const { t, label } = useI18n();
  const [mode, setMode] = useState<'take' | 'ask' | null>(null);
  const [askKey, setAskKey] = useState(newIdempotencyKey);
  const take = useAction();
  const ask = useAction();
  const open = (next: 'take' | 'ask') => {
    take.clear();
    ask.clear();
    setMode(next);
  };
  const submitStep = (note: string) =>
    take.run(
      () =>
        takeTransition(caseId, { transition: step.id, rev: view.rev, ...(note.trim() ? { note: note.trim() } : {}) }).catch((err: unknown) => {
          if (refusedUnmet(err)) onChanged();
          throw err;
        }),
      (moved) => {
        setMode(null);
        onMoved(moved);
      },
    );
  const submitAsk = (note: string) =>
    ask.run(
      () => requestApproval(caseId, { transition: step.id, ...(note.trim() ? { note: note.trim() } : {}) }, askKey),
      () => {
        setMode(null);
        setAskKey(newIdempotencyKey());
        onChanged();
      },
    );
  // A refusal means the page was out of date: show why, and bring the step's own list up to date.
  const refusedReload = () => {
    take.clear();
    onChanged();
  };
  return (
    <li className={`card wf-step${step.allowed ? ' allowed' : ' refused'}`} data-testid={`next-step-${step.id}`} data-allowed={step.allowed}>
      <div className="wf-step-head">
        <strong>{label(step.label, step.id)}</strong>
        <span className="muted">→ {label(step.to_label, step.to)}</span>
        {step.needs_approval && <span className="badge badge-approval">{t('workflow.needs_approval')}</span>}
      </div>
      {step.approval && <ApprovalStatus stepId={step.id} approval={step.approval} />}
      {!step.allowed && (
        <div className="wf-missing">
          <p className="wf-missing-head">{t('workflow.missing')}</p>
          <UnmetList caseId={caseId} unmet={step.unmet} states={view.states} timers={view.timers} names={names} testId={`workflow-unmet-${step.id}`} />
        </div>
      )}
      {canAct && mode === null && (
        <div className="actions">
          <button type="button" className={step.allowed ? 'primary' : undefined} disabled={!step.allowed} data-testid={`workflow-step-${step.id}`} onClick={() => open('take')}>
            {t('workflow.take_step')}
          </button>
          {canAskApproval(step) && (
            <button type="button" data-testid={`ask-approval-${step.id}`} onClick={() => open('ask')}>
              {t('workflow.ask_approval')}
            </button>
          )}
        </div>
      )}
      {mode === 'take' && (
        <NoteForm testId={`workflow-transition-${step.id}`} labelKey="workflow.note" submitKey="workflow.confirm_step" busy={take.busy} onSubmit={submitStep} onCancel={() => setMode(null)}>
          <TransitionRefusal caseId={caseId} stepId={step.id} error={take.error} states={view.states} timers={view.timers} names={names} onReload={refusedReload} />
        </NoteForm>
      )}
      {mode === 'ask' && (
        <NoteForm testId={`ask-approval-${step.id}`} labelKey="workflow.approval.note" submitKey="workflow.ask_approval" busy={ask.busy} onSubmit={submitAsk} onCancel={() => setMode(null)}>
          <ProblemAlert error={ask.error} />
        </NoteForm>
      )}
    </li>
  );
}
