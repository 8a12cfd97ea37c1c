#include "domain/workflow.h"

#include <gtest/gtest.h>

#include "domain/workflow_engine.h"
#include "domain/workflow_facts.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

ChecklistCatalogue TestChecklists() {
  json doc = json::parse(R"({"version": 1, "id": "safety", "label": {"en": "Safety", "ru": "Безопасность"},
    "source": {"document": "000_0fc0b1641750b782.txt", "lines": "225-236"},
    "groups": [{"id": "g", "label": {"en": "G", "ru": "Г"}, "items": [
      {"id": "a", "lines": "226", "label": {"en": "A", "ru": "А"}},
      {"id": "b", "lines": "227", "label": {"en": "B", "ru": "Б"}},
      {"id": "c", "lines": "228", "label": {"en": "C", "ru": "В"}}]}]})");
  return ChecklistCatalogue::FromJson({{"safety.json", doc}}).value();
}

// A small workflow with one of every guard and action.
json TestWorkflow() {
  return json::parse(R"({
    "version": 1, "id": "test_flow", "label": {"en": "Test", "ru": "Тест"},
    "applies_to": {"categories": ["som"], "approaches": ["reactive"]},
    "initial": "start",
    "states": [
      {"id": "start", "label": {"en": "Start", "ru": "Начало"}, "section": "SOP 3.3", "case_state": "open",
       "checklists": ["safety"],
       "on_enter": [{"task": "secure", "title": {"en": "Secure", "ru": "Обеспечить"}, "due_hours": 24, "priority": "urgent"},
                    {"start_timer": "cooling", "label": {"en": "Cooling", "ru": "Пауза"}, "hours": 48},
                    {"notify": "supervisors", "message": {"en": "New", "ru": "Новое"}}]},
      {"id": "work", "label": {"en": "Work", "ru": "Работа"}, "section": "SOP 3.3", "case_state": "investigation",
       "on_enter": [{"stop_timer": "cooling"}]},
      {"id": "done", "label": {"en": "Done", "ru": "Готово"}, "section": "SOP 3.17", "case_state": "closed", "final": true}
    ],
    "transitions": [
      {"id": "begin", "from": ["start"], "to": "work", "label": {"en": "Begin", "ru": "Начать"},
       "roles": ["investigator", "supervisor"], "case_roles": ["lead", "unit_supervisor"],
       "guards": [{"field": "jurisdiction_country"}, {"checklist": "safety", "items": ["a", "b"]},
                  {"timer_elapsed": "cooling"}]},
      {"id": "close", "from": ["*"], "to": "done", "label": {"en": "Close", "ru": "Закрыть"},
       "roles": ["supervisor"], "guards": [{"approval": true}, {"checklist": "safety", "min": 1}]}
    ]})");
}

WorkflowVocabulary Vocabulary(const ChecklistCatalogue& c) {
  static const Lookups lookups = test::ConfigLookups();
  return MakeWorkflowVocabulary(lookups, &c);
}

std::string Refusal(json doc) {
  auto c = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", doc, Vocabulary(c));
  return d ? "accepted" : d.error().message;
}

TEST(Workflow, ParsesAValidDefinition) {
  auto c = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(c));
  ASSERT_TRUE(d) << test::Describe(d);
  EXPECT_EQ(d->initial, "start");
  ASSERT_NE(d->Transition("close"), nullptr);
  EXPECT_EQ(d->Transition("close")->from, (std::vector<std::string>{"start", "work"})) << "* is every state not final";
  EXPECT_EQ(d->Timers(), std::set<std::string>{"cooling"});
}

