// Shapes of GET /notifications, /notifications/unread-count and the mark-read answers.

export type LangLabel = { en: string; ru: string };

export interface Notification {
  id: string;
  /**
   * task_assigned, task_overdue, timer_due, approval_requested, approval_decided, workflow;
   * match_proposed (link /matches/{mid}) and deconfliction (link /deconfliction).
   */
  kind: string;
  /** Null or empty only if the server had nothing to say; the kind's own text stands in. */
  message: LangLabel | null;
  case_id: string | null;
  /** A path of this app (`/cases/{id}`, `/approvals`, `/tasks`, `/matches/{mid}`, `/deconfliction`), '' for none. */
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
