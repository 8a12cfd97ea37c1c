#include <gtest/gtest.h>

#include "engine/match/batch_resolver.h"
#include "engine/match/live_index.h"
#include "engine/match/scorer.h"

namespace ariadne {
namespace {

MatchConfig Config() {
  auto c = LoadMatchConfig(std::string(ARIADNE_SOURCE_DIR) + "/config");
  EXPECT_TRUE(c) << c.error().message;
  return *c;
}

PreparedRecord Person(const std::string& id, const std::string& group, const std::string& name,
                      const std::string& birth = "", const std::string& phone = "", const std::string& passport = "") {
  MatchInput in;
  in.id = id;
  in.group = group;
  in.schema = "Person";
  in.names = {name};
  if (!birth.empty()) in.birth_dates = {birth};
  if (!phone.empty()) in.phones = {phone};
  if (!passport.empty()) in.identifiers = {{IdKind::kPassport, passport}};
  in.region = "KG";
  return Prepare(in);
}

bool HasReason(const MatchScore& s, const std::string& code) {
  for (const auto& r : s.reasons)
    if (r.code == code) return true;
  return false;
}

TEST(Scorer, ExplainsItself) {
  const MatchConfig c = Config();
  MatchScore s = ScorePair(Person("a", "1", "Рахимов Ботир", "1985-03-12", "", "AC1234567"),
                           Person("b", "2", "Botir Rakhimov", "1986-03-12", "", "AC 1234567"), c);
  EXPECT_TRUE(HasReason(s, "same_passport"));
  EXPECT_TRUE(HasReason(s, "names_transliterated"));
  EXPECT_TRUE(HasReason(s, "name_order_swapped"));
  EXPECT_TRUE(HasReason(s, "birth_year_differs"));
  EXPECT_GE(s.probability, c.review);
  for (const auto& r : s.reasons) EXPECT_FALSE(r.text_ru.empty()) << r.code;
}

TEST(Scorer, NoIdentifierDecidesAlone) {
  const MatchConfig c = Config();
  // A trafficker's record carrying his victim's passport and phone: other name, other birth date.
  MatchScore s = ScorePair(Person("a", "1", "Aziza Karimova", "2001-05-02", "0555 12-34-56", "AC1234567"),
                           Person("b", "2", "Botir Rakhimov", "1980-01-09", "+996555123456", "AC1234567"), c);
  EXPECT_TRUE(HasReason(s, "same_passport"));
  EXPECT_TRUE(HasReason(s, "same_phone"));
  EXPECT_LT(s.probability, c.review);
}

TEST(Scorer, RelativesSharingAPhoneAreNotProposed) {
  const MatchConfig c = Config();
  MatchScore s = ScorePair(Person("a", "1", "Rakhimov Botir", "1985", "0555123456"),
                           Person("b", "2", "Rakhimova Botagoz", "1990", "0555123456"), c);
  EXPECT_TRUE(HasReason(s, "gender_differs"));
  EXPECT_LT(s.probability, c.review);
}

TEST(Scorer, NamesakesWithOtherBirthDatesAreHeldBack) {
  const MatchConfig c = Config();
  MatchScore s = ScorePair(Person("a", "1", "Иванов Сергей", "1970-01-01"), Person("b", "2", "Ivanov Sergei", "1992-07-30"), c, 200);
  EXPECT_TRUE(HasReason(s, "birth_differs"));
  EXPECT_LT(s.probability, c.review);
}

TEST(Scorer, MalformedInputsScoreWithoutError) {
  const MatchConfig c = Config();
  MatchInput empty;
  empty.schema = "Person";
  empty.names = {"", "   "};
  empty.phones = {"call me maybe"};
  empty.birth_dates = {"soon"};
  const PreparedRecord e = Prepare(empty);
  EXPECT_TRUE(e.names.empty());
  EXPECT_TRUE(e.phones.empty());
  EXPECT_TRUE(e.births.empty());
  EXPECT_TRUE(BlockingKeys(e).empty());
  MatchScore s = ScorePair(e, Person("b", "2", "Rakhimov Botir"), c);
  EXPECT_LT(s.probability, c.review);
  MatchScore mixed = ScorePair(Person("a", "1", "Rakhимов Botир"), Person("b", "2", "Rakhimov Botir"), c);
  EXPECT_GT(mixed.features[0], 0.9);
}

TEST(Batch, ProposesPairsAndClustersWithoutComparingEveryone) {
  const MatchConfig c = Config();
  std::vector<PreparedRecord> records = {
      Person("a", "1", "Рахимов Ботир Алишерович", "1985-03-12", "0555 12-34-56", "AC1234567"),
      Person("b", "2", "Rakhimov Botir", "1985-03-12", "", "AC 1234567"),
      Person("c", "3", "BOTIR RAKHIMOV", "1985", "+996555123456", "ac-1234567"),
      Person("d", "4", "Aziza Karimova", "2001-05-02"),
      Person("e", "1", "Rakhimov Botir", "1985-03-12"),  // same group as "a": not paired
  };
  BatchResult r = ResolveBatch(records, c, 2);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& p : r.pairs) pairs.insert({records[p.a].id, records[p.b].id});
  EXPECT_TRUE(pairs.count({"a", "b"}));
  EXPECT_TRUE(pairs.count({"a", "c"}));
  EXPECT_TRUE(pairs.count({"b", "c"}));
  EXPECT_FALSE(pairs.count({"a", "e"}));
  for (const auto& [x, y] : pairs) EXPECT_TRUE(x != "d" && y != "d");
  ASSERT_FALSE(r.clusters.empty());
  EXPECT_LT(r.stats.comparisons, 10u);  // 5 records: at most the 10 pairs, and fewer
}

TEST(LiveIndex, MatchesANewRecordAndForgetsARemovedOne) {
  LiveIndex ix(Config());
  ix.Upsert(Person("a", "1", "Рахимов Ботир", "1985-03-12", "", "AC1234567"));
  ix.Upsert(Person("d", "2", "Aziza Karimova", "2001-05-02"));
  auto found = ix.Match(Person("n", "3", "Rakhimov Botir", "1985-03-12", "", "AC1234567"), 0.5);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, "a");
  EXPECT_FALSE(found[0].score.reasons.empty());
  EXPECT_TRUE(ix.Match(Person("n", "1", "Rakhimov Botir", "1985-03-12"), 0.5).empty());  // same case
  ix.Remove("a");
  EXPECT_TRUE(ix.Match(Person("n", "3", "Rakhimov Botir", "1985-03-12", "", "AC1234567"), 0.5).empty());
  EXPECT_EQ(ix.size(), 1u);
}

TEST(MatchConfig, BadFilesNameTheField) {
  auto bad = ParseMatchConfig(nlohmann::json::parse(R"({"version": 1, "thresholds": {"review": 2, "strong": 0.9,
      "cluster": 0.8}, "weights": {"bias": 0}})"), "matching.json");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "review");
  auto unknown = ParseMatchConfig(nlohmann::json::parse(R"({"version": 1, "thresholds": {"review": 0.5, "strong": 0.9,
      "cluster": 0.8}, "weights": {"bias": 0, "shoe_size": 1}})"), "matching.json");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().field, "weights.shoe_size");
}

}  // namespace
}  // namespace ariadne
