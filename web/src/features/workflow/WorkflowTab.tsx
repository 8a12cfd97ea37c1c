import { useEffect, useState } from 'react';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { getWorkflow, listChecklists } from './api';
import { CaseChecklists } from './CaseChecklists';
import { NextSteps } from './NextSteps';
import { StateBar } from './StateBar';
import { TimerList } from './TimerList';
import type { CaseWorkflow } from './types';
import { WorkflowHistory } from './WorkflowHistory';
import { WorkflowStart } from './WorkflowStart';

interface Props {
  caseId: string;
  /** Told the case's phase (lookups case_states) whenever the workflow answers, so the page header follows. */
  onCaseState?: (caseState: string) => void;
}

/**
 * Container of the case page's "workflow" tab: where the case is, the next steps (each with what
 * it still needs), the running timers, the checklists and the history. A tick or a request can
 * change what a step needs, so both are loaded again after either.
 */
export function WorkflowTab({ caseId, onCaseState }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const canAct = can('workflow.act');
  const wf = useLoad(() => getWorkflow(caseId), [caseId]);
  const [showAll, setShowAll] = useState(false);
  const cls = useLoad(() => listChecklists(caseId, showAll), [caseId, showAll]);
  const view = wf.data;
  const caseState = view?.workflow ? view.state.case_state : undefined;
  useEffect(() => {
    if (caseState) onCaseState?.(caseState);
    // onCaseState is a new function on every render of the page; only the phase matters.
  }, [caseState]);
  const refresh = () => {
    wf.reload();
    cls.reload();
  };
  const moved = (next: CaseWorkflow) => {
    wf.setData(next);
    cls.reload();
  };
  const openIds = view?.workflow
    ? view.next_steps.flatMap((s) => s.unmet.filter((u) => u.code === 'checklist_incomplete' && u.field).map((u) => u.field as string))
    : [];
  return (
    <div className="stack-gap" data-testid="case-workflow">
      <h2>{t('workflow.title')}</h2>
      <ProblemAlert error={wf.error} />
      {!view && !wf.error && <p className="loading">{t('app.loading')}</p>}
      {view && view.workflow === null && <WorkflowStart caseId={caseId} view={view} canAct={canAct} onStarted={moved} />}
      {view?.workflow && (
        <>
          <StateBar view={view} />
          <NextSteps caseId={caseId} view={view} checklists={cls.data?.items} canAct={canAct} onMoved={moved} onChanged={refresh} />
          <TimerList timers={view.timers} />
          <ProblemAlert error={cls.error} />
          {cls.data && (
            <CaseChecklists caseId={caseId} checklists={cls.data.items} canAct={canAct} showAll={showAll} onShowAll={setShowAll} openIds={openIds} onMarked={refresh} />
          )}
          <WorkflowHistory history={view.history} states={view.states} />
        </>
      )}
    </div>
  );
}
