// What the workflow routes, case creation, the demo and the deadline sweep share: loading a
// case's workflow, gathering the facts the engine needs, entering a state (tasks, timers,
// notices) and notifying people.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "api/request_context.h"
#include "domain/workflow.h"
#include "domain/workflow_engine.h"

namespace ariadne {

struct CaseWorkflowView {
  const WorkflowDefinition* def = nullptr;
  CaseWorkflow cw;
};

// nullopt when the case has no workflow yet. Unavailable when its version is not loaded.
Result<std::optional<CaseWorkflowView>> LoadCaseWorkflow(const WorkflowCatalogue& workflows, StoreReader& r,
                                                         const std::string& case_id);

WorkflowFacts GatherFacts(const AppServices& app, StoreReader& r, const Principal& caller,
                          const CaseAccessFacts& access, const Case& c, const CaseWorkflowView& v);

// The workflow for a new case of this category and approach: its own, else the generic life cycle.
const WorkflowDefinition* WorkflowForNewCase(const WorkflowCatalogue& workflows, const Case& c);

// Puts the case at the definition's initial state and runs what entering it does.
Status StartWorkflow(const AppServices& app, StoreWriter& w, const Case& c, const WorkflowDefinition& def,
                     const std::string& user_id, int64_t now);
// Runs what entering `state` does: tasks, timers started and stopped, notices.
Status EnterState(const AppServices& app, StoreWriter& w, const Case& c, const WorkflowDefinition& def,
                  const WorkflowState& state, int64_t now);

// One notification each to `user_ids` (deduplicated; `except` left out).
Status Notify(const AppServices& app, StoreWriter& w, const std::vector<std::string>& user_ids,
              const std::string& except, const std::string& case_id, const std::string& kind, const LocalText& message,
              const std::string& link, int64_t now);
// The people a workflow notice names: "team", "lead" or "supervisors" (of the owning unit).
Result<std::vector<std::string>> Audience(StoreReader& r, const Case& c, const std::string& to);

// Notifications for timers that have run out and tasks past their deadline, each once.
// Runs from `serve` every minute and after a test moves the clock. Returns how many.
Result<int> SweepDeadlines(const AppServices& app);

}  // namespace ariadne
