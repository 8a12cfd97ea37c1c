#include "domain/interview.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

TEST(Interview, TheShippedChecklistHasTheTwentyThreeAnnexAItems) {
  auto c = InterviewChecklist::FromJson(test::LoadConfig("checklists/interview.json"));
  ASSERT_TRUE(c) << test::Describe(c);
  size_t n = 0;
  for (const auto& g : c->json()["groups"]) n += g["items"].size();
  EXPECT_EQ(n, 23u);
  EXPECT_TRUE(c->Has("agreement_to_participate"));
  EXPECT_FALSE(c->Has("free_coffee"));
  EXPECT_FALSE(InterviewChecklist::FromJson({{"groups", {{{"items", {{{"id", "a"}}}}}}}}))
      << "an item without labels is refused";
}

TEST(Interview, AChildNeedsAGuardianOrASupportPerson) {
  Interview iv;
  iv.kind = "child";
  iv.started_at = 1000;
  iv.present = {{"interviewer", "Lt. Omarova", ""}, {"interpreter", "K.", ""}};
  EXPECT_EQ(test::Describe(CheckInterview(iv)), "child_needs_guardian present");
  iv.present.push_back({"support_person", "NGO counsellor", ""});
  EXPECT_TRUE(CheckInterview(iv));
  iv.present = {{"guardian", "Mother", ""}};
  EXPECT_TRUE(CheckInterview(iv));
  iv.kind = "witness";
  iv.present.clear();
  EXPECT_TRUE(CheckInterview(iv)) << "only children need one";
  iv.ended_at = 500;
  EXPECT_EQ(test::Describe(CheckInterview(iv)), "invalid_date ended_at");
}

TEST(Interview, InputIsChecked) {
  const Lookups lookups = test::ConfigLookups();
  auto checklist = InterviewChecklist::FromJson(test::LoadConfig("checklists/interview.json")).value();
  auto parse = [&](const nlohmann::json& body) {
    return ParseInterviewInput(body, lookups, checklist, InterviewInputMode::kCreate);
  };
  nlohmann::json good = {{"kind", "victim"}, {"subject_entity_id", "e1"}, {"started_at", "2026-11-05T10:00:00Z"},
                         {"checklist", {"phones_off"}}, {"present", {{{"role", "interpreter"}, {"name", "K."}}}}};
  auto in = parse(good);
  ASSERT_TRUE(in) << test::Describe(in);
  Interview iv;
  auto changed = ApplyInterviewInput(*in, iv);
  EXPECT_EQ(iv.kind, "victim");
  EXPECT_EQ(iv.present.size(), 1u);
  EXPECT_TRUE(iv.checklist.count("phones_off"));
  EXPECT_FALSE(changed.empty());
  EXPECT_TRUE(ApplyInterviewInput(*in, iv).empty()) << "the same input again changes nothing";
  auto bad = good;
  bad["present"] = {{{"role", "interpreter"}}};
  EXPECT_EQ(test::Describe(parse(bad)), "required present");
  bad = good;
  bad["kind"] = "friend";
  EXPECT_EQ(test::Describe(parse(bad)), "invalid_value kind");
  EXPECT_EQ(test::Describe(ParseStatement({{"text", ""}})), "required text");
  EXPECT_EQ(test::Describe(ParseStatement({{"text", "x"}, {"mood", "sad"}})), "unknown_field mood");
}

}  // namespace
}  // namespace ariadne
