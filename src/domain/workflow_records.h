// What the workflow engine leaves in the store: a case's place in its workflow and the history
// of how it got there, tasks, timers, approvals and notifications.
#pragma once

#include <cstdint>
#include <string>

namespace ariadne {

// The workflow a case runs under, the version it started with, and where it is.
struct CaseWorkflow {
  std::string case_id;
  std::string workflow_id;
  int version = 0;
  std::string state;
  int64_t entered_at = 0;  // when the case entered `state`
  int64_t rev = 1;         // bumped on every step: the optimistic lock of a transition
};

struct WorkflowEvent {
  std::string id;
  std::string case_id;
  int64_t at = 0;
  std::string user_id;
  std::string kind;  // start | transition | migrate
  std::string transition;
  std::string from_state, to_state;
  std::string workflow_id;
  int version = 0;
  std::string note;
};

struct Task {
  std::string id;
  std::string case_id;   // empty for a task of the unit only
  std::string unit_id;   // the unit whose list it is on (the case's owning unit)
  std::string entity_id;  // optional: a record of the case it is about
  std::string title, title_ru;  // a workflow task carries both languages; a user's task one text
  std::string description;
  std::string assignee_id;  // empty: unassigned
  int64_t due_at = 0;       // 0: no deadline
  std::string priority = "normal";  // low | normal | high | urgent
  std::string status = "open";      // open | in_progress | done | cancelled
  std::string origin;  // "workflow:<workflow>/<state>/<task key>" or "user"
  std::string created_by;
  int64_t created_at = 0, updated_at = 0;
  int64_t version = 1;
  bool overdue_notified = false;
};

struct Timer {
  std::string id;
  std::string case_id;
  std::string name;  // the workflow's timer name; "reflection_period" from victim protection
  std::string label, label_ru;
  int64_t started_at = 0, due_at = 0;
  int64_t stopped_at = 0;  // 0 while running
  bool due_notified = false;
};

struct Approval {
  std::string id;
  std::string case_id;
  std::string subject;  // "transition:<id>" or "action:<name>"
  int64_t state_entered_at = 0;  // an approval counts only for the state it was asked in
  std::string requested_by;
  int64_t requested_at = 0;
  std::string note;
  std::string status = "pending";  // pending | approved | rejected | withdrawn | used
  std::string decided_by;
  int64_t decided_at = 0;
  std::string reason;
  int64_t version = 1;
};

struct Notification {
  std::string id;
  std::string user_id;
  std::string case_id;  // may be empty
  std::string kind;     // workflow | task_assigned | task_overdue | timer_due | approval_requested | approval_decided |
                        // referral | referral_overdue | frontline_report
  std::string message, message_ru;
  std::string link;  // a path of the web client
  int64_t created_at = 0;
  int64_t read_at = 0;  // 0: unread
};

}  // namespace ariadne
