#include "domain/case_input.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;
using test::Describe;

class CaseInputTest : public ::testing::Test {
 protected:
  static json ValidCreate() {
    return {{"title", "Recruitment via job ads"}, {"category", "tip"}, {"approach", "reactive"},
            {"trigger", "complaint"}, {"jurisdiction", {{"country", "KZ"}}}};
  }
  // Parses `patch` merged over a valid body (create) or over {"version": 3} (update).
  std::string Create(const json& patch) {
    json body = ValidCreate();
    body.merge_patch(patch);
    return Describe(ParseCaseInput(body, lookups_, CaseInputMode::kCreate));
  }
  std::string Update(json body) {
    if (!body.contains("version")) body["version"] = 3;
    return Describe(ParseCaseInput(body, lookups_, CaseInputMode::kUpdate));
  }
  const Lookups lookups_ = test::ConfigLookups();
};

TEST_F(CaseInputTest, ValidCreateParsesEveryField) {
  json body = ValidCreate();
  body["summary"] = "s";
  body["forms_of_exploitation"] = {"labour", "sexual", "labour"};
  body["countries_of_origin"] = {"UZ"};
  body["countries_of_transit"] = json::array();
  body["countries_of_destination"] = {"AE", "TR"};
  body["jurisdiction"]["region"] = "Almaty";
  body["covert"] = true;
  body["victim_notes"] = "restricted";
  auto in = ParseCaseInput(body, lookups_, CaseInputMode::kCreate);
  ASSERT_TRUE(in) << Describe(in);
  EXPECT_EQ(*in->title, "Recruitment via job ads");
  EXPECT_EQ(*in->forms_of_exploitation, (std::vector<std::string>{"labour", "sexual"}));  // de-duplicated
  EXPECT_EQ(*in->jurisdiction_country, "KZ");
  EXPECT_EQ(*in->jurisdiction_region, "Almaty");
  EXPECT_TRUE(in->countries_of_transit->empty());
  EXPECT_TRUE(*in->covert);
  EXPECT_FALSE(in->version.has_value());
  EXPECT_FALSE(in->state.has_value());
}

TEST_F(CaseInputTest, UnknownFieldsAreNamed) {
  EXPECT_EQ(Create({{"colour", "red"}}), "unknown_field colour");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", "KZ"}, {"city", "Almaty"}}}}), "unknown_field jurisdiction.city");
  EXPECT_EQ(Create({{"victim_name", "x"}}), "unknown_field victim_name");
}

TEST_F(CaseInputTest, WrongTypesAreNamedAndAre400) {
  EXPECT_EQ(Describe(ParseCaseInput(json::array(), lookups_, CaseInputMode::kCreate)), "wrong_type");
  EXPECT_EQ(Create({{"title", 7}}), "wrong_type title");
  EXPECT_EQ(Create({{"summary", {{"a", 1}}}}), "wrong_type summary");
  EXPECT_EQ(Create({{"category", true}}), "wrong_type category");
  EXPECT_EQ(Create({{"forms_of_exploitation", "labour"}}), "wrong_type forms_of_exploitation");
  EXPECT_EQ(Create({{"countries_of_origin", {1, 2}}}), "wrong_type countries_of_origin");
  EXPECT_EQ(Create({{"jurisdiction", "KZ"}}), "wrong_type jurisdiction");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", 1}}}}), "wrong_type jurisdiction.country");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", "KZ"}, {"region", 1}}}}), "wrong_type jurisdiction.region");
  EXPECT_EQ(Create({{"covert", "yes"}}), "wrong_type covert");
  EXPECT_EQ(Update({{"version", "3"}}), "wrong_type version");
  EXPECT_EQ(Update({{"version", 3.5}}), "wrong_type version");
  auto r = ParseCaseInput(json{{"title", 7}}, lookups_, CaseInputMode::kCreate);
  EXPECT_EQ(r.error().http_status, 400);
}

TEST_F(CaseInputTest, RequiredOnCreate) {
  json body = ValidCreate();
  for (const char* field : {"title", "category", "approach", "trigger"}) {
    json b = body;
    b.erase(field);
    EXPECT_EQ(Describe(ParseCaseInput(b, lookups_, CaseInputMode::kCreate)), std::string("required ") + field);
  }
  json no_jurisdiction = body;
  no_jurisdiction.erase("jurisdiction");
  EXPECT_EQ(Describe(ParseCaseInput(no_jurisdiction, lookups_, CaseInputMode::kCreate)), "required jurisdiction.country");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", nullptr}, {"region", "Almaty"}}}}), "required jurisdiction.country");
  EXPECT_EQ(Create({{"title", " \t\n"}}), "required title");
  EXPECT_EQ(Create({{"title", nullptr}}), "required title");  // merge_patch removes it
  auto r = ParseCaseInput(json{{"category", "tip"}}, lookups_, CaseInputMode::kCreate);
  EXPECT_EQ(r.error().http_status, 422);
}

TEST_F(CaseInputTest, NullMeansAbsent) {
  json body = ValidCreate();
  body["summary"] = nullptr;
  body["covert"] = nullptr;
  body["forms_of_exploitation"] = nullptr;
  auto in = ParseCaseInput(body, lookups_, CaseInputMode::kCreate);
  ASSERT_TRUE(in) << Describe(in);
  EXPECT_FALSE(in->summary || in->covert || in->forms_of_exploitation);
}

