// Shapes of GET /notifications, /notifications/unread-count and the mark-read answers.

export type LangLabel = { en: string; ru: string };

export interface Notification {
  id: string;
  /** task_assigned, task_overdue, timer_due, approval_requested, approval_decided, workflow. */
  kind: string;
  message: LangLabel;
  case_id: string | null;
  /** A path of this app (`/cases/{id}`, `/approvals`, `/tasks`), '' for none. */
  link: string;
  created_at: string;
  read: boolean;
}

export interface NotificationList {
  items: Notification[];
  unread: number;
}

export interface UnreadCount {
  unread: number;
}
