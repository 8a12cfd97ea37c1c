// The workflow engine: which transitions a caller may take from a case's state, and why not.
// Pure: the caller gathers the facts (store reads) and applies the outcome (store writes).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/workflow.h"

namespace ariadne {

struct WorkflowFacts {
  std::string role;                  // the caller's system role
  std::set<std::string> case_roles;  // team role on the case, "unit_supervisor", "shared"
  std::set<std::string> filled_fields;                           // case fields with a value
  std::map<std::string, std::set<std::string>> checklist_marked;  // checklist → items done or not applicable
  std::set<std::string> approved;  // transitions with an approval granted since the state was entered
  std::map<std::string, int64_t> timer_due;  // running or stopped timers → when they end (ms)
  int64_t now = 0;
};

struct UnmetGuard {
  std::string code;    // not_permitted | wrong_state | field_required | checklist_incomplete | approval_required | timer_running
  std::string detail;  // in English, for logs and API clients
  std::string field;   // the case field, checklist or timer concerned
  std::vector<std::string> items;  // checklist items still open
};

struct TransitionCheck {
  const WorkflowTransition* transition = nullptr;
  std::vector<UnmetGuard> unmet;  // empty: allowed
  bool needs_approval = false;    // has an approval guard (met or not)
  bool allowed() const { return unmet.empty(); }
};

// Every guard is checked, so a refusal names all that is missing at once.
TransitionCheck CheckTransition(const WorkflowDefinition& def, const std::string& state, const WorkflowTransition& t,
                                const WorkflowFacts& facts);
// The transitions that leave `state`, each checked; those the caller's role may never take are left out.
std::vector<TransitionCheck> NextSteps(const WorkflowDefinition& def, const std::string& state, const WorkflowFacts& facts);

// What entering a state does, with deadlines from `entered_at`.
struct PlannedTask {
  std::string key;
  LocalText title;
  int64_t due_at = 0;  // 0: no deadline
  bool assign_to_lead = false;
  std::string priority;
};
struct PlannedTimer {
  std::string name;
  LocalText label;
  int64_t due_at = 0;
};
struct PlannedNotice {
  std::string to;  // team | lead | supervisors
  LocalText message;
};
struct EntryPlan {
  std::vector<PlannedTask> tasks;
  std::vector<PlannedTimer> start_timers;
  std::vector<std::string> stop_timers;
  std::vector<PlannedNotice> notices;
};
EntryPlan PlanEntry(const WorkflowState& state, int64_t entered_at);

}  // namespace ariadne