TEST_F(CaseInputTest, InvalidValuesAreNamedAndAre422) {
  EXPECT_EQ(Create({{"category", "Trafficking"}}), "invalid_value category");
  EXPECT_EQ(Create({{"approach", "tip"}}), "invalid_value approach");  // an id from another list
  EXPECT_EQ(Create({{"trigger", ""}}), "invalid_value trigger");
  EXPECT_EQ(Create({{"forms_of_exploitation", {"labour", "slavery"}}}), "invalid_value forms_of_exploitation");
  EXPECT_EQ(Create({{"countries_of_destination", {"XX"}}}), "invalid_value countries_of_destination");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", "kz"}}}}), "invalid_value jurisdiction.country");
  EXPECT_EQ(Create({{"jurisdiction", {{"country", "KZ"}, {"region", std::string(201, 'r')}}}}),
            "invalid_value jurisdiction.region");
  EXPECT_EQ(Create({{"summary", std::string(kMaxTextChars + 1, 's')}}), "invalid_value summary");
  EXPECT_EQ(Update({{"state", "archived"}}), "invalid_value state");
}

// Limits count characters, not bytes: a Cyrillic letter is two bytes in UTF-8.
TEST_F(CaseInputTest, TitleLengthCountsCharacters) {
  std::string cyrillic;
  for (size_t i = 0; i < kMaxTitleChars; ++i) cyrillic += "Ж";
  ASSERT_EQ(cyrillic.size(), 2 * kMaxTitleChars);
  EXPECT_EQ(Create({{"title", cyrillic}}), "ok");
  EXPECT_EQ(Create({{"title", cyrillic + "Ж"}}), "invalid_value title");
  EXPECT_EQ(Create({{"title", std::string(kMaxTitleChars, 't')}}), "ok");
  EXPECT_EQ(Create({{"title", std::string(kMaxTitleChars + 1, 't')}}), "invalid_value title");
}

TEST_F(CaseInputTest, CreateRefusesServerOwnedFields) {
  EXPECT_EQ(Create({{"version", 1}}), "unknown_field version");
  EXPECT_EQ(Create({{"state", "closed"}}), "unknown_field state");
}

TEST_F(CaseInputTest, UpdateNeedsVersionOnly) {
  EXPECT_EQ(Describe(ParseCaseInput(json{{"summary", "x"}}, lookups_, CaseInputMode::kUpdate)), "required version");
  EXPECT_EQ(Update(json::object()), "ok");
  EXPECT_EQ(Update({{"state", "investigation"}}), "ok");
  EXPECT_EQ(Update({{"jurisdiction", {{"country", "KG"}}}}), "ok");
  EXPECT_EQ(Update({{"title", "  "}}), "required title");
  EXPECT_EQ(Update({{"jurisdiction", {{"region", "Osh"}}}}), "required jurisdiction.country");
  auto in = ParseCaseInput(json{{"version", 3}, {"summary", "x"}}, lookups_, CaseInputMode::kUpdate);
  ASSERT_TRUE(in);
  EXPECT_EQ(in->version, 3);
  EXPECT_FALSE(in->title || in->category || in->state);
}

// Renders changes as "field:before>after ..." for one-line asserts.
std::string Changes(const std::vector<FieldChange>& changes) {
  std::string out;
  for (const auto& c : changes) {
    if (!out.empty()) out += ' ';
    out += c.field + ":" + c.before.dump() + ">" + c.after.dump();
  }
  return out;
}

TEST_F(CaseInputTest, ApplyReportsOnlyChangedFields) {
  Case c;
  c.title = "Old";
  c.summary = "same";
  c.state = "open";
  c.forms_of_exploitation = {"labour"};
  c.jurisdiction_country = "KZ";
  CaseInput in;
  in.title = "New";
  in.summary = "same";
  in.state = "investigation";
  in.forms_of_exploitation = std::vector<std::string>{"labour"};
  in.jurisdiction_country = "KG";
  in.covert = true;
  EXPECT_EQ(Changes(ApplyCaseInput(in, c)),
            R"(title:"Old">"New" state:"open">"investigation" jurisdiction.country:"KZ">"KG" covert:false>true)");
  EXPECT_EQ(c.title, "New");
  EXPECT_EQ(c.state, "investigation");
  EXPECT_TRUE(c.covert);
  EXPECT_EQ(Changes(ApplyCaseInput(in, c)), "");  // applying again changes nothing
}

TEST_F(CaseInputTest, ApplyListsAndRestrictedField) {
  Case c;
  c.countries_of_origin = {"UZ"};
  CaseInput in;
  in.countries_of_origin = std::vector<std::string>{"UZ", "TJ"};
  in.victim_notes = "shelter B";
  EXPECT_EQ(Changes(ApplyCaseInput(in, c)), R"(countries_of_origin:["UZ"]>["UZ","TJ"] victim_notes:"">"shelter B")");
  EXPECT_EQ(Changes(ApplyCaseInput(CaseInput{}, c)), "");
}

}  // namespace
}  // namespace ariadne