TEST(Workflow, RefusesBrokenDefinitionsNamingWhatIsWrong) {
  struct Case {
    const char* what;
    std::function<void(json&)> spoil;
    const char* message;
  };
  std::vector<Case> cases = {
      {"unknown key", [](json& d) { d["colour"] = "red"; }, "unknown field 'colour' in the definition"},
      {"unknown key in a state", [](json& d) { d["states"][0]["colour"] = 1; }, "unknown field 'colour' in a state"},
      {"russian label missing", [](json& d) { d["states"][1]["label"].erase("ru"); }, "state work needs label.en and label.ru"},
      {"unreachable state",
       [](json& d) {
         d["states"].push_back(json::parse(
             R"({"id": "limbo", "label": {"en": "L", "ru": "Л"}, "section": "x", "case_state": "open", "final": true})"));
       },
       "state limbo cannot be reached from start"},
      {"dead end", [](json& d) { d["transitions"][1]["from"] = {"start"}; }, "state work is a dead end"},
      {"nobody may take it", [](json& d) { d["transitions"][0]["roles"] = json::array(); }, "transition begin: no role may take it"},
      {"unknown role", [](json& d) { d["transitions"][0]["roles"] = {"wizard"}; }, "transition begin: unknown roles 'wizard'"},
      {"unknown case role", [](json& d) { d["transitions"][0]["case_roles"] = {"boss"}; }, "unknown case_roles 'boss'"},
      {"unknown field guard", [](json& d) { d["transitions"][0]["guards"][0]["field"] = "shoe_size"; }, "unknown case field 'shoe_size'"},
      {"unknown checklist", [](json& d) { d["states"][0]["checklists"] = {"nothing"}; }, "state start: unknown checklist 'nothing'"},
      {"unknown checklist item", [](json& d) { d["transitions"][0]["guards"][1]["items"] = {"z"}; }, "checklist safety has no item 'z'"},
      {"timer never started", [](json& d) { d["transitions"][0]["guards"][2]["timer_elapsed"] = "other"; }, "waits for timer other, which no state starts"},
      {"stop of an unknown timer", [](json& d) { d["states"][1]["on_enter"][0]["stop_timer"] = "other"; }, "stops timer other, which no state starts"},
      {"bad case state", [](json& d) { d["states"][0]["case_state"] = "limbo"; }, "case_state must be one of the case states"},
      {"no section", [](json& d) { d["states"][0].erase("section"); }, "state start needs section"},
      {"initial missing", [](json& d) { d["initial"] = "nowhere"; }, "initial names no state"},
      {"to missing", [](json& d) { d["transitions"][0]["to"] = "nowhere"; }, "transition begin: to names no state"},
      {"duplicate transition", [](json& d) { d["transitions"][1]["id"] = "begin"; }, "two transitions are called begin"},
      {"bad action", [](json& d) { d["states"][0]["on_enter"][0] = {{"dance", true}}; }, "must be a task, start_timer, stop_timer or notify"},
      {"bad notify", [](json& d) { d["states"][0]["on_enter"][2]["notify"] = "everyone"; }, "notify is team, lead or supervisors"},
      {"no final state", [](json& d) { d["states"][2]["final"] = false; }, "state done is a dead end"},
      {"bad category", [](json& d) { d["applies_to"]["categories"] = {"piracy"}; }, "unknown categories 'piracy'"},
  };
  for (const auto& c : cases) {
    json doc = TestWorkflow();
    c.spoil(doc);
    std::string got = Refusal(doc);
    EXPECT_NE(got.find(c.message), std::string::npos) << c.what << ": " << got;
    EXPECT_EQ(got.find("config/workflows/test_flow.json"), 0u) << c.what << ": the file is named";
  }
  auto c = TestChecklists();
  EXPECT_FALSE(ParseWorkflow("other.json", TestWorkflow(), Vocabulary(c))) << "the file is named after its id";
  EXPECT_TRUE(ParseWorkflow("test_flow.v1.json", TestWorkflow(), Vocabulary(c)));
}

WorkflowFacts AllMet() {
  WorkflowFacts f;
  f.role = "investigator";
  f.case_roles = {"lead"};
  f.filled_fields = {"jurisdiction_country"};
  f.checklist_marked["safety"] = {"a", "b"};
  f.timer_due["cooling"] = 1000;
  f.now = 2000;
  return f;
}

