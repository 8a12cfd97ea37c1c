// The rules of a protection file: who is a child, which status moves exist, consent and
// referral, assessments and the actions refused during the reflection period or for a child.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "domain/protection.h"
#include "domain/protection_reference.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

// 2026-12-01T00:00:00Z
constexpr int64_t kNow = 1796083200000;

const ProtectionReference& Reference() {
  static const ProtectionReference r = [] {
    std::map<std::string, json> files;
    for (const auto& e : std::filesystem::directory_iterator(test::SourcePath("config/protection"))) {
      if (e.path().extension() != ".json") continue;
      std::ifstream in(e.path());
      files[e.path().filename().string()] = json::parse(in);
    }
    auto p = ProtectionReference::FromJson(files);
    if (!p) throw std::runtime_error(p.error().message);
    return *p;
  }();
  return r;
}

PersonDetails Person(const std::string& birth_date, bool uncertain = false) {
  PersonDetails p;
  p.name = "Айгуль";
  p.birth_date = birth_date;
  p.age_uncertain = uncertain;
  return p;
}

ProtectionRecord AgeAssessment(const std::string& result, int64_t at) {
  ProtectionRecord r;
  r.kind = "assessment";
  r.subtype = "age";
  r.state = "completed";
  r.created_at = at;
  r.body = {{"completed", true}, {"result", result}, {"method", "medical examination"}};
  return r;
}

TEST(ProtectionTest, ReferenceDataLoads) {
  EXPECT_TRUE(Reference().HasService("health_care"));
  EXPECT_EQ(Reference().services().size(), 6u);
  EXPECT_EQ(Reference().RiskFactors("identification")->size(), 5u);
  EXPECT_EQ(Reference().NeedsItems().size(), 7u + 18u + 10u);
  EXPECT_EQ(Reference().ReintegrationSteps().size(), 6u);
  EXPECT_EQ(Reference().FrontlineBlocks().size(), 12u);
}

TEST(ProtectionTest, WhoIsTreatedAsAChild) {
  EXPECT_EQ(DetermineChild(Person("2010-05-01"), {}, kNow, 18).reason, "birth_date");
  EXPECT_TRUE(DetermineChild(Person("2010-05-01"), {}, kNow, 18).child);
  EXPECT_FALSE(DetermineChild(Person("1990"), {}, kNow, 18).child);
  // Born in December 2008: 17 until the birthday, so a year alone counts as the latest day.
  EXPECT_TRUE(DetermineChild(Person("2008"), {}, kNow, 18).child);
  EXPECT_FALSE(DetermineChild(Person("2008-11-30"), {}, kNow, 18).child);
  // Unknown or uncertain age: a child until an age assessment says otherwise.
  auto unknown = DetermineChild(Person(""), {}, kNow, 18);
  EXPECT_TRUE(unknown.child);
  EXPECT_EQ(unknown.age_group, "unknown");
  EXPECT_TRUE(DetermineChild(Person("1990", true), {}, kNow, 18).child);
  auto adult = DetermineChild(Person("", true), {AgeAssessment("child", 1), AgeAssessment("adult", 2)}, kNow, 18);
  EXPECT_FALSE(adult.child);
  EXPECT_EQ(adult.reason, "age_assessment");
  EXPECT_TRUE(DetermineChild(Person(""), {AgeAssessment("adult", 1), AgeAssessment("child", 2)}, kNow, 18).child);
}

TEST(ProtectionTest, PersonInput) {
  EXPECT_EQ(test::Describe(ParsePerson({{"sex", "female"}}, "person.")), "required person.name");
  EXPECT_EQ(test::Describe(ParsePerson({{"name", "A"}, {"birth_date", "1.5.2001"}}, "person.")), "invalid_value person.birth_date");
  EXPECT_EQ(test::Describe(ParsePerson({{"name", "A"}, {"sex", "f"}}, "person.")), "invalid_value person.sex");
  EXPECT_EQ(test::Describe(ParsePerson({{"name", "A"}, {"age_uncertain", "yes"}}, "person.")), "wrong_type person.age_uncertain");
  EXPECT_EQ(test::Describe(ParsePerson({{"name", "A"}, {"passport", "x"}}, "person.")), "unknown_field person.passport");
  EXPECT_EQ(test::Describe(ParsePerson({{"name", "Rakhimova"}, {"birth_date", "2007-02"}, {"nationality", "UZ"}}, "person.")), "ok");
}

