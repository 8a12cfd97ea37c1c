#include "domain/field_rules.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

class FieldRulesTest : public ::testing::Test {
 protected:
  std::string Load(const json& doc) { return test::Describe(RecordSchema::FromJson(doc, lookups_)); }
  static json Restricted(json restricted_to) {
    return {{"fields", {{{"name", "title"}}, {{"name", "victim_notes"}, {"restricted_to", restricted_to}}}}};
  }
  const Lookups lookups_ = test::ConfigLookups();
};

TEST_F(FieldRulesTest, ConfigFileLoads) {
  auto s = RecordSchema::FromJson(test::LoadConfig("schema/case.json"), lookups_);
  ASSERT_TRUE(s) << s.error().message;
  const FieldRule* rule = s->Restriction("victim_notes");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->roles, std::vector<Role>{Role::kSupervisor});
  EXPECT_EQ(rule->grants, std::vector<std::string>{"victim_data"});
  EXPECT_EQ(s->Restriction("title"), nullptr);
  EXPECT_EQ(s->Restriction("summary"), nullptr);
}

TEST_F(FieldRulesTest, OnlyFieldsWithRestrictedToAreRules) {
  auto s = RecordSchema::FromJson(Restricted({{"grants", {"informant_identity"}}}), lookups_);
  ASSERT_TRUE(s);
  ASSERT_EQ(s->restricted().size(), 1u);
  EXPECT_EQ(s->restricted()[0].name, "victim_notes");
  EXPECT_TRUE(s->restricted()[0].roles.empty());
  EXPECT_EQ(s->Restriction("title"), nullptr);
}

TEST_F(FieldRulesTest, RefusesUnknownRoleOrGrant) {
  EXPECT_EQ(Load(Restricted({{"roles", {"chief"}}})), "invalid_config victim_notes");
  EXPECT_EQ(Load(Restricted({{"grants", {"everything"}}})), "invalid_config victim_notes");
  EXPECT_EQ(Load(Restricted({{"grants", {1}}})), "invalid_config victim_notes");
}

// Malformed config is refused with an error naming the field, never an exception at start-up.
TEST_F(FieldRulesTest, RefusesMalformedRestrictionWithoutThrowing) {
  EXPECT_EQ(Load(Restricted({{"roles", {7}}})), "invalid_config victim_notes");
  EXPECT_EQ(Load(Restricted("supervisor")), "invalid_config victim_notes");
  EXPECT_EQ(Load(Restricted({{"roles", "supervisor"}})), "invalid_config victim_notes");
  EXPECT_EQ(Load(Restricted({{"grants", "victim_data"}})), "invalid_config victim_notes");
}

TEST_F(FieldRulesTest, RefusesMalformedDocument) {
  EXPECT_EQ(Load(json::array()), "invalid_config fields");
  EXPECT_EQ(Load({{"fields", "victim_notes"}}), "invalid_config fields");
  EXPECT_EQ(Load({{"fields", {{{"label", "x"}}}}}), "invalid_config fields");
  EXPECT_EQ(Load({{"fields", {{{"name", 3}}}}}), "invalid_config fields");
}

}  // namespace
}  // namespace ariadne
