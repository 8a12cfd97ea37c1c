#include "domain/entity_schema.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

TEST(EntitySchema, ShippedConfigLoadsWithEveryTypeOfTheIssue) {
  EntitySchema s = test::ConfigEntitySchema();
  for (const char* name : {"Person", "Organization", "Address", "BankAccount", "Vehicle", "Identification", "Passport",
                           "Associate", "Family", "Employment", "Payment", "Call", "Trip", "Ownership", "UnknownLink"})
    EXPECT_NE(s.Find(name), nullptr) << name;
  EXPECT_EQ(s.Find("Person")->Property("phone")->type, "phone");
  EXPECT_EQ(s.Find("Person")->Property("email")->type, "email");
  EXPECT_EQ(s.Find("BankAccount")->Property("iban")->type, "iban");
  ASSERT_TRUE(s.Find("Family")->edge.has_value());
  EXPECT_EQ(s.Find("Family")->edge->target, "relative");
  EXPECT_FALSE(s.Find("Person")->Property("shelter")->ftm);
  EXPECT_EQ(s.Find("Passport")->inherits_involvement_from, "holder") << "a document is protected as its holder";
  EXPECT_FALSE(s.RestrictionsFor("number", {"informant"}).empty());
}

TEST(EntitySchema, VictimAndInformantPropertiesAreRestrictedByDefault) {
  EntitySchema s = test::ConfigEntitySchema();
  EXPECT_FALSE(s.RestrictionsFor("shelter", {}).empty()) << "always restricted";
  EXPECT_FALSE(s.RestrictionsFor("health", {"witness"}).empty());
  EXPECT_FALSE(s.RestrictionsFor("exploitationHistory", {}).empty());
  EXPECT_TRUE(s.RestrictionsFor("address", {"suspect"}).empty()) << "a suspect's address is ordinary case data";
  EXPECT_FALSE(s.RestrictionsFor("address", {"suspect", "victim"}).empty());
  EXPECT_FALSE(s.RestrictionsFor("address", {"smuggled_migrant"}).empty());
  EXPECT_TRUE(s.RestrictionsFor("name", {"victim"}).empty());
  auto informant = s.RestrictionsFor("name", {"informant"});
  ASSERT_EQ(informant.size(), 1u);
  EXPECT_EQ(informant[0]->to.grants, std::vector<std::string>{"informant_identity"});
  EXPECT_TRUE(informant[0]->to.roles.empty()) << "not even a supervisor sees an informant's identity without the grant";
}

json Minimal() {
  return {{"version", 1},
          {"schemata",
           {{"Person",
             {{"label", {{"en", "Person"}, {"ru", "Лицо"}}},
              {"caption", {"name"}},
              {"properties", {{"name", {{"type", "name"}, {"label", {{"en", "Name"}, {"ru", "Имя"}}}}}}}}}}}};
}

std::string LoadError(const json& doc) {
  auto s = EntitySchema::FromJson(doc, test::ConfigLookups());
  return s ? "ok" : s.error().field + ": " + s.error().message;
}

TEST(EntitySchema, BadDocumentsAreRefusedNamingThePlace) {
  EXPECT_EQ(LoadError(Minimal()), "ok");
  json d = Minimal();
  d["schemata"]["Person"]["properties"]["name"]["type"] = "colour";
  EXPECT_NE(LoadError(d).find("Person.name"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["schemata"]["Person"]["properties"]["knows"] = {{"type", "entity"}, {"label", {{"en", "K"}, {"ru", "К"}}},
                                                     {"range", {"Dragon"}}};
  EXPECT_NE(LoadError(d).find("unknown schema Dragon"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["schemata"]["Person"]["edge"] = {{"source", "name"}, {"target", "name"}};
  EXPECT_NE(LoadError(d).find("entity property"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["schemata"]["Person"]["inherits_involvement_from"] = "name";
  EXPECT_NE(LoadError(d).find("inherits_involvement_from"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["schemata"]["Person"]["caption"] = {"nickname"};
  EXPECT_NE(LoadError(d).find("unknown property nickname"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["schemata"]["Person"]["properties"]["name"].erase("label");
  EXPECT_NE(LoadError(d).find("label"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["restricted"] = {{{"properties", {"name"}}, {"always", true}, {"restricted_to", {{"grants", {"no_such_grant"}}}}}};
  EXPECT_NE(LoadError(d).find("no_such_grant"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["restricted"] = {{{"properties", {"name"}}, {"when_involved_as", {"dragon"}}, {"restricted_to", {{"roles", {"supervisor"}}}}}};
  EXPECT_NE(LoadError(d).find("involvement role dragon"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["restricted"] = {{{"properties", {"tattoo"}}, {"always", true}, {"restricted_to", {{"roles", {"supervisor"}}}}}};
  EXPECT_NE(LoadError(d).find("unknown property tattoo"), std::string::npos) << LoadError(d);
  d = Minimal();
  d["restricted"] = {{{"properties", {"name"}}, {"restricted_to", {{"roles", {"supervisor"}}}}}};
  EXPECT_NE(LoadError(d).find("either always or when_involved_as"), std::string::npos) << LoadError(d);
}

}  // namespace
}  // namespace ariadne