TEST(ProtectionTest, StatusMoves) {
  struct Row { const char *track, *from, *to; const char* want; };
  const Row rows[] = {
      {"assistance", "potential", "presumed", "ok"},
      {"assistance", "potential", "identified", "status_refused to"},
      {"assistance", "presumed", "identified", "ok"},
      {"assistance", "presumed", "not_confirmed", "ok"},
      {"assistance", "not_confirmed", "presumed", "ok"},
      {"assistance", "identified", "potential", "status_refused to"},
      {"assistance", "presumed", "judicial_finding", "invalid_value to"},
      {"procedural", "none", "witness", "ok"},
      {"procedural", "none", "judicial_finding", "status_refused to"},
      {"procedural", "witness", "judicial_finding", "ok"},
      {"procedural", "injured_party", "witness", "ok"},
      {"procedural", "none", "status_lost", "status_refused to"},
      {"procedural", "status_lost", "injured_party", "ok"},
      {"other", "none", "witness", "invalid_value track"},
  };
  for (const auto& r : rows) EXPECT_EQ(test::Describe(CheckStatusMove(r.track, r.from, r.to, "grounds", "")), r.want) << r.from << "→" << r.to;
  EXPECT_EQ(test::Describe(CheckStatusMove("assistance", "potential", "presumed", "", "")), "required grounds");
  EXPECT_EQ(test::Describe(CheckStatusMove("procedural", "witness", "status_lost", "prosecutor's decision", "")),
            "reason_required reason");
  EXPECT_EQ(test::Describe(CheckStatusMove("procedural", "witness", "status_lost", "prosecutor's decision", "lack of evidence")), "ok");
  EXPECT_TRUE(NeedsCompetentAuthority("assistance", "identified"));
  EXPECT_FALSE(NeedsCompetentAuthority("assistance", "presumed"));
  EXPECT_FALSE(NeedsCompetentAuthority("procedural", "judicial_finding"));
}

ProtectionRecord Consent(const std::string& state, const std::string& given_by, const std::string& org) {
  ProtectionRecord c;
  c.kind = "consent";
  c.subtype = "referral";
  c.state = state;
  c.body = {{"organisations", {org}}, {"given_by", given_by}};
  return c;
}

TEST(ProtectionTest, ConsentAndReferral) {
  EXPECT_EQ(test::Describe(ParseConsent({{"purpose", "referral"}, {"decision", "given"}})), "required organisations");
  EXPECT_EQ(test::Describe(ParseConsent({{"purpose", "gossip"}, {"decision", "given"}})), "invalid_value purpose");
  EXPECT_EQ(test::Describe(ParseConsent({{"purpose", "referral"}, {"decision", "yes"}})), "invalid_value decision");
  EXPECT_EQ(test::Describe(ParseConsent({{"purpose", "referral"}, {"decision", "given"}, {"organisations", {"o"}},
                                         {"data", {"identity", "bank"}}})),
            "invalid_value data[1]");
  auto c = ParseConsent({{"purpose", "referral"}, {"decision", "given"}, {"organisations", {"o"}}});
  ASSERT_TRUE(c);
  EXPECT_EQ(test::Describe(CheckConsentGiver(*c, false, false)), "ok");
  EXPECT_EQ(test::Describe(CheckConsentGiver(*c, true, false)), "guardian_required given_by");
  EXPECT_EQ(test::Describe(CheckConsentGiver(*c, true, true)), "guardian_required given_by");
  c->given_by = "guardian";
  EXPECT_EQ(test::Describe(CheckConsentGiver(*c, true, true)), "ok");

  auto given = Consent("given", "person", "org-1");
  EXPECT_EQ(test::Describe(CheckReferralConsent(false, false, &given, "org-1")), "ok");
  EXPECT_EQ(test::Describe(CheckReferralConsent(false, false, &given, "org-2")), "consent_required consent_id");
  EXPECT_EQ(test::Describe(CheckReferralConsent(false, false, nullptr, "org-1")), "consent_required consent_id");
  auto withdrawn = Consent("withdrawn", "person", "org-1");
  EXPECT_EQ(test::Describe(CheckReferralConsent(false, false, &withdrawn, "org-1")), "consent_required consent_id");
  auto refused = Consent("refused", "person", "org-1");
  EXPECT_EQ(test::Describe(CheckReferralConsent(false, false, &refused, "org-1")), "consent_required consent_id");
  EXPECT_EQ(test::Describe(CheckReferralConsent(true, false, &given, "org-1")), "guardian_required consent_id");
  EXPECT_EQ(test::Describe(CheckReferralConsent(true, true, &given, "org-1")), "guardian_required consent_id");
  auto guardian = Consent("given", "guardian", "org-1");
  EXPECT_EQ(test::Describe(CheckReferralConsent(true, true, &guardian, "org-1")), "ok");
}

