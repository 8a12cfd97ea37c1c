// The normaliser and name comparison against tests/rules/names/pairs.json: real names of the
// region written in Cyrillic and in the romanisations in use (passport ICAO, BGN/PCGN, Uzbek,
// Kazakh, Kyrgyz and Tajik Latin, informal), and pairs of different people that look alike.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "engine/match/blocking.h"
#include "engine/match/scorer.h"

namespace ariadne {
namespace {

nlohmann::json Pairs() {
  std::ifstream in(std::string(ARIADNE_SOURCE_DIR) + "/tests/rules/names/pairs.json");
  return nlohmann::json::parse(in);
}

bool ShareBlock(const std::string& a, const std::string& b) {
  MatchInput x, y;
  x.schema = y.schema = "Person";
  x.names = {a};
  y.names = {b};
  const auto ka = BlockingKeys(Prepare(x)), kb = BlockingKeys(Prepare(y));
  for (const BlockKey& p : ka)
    for (const BlockKey& q : kb)
      if (p.hash == q.hash && (p.type != KeyType::kNameInitial || p.initial_side || q.initial_side)) return true;
  return false;
}

// A pair the comparison says is the same name: every part agrees closely, nothing says otherwise.
bool Agrees(const NameAgreement& n) { return n.similarity >= 0.9 && !n.patronymic_differs && !n.gender_differs; }

TEST(NamePairs, SameNamesMeetAndAgreeInEveryLanguage) {
  const auto doc = Pairs();
  std::map<std::string, std::pair<int, int>> by_language;  // agreed, total
  for (const auto& p : doc["same"]) {
    const std::string a = p["a"], b = p["b"], lang = p["language"];
    const NameAgreement n = CompareNameStrings(a, b);
    const bool ok = ShareBlock(a, b) && (Agrees(n) || (n.similarity == 0 && n.missing == 0));
    auto& [agreed, total] = by_language[lang];
    ++total;
    if (ok) ++agreed;
    else std::printf("not matched: %s %s: '%s' vs '%s'\n", lang.c_str(), p.value("scheme", "").c_str(), a.c_str(), b.c_str());
  }
  // Some variants no folding can settle without a dictionary (Асхат written Ashat, where "sh"
  // reads as ш; Йўлдошев beside the Russian form Юлдашев): at most 3% of a language's pairs.
  for (const auto& [lang, counts] : by_language) {
    std::printf("%s: %d of %d\n", lang.c_str(), counts.first, counts.second);
    EXPECT_GE(counts.first * 100, counts.second * 97) << lang;
  }
}

TEST(NamePairs, DifferentPeopleAreToldApart) {
  const auto doc = Pairs();
  for (const auto& p : doc["different"]) {
    const std::string a = p["a"], b = p["b"];
    const NameAgreement n = CompareNameStrings(a, b);
    EXPECT_FALSE(n.exact && !n.patronymic_differs && !n.gender_differs)
        << p["language"] << ": '" << a << "' vs '" << b << "' (" << p.value("why", "") << ") sim " << n.similarity;
  }
}

}  // namespace
}  // namespace ariadne
