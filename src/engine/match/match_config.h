// The resolution engine's settings (config/resolution/matching.json): the thresholds, the
// scorer's calibrated weights, blocking caps and the deconfliction rate limit. Validated when
// loaded; a bad file stops the program naming the field.
#pragma once

#include <map>
#include <vector>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

struct MatchConfig {
  int version = 0;
  double review = 0.5;    // at or above: proposed for review
  double strong = 0.9;    // at or above: a deconfliction notice when the other case is hidden
  double cluster = 0.8;   // batch only: pairs at or above join clusters
  std::map<std::string, double> weights;  // feature name -> weight; "bias" is the intercept
  std::vector<double> feature_weights;     // the same in MatchFeatureNames() order, for the scorer
  double bias = 0;
  int max_block = 400;             // a name block larger than this is split by birth year
  int max_identifier_block = 40;   // a phone or document shared by more records is a hub: not used to pair
  double object_same_identifier = 0.97;  // accounts, vehicles, documents sharing their number
  int probe_window_hours = 24;     // deconfliction: notices one user may trigger in the window
  int probe_max_notices = 5;

  double Weight(const std::string& feature) const {
    auto it = weights.find(feature);
    return it == weights.end() ? 0.0 : it->second;
  }
};

// The feature names the scorer computes, in a fixed order (the calibration tool fits them).
const std::vector<std::string>& MatchFeatureNames();

Result<MatchConfig> ParseMatchConfig(const nlohmann::json& j, const std::string& file);
Result<MatchConfig> LoadMatchConfig(const std::string& config_dir);  // <dir>/resolution/matching.json

}  // namespace ariadne
