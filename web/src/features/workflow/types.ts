// Shapes of the workflow, checklist and approval endpoints (docs/api.md, "Workflow, checklists
// and approvals"): GET/POST /cases/{id}/workflow, /workflow/transitions, /checklists,
// /approvals, and the definitions GET /workflows, /workflows/{wid}/{version}.

export type LangLabel = { en: string; ru: string };

export interface WorkflowRef {
  id: string;
  version: number;
  label: LangLabel;
}

export interface CurrentState {
  id: string;
  label: LangLabel;
  /** The SOP section the state comes from, e.g. "SOP 3.6 … (lines 1305-1338)". */
  section: string;
  /** The phase the case list shows (lookups `case_states`). */
  case_state: string;
  final: boolean;
  entered_at: string;
}

export interface StateSummary {
  id: string;
  label: LangLabel;
  case_state: string;
  final: boolean;
}

/**
 * One unmet guard. `field` carries the guard's subject: the current state (wrong_state), the case
 * field (field_required), the checklist id (checklist_incomplete, with its open `items`), the
 * step (approval_required) or the timer name (timer_running). `detail` is English, for logs.
 */
export interface Unmet {
  code: string;
  detail: string;
  field?: string;
  items?: string[];
}

export type StepApprovalStatus = 'pending' | 'approved' | 'rejected';

export interface StepApproval {
  id: string;
  status: StepApprovalStatus;
  reason: string;
}

export interface NextStep {
  /** The transition's id. */
  id: string;
  label: LangLabel;
  to: string;
  to_label: LangLabel;
  allowed: boolean;
  needs_approval: boolean;
  approval: StepApproval | null;
  unmet: Unmet[];
}

export interface Progress {
  total: number;
  done: number;
  not_applicable: number;
}

export interface ChecklistSummary {
  id: string;
  label: LangLabel;
  progress: Progress;
}

export interface Timer {
  name: string;
  label: LangLabel;
  started_at: string;
  due_at: string;
  /** Not stopped by a later state. */
  running: boolean;
  /** Its end has passed. */
  elapsed: boolean;
}

export interface HistoryEntry {
  at: string;
  /** `start`, `transition` or `migrate`. */
  kind: string;
  transition: string;
  /** '' for the start. */
  from: string;
  to: string;
  version: number;
  note: string;
  /** Username; '' when unknown. */
  by: string;
}

export interface CaseWorkflow {
  workflow: WorkflowRef;
  state: CurrentState;
  /** Sent back with a step: a stale one answers 409. */
  rev: number;
  states: StateSummary[];
  next_steps: NextStep[];
  checklists: ChecklistSummary[];
  timers: Timer[];
  history: HistoryEntry[];
}

export interface NoWorkflow {
  workflow: null;
  available: WorkflowRef[];
  /** The id a case of this category and approach would start. */
  suggested: string | null;
}

export type WorkflowView = CaseWorkflow | NoWorkflow;

export interface TransitionBody {
  transition: string;
  rev: number;
  note?: string;
}

export type MarkStatus = 'done' | 'not_applicable';

export interface Mark {
  status: MarkStatus;
  note: string;
  /** Username. */
  by: string;
  at: string;
}

export interface ChecklistItem {
  id: string;
  label: LangLabel;
  /** Where the item comes from: the seed document and its lines. */
  source: { document: string; lines: string };
  hint?: LangLabel;
  mark: Mark | null;
}

export interface ChecklistGroup {
  id: string;
  label: LangLabel;
  items: ChecklistItem[];
}

export interface Checklist {
  id: string;
  version: number;
  label: LangLabel;
  progress: Progress;
  groups: ChecklistGroup[];
}

export interface ChecklistList {
  items: Checklist[];
}

/** `open` clears the mark. A reason is required in `note` for `not_applicable`. */
export interface MarkBody {
  status: MarkStatus | 'open';
  note: string;
}

export interface MarkAnswer {
  checklist: string;
  item: string;
  status: string;
  note: string;
  progress: Progress;
}

export interface ApprovalRequestBody {
  transition: string;
  note?: string;
}

// --- Definitions, as loaded from config/workflows (for the administrator's diagram) ---

export interface DefinitionSummary {
  id: string;
  version: number;
  label: LangLabel;
  /** The version new cases start under. */
  latest: boolean;
  categories: string[];
  approaches: string[];
}

export interface DefinitionList {
  items: DefinitionSummary[];
}

export type DocAction =
  | { task: string; title: LangLabel; due_hours: number; assignee?: string; priority?: string }
  | { start_timer: string; label: LangLabel; hours: number }
  | { stop_timer: string }
  | { notify: string; message: LangLabel };

export type DocGuard =
  | { field: string }
  | { checklist: string; items?: string[]; min?: number }
  | { approval: true }
  | { timer_elapsed: string };

export interface DocState {
  id: string;
  label: LangLabel;
  section: string;
  case_state: string;
  final?: boolean;
  checklists?: string[];
  on_enter?: DocAction[];
}

export interface DocTransition {
  id: string;
  /** State ids; `*` stands for every state that is not final. */
  from: string[];
  to: string;
  label: LangLabel;
  roles: string[];
  case_roles?: string[];
  guards?: DocGuard[];
}

export interface WorkflowDoc {
  id: string;
  version: number;
  label: LangLabel;
  comment?: string;
  source?: { document: string; lines: string };
  applies_to?: { categories?: string[]; approaches?: string[] };
  initial: string;
  states: DocState[];
  transitions: DocTransition[];
}
