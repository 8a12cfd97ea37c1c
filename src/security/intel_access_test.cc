// Intelligence handling through the one access function, driven by tests/rules/intel/handling.json
// against the shipped grading (config/intelligence/grading.json), and the grading file's own
// validation.
#include <gtest/gtest.h>

#include <fstream>

#include "security/authorize.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

const std::map<std::string, Unit>& Units() {
  static const std::map<std::string, Unit> units = [] {
    std::map<std::string, Unit> m;
    auto add = [&](const char* id, const char* agency, const char* kind, const char* country) {
      Unit u;
      u.id = id;
      u.code = id;
      u.agency = agency;
      u.kind = kind;
      u.country = country;
      m[id] = u;
    };
    add("BORDER", "KZ-BORDER", "border", "KZ");
    add("BORDER2", "KZ-BORDER", "border", "KZ");
    add("CTU", "KZ-MVD", "police", "KZ");
    add("CTU2", "KZ-MVD", "police", "KZ");
    add("PROS", "KZ-GP", "prosecution", "KZ");
    add("KGPOL", "KG-MVD", "police", "KG");
    add("KGPROS", "KG-GP", "prosecution", "KG");
    add("NGO", "NGO-1", "ngo", "KZ");
    add("LAB", "KZ-LAB", "labour_inspection", "KZ");
    return m;
  }();
  return units;
}

Authorizer Make() {
  Authorizer a(test::ConfigMatrix(), test::ConfigCaseSchema(), test::ConfigEntitySchema());
  a.SetIntelGrading(IntelGrading::FromJson(test::LoadConfig("intelligence/grading.json")).value());
  return a;
}

Principal In(const std::string& unit, Role role, const std::string& user) {
  Principal p;
  p.user_id = user;
  p.unit_id = unit;
  p.role = role;
  return p;
}

IntelFacts Report(const std::string& code, const std::string& cycle, bool assessed) {
  IntelFacts f;
  f.author_id = "officer";
  f.author_unit = Units().at("BORDER");
  f.holder_unit_id = "CTU";
  f.draft = false;
  f.handling = code;
  f.special_assessed = assessed;
  f.cycle = cycle;
  return f;
}

json Rules() {
  std::ifstream in(test::SourcePath("tests/rules/intel/handling.json"));
  return json::parse(in);
}

TEST(IntelHandling, WhoMayReceive) {
  const Authorizer a = Make();
  const json rules = Rules();
  for (size_t i = 0; i < rules["receive"].size(); ++i) {
    const json& r = rules["receive"][i];
    SCOPED_TRACE("receive[" + std::to_string(i) + "] " + r.dump());
    IntelFacts f = Report(r["code"], r.value("cycle", "analysed"), r.value("assessed", false));
    const std::string by = r.value("by", "holder");
    Principal sender = by == "originator" ? In("BORDER", Role::kFrontlineOfficer, "officer")
                                          : In(by == "holder" ? "CTU" : "CTU2", Role::kAnalyst, "analyst");
    if (by == "recipient") f.to_caller.push_back({"d", "r", "CTU2", "share_unit", f.handling, "analyst", false, 1, ""});
    const Unit& sender_unit = Units().at(sender.unit_id);
    const DisseminationCheck c = a.CheckDissemination(sender, sender_unit, f, Units().at(r["unit"]));
    EXPECT_EQ(c.code, r["expect"].get<std::string>()) << c.message;
    EXPECT_EQ(c.allowed, r["expect"] == "ok");
    if (r.contains("class")) {
      EXPECT_EQ(c.recipient_class, r["class"].get<std::string>());
    }
    if (r.contains("path")) {
      EXPECT_EQ(c.path, r["path"].get<std::string>());
    }
    EXPECT_FALSE(c.message.empty());
    EXPECT_FALSE(c.message_ru.empty());
  }
}

TEST(IntelHandling, WhatARecipientMayDo) {
  const Authorizer a = Make();
  const json rules = Rules();
  for (size_t i = 0; i < rules["use"].size(); ++i) {
    const json& r = rules["use"][i];
    SCOPED_TRACE("use[" + std::to_string(i) + "] " + r.dump());
    IntelFacts f = Report(r["code"], "disseminated", true);
    const std::string unit = r["unit"];
    f.to_caller.push_back({"d", "r", unit, "share_unit", f.handling, "x", r.value("by", "") == "originator", 1, ""});
    const Principal p = In(unit, Role::kInvestigator, "reader");
    std::set<std::string> want;
    for (const auto& x : r["allowed"]) want.insert(x.get<std::string>());
    for (const char* path : {"view", "export", "search_hit", "graph_path"}) {
      const auto st = a.CheckIntel(p, Units().at(unit), f, path);
      EXPECT_EQ(st.has_value(), want.count(path) > 0) << path;
      // Whoever may not even view it hears "not found"; a path the handling refuses is 403.
      if (!st) {
        EXPECT_EQ(st.error().code, want.count("view") ? ErrorCode::kForbidden : ErrorCode::kNotFound) << path;
      }
    }
  }
}

