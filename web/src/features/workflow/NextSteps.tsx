import { useI18n } from '../../shared/useI18n';
import { useChecklistNames } from './display';
import { StepCard } from './StepCard';
import type { CaseWorkflow, Checklist } from './types';

interface Props {
  caseId: string;
  view: CaseWorkflow;
  /** From GET /checklists: names the open items a step waits for. */
  checklists: Checklist[] | undefined;
  canAct: boolean;
  onMoved: (view: CaseWorkflow) => void;
  onChanged: () => void;
}

/** The steps the caller's role may take from here: each allowed, or with what is missing. */
export function NextSteps({ caseId, view, checklists, canAct, onMoved, onChanged }: Props) {
  const { t } = useI18n();
  const names = useChecklistNames(checklists, view.checklists);
  return (
    <section className="stack-gap" data-testid="workflow-next-steps">
      <h3>{t('workflow.next_steps')}</h3>
      {view.next_steps.length === 0 ? (
        <p className="muted">{view.state.final ? t('workflow.final') : t('workflow.no_steps')}</p>
      ) : (
        <ul className="wf-steps">
          {view.next_steps.map((s) => (
            <StepCard key={s.id} caseId={caseId} step={s} view={view} names={names} canAct={canAct} onMoved={onMoved} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
