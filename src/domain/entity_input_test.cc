#include "domain/entity_input.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

class EntityInputTest : public ::testing::Test {
 protected:
  Result<EntityInput> Create(const json& body) {
    return ParseEntityInput(body, schema_, lookups_, {"KZ"}, EntityInputMode::kCreate);
  }
  Result<EntityInput> Update(const json& body, const std::string& current = "Person") {
    return ParseEntityInput(body, schema_, lookups_, {"KZ"}, EntityInputMode::kUpdate, current);
  }
  const SchemaDef& Def(const std::string& s) { return *schema_.Find(s); }
  EntitySchema schema_ = test::ConfigEntitySchema();
  Lookups lookups_ = test::ConfigLookups();
};

TEST_F(EntityInputTest, APersonWithTypedValues) {
  auto in = Create({{"schema", "Person"},
                    {"properties", {{"name", {"Алия Садыкова"}}, {"phone", "+7 701 123 45 67"}, {"birthDate", {"1990-05"}}}},
                    {"source", "interview"},
                    {"grade", "B"}});
  ASSERT_TRUE(in) << test::Describe(in);
  EXPECT_EQ(in->properties["name"][0].value, "Алия Садыкова");
  EXPECT_FALSE(in->properties["name"][0].latin.empty());
  EXPECT_EQ(in->properties["phone"][0].normalized, "+77011234567") << "a single string is a one-value list";
  EXPECT_EQ(in->properties["birthDate"][0].value, "1990-05");
  EXPECT_EQ(in->grade, "B");
}

TEST_F(EntityInputTest, BadValuesNameTheProperty) {
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"phone", {"call me maybe"}}}}})),
            "invalid_phone properties.phone");
  EXPECT_EQ(test::Describe(Create({{"schema", "BankAccount"}, {"properties", {{"iban", {"GB82WEST12345698765433"}}}}})),
            "invalid_iban properties.iban");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"nationality", {"QQ"}}}}})),
            "invalid_country properties.nationality");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"birthDate", {"1990-02-30"}}}}})),
            "invalid_date properties.birthDate");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"tattoo", {"dragon"}}}}})),
            "unknown_property properties.tattoo");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"name", {42}}}}})), "wrong_type properties.name");
  EXPECT_EQ(test::Describe(Create({{"schema", "Dragon"}, {"properties", json::object()}})), "invalid_value schema");
  EXPECT_EQ(test::Describe(Create({{"properties", json::object()}})), "required schema");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"name", {"A"}}}}, {"colour", "red"}})),
            "unknown_field colour");
  EXPECT_EQ(test::Describe(Create({{"schema", "Person"}, {"properties", {{"name", {"A"}}}}, {"grade", "Z"}})),
            "invalid_value grade");
  EXPECT_EQ(test::Describe(Update({{"properties", {{"name", {"A"}}}}})), "required version");
  EXPECT_EQ(test::Describe(Update({{"version", 1}, {"schema", "Organization"}})), "invalid_value schema");
}

TEST_F(EntityInputTest, ReferencesMustPointAtARecordOfTheCaseInRange) {
  const std::string person = "0190f6a0-0000-7000-8000-000000000001";
  const std::string address = "0190f6a0-0000-7000-8000-000000000002";
  auto in = Create({{"schema", "Family"}, {"properties", {{"person", {person}}, {"relative", {address}}}}});
  ASSERT_TRUE(in) << test::Describe(in);
  auto schema_of = [&](const std::string& id) -> std::optional<std::string> {
    if (id == person) return "Person";
    if (id == address) return "Address";
    return std::nullopt;
  };
  EXPECT_EQ(test::Describe(CheckEntityReferences(*in, Def("Family"), schema_of)), "wrong_schema properties.relative");
  auto other = Create({{"schema", "Family"},
                       {"properties", {{"person", {person}}, {"relative", {"0190f6a0-0000-7000-8000-00000000ffff"}}}}});
  ASSERT_TRUE(other);
  EXPECT_EQ(test::Describe(CheckEntityReferences(*other, Def("Family"), schema_of)), "unknown_entity properties.relative");
}

TEST_F(EntityInputTest, UpdatesKeepProvenanceAndCloseReplacedValues) {
  Entity e;
  e.id = "e1";
  e.schema = "Person";
  auto in = Create({{"schema", "Person"}, {"properties", {{"name", {"Aliya"}}, {"phone", {"+77011234567"}}}}, {"source", "tip"}});
  ASSERT_TRUE(in);
  std::vector<EntityValue> closed;
  auto changes = ApplyEntityInput(*in, Def("Person"), "u1", 1000, 1, e, closed);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(e.caption, "Aliya");
  EXPECT_TRUE(CheckRequired(Def("Person"), e));

  auto up = Update({{"version", 1}, {"properties", {{"phone", {"+77011234567", "+996555123456"}}}}, {"source", "call"}});
  ASSERT_TRUE(up) << test::Describe(up);
  changes = ApplyEntityInput(*up, Def("Person"), "u2", 2000, 2, e, closed);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].added, std::vector<std::string>{"+996555123456"});
  EXPECT_TRUE(changes[0].removed.empty());
  for (const auto& v : e.values) {
    if (v.value == "+77011234567") {
      EXPECT_EQ(v.recorded_by, "u1") << "an unchanged value keeps who recorded it";
    }
  }
  EXPECT_TRUE(closed.empty());

  auto rename = Update({{"version", 2}, {"properties", {{"name", {"Алия"}}}}});
  ASSERT_TRUE(rename);
  changes = ApplyEntityInput(*rename, Def("Person"), "u2", 3000, 3, e, closed);
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].value, "Aliya");
  EXPECT_EQ(closed[0].until_version, 3);
  EXPECT_EQ(e.caption, "Алия");

  auto empty = Update({{"version", 3}, {"properties", {{"name", json::array()}}}});
  ASSERT_TRUE(empty);
  ApplyEntityInput(*empty, Def("Person"), "u2", 4000, 4, e, closed);
  EXPECT_EQ(test::Describe(CheckRequired(Def("Person"), e)), "required properties.name");
}

TEST_F(EntityInputTest, NothingChangesWhenTheSameValuesAreSentAgain) {
  Entity e;
  auto in = Create({{"schema", "Person"}, {"properties", {{"name", {"Aliya", "Aliya"}}}}});
  ASSERT_TRUE(in);
  EXPECT_EQ(in->properties["name"].size(), 1u) << "duplicates collapse";
  std::vector<EntityValue> closed;
  ApplyEntityInput(*in, Def("Person"), "u1", 1, 1, e, closed);
  EXPECT_TRUE(ApplyEntityInput(*in, Def("Person"), "u1", 2, 2, e, closed).empty());
}

}  // namespace
}  // namespace ariadne
