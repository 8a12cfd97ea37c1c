// Translation keys and small readings of tasks.
import { useCallback } from 'react';
import { useI18n } from '../../shared/useI18n';
import type { Task, TaskPriority, TaskStatus } from './types';

export const PRIORITIES: TaskPriority[] = ['low', 'normal', 'high', 'urgent'];
export const STATUSES: TaskStatus[] = ['open', 'in_progress', 'done', 'cancelled'];

export const PRIORITY_KEYS: Record<string, string> = {
  low: 'tasks.priority.low',
  normal: 'tasks.priority.normal',
  high: 'tasks.priority.high',
  urgent: 'tasks.priority.urgent',
};

export const STATUS_KEYS: Record<string, string> = {
  open: 'tasks.status.open',
  in_progress: 'tasks.status.in_progress',
  done: 'tasks.status.done',
  cancelled: 'tasks.status.cancelled',
};

export const caseTasksPath = (caseId: string) => `/cases/${caseId}/tasks`;

/** The task's title in the current language (a workflow's tasks come in both). */
export function useTaskTitle(): (t: Pick<Task, 'title' | 'title_ru'>) => string {
  const { lang } = useI18n();
  return useCallback((t) => (lang === 'ru' && t.title_ru ? t.title_ru : t.title), [lang]);
}