std::vector<std::string> Codes(const TransitionCheck& c) {
  std::vector<std::string> out;
  for (const auto& u : c.unmet) out.push_back(u.code);
  return out;
}

TEST(WorkflowEngine, AllowsATransitionWhenEveryGuardHolds) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  auto check = CheckTransition(d, "start", *d.Transition("begin"), AllMet());
  EXPECT_TRUE(check.allowed()) << Codes(check).size();
}

TEST(WorkflowEngine, NamesEveryUnmetGuardAtOnce) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  WorkflowFacts f = AllMet();
  f.filled_fields.clear();
  f.checklist_marked["safety"] = {"a"};
  f.now = 500;
  auto check = CheckTransition(d, "start", *d.Transition("begin"), f);
  EXPECT_EQ(Codes(check), (std::vector<std::string>{"field_required", "checklist_incomplete", "timer_running"}));
  EXPECT_EQ(check.unmet[1].items, std::vector<std::string>{"b"}) << "the open items are listed";
  f = AllMet();
  f.timer_due.clear();
  EXPECT_EQ(Codes(CheckTransition(d, "start", *d.Transition("begin"), f)), std::vector<std::string>{"timer_running"})
      << "a timer never started has not run out";
}

TEST(WorkflowEngine, RoleCaseRoleAndStateAreChecked) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  WorkflowFacts f = AllMet();
  f.role = "analyst";
  EXPECT_EQ(Codes(CheckTransition(d, "start", *d.Transition("begin"), f)), std::vector<std::string>{"not_permitted"});
  f = AllMet();
  f.case_roles = {"member"};
  EXPECT_EQ(Codes(CheckTransition(d, "start", *d.Transition("begin"), f)), std::vector<std::string>{"not_permitted"})
      << "a team member who is not the lead";
  f.role = "supervisor";
  f.case_roles = {"unit_supervisor"};
  EXPECT_TRUE(CheckTransition(d, "start", *d.Transition("begin"), f).allowed());
  EXPECT_EQ(Codes(CheckTransition(d, "work", *d.Transition("begin"), AllMet())), std::vector<std::string>{"wrong_state"});
}

TEST(WorkflowEngine, ApprovalAndMinimumItems) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  WorkflowFacts f = AllMet();
  f.role = "supervisor";
  f.checklist_marked.clear();
  auto check = CheckTransition(d, "work", *d.Transition("close"), f);
  EXPECT_TRUE(check.needs_approval);
  EXPECT_EQ(Codes(check), (std::vector<std::string>{"approval_required", "checklist_incomplete"}));
  f.approved = {"close"};
  f.checklist_marked["safety"] = {"c"};
  EXPECT_TRUE(CheckTransition(d, "work", *d.Transition("close"), f).allowed()) << "one item of three is enough";
}

TEST(WorkflowEngine, NextStepsListOnlyWhatTheRoleCouldEverTake) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  auto steps = NextSteps(d, "start", AllMet());
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].transition->id, "begin");
  WorkflowFacts f = AllMet();
  f.role = "supervisor";
  EXPECT_EQ(NextSteps(d, "start", f).size(), 2u);
}

TEST(WorkflowEngine, EnteringAStatePlansTasksTimersAndNotices) {
  auto cl = TestChecklists();
  auto d = ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value();
  EntryPlan p = PlanEntry(*d.State("start"), 1000);
  ASSERT_EQ(p.tasks.size(), 1u);
  EXPECT_EQ(p.tasks[0].due_at, 1000 + 24 * 3600 * 1000LL);
  EXPECT_TRUE(p.tasks[0].assign_to_lead);
  EXPECT_EQ(p.tasks[0].priority, "urgent");
  ASSERT_EQ(p.start_timers.size(), 1u);
  EXPECT_EQ(p.start_timers[0].due_at, 1000 + 48 * 3600 * 1000LL);
  ASSERT_EQ(p.notices.size(), 1u);
  EXPECT_EQ(p.notices[0].to, "supervisors");
  EXPECT_EQ(PlanEntry(*d.State("work"), 0).stop_timers, std::vector<std::string>{"cooling"});
}

