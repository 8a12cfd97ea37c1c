// The classification aid, driven by tests/rules/legal/cases.json and tried under each
// jurisdiction of config/jurisdictions, plus the refusals of malformed input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "domain/jurisdictions.h"
#include "domain/legal_assessment.h"
#include "domain/protection_reference.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

std::map<std::string, json> Folder(const std::string& folder) {
  std::map<std::string, json> out;
  for (const auto& e : std::filesystem::directory_iterator(test::SourcePath("config/" + folder))) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    out[e.path().filename().string()] = json::parse(in);
  }
  return out;
}

const Jurisdictions& ShippedJurisdictions() {
  static const Jurisdictions j = [] {
    std::vector<json> docs;
    for (auto& [f, d] : Folder("jurisdictions")) docs.push_back(d);
    return Jurisdictions::FromJson(docs).value();
  }();
  return j;
}

const ProtectionReference& Reference() {
  static const ProtectionReference r = ProtectionReference::FromJson(Folder("protection")).value();
  return r;
}

std::vector<std::string> Codes(const std::vector<LegalReason>& v) {
  std::vector<std::string> out;
  for (const auto& r : v) out.push_back(r.code);
  return out;
}

TEST(LegalAssessmentTest, RuleFile) {
  std::ifstream in(test::SourcePath("tests/rules/legal/cases.json"));
  json doc = json::parse(in);
  int tried = 0;
  for (const auto& c : doc["cases"]) {
    const std::string name = c["name"];
    auto input = ParseLegalInput(c["input"], Reference().legal());
    ASSERT_TRUE(input) << name << ": " << input.error().message;
    for (const auto& country : c["jurisdictions"]) {
      SCOPED_TRACE(name + " under " + country.get<std::string>());
      ASSERT_TRUE(ShippedJurisdictions().Has(country));
      LegalResult r = AssessLegalElements(*input, ShippedJurisdictions().Rules(country));
      EXPECT_EQ(r.proposal, c["proposal"].get<std::string>());
      if (c.contains("trafficking_missing")) {
        EXPECT_EQ(json(r.trafficking_missing), c["trafficking_missing"]);
      }
      if (c.contains("smuggling_missing")) {
        EXPECT_EQ(json(r.smuggling_missing), c["smuggling_missing"]);
      }
      auto reasons = Codes(r.reasons);
      for (const auto& want : c.value("reasons", json::array()))
        EXPECT_NE(std::find(reasons.begin(), reasons.end(), want.get<std::string>()), reasons.end()) << want;
      json expected_national = c.value("national", json::object()).value(country.get<std::string>(), json::array());
      EXPECT_EQ(json(Codes(r.national)), expected_national);
      for (const auto& reason : r.reasons) EXPECT_FALSE(reason.text.ru.empty() || reason.text.en == reason.code) << reason.code;
      ++tried;
    }
  }
  EXPECT_GE(tried, 40);
}

// The SOP's table: Tajikistan lacks the child rule, Kazakhstan the consent rule.
TEST(LegalAssessmentTest, NationalRulesFollowTheSopTable) {
  EXPECT_FALSE(ShippedJurisdictions().Rules("TJ").child_needs_no_means);
  EXPECT_FALSE(ShippedJurisdictions().Rules("KZ").consent_irrelevant);
  for (const char* c : {"KG", "TM", "UZ"}) {
    EXPECT_TRUE(ShippedJurisdictions().Rules(c).child_needs_no_means) << c;
    EXPECT_TRUE(ShippedJurisdictions().Rules(c).consent_irrelevant) << c;
  }
  EXPECT_EQ(ShippedJurisdictions().Protection("KZ").reflection_period_days, 30);
}

TEST(LegalAssessmentTest, RefusesMalformedInput) {
  const auto& v = Reference().legal();
  EXPECT_EQ(test::Describe(ParseLegalInput(json::array(), v)), "wrong_type");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"verdict", true}}, v)), "unknown_field verdict");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"acts", "recruitment"}}, v)), "wrong_type acts");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"acts", {{{"id", "kidnap_by_aliens"}}}}}, v)), "invalid_value acts[0].id");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"means", {{{"id", "deception"}}, {{"id", "deception"}}}}}, v)),
            "invalid_value means[1].id");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"purposes", {{{"id", "forced_labour"}, {"evidence", {"photo.jpg"}}}}}}, v)),
            "invalid_value purposes[0].evidence[0]");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"child", "yes"}}, v)), "wrong_type child");
  EXPECT_EQ(test::Describe(ParseLegalInput({{"benefit", 1}}, v)), "wrong_type benefit");
  auto ok = ParseLegalInput(
      {{"acts", {{{"id", "recruitment"}, {"evidence", {"interview:019a0000-0000-7000-8000-000000000001"}}}}}}, v);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->acts[0].evidence.size(), 1u);
}

}  // namespace
}  // namespace ariadne