TEST(IntelHandling, StrangersDraftsAndTheHolder) {
  const Authorizer a = Make();
  IntelFacts f = Report("H1", "analysed", false);
  // A unit nothing was sent to learns nothing.
  EXPECT_EQ(a.CheckIntel(In("KGPOL", Role::kInvestigator, "x"), Units().at("KGPOL"), f, "view").error().code, ErrorCode::kNotFound);
  // The holder and the originator may use every path, whatever the code.
  f.handling = "H5";
  EXPECT_TRUE(a.CheckIntel(In("CTU", Role::kProsecutor, "p"), Units().at("CTU"), f, "export"));
  EXPECT_TRUE(a.CheckIntel(In("BORDER", Role::kFrontlineOfficer, "officer"), Units().at("BORDER"), f, "graph_path"));
  // The author's unit's supervisor oversees what its officers report; its other officers do not see it.
  EXPECT_TRUE(a.CheckIntel(In("BORDER", Role::kSupervisor, "bs"), Units().at("BORDER"), f, "view"));
  EXPECT_FALSE(a.CheckIntel(In("BORDER", Role::kInvestigator, "bi"), Units().at("BORDER"), f, "view"));
  // A draft is its author's alone.
  f.draft = true;
  EXPECT_FALSE(a.CheckIntel(In("CTU", Role::kSupervisor, "s"), Units().at("CTU"), f, "view"));
  // A role without intelligence reading sees nothing held by its unit.
  f.draft = false;
  EXPECT_FALSE(a.CheckIntel(In("CTU", Role::kAuditor, "au"), Units().at("CTU"), f, "view"));
}

TEST(IntelHandling, GradesAreTheOriginators) {
  const Authorizer a = Make();
  const IntelFacts f = Report("H3", "collected", false);
  EXPECT_TRUE(a.CheckIntelGrading(In("BORDER", Role::kFrontlineOfficer, "officer"), f, false));
  EXPECT_EQ(test::Describe(a.CheckIntelGrading(In("CTU", Role::kAnalyst, "an"), f, true)), "not_originator");
  EXPECT_EQ(test::Describe(a.CheckIntelGrading(In("CTU", Role::kSupervisor, "s"), f, false)), "reason_required reason");
  EXPECT_TRUE(a.CheckIntelGrading(In("CTU", Role::kSupervisor, "s"), f, true));
  EXPECT_TRUE(a.CheckIntelGrading(In("BORDER", Role::kSupervisor, "s2"), f, true));
  EXPECT_EQ(test::Describe(a.CheckIntelGrading(In("KGPOL", Role::kSupervisor, "s3"), f, true)), "not_originator");
}

TEST(IntelGradingConfig, ShippedFileMapsEveryGrade) {
  auto g = IntelGrading::FromJson(test::LoadConfig("intelligence/grading.json"));
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->AdmiraltySource("A"), "A");
  EXPECT_EQ(g->AdmiraltySource("E"), "F");  // untested: "reliability cannot be judged"
  EXPECT_EQ(g->AdmiraltyIntelligence("4"), "6");
  EXPECT_EQ(g->Handling("H5")->tlp, "TLP:RED");
  EXPECT_EQ(g->Stricter("H2", "H4"), "H4");
  EXPECT_EQ(g->Stricter("H5", "H1"), "H5");
  EXPECT_EQ(g->Stricter("H1", ""), "H1");
  EXPECT_EQ(g->Stricter("H1", "H9"), "H9");  // an unknown code lets nothing through
  EXPECT_TRUE(g->MayMove("collected", "evaluated"));
  EXPECT_FALSE(g->MayMove("collected", "disseminated"));
}

TEST(IntelGradingConfig, BrokenFilesNameTheField) {
  const json good = test::LoadConfig("intelligence/grading.json");
  auto refused = [&](const std::function<void(json&)>& edit) {
    json d = good;
    edit(d);
    auto g = IntelGrading::FromJson(d);
    return g ? std::string("accepted") : g.error().field;
  };
  EXPECT_EQ(refused([](json& d) { d["source_grades"].erase(0); }), "source_grades");
  EXPECT_EQ(refused([](json& d) { d["handling_codes"][0]["tlp"] = "TLP:BLUE"; }), "handling_codes[0].tlp");
  EXPECT_EQ(refused([](json& d) { d["handling_codes"][1]["allow"]["own_agency"] = {"print"}; }),
            "handling_codes[1].allow.own_agency");
  EXPECT_EQ(refused([](json& d) { d["handling_codes"][2]["allow"].erase("foreign_le"); }),
            "handling_codes[2].allow.foreign_le");
  EXPECT_EQ(refused([](json& d) { d["handling_codes"][4]["allow"]["own_agency"] = {"share_unit"}; }),
            "handling_codes[4].allow.own_agency");
  EXPECT_EQ(refused([](json& d) { d["cycle"]["transitions"]["collected"] = {"nowhere"}; }), "cycle.transitions.collected");
  EXPECT_EQ(refused([](json& d) { d["surprise"] = 1; }), "surprise");
}

}  // namespace
}  // namespace ariadne