TEST(WorkflowCatalogue, VersionsAndTheWorkflowForANewCase) {
  auto cl = TestChecklists();
  WorkflowCatalogue cat;
  ASSERT_TRUE(cat.Add(ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value()));
  json v2 = TestWorkflow();
  v2["version"] = 2;
  v2["states"][1]["id"] = "working";
  v2["transitions"][0]["to"] = "working";
  ASSERT_TRUE(cat.Add(ParseWorkflow("test_flow.v2.json", v2, Vocabulary(cl)).value()));
  EXPECT_FALSE(cat.Add(ParseWorkflow("test_flow.json", TestWorkflow(), Vocabulary(cl)).value())) << "defined twice";
  EXPECT_EQ(cat.Latest("test_flow")->version, 2);
  ASSERT_NE(cat.ForNewCase("som", "reactive"), nullptr);
  EXPECT_EQ(cat.ForNewCase("som", "reactive")->version, 2);
  EXPECT_EQ(cat.ForNewCase("tip", "reactive"), nullptr);

  const auto* from = cat.Find("test_flow", 1);
  const auto* to = cat.Find("test_flow", 2);
  EXPECT_EQ(test::Describe(CheckMigration(*from, *to, {})), "mapping_incomplete mapping.work");
  auto m = CheckMigration(*from, *to, {{"work", "working"}});
  ASSERT_TRUE(m) << test::Describe(m);
  EXPECT_EQ(*m, (std::map<std::string, std::string>{{"start", "start"}, {"work", "working"}}));
  EXPECT_EQ(test::Describe(CheckMigration(*from, *to, {{"work", "nowhere"}})), "invalid_value mapping.work");
  EXPECT_EQ(test::Describe(CheckMigration(*to, *from, {})), "invalid_value to_version");
}

TEST(Checklist, MarksAndProgress) {
  auto cl = TestChecklists();
  const ChecklistTemplate& t = *cl.Find("safety");
  EXPECT_TRUE(ValidateChecklistMark(t, "a", "done", ""));
  EXPECT_EQ(test::Describe(ValidateChecklistMark(t, "a", "not_applicable", "  ")), "reason_required note");
  EXPECT_TRUE(ValidateChecklistMark(t, "a", "not_applicable", "no children present"));
  EXPECT_EQ(test::Describe(ValidateChecklistMark(t, "a", "maybe", "")), "invalid_value status");
  EXPECT_FALSE(ValidateChecklistMark(t, "zz", "done", ""));
  auto p = ProgressOf(t, {{"c1", "safety", "a", "done", "", "u", 1}, {"c1", "safety", "b", "not_applicable", "x", "u", 1},
                          {"c1", "safety", "gone", "done", "", "u", 1}});
  EXPECT_EQ(p.total, 3);
  EXPECT_EQ(p.done, 1);
  EXPECT_EQ(p.not_applicable, 1);
}

}  // namespace
}  // namespace ariadne

namespace ariadne {
namespace {

TEST(WorkflowCatalogue, TwoWorkflowsMayNotClaimTheSameNewCases) {
  auto cl = TestChecklists();
  json other = TestWorkflow();
  other["id"] = "other_flow";
  auto got = LoadWorkflows({{"test_flow.json", TestWorkflow()}, {"other_flow.json", other}}, Vocabulary(cl));
  ASSERT_FALSE(got);
  EXPECT_NE(got.error().message.find("both apply to new som cases with the reactive approach"), std::string::npos)
      << got.error().message;
  other["applies_to"]["approaches"] = {"proactive"};
  EXPECT_TRUE(LoadWorkflows({{"test_flow.json", TestWorkflow()}, {"other_flow.json", other}}, Vocabulary(cl)));
}

}  // namespace
}  // namespace ariadne
