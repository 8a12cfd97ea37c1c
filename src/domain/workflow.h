// Workflow definitions (config/workflows/*.json): the investigation life cycle as data.
//
// A definition names its states (each citing the SOP section it comes from and the case phase —
// lookups case_states — it shows as), the transitions between them, who may take each one, the
// guards that must hold, and what happens on entering a state (tasks with deadlines, timers,
// notifications, checklists attached). Definitions are versioned: a case keeps the version it
// started under (store: workflow_definitions), and an administrator migrates open cases to a
// new version with a mapping of states. Loading refuses, with a message naming the file and the
// field, unknown keys, unreachable states, dead ends, and transitions nobody may take.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/checklist.h"

namespace ariadne {

struct WorkflowGuard {
  enum class Kind { kField, kChecklist, kApproval, kTimerElapsed };
  Kind kind = Kind::kField;
  std::string field;               // kField: a case field that must have a value
  std::string checklist;           // kChecklist
  std::vector<std::string> items;  // kChecklist: these items done or not applicable; empty = all
  int min_items = 0;               // kChecklist: at least this many of `items` (0 = every one)
  std::string timer;               // kTimerElapsed: started on entering some state
};

struct WorkflowAction {
  enum class Kind { kTask, kStartTimer, kStopTimer, kNotify };
  Kind kind = Kind::kTask;
  std::string id;        // task key, or timer name
  LocalText text;        // task title, timer label, or notification message
  int64_t hours = 0;     // task deadline or timer length, from entering the state
  std::string assignee;  // task: "lead" | "unassigned"; notify: "team" | "lead" | "supervisors"
  std::string priority;  // task: low | normal | high | urgent
};

struct WorkflowState {
  std::string id;
  LocalText label;
  std::string section;     // the SOP section it comes from, e.g. "SOP 3.6 / lines 1305-1367"
  std::string case_state;  // lookups case_states: what the case list shows
  bool final = false;
  std::vector<std::string> checklists;
  std::vector<WorkflowAction> on_enter;
};

struct WorkflowTransition {
  std::string id;
  std::vector<std::string> from;
  std::string to;
  LocalText label;
  std::vector<std::string> roles;       // system roles that may take it
  std::vector<std::string> case_roles;  // and the caller's relation to the case (empty: any that may see it)
  std::vector<WorkflowGuard> guards;
};

struct WorkflowDefinition {
  std::string id;
  int version = 0;
  LocalText label;
  std::vector<std::string> categories, approaches;  // which new cases start under it
  std::string initial;
  std::vector<WorkflowState> states;
  std::vector<WorkflowTransition> transitions;
  nlohmann::json doc;  // as loaded: stored with the version, drawn as a diagram

  const WorkflowState* State(const std::string& id) const;
  const WorkflowTransition* Transition(const std::string& id) const;
  std::set<std::string> Timers() const;  // every timer some state starts
};

// What a definition may refer to, taken from the rest of the configuration.
struct WorkflowVocabulary {
  std::set<std::string> roles;        // config/roles
  std::set<std::string> case_roles;   // team roles, plus "unit_supervisor" and "shared"
  std::set<std::string> case_states;  // lookups case_states
  std::set<std::string> case_fields;  // case fields a guard may require
  std::set<std::string> categories, approaches;
  const ChecklistCatalogue* checklists = nullptr;
};

Result<WorkflowDefinition> ParseWorkflow(const std::string& file, const nlohmann::json& doc,
                                         const WorkflowVocabulary& vocabulary);

// Every (id, version) once; the newest version of each id is the one new cases start under.
class WorkflowCatalogue {
 public:
  Status Add(WorkflowDefinition def);
  const WorkflowDefinition* Find(const std::string& id, int version) const;
  const WorkflowDefinition* Latest(const std::string& id) const;
  // The newest definition whose categories and approaches include the case's; "" when none.
  const WorkflowDefinition* ForNewCase(const std::string& category, const std::string& approach) const;
  std::vector<const WorkflowDefinition*> All() const;

 private:
  std::map<std::pair<std::string, int>, WorkflowDefinition> defs_;
};

// Parses every file (name → document) into one catalogue.
Result<WorkflowCatalogue> LoadWorkflows(const std::map<std::string, nlohmann::json>& files,
                                        const WorkflowVocabulary& vocabulary);

// A migration of open cases from one version to another: every state of `from` that is not
// final must map to a state of `to`. Returns the full mapping (identical ids map by default).
Result<std::map<std::string, std::string>> CheckMigration(const WorkflowDefinition& from, const WorkflowDefinition& to,
                                                          const std::map<std::string, std::string>& mapping);

}  // namespace ariadne
