#include "engine/match/match_config.h"

#include <fstream>

#include "domain/config_reader.h"

namespace ariadne {

const std::vector<std::string>& MatchFeatureNames() {
  static const std::vector<std::string> kNames = {
      "name_similarity", "name_exact",     "name_part_missing", "initial_only",   "patronymic_same",
      "patronymic_differs", "gender_differs", "birth_same",      "birth_compatible", "birth_near",
      "birth_differs",   "shared_document", "shared_phone",     "shared_email",   "document_differs",
      "common_name",     "single_part_name", "identifier_names_differ"};
  return kNames;
}

namespace {

Result<double> Number(const ConfigReader& cr, const nlohmann::json& obj, const std::string& key, double lo, double hi,
                      bool required = true) {
  if (!obj.contains(key)) {
    if (required) return Fail(cr.Bad(key + " is required", key));
    return lo - 1;
  }
  if (!obj[key].is_number()) return Fail(cr.Bad(key + " must be a number", key));
  const double v = obj[key].get<double>();
  if (v < lo || v > hi) return Fail(cr.Bad(key + " must be between " + std::to_string(lo) + " and " + std::to_string(hi), key));
  return v;
}

}  // namespace

Result<MatchConfig> ParseMatchConfig(const nlohmann::json& j, const std::string& file) {
  ConfigReader cr("resolution", file);
  if (!j.is_object()) return Fail(cr.Bad("must be an object", ""));
  ARIADNE_RETURN_IF_ERROR(cr.Known(j, {"version", "comment", "thresholds", "weights", "calibration", "blocking",
                                       "objects", "deconfliction"}, ""));
  MatchConfig c;
  auto version = cr.Positive(j, "version", "");
  if (!version) return Fail(version.error());
  c.version = *version;
  if (!j.contains("thresholds") || !j["thresholds"].is_object()) return Fail(cr.Bad("must be an object", "thresholds"));
  const auto& t = j["thresholds"];
  ARIADNE_RETURN_IF_ERROR(cr.Known(t, {"review", "strong", "cluster"}, "thresholds"));
  auto review = Number(cr, t, "review", 0.01, 0.999);
  if (!review) return Fail(review.error());
  auto strong = Number(cr, t, "strong", 0.01, 0.999);
  if (!strong) return Fail(strong.error());
  auto cluster = Number(cr, t, "cluster", 0.01, 0.999);
  if (!cluster) return Fail(cluster.error());
  if (*strong < *review) return Fail(cr.Bad("must not be below thresholds.review", "thresholds.strong"));
  c.review = *review;
  c.strong = *strong;
  c.cluster = *cluster;
  if (!j.contains("weights") || !j["weights"].is_object()) return Fail(cr.Bad("must be an object", "weights"));
  const auto& names = MatchFeatureNames();
  for (const auto& [k, v] : j["weights"].items()) {
    if (k != "bias" && std::find(names.begin(), names.end(), k) == names.end())
      return Fail(cr.Bad("weights." + k + " is not a feature the scorer computes", "weights." + k));
    if (!v.is_number()) return Fail(cr.Bad("weights." + k + " must be a number", "weights." + k));
    c.weights[k] = v.get<double>();
  }
  if (!c.weights.count("bias")) return Fail(cr.Bad("weights.bias is required", "weights.bias"));
  c.bias = c.weights["bias"];
  for (const std::string& n : names) c.feature_weights.push_back(c.Weight(n));
  if (j.contains("blocking")) {
    const auto& b = j["blocking"];
    ARIADNE_RETURN_IF_ERROR(cr.Known(b, {"max_block", "max_identifier_block"}, "blocking"));
    auto mb = cr.Positive(b, "max_block", "blocking");
    if (!mb) return Fail(mb.error());
    auto mi = cr.Positive(b, "max_identifier_block", "blocking");
    if (!mi) return Fail(mi.error());
    c.max_block = *mb;
    c.max_identifier_block = *mi;
  }
  if (j.contains("objects")) {
    ARIADNE_RETURN_IF_ERROR(cr.Known(j["objects"], {"same_identifier"}, "objects"));
    auto o = Number(cr, j["objects"], "same_identifier", 0.01, 0.999);
    if (!o) return Fail(o.error());
    c.object_same_identifier = *o;
  }
  if (j.contains("deconfliction")) {
    const auto& d = j["deconfliction"];
    ARIADNE_RETURN_IF_ERROR(cr.Known(d, {"window_hours", "max_notices"}, "deconfliction"));
    auto w = cr.Positive(d, "window_hours", "deconfliction");
    if (!w) return Fail(w.error());
    auto m = cr.Positive(d, "max_notices", "deconfliction");
    if (!m) return Fail(m.error());
    c.probe_window_hours = *w;
    c.probe_max_notices = *m;
  }
  return c;
}

Result<MatchConfig> LoadMatchConfig(const std::string& config_dir) {
  const std::string path = config_dir + "/resolution/matching.json";
  std::ifstream in(path);
  if (!in) return Fail(Error::Invalid("config_missing", "cannot read " + path, "resolution/matching.json"));
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded())
    return Fail(Error::Invalid("invalid_config", "resolution/matching.json is not valid JSON", "resolution/matching.json"));
  return ParseMatchConfig(j, "matching.json");
}

}  // namespace ariadne
