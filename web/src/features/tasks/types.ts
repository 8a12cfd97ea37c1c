// Shapes of the task and calendar endpoints (docs/api.md, "Tasks, calendar and notifications").

export type LangLabel = { en: string; ru: string };

export type TaskPriority = 'low' | 'normal' | 'high' | 'urgent';
export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

export interface Task {
  id: string;
  case_id: string | null;
  case_reference: string;
  entity_id: string | null;
  title: string;
  /** The Russian title of a workflow's task; the title itself otherwise. */
  title_ru: string;
  description: string;
  /** Username, or null when nobody has it. */
  assignee: string | null;
  due_at: string | null;
  /** Still open and past its deadline (by the server's clock). */
  overdue: boolean;
  priority: TaskPriority;
  status: TaskStatus;
  /** Created by entering a workflow state, or by a user. */
  origin: 'workflow' | 'user';
  created_at: string;
  updated_at: string;
  version: number;
}

export interface TaskList {
  items: Task[];
}

export interface TaskCreateBody {
  title: string;
  description?: string;
  assignee?: string;
  due_at?: string;
  priority?: TaskPriority;
}

export interface TaskPatchBody {
  version: number;
  status?: TaskStatus;
}

export interface TaskQuery {
  scope: 'mine' | 'unit';
  overdue: boolean;
  /** Done and cancelled too. */
  all: boolean;
}

export interface CalendarTimer {
  name: string;
  label: LangLabel;
  case_id: string;
  case_reference: string;
  started_at: string;
}

export type CalendarItem = { kind: 'task'; at: string; task: Task } | { kind: 'timer'; at: string; timer: CalendarTimer };

export interface CalendarAnswer {
  from: string;
  to: string;
  items: CalendarItem[];
}
