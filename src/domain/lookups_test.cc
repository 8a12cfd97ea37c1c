#include "domain/lookups.h"

#include <gtest/gtest.h>

#include "domain/roles.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

json Item(const std::string& id) { return {{"id", id}, {"label", {{"en", id}, {"ru", id}}}}; }

// The smallest valid document: every required list with one item.
json Minimal() {
  json doc = {{"version", 1}};
  for (const char* list : {"categories", "forms_of_exploitation", "approaches", "triggers", "case_states",
                           "countries", "roles", "team_roles", "grants"})
    doc[list] = json::array({Item("x")});
  return doc;
}

std::string Load(const json& doc) { return test::Describe(Lookups::FromJson(doc)); }

TEST(LookupsTest, ConfigFileLoads) {
  auto l = Lookups::FromJson(test::LoadConfig("lookups/lookups.json"));
  ASSERT_TRUE(l) << l.error().message;
  EXPECT_TRUE(l->Has("categories", "tip"));
  EXPECT_TRUE(l->Has("case_states", "open"));
  EXPECT_TRUE(l->Has("countries", "KZ"));
  EXPECT_TRUE(l->Has("team_roles", "lead"));
  EXPECT_TRUE(l->Has("grants", "victim_data"));
  EXPECT_FALSE(l->Has("categories", "Tip"));  // ids, not labels, and case-sensitive
  EXPECT_FALSE(l->Has("no_such_list", "tip"));
}

// The roles lookup labels the roles the code knows: the same ids, no more, no fewer.
TEST(LookupsTest, ConfigRolesMatchTheCode) {
  json doc = test::LoadConfig("lookups/lookups.json");
  std::vector<std::string> ids;
  for (const auto& item : doc["roles"]) ids.push_back(item["id"]);
  std::vector<std::string> code;
  for (Role r : AllRoles()) code.emplace_back(RoleId(r));
  EXPECT_EQ(ids, code);
}

// A new case starts "open" (case_input.cc, model.h): the state must exist.
TEST(LookupsTest, ConfigHasTheInitialState) {
  EXPECT_TRUE(test::ConfigLookups().Has("case_states", "open"));
}

TEST(LookupsTest, MinimalDocumentLoads) {
  EXPECT_EQ(Load(Minimal()), "ok");
  json doc = Minimal();
  doc["extra_list"] = json::array();  // lists the code does not use yet are fine
  EXPECT_EQ(Load(doc), "ok");
}

TEST(LookupsTest, RefusesMissingRequiredList) {
  json doc = Minimal();
  doc.erase("grants");
  EXPECT_EQ(Load(doc), "invalid_config grants");
}

TEST(LookupsTest, RefusesMalformedItems) {
  EXPECT_EQ(Load(json::array()), "invalid_config");
  json doc = Minimal();
  doc["triggers"] = Item("x");
  EXPECT_EQ(Load(doc), "invalid_config triggers");
  doc = Minimal();
  doc["triggers"].push_back({{"id", "y"}, {"label", {{"en", "Y"}}}});  // no Russian label
  EXPECT_EQ(Load(doc), "invalid_config triggers");
  doc = Minimal();
  doc["triggers"].push_back({{"id", 7}, {"label", {{"en", "7"}, {"ru", "7"}}}});
  EXPECT_EQ(Load(doc), "invalid_config triggers");
  doc = Minimal();
  doc["triggers"].push_back({{"id", "y"}, {"label", "Y"}});
  EXPECT_EQ(Load(doc), "invalid_config triggers");
  doc = Minimal();
  doc["triggers"].push_back("y");
  EXPECT_EQ(Load(doc), "invalid_config triggers");
}

TEST(LookupsTest, RefusesDuplicateIds) {
  json doc = Minimal();
  doc["countries"].push_back(Item("x"));
  EXPECT_EQ(Load(doc), "invalid_config countries");
}

TEST(LookupsTest, SameIdInTwoListsIsFine) {
  json doc = Minimal();
  doc["categories"].push_back(Item("other"));
  doc["triggers"].push_back(Item("other"));
  auto l = Lookups::FromJson(doc);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->Has("categories", "other"));
  EXPECT_TRUE(l->Has("triggers", "other"));
  EXPECT_FALSE(l->Has("approaches", "other"));
}

}  // namespace
}  // namespace ariadne
