import { useLoad, useSessionState } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { listTasks } from './api';
import { TaskStatusProblem } from './TaskStatusProblem';
import { TaskTable } from './TaskTable';
import type { Task, TaskQuery } from './types';
import { useTaskStatus } from './useTaskStatus';

const SUPERVISOR = 'supervisor';

/** Container: my tasks across cases, and for a supervisor the unit's; overdue only, done too. */
export function TasksPage() {
  const { t } = useI18n();
  const { user, can } = useSession();
  const supervisor = user?.role === SUPERVISOR;
  const [stored, setQuery] = useSessionState<TaskQuery>('ariadne.tasks.query', { scope: 'mine', overdue: false, all: false });
  // Only a supervisor may ask for the unit's list (403 otherwise).
  const query: TaskQuery = { ...stored, scope: supervisor ? stored.scope : 'mine' };
  const list = useLoad(() => listTasks(query), [query.scope, query.overdue, query.all]);
  const status = useTaskStatus(() => list.reload());
  const canChange = (x: Task) => can('task.manage') || (!!user && x.assignee === user.username);
  const set = (patch: Partial<TaskQuery>) => setQuery({ ...query, ...patch });
  const reload = () => {
    status.clear();
    list.reload();
  };
  return (
    <section className="page" data-testid="tasks-page">
      <h1>{query.scope === 'unit' ? t('tasks.unit_title') : t('tasks.my_title')}</h1>
      <div className="filters" role="search">
        {supervisor && (
          <div className="filter filter-grow" role="group" aria-label={t('tasks.scope')}>
            <span>{t('tasks.scope')}</span>
            <div className="segmented">
              <button type="button" aria-pressed={query.scope === 'mine'} data-testid="tasks-scope-mine" onClick={() => set({ scope: 'mine' })}>
                {t('tasks.my_title')}
              </button>
              <button type="button" aria-pressed={query.scope === 'unit'} data-testid="tasks-scope-unit" onClick={() => set({ scope: 'unit' })}>
                {t('tasks.unit_title')}
              </button>
            </div>
          </div>
        )}
        <label className="check filter-check">
          <input type="checkbox" checked={query.overdue} data-testid="tasks-overdue" onChange={(e) => set({ overdue: e.target.checked })} />
          <span>{t('tasks.overdue_only')}</span>
        </label>
        <label className="check filter-check">
          <input type="checkbox" checked={query.all} data-testid="tasks-show-done" onChange={(e) => set({ all: e.target.checked })} />
          <span>{t('tasks.show_done')}</span>
        </label>
      </div>
      <ProblemAlert error={list.error} />
      <TaskStatusProblem error={status.error} onReload={reload} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <TaskTable rows={list.data.items} showCase canChange={canChange} onStatus={status.change} busyId={status.busyId} />}
    </section>
  );
}
