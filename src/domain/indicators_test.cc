// Indicator sets load and validate; a screening counts what was observed per group and
// recommends, and never scores or decides.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "domain/indicators.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

json Set(const std::string& id, int version = 1) {
  return {{"id", id},
          {"version", version},
          {"kind", "standard"},
          {"label", {{"en", "Test"}, {"ru", "Тест"}}},
          {"applies_to", "any"},
          {"groups", {{{"id", "control"}, {"label", {{"en", "Control"}, {"ru", "Контроль"}}}},
                      {{"id", "context"}, {"label", {{"en", "Context"}, {"ru", "Обстоятельства"}}}}}},
          {"indicators",
           {{{"id", id + ".held_papers"}, {"text", {{"en", "Papers held by another"}, {"ru", "Документы у другого"}}},
             {"group", "control"}, {"direct", true}, {"source", {{"document", "000.txt"}, {"lines", "1-2"}}}},
            {{"id", id + ".no_language"}, {"text", {{"en", "No local language"}, {"ru", "Не знает языка"}}},
             {"group", "context"}, {"direct", false}, {"source", {{"document", "000.txt"}, {"lines", "3"}}}},
            {{"id", id + ".recent_arrival"}, {"text", {{"en", "Arrived recently"}, {"ru", "Недавно прибыл"}}},
             {"group", "context"}, {"direct", false}, {"source", {{"document", "000.txt"}, {"lines", "4"}}}}}}};
}

std::string Refusal(std::map<std::string, json> files) {
  auto c = IndicatorCatalogue::FromJson(files);
  return c ? "ok" : c.error().field + ": " + c.error().message;
}

TEST(IndicatorsTest, ShippedSetsLoadWithTheSourcesCounts) {
  std::map<std::string, json> files;
  for (const auto& e : std::filesystem::directory_iterator(test::SourcePath("config/indicators"))) {
    if (e.path().extension() != ".json") continue;
    std::ifstream in(e.path());
    files[e.path().filename().string()] = json::parse(in);
  }
  auto c = IndicatorCatalogue::FromJson(files);
  ASSERT_TRUE(c) << c.error().message;
  const std::map<std::string, size_t> counts = {{"sop_general", 26}, {"sop_children", 16}, {"sop_sexual", 19},
                                                {"sop_labour", 23},  {"sop_domestic", 9},  {"sop_begging", 17},
                                                {"ilo_forced_labour", 11}};
  for (const auto& [id, n] : counts) {
    const IndicatorSet* s = c->Latest(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->indicators.size(), n) << id;
  }
  for (const char* id : {"icmpd_generic", "icmpd_sexual", "icmpd_labour", "icmpd_domestic", "icmpd_border",
                         "icmpd_trafficker", "icmpd_control", "osce_risk_factors"})
    EXPECT_NE(c->Latest(id), nullptr) << id;
  EXPECT_EQ(c->Latest("sop_children")->applies_to, "child");
}

TEST(IndicatorsTest, RefusesBrokenSetsNamingTheField) {
  EXPECT_EQ(Refusal({{"t.json", Set("t")}}), "ok");
  json unknown = Set("t");
  unknown["score"] = 3;
  EXPECT_EQ(Refusal({{"t.json", unknown}}), "score: config/indicators/t.json: unknown field 'score' in the set");
  json group = Set("t");
  group["indicators"][0]["group"] = "money";
  EXPECT_EQ(Refusal({{"t.json", group}}), "group: config/indicators/t.json: indicator t.held_papers: unknown group 'money'");
  json weight = Set("t");
  weight["indicators"][0]["weight"] = 2;
  EXPECT_NE(Refusal({{"t.json", weight}}).find("only a national or community set may weigh"), std::string::npos);
  json russian = Set("t");
  russian["indicators"][1]["text"].erase("ru");
  EXPECT_NE(Refusal({{"t.json", russian}}).find("text.en and text.ru"), std::string::npos);
  json prefix = Set("t");
  prefix["indicators"][0]["id"] = "other.held_papers";
  EXPECT_NE(Refusal({{"t.json", prefix}}).find("must start with 't.'"), std::string::npos);
  EXPECT_NE(Refusal({{"u.json", Set("t")}}).find("must be named t.json or t.v1.json"), std::string::npos);
  EXPECT_NE(Refusal({{"t.json", Set("t")}, {"t.v1.json", Set("t")}}).find("another file holds version 1"),
            std::string::npos);
}

TEST(IndicatorsTest, VersionsAndCommunityListsReferringToOtherSets) {
  json community = {{"id", "osh"},
                    {"version", 1},
                    {"kind", "community"},
                    {"community", {{"name", {{"en", "Osh market"}, {"ru", "Ошский рынок"}}}, {"role", "destination"}}},
                    {"label", {{"en", "Osh"}, {"ru", "Ош"}}},
                    {"groups", {{{"id", "priority"}, {"label", {{"en", "Look first"}, {"ru", "В первую очередь"}}}}}},
                    {"indicators", {{{"id", "osh.papers"}, {"ref", "t.held_papers"}, {"group", "priority"}, {"priority", 1}}}}};
  auto c = IndicatorCatalogue::FromJson({{"t.json", Set("t")}, {"t.v2.json", Set("t", 2)}, {"osh.json", community}});
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->Latest("t")->version, 2);
  EXPECT_NE(c->Find("t", 1), nullptr);
  const Indicator* i = c->Latest("osh")->Find("osh.papers");
  ASSERT_NE(i, nullptr);
  EXPECT_TRUE(i->direct);
  EXPECT_EQ(i->text.ru, "Документы у другого");
  EXPECT_EQ(i->priority, 1);
  community["indicators"][0]["ref"] = "t.nothing";
  EXPECT_NE(Refusal({{"t.json", Set("t")}, {"osh.json", community}}).find("names no indicator"), std::string::npos);
}

TEST(IndicatorsTest, ScreeningCountsPerGroupAndRecommends) {
  auto c = IndicatorCatalogue::FromJson({{"t.json", Set("t")}}).value();
  std::vector<const IndicatorSet*> sets = {c.Latest("t")};
  auto none = EvaluateScreening(sets, {});
  ASSERT_TRUE(none);
  EXPECT_EQ(none->recommendation, "no_indicators_observed");
  ASSERT_EQ(none->groups.size(), 2u);
  EXPECT_EQ(none->groups[1].total, 2);

  auto indirect = EvaluateScreening(sets, {{"t.no_language", "speaks only Uzbek"}, {"t.recent_arrival", ""}});
  ASSERT_TRUE(indirect);
  EXPECT_EQ(indirect->recommendation, "enquire_further");
  EXPECT_EQ(indirect->groups[1].observed, 2);
  EXPECT_EQ(indirect->groups[1].direct_observed, 0);

  auto direct = EvaluateScreening(sets, {{"t.held_papers", "employer keeps the passport"}});
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->recommendation, "refer_specialised_unit");
  EXPECT_EQ(direct->groups[0].direct_observed, 1);

  EXPECT_EQ(test::Describe(EvaluateScreening(sets, {{"t.no_language", ""}, {"x.unknown", ""}})),
            "invalid_value observations[1].indicator");
  EXPECT_EQ(test::Describe(EvaluateScreening(sets, {{"t.no_language", ""}, {"t.no_language", ""}})),
            "invalid_value observations[1].indicator");
  EXPECT_FALSE(ScreeningNotice().ru.empty());
}

}  // namespace
}  // namespace ariadne
