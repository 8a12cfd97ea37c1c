// The new-task form as data, the checks the server makes (checked before sending) and the POST body.
import type { FieldDef, FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { localToIso } from '../../shared/datetime';
import type { TaskCreateBody, TaskPriority } from './types';

export const TASK_FIELDS: FieldDef[] = [
  { name: 'title', type: 'text', labelKey: 'tasks.fields.title', required: true, testId: 'task-title', maxLength: 300 },
  { name: 'description', type: 'textarea', labelKey: 'tasks.fields.description', testId: 'task-description', maxLength: 4000 },
  { name: 'assignee', type: 'text', labelKey: 'tasks.fields.assignee', helpKey: 'tasks.help.assignee', testId: 'task-assignee', autoComplete: 'off', maxLength: 100 },
  { name: 'due_at', type: 'datetime', labelKey: 'tasks.fields.due_at', testId: 'task-due' },
  { name: 'priority', type: 'select', labelKey: 'tasks.fields.priority', testId: 'task-priority' },
];

export const EMPTY_TASK: FormValues = { title: '', description: '', assignee: '', due_at: '', priority: 'normal' };

const str = (v: FormValues, k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');

export function checkTask(v: FormValues): ApiError | null {
  if (!str(v, 'title')) return new ApiError({ status: 422, code: 'required', field: 'title' });
  if (str(v, 'due_at') && !localToIso(str(v, 'due_at'))) return new ApiError({ status: 422, code: 'invalid_date', field: 'due_at' });
  return null;
}

export function taskBody(v: FormValues): TaskCreateBody {
  const body: TaskCreateBody = { title: str(v, 'title') };
  if (str(v, 'description')) body.description = str(v, 'description');
  if (str(v, 'assignee')) body.assignee = str(v, 'assignee');
  const due = localToIso(str(v, 'due_at'));
  if (due) body.due_at = due;
  if (str(v, 'priority')) body.priority = str(v, 'priority') as TaskPriority;
  return body;
}
