import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { isVersionConflict, VersionConflict } from '../../shared/useVersionedSave';
import { refusedUnmet } from './api';
import type { ChecklistNames } from './display';
import type { StateSummary, Timer } from './types';
import { UnmetList } from './UnmetList';

interface Props {
  caseId: string;
  stepId: string;
  error: unknown;
  states: StateSummary[];
  timers: Timer[];
  names: ChecklistNames;
  onReload: () => void;
}

/**
 * Why the server did not take a step: a 422 transition_refused lists every unmet guard (shown as
 * the step shows them), a 409 means the case moved on meanwhile, anything else is a problem.
 */
export function TransitionRefusal({ caseId, stepId, error, states, timers, names, onReload }: Props) {
  const { t } = useI18n();
  if (!error) return null;
  const unmet = refusedUnmet(error);
  if (unmet) {
    return (
      <div className="alert alert-error" role="alert" data-testid={`workflow-refused-${stepId}`}>
        <p>{t('errors.transition_refused')}</p>
        <UnmetList caseId={caseId} unmet={unmet} states={states} timers={timers} names={names} />
      </div>
    );
  }
  if (isVersionConflict(error)) return <VersionConflict messageKey="workflow.messages.version_conflict" reloadTestId="workflow-reload" onReload={onReload} />;
  return <ProblemAlert error={error} />;
}
