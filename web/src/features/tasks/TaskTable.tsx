import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { caseTasksPath, PRIORITY_KEYS, STATUS_KEYS, STATUSES, useTaskTitle } from './display';
import type { Task, TaskStatus } from './types';

interface Props {
  rows: Task[];
  /** The case of each task, for lists across cases. */
  showCase?: boolean;
  /** Whether the user may move this task's status (task.manage, or it is theirs). */
  canChange: (t: Task) => boolean;
  onStatus: (t: Task, status: TaskStatus) => void;
  /** The task whose change is being sent. */
  busyId?: string | null;
}

/** Tasks with their deadline (overdue ones marked), priority and status, which can be moved on. */
export function TaskTable({ rows, showCase, canChange, onStatus, busyId }: Props) {
  const { t, formatDateTime } = useI18n();
  const title = useTaskTitle();
  const columns: Column<Task>[] = [
    {
      id: 'title',
      labelKey: 'tasks.fields.title',
      render: (x) => (
        <span className="entity-cell">
          <strong>{title(x)}</strong>
          {x.description && <small className="muted pre">{x.description}</small>}
          {x.origin === 'workflow' && <span className="badge badge-schema">{t('tasks.from_workflow')}</span>}
        </span>
      ),
    },
  ];
  if (showCase) {
    columns.push({
      id: 'case',
      labelKey: 'tasks.fields.case',
      render: (x) => (x.case_id ? <Link to={caseTasksPath(x.case_id)}>{x.case_reference || x.case_id}</Link> : t('common.none')),
    });
  }
  columns.push(
    { id: 'assignee', labelKey: 'tasks.fields.assignee', render: (x) => x.assignee ?? <span className="muted">{t('tasks.unassigned')}</span> },
    {
      id: 'due_at',
      labelKey: 'tasks.fields.due_at',
      render: (x) => (
        <span className={x.overdue ? 'task-overdue' : undefined}>
          {x.due_at ? <time dateTime={x.due_at}>{formatDateTime(x.due_at)}</time> : t('common.none')}
          {x.overdue && (
            <span className="badge badge-alert" data-testid={`task-overdue-${x.id}`}>
              {t('tasks.overdue')}
            </span>
          )}
        </span>
      ),
    },
    { id: 'priority', labelKey: 'tasks.fields.priority', render: (x) => <span className={`badge task-priority-${x.priority}`}>{PRIORITY_KEYS[x.priority] ? t(PRIORITY_KEYS[x.priority]) : x.priority}</span> },
    {
      id: 'status',
      labelKey: 'tasks.fields.status',
      render: (x) =>
        canChange(x) ? (
          <select value={x.status} disabled={busyId === x.id} aria-label={t('tasks.fields.status')} data-testid={`task-status-${x.id}`} onChange={(e) => onStatus(x, e.target.value as TaskStatus)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        ) : (
          <span className={`state task-status-${x.status}`}>{STATUS_KEYS[x.status] ? t(STATUS_KEYS[x.status]) : x.status}</span>
        ),
    },
  );
  return (
    <Table rows={rows} columns={columns} rowKey={(x) => x.id} testId="task-table" rowTestId="task-row" emptyKey="tasks.empty" rowClass={(x) => (x.overdue ? 'row-overdue' : undefined)} />
  );
}