TEST(ProtectionTest, ReferralMoves) {
  EXPECT_EQ(test::Describe(CheckReferralMove("requested", "accepted", "")), "ok");
  EXPECT_EQ(test::Describe(CheckReferralMove("requested", "rejected", "")), "reason_required reason");
  EXPECT_EQ(test::Describe(CheckReferralMove("requested", "rejected", "no places")), "ok");
  EXPECT_EQ(test::Describe(CheckReferralMove("requested", "completed", "")), "status_refused to");
  EXPECT_EQ(test::Describe(CheckReferralMove("accepted", "in_progress", "")), "ok");
  EXPECT_EQ(test::Describe(CheckReferralMove("in_progress", "completed", "")), "ok");
  EXPECT_EQ(test::Describe(CheckReferralMove("in_progress", "revoked", "")), "reason_required reason");
  EXPECT_EQ(test::Describe(CheckReferralMove("completed", "revoked", "x")), "status_refused to");
  EXPECT_EQ(test::Describe(CheckReferralMove("rejected", "accepted", "")), "status_refused to");
  EXPECT_EQ(test::Describe(CheckReferralMove("requested", "lost", "")), "invalid_value to");
  EXPECT_FALSE(PartnerMove("revoked"));
  ProtectionRecord r;
  r.kind = "referral";
  r.state = "requested";
  r.due_at = kNow;
  EXPECT_FALSE(ReferralOverdue(r, kNow));
  EXPECT_TRUE(ReferralOverdue(r, kNow + 1));
  r.state = "accepted";
  EXPECT_FALSE(ReferralOverdue(r, kNow + 1));
}

TEST(ProtectionTest, Assessments) {
  const auto& ref = Reference();
  const std::string factor = *ref.RiskFactors("identification")->begin();
  EXPECT_EQ(test::Describe(ParseAssessment({{"kind", "risk"}, {"stage", "sometime"}}, ref)), "invalid_value stage");
  EXPECT_EQ(test::Describe(ParseAssessment({{"kind", "risk"}, {"stage", "identification"}, {"items", {{"x", {{"value", "yes"}}}}}}, ref)),
            "invalid_value items.x");
  EXPECT_EQ(test::Describe(ParseAssessment({{"kind", "risk"}, {"stage", "identification"}, {"items", {{factor, {{"value", "maybe"}}}}}}, ref)),
            "invalid_value items." + factor + ".value");
  auto partial = ParseAssessment({{"kind", "risk"}, {"stage", "identification"}, {"items", {{factor, {{"value", "yes"}}}}}}, ref);
  ASSERT_TRUE(partial);
  EXPECT_EQ(partial->state, "draft");
  EXPECT_EQ(ParseAssessment({{"kind", "risk"}, {"stage", "identification"}, {"completed", true}, {"items", {{factor, {{"value", "yes"}}}}}}, ref)
                .error().reason, "required");
  EXPECT_EQ(test::Describe(ParseAssessment({{"kind", "age"}, {"result", "adult"}}, ref)), "required method");
  auto age = ParseAssessment({{"kind", "age"}, {"method", "X-ray of the wrist"}, {"result", "adult"}, {"estimated_age", 19}}, ref);
  ASSERT_TRUE(age);
  EXPECT_EQ(age->state, "completed");
  json steps = json::object();
  for (const auto& s : ref.ReintegrationSteps()) steps[s] = {{"value", "done"}};
  steps[ref.ReintegrationSteps().back()]["value"] = "planned";
  EXPECT_EQ(ParseAssessment({{"kind", "reintegration_plan"}, {"completed", true}, {"items", steps}}, ref).error().reason, "plan_incomplete");
  steps[ref.ReintegrationSteps().back()]["value"] = "done";
  EXPECT_TRUE(ParseAssessment({{"kind", "reintegration_plan"}, {"completed", true}, {"items", steps}}, ref));
  EXPECT_EQ(test::Describe(ParseAssessment({{"kind", "horoscope"}}, ref)), "invalid_value kind");
}

TEST(ProtectionTest, ActionsRefusedDuringReflectionAndForChildren) {
  ActionFacts adult;
  ActionFacts reflecting;
  reflecting.reflection_running = true;
  for (const char* k : {"removal", "return", "repatriation"}) {
    EXPECT_EQ(test::Describe(CheckAction(k, reflecting)), "reflection_period_running kind") << k;
    EXPECT_EQ(test::Describe(CheckAction(k, adult)), "ok") << k;
  }
  EXPECT_EQ(test::Describe(CheckAction("shelter_placement", reflecting)), "ok");
  ActionFacts child;
  child.child = true;
  EXPECT_EQ(test::Describe(CheckAction("police_detention", child)), "child_not_detained kind");
  EXPECT_EQ(test::Describe(CheckAction("police_detention", adult)), "ok");
  EXPECT_EQ(test::Describe(CheckAction("return", child)), "child_return_unprepared kind");
  child.return_risk_assessed = true;
  EXPECT_EQ(test::Describe(CheckAction("repatriation", child)), "child_return_unprepared kind");
  child.reintegration_planned = true;
  EXPECT_EQ(test::Describe(CheckAction("repatriation", child)), "ok");
  EXPECT_EQ(test::Describe(CheckAction("deportation", adult)), "invalid_value kind");

  ProtectionRecord risk;
  risk.kind = "assessment";
  risk.subtype = "risk";
  risk.state = "completed";
  risk.body = {{"stage", "identification"}};
  EXPECT_FALSE(ActionFactsOf({risk}, true, false).return_risk_assessed);
  risk.body["stage"] = "before_return";
  EXPECT_TRUE(ActionFactsOf({risk}, true, false).return_risk_assessed);
}

}  // namespace
}  // namespace ariadne
