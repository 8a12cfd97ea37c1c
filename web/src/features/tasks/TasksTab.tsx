import { useState } from 'react';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { listCaseTasks } from './api';
import { TaskCreate } from './TaskCreate';
import { TaskStatusProblem } from './TaskStatusProblem';
import { TaskTable } from './TaskTable';
import type { Task } from './types';
import { useTaskStatus } from './useTaskStatus';

/** Container of the case page's "tasks" tab: the open tasks (or all), a new one, status changes. */
export function TasksTab({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { user, can } = useSession();
  const [showDone, setShowDone] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useLoad(() => listCaseTasks(caseId, showDone), [caseId, showDone]);
  const status = useTaskStatus(() => list.reload());
  const canChange = (x: Task) => can('task.manage') || (!!user && x.assignee === user.username);
  const created = () => {
    setAdding(false);
    list.reload();
  };
  const reload = () => {
    status.clear();
    list.reload();
  };
  return (
    <div className="stack-gap" data-testid="case-tasks">
      <div className="page-head">
        <h2>{t('tasks.title')}</h2>
        <div className="page-actions">
          <label className="check">
            <input type="checkbox" checked={showDone} data-testid="tasks-show-done" onChange={(e) => setShowDone(e.target.checked)} />
            <span>{t('tasks.show_done')}</span>
          </label>
          <Permission anyOf={['task.manage']}>
            {!adding && (
              <button type="button" className="primary" data-testid="task-new" onClick={() => setAdding(true)}>
                {t('tasks.new')}
              </button>
            )}
          </Permission>
        </div>
      </div>
      {adding && <TaskCreate caseId={caseId} onCreated={created} onCancel={() => setAdding(false)} />}
      <ProblemAlert error={list.error} />
      <TaskStatusProblem error={status.error} onReload={reload} />
      {list.data && <TaskTable rows={list.data.items} canChange={canChange} onStatus={status.change} busyId={status.busyId} />}
    </div>
  );
}
