import { api } from '../../shared/api';
import type { CalendarAnswer, Task, TaskCreateBody, TaskList, TaskPatchBody, TaskQuery } from './types';

const enc = encodeURIComponent;

export const listCaseTasks = (caseId: string, all: boolean) =>
  api.get<TaskList>(`/cases/${enc(caseId)}/tasks`, { status: all ? 'all' : undefined });
export const createTask = (caseId: string, body: TaskCreateBody, idempotencyKey: string) =>
  api.post<Task>(`/cases/${enc(caseId)}/tasks`, body, idempotencyKey);
export const patchTask = (id: string, body: TaskPatchBody) => api.patch<Task>(`/tasks/${enc(id)}`, body);

export const listTasks = (q: TaskQuery) =>
  api.get<TaskList>('/tasks', { scope: q.scope, overdue: q.overdue, status: q.all ? 'all' : undefined });

export const getCalendar = (from: string, to: string) => api.get<CalendarAnswer>('/calendar', { from, to });
