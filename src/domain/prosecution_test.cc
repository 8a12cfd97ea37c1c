#include "domain/prosecution.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

Jurisdictions Shipped() {
  std::vector<nlohmann::json> docs;
  for (const char* c : {"kz", "kg", "uz", "tj", "tm"}) docs.push_back(test::LoadConfig(std::string("jurisdictions/") + c + ".json"));
  return Jurisdictions::FromJson(docs).value();
}

TEST(Prosecution, TheFiveJurisdictionsLoadWithTheirTraffickingArticles) {
  Jurisdictions j = Shipped();
  for (auto [country, article] : {std::pair{"KZ", "kz-cc-128"}, std::pair{"KG", "kg-cc-124"}, std::pair{"UZ", "uz-cc-135"},
                                  std::pair{"TJ", "tj-cc-130"}, std::pair{"TM", "tm-cc-129-1"}}) {
    const auto* a = j.Article(country, article);
    ASSERT_NE(a, nullptr) << country;
    EXPECT_EQ((*a)["offence"], "tip") << article;
  }
  EXPECT_EQ(j.Article("KG", "kz-cc-128"), nullptr) << "an article belongs to its own jurisdiction";
}

TEST(Prosecution, BadJurisdictionFilesAreRefused) {
  nlohmann::json doc = {{"country", "KZ"}, {"name", {{"en", "Kazakhstan"}, {"ru", "Казахстан"}}},
                        {"articles", {{{"id", "a"}, {"code", "1"}, {"title", {{"en", "x"}, {"ru", "х"}}}, {"offence", "tip"}, {"kind", "criminal"}}}}};
  EXPECT_TRUE(Jurisdictions::FromJson({doc}));
  EXPECT_FALSE(Jurisdictions::FromJson({doc, doc})) << "duplicate articles";
  auto bad = doc;
  bad["articles"][0]["kind"] = "moral";
  EXPECT_FALSE(Jurisdictions::FromJson({bad}));
  bad = doc;
  bad["country"] = "Kazakhstan";
  EXPECT_FALSE(Jurisdictions::FromJson({bad}));
}

TEST(Prosecution, OutcomesAndSentencesFollowTheStatus) {
  Jurisdictions j = Shipped();
  Charge c;
  c.jurisdiction = "KZ";
  c.article = "kz-cc-128";
  c.status = "filed";
  EXPECT_TRUE(CheckCharge(c, j));
  c.outcome = "convicted";
  EXPECT_EQ(test::Describe(CheckCharge(c, j)), "invalid_value outcome");
  c.status = "decided";
  EXPECT_TRUE(CheckCharge(c, j));
  c.outcome = "";
  EXPECT_EQ(test::Describe(CheckCharge(c, j)), "required outcome");
  c.outcome = "acquitted";
  c.sentence_months = 12;
  EXPECT_EQ(test::Describe(CheckCharge(c, j)), "invalid_value sentence");
  c.article = "kg-cc-124";
  EXPECT_EQ(test::Describe(CheckCharge(c, j)), "unknown_article article");
  const Lookups lookups = test::ConfigLookups();
  EXPECT_EQ(test::Describe(ParseChargeInput({{"jurisdiction", "kz"}, {"article", "x"}}, lookups, ChargeInputMode::kCreate)),
            "required suspect_entity_id");
  auto in = ParseChargeInput({{"suspect_entity_id", "e"}, {"jurisdiction", "kz"}, {"article", "kz-cc-128"}}, lookups,
                             ChargeInputMode::kCreate);
  ASSERT_TRUE(in);
  EXPECT_EQ(*in->jurisdiction, "KZ");
}

}  // namespace
}  // namespace ariadne
