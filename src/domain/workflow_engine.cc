#include "domain/workflow_engine.h"

#include <algorithm>

namespace ariadne {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TransitionCheck CheckTransition(const WorkflowDefinition& def, const std::string& state, const WorkflowTransition& t,
                                const WorkflowFacts& facts) {
  TransitionCheck out;
  out.transition = &t;
  if (!Has(t.from, state)) {
    const WorkflowState* s = def.State(state);
    out.unmet.push_back({"wrong_state", "the case is in " + (s ? s->label.en : state) + "; this step starts elsewhere",
                         state, {}});
  }
  bool role_ok = Has(t.roles, facts.role);
  bool case_role_ok = t.case_roles.empty() || std::any_of(t.case_roles.begin(), t.case_roles.end(), [&](const auto& r) {
                        return facts.case_roles.count(r) > 0;
                      });
  if (!role_ok || !case_role_ok) {
    std::string who;
    for (const auto& r : t.roles) who += (who.empty() ? "" : ", ") + r;
    if (!t.case_roles.empty()) {
      who += " (as ";
      for (size_t i = 0; i < t.case_roles.size(); ++i) who += (i ? " or " : "") + t.case_roles[i];
      who += ")";
    }
    out.unmet.push_back({"not_permitted", "only " + who + " may take this step", "", {}});
  }
  for (const auto& g : t.guards) {
    switch (g.kind) {
      case WorkflowGuard::Kind::kField:
        if (!facts.filled_fields.count(g.field))
          out.unmet.push_back({"field_required", "the case needs " + g.field, g.field, {}});
        break;
      case WorkflowGuard::Kind::kChecklist: {
        auto it = facts.checklist_marked.find(g.checklist);
        std::vector<std::string> open;
        int marked = 0;
        for (const auto& item : g.items) {
          if (it != facts.checklist_marked.end() && it->second.count(item))
            ++marked;
          else
            open.push_back(item);
        }
        int needed = g.min_items > 0 ? g.min_items : static_cast<int>(g.items.size());
        if (marked < needed) {
          std::string detail = g.min_items > 0 ? "at least " + std::to_string(g.min_items) + " of these items of " +
                                                     g.checklist + " must be ticked"
                                               : "items of " + g.checklist + " are still open";
          out.unmet.push_back({"checklist_incomplete", detail, g.checklist, open});
        }
        break;
      }
      case WorkflowGuard::Kind::kApproval:
        out.needs_approval = true;
        if (!facts.approved.count(t.id))
          out.unmet.push_back({"approval_required", "a supervisor must approve this step first", t.id, {}});
        break;
      case WorkflowGuard::Kind::kTimerElapsed: {
        auto it = facts.timer_due.find(g.timer);
        if (it == facts.timer_due.end() || facts.now < it->second)
          out.unmet.push_back({"timer_running", "timer " + g.timer + " has not run out yet", g.timer, {}});
        break;
      }
    }
  }
  return out;
}

std::vector<TransitionCheck> NextSteps(const WorkflowDefinition& def, const std::string& state, const WorkflowFacts& facts) {
  std::vector<TransitionCheck> out;
  for (const auto& t : def.transitions) {
    if (!Has(t.from, state) || !Has(t.roles, facts.role)) continue;
    out.push_back(CheckTransition(def, state, t, facts));
  }
  return out;
}

EntryPlan PlanEntry(const WorkflowState& state, int64_t entered_at) {
  EntryPlan plan;
  constexpr int64_t kHour = 3600 * 1000;
  for (const auto& a : state.on_enter) {
    switch (a.kind) {
      case WorkflowAction::Kind::kTask:
        plan.tasks.push_back({a.id, a.text, a.hours > 0 ? entered_at + a.hours * kHour : 0, a.assignee == "lead",
                              a.priority});
        break;
      case WorkflowAction::Kind::kStartTimer:
        plan.start_timers.push_back({a.id, a.text, entered_at + a.hours * kHour});
        break;
      case WorkflowAction::Kind::kStopTimer:
        plan.stop_timers.push_back(a.id);
        break;
      case WorkflowAction::Kind::kNotify:
        plan.notices.push_back({a.assignee, a.text});
        break;
    }
  }
  return plan;
}

}  // namespace ariadne
