// Every workflow and checklist in config/ loads, and every transition of every shipped workflow
// is allowed when its guards hold and refused, for the right reason, when any one does not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "domain/workflow.h"
#include "domain/workflow_engine.h"
#include "domain/workflow_facts.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

std::map<std::string, nlohmann::json> ConfigFolder(const std::string& folder) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& e : std::filesystem::directory_iterator(test::SourcePath("config/" + folder))) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    out[e.path().filename().string()] = nlohmann::json::parse(in);
  }
  return out;
}

struct Shipped {
  ChecklistCatalogue checklists;
  WorkflowCatalogue workflows;
};

const Shipped& Load() {
  static const Shipped* s = [] {
    auto* out = new Shipped{ChecklistCatalogue::FromJson(ConfigFolder("checklists")).value(), {}};
    static const Lookups lookups = test::ConfigLookups();
    auto w = LoadWorkflows(ConfigFolder("workflows"), MakeWorkflowVocabulary(lookups, &out->checklists));
    if (!w) throw std::runtime_error(w.error().message);
    out->workflows = std::move(*w);
    return out;
  }();
  return *s;
}

TEST(ShippedChecklists, AllLoadWithTheCountsOfTheSources) {
  auto c = ChecklistCatalogue::FromJson(ConfigFolder("checklists"));
  ASSERT_TRUE(c) << test::Describe(c);
  auto count = [&](const std::string& id, const std::string& group) {
    int n = 0;
    for (const auto& i : c->Find(id)->items) n += group.empty() || i.group == group;
    return n;
  };
  for (const char* id : {"interview", "first_responder_som", "reactive_investigation", "proactive_investigation",
                         "disruption_conditions", "interview_minimum_standards", "child_interview",
                         "suspect_interview", "crime_scene", "exhibit_handling", "financial_investigation",
                         "victim_needs"})
    ASSERT_NE(c->Find(id), nullptr) << id;
  EXPECT_EQ(count("interview", ""), 23);
  EXPECT_EQ(count("first_responder_som", "duties"), 8);
  EXPECT_EQ(count("first_responder_som", "follow_up"), 6);
  EXPECT_EQ(count("disruption_conditions", "conditions"), 4);
  EXPECT_EQ(count("interview_minimum_standards", ""), 6);
  EXPECT_EQ(count("crime_scene", ""), 9);
  EXPECT_EQ(count("victim_needs", "basic"), 7);
  EXPECT_EQ(count("victim_needs", "services"), 18);
  EXPECT_EQ(count("victim_needs", "rights"), 10);
  EXPECT_EQ(count("suspect_interview", "additional"), 9);
}

TEST(ShippedWorkflows, AllLoad) {
  ASSERT_NO_THROW(Load());
  for (const char* id : {"tip_reactive", "tip_proactive", "disruption", "som_reactive", "som_proactive", "case_lifecycle"})
    EXPECT_NE(Load().workflows.Latest(id), nullptr) << id;
  EXPECT_EQ(Load().workflows.ForNewCase("tip", "reactive")->id, "tip_reactive");
}

// Facts under which every guard of `t` holds, for the first role and case role it names.
WorkflowFacts Satisfying(const WorkflowTransition& t) {
  WorkflowFacts f;
  f.role = t.roles.front();
  if (!t.case_roles.empty()) f.case_roles = {t.case_roles.front()};
  f.now = 10'000;
  for (const auto& g : t.guards) {
    if (g.kind == WorkflowGuard::Kind::kField) f.filled_fields.insert(g.field);
    if (g.kind == WorkflowGuard::Kind::kChecklist) f.checklist_marked[g.checklist].insert(g.items.begin(), g.items.end());
    if (g.kind == WorkflowGuard::Kind::kApproval) f.approved.insert(t.id);
    if (g.kind == WorkflowGuard::Kind::kTimerElapsed) f.timer_due[g.timer] = 5'000;
  }
  return f;
}

std::vector<std::string> Codes(const TransitionCheck& c) {
  std::vector<std::string> out;
  for (const auto& u : c.unmet) out.push_back(u.code);
  return out;
}

TEST(ShippedWorkflows, EveryTransitionIsAllowedAndRefusedForTheRightReasons) {
  static const std::vector<std::string> kRoles = {"frontline_officer", "investigator", "analyst", "supervisor",
                                                  "prosecutor", "referral_partner", "administrator", "auditor"};
  int checked = 0;
  for (const WorkflowDefinition* d : Load().workflows.All()) {
    for (const auto& t : d->transitions) {
      SCOPED_TRACE(d->id + " v" + std::to_string(d->version) + " " + t.id);
      const WorkflowFacts ok = Satisfying(t);
      for (const auto& from : t.from) {
        EXPECT_TRUE(CheckTransition(*d, from, t, ok).allowed()) << "from " << from;
        ++checked;
      }
      // From a state it does not start in.
      for (const auto& s : d->states) {
        if (std::find(t.from.begin(), t.from.end(), s.id) != t.from.end()) continue;
        EXPECT_EQ(Codes(CheckTransition(*d, s.id, t, ok)), std::vector<std::string>{"wrong_state"}) << s.id;
      }
      const std::string from = t.from.front();
      // By every role it does not name.
      for (const auto& role : kRoles) {
        if (std::find(t.roles.begin(), t.roles.end(), role) != t.roles.end()) continue;
        WorkflowFacts f = ok;
        f.role = role;
        EXPECT_EQ(Codes(CheckTransition(*d, from, t, f)), std::vector<std::string>{"not_permitted"}) << role;
      }
      // By someone with no relation to the case the transition asks for.
      if (!t.case_roles.empty()) {
        WorkflowFacts f = ok;
        f.case_roles.clear();
        EXPECT_EQ(Codes(CheckTransition(*d, from, t, f)), std::vector<std::string>{"not_permitted"});
      }
      // With each guard unmet alone.
      for (const auto& g : t.guards) {
        WorkflowFacts f = ok;
        std::string want;
        switch (g.kind) {
          case WorkflowGuard::Kind::kField:
            f.filled_fields.erase(g.field);
            want = "field_required";
            break;
          case WorkflowGuard::Kind::kChecklist:
            f.checklist_marked.erase(g.checklist);
            want = "checklist_incomplete";
            break;
          case WorkflowGuard::Kind::kApproval:
            f.approved.clear();
            want = "approval_required";
            break;
          case WorkflowGuard::Kind::kTimerElapsed:
            f.timer_due[g.timer] = f.now + 1;
            want = "timer_running";
            break;
        }
        auto codes = Codes(CheckTransition(*d, from, t, f));
        EXPECT_NE(std::find(codes.begin(), codes.end(), want), codes.end()) << want;
        EXPECT_LE(codes.size(), 2u);  // two guards may share a field or checklist
      }
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(ShippedWorkflows, EveryStateCitesItsSourceAndShowsAsACaseState) {
  for (const WorkflowDefinition* d : Load().workflows.All())
    for (const auto& s : d->states) {
      EXPECT_NE(s.section.find("SOP"), std::string::npos) << d->id << " " << s.id;
      EXPECT_NE(s.section.find("line"), std::string::npos) << d->id << " " << s.id << ": name the lines";
    }
}

}  // namespace
}  // namespace ariadne
