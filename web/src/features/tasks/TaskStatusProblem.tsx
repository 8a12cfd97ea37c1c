import { ProblemAlert } from '../../shared/ProblemAlert';
import { isVersionConflict, VersionConflict } from '../../shared/useVersionedSave';

/** After a failed status change: a 409 offers to reload the list, anything else is shown. */
export function TaskStatusProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (isVersionConflict(error)) return <VersionConflict messageKey="tasks.version_conflict" reloadTestId="tasks-reload" onReload={onReload} />;
  return <ProblemAlert error={error} fieldPrefix="tasks.fields" />;
}
