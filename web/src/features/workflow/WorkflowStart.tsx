import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { startWorkflow } from './api';
import type { CaseWorkflow, NoWorkflow } from './types';

interface Props {
  caseId: string;
  view: NoWorkflow;
  canAct: boolean;
  onStarted: (view: CaseWorkflow) => void;
}

/** A case that runs no workflow yet: the ones it may start, the suggested one first chosen. */
export function WorkflowStart({ caseId, view, canAct, onStarted }: Props) {
  const { t, label } = useI18n();
  const [chosen, setChosen] = useState(view.suggested ?? view.available[0]?.id ?? '');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) action.run(() => startWorkflow(caseId, chosen), onStarted);
  };
  return (
    <form className="card inline-form" onSubmit={submit} data-testid="workflow-start-form">
      <p className="alert alert-info" role="status">{t('workflow.none')}</p>
      <div className="field">
        <label htmlFor="workflow-start-choice">{t('workflow.available')}</label>
        <select id="workflow-start-choice" value={chosen} disabled={!canAct} data-testid="workflow-start-choice" onChange={(e) => setChosen(e.target.value)}>
          {view.available.map((w) => (
            <option key={w.id} value={w.id}>
              {label(w.label, w.id)} · {t('workflow.version', { version: w.version })}
              {w.id === view.suggested ? ` — ${t('workflow.suggested')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert error={action.error} />
      {canAct && (
        <button type="submit" className="primary" disabled={action.busy || !chosen} data-testid="workflow-start">
          {t('workflow.start')}
        </button>
      )}
    </form>
  );
}
