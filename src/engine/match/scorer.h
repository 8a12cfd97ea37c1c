// Pairwise scoring: named features of two prepared records, a calibrated probability that they
// are the same person or thing (logistic, weights from config), and the reasons in words.
// A shared identifier is strong evidence, never proof: traffickers keep their victims'
// passports and phones, so it adds weight like any other feature and the threshold decides.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "engine/match/match_config.h"
#include "engine/match/match_input.h"

namespace ariadne {

struct MatchReason {
  std::string code;      // same_passport, names_transliterated, birth_year_differs, ...
  std::string strength;  // strong | supporting | against
  std::string text, text_ru;
};

inline constexpr size_t kMatchFeatureCount = 18;
using MatchFeatures = std::array<double, kMatchFeatureCount>;

struct MatchScore {
  double probability = 0;
  MatchFeatures features{};  // MatchFeatureNames() order
  std::vector<MatchReason> reasons;
};

// `name_frequency`: how many records carry the same name (blocking statistics); 1 when unknown.
MatchScore ScorePair(const PreparedRecord& a, const PreparedRecord& b, const MatchConfig& config, int name_frequency = 1,
                     bool explain = true);
// Two names alone, as the scorer compares them (tests and the name-pair rules file).
struct NameAgreement {
  double similarity = 0;  // mean over aligned full parts
  bool exact = false;     // every part the same after folding, none missing
  bool patronymic_differs = false, gender_differs = false;
  int missing = 0;  // parts on one side only
};
NameAgreement CompareNameStrings(std::string_view a, std::string_view b);
// Jaro-Winkler similarity of two byte strings.
double JaroWinkler(std::string_view a, std::string_view b);

}  // namespace ariadne
