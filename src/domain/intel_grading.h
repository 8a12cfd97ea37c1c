// The intelligence grading of the ICMPD reader as data (config/intelligence/grading.json): the
// source and intelligence grades, the handling codes with the rule of which recipient class may
// receive by which path, the intelligence cycle, and the modus-operandi vocabulary of strategic
// aggregates. Pure rules; the one access function (security/authorize.cc) applies them.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

namespace intel_path {
inline constexpr const char* kView = "view";
inline constexpr const char* kExport = "export";
inline constexpr const char* kSearchHit = "search_hit";
inline constexpr const char* kGraphPath = "graph_path";
inline constexpr const char* kShareUnit = "share_unit";
inline constexpr const char* kShareAbroad = "share_abroad";
}  // namespace intel_path

struct HandlingCode {
  std::string code, tlp;
  bool special = false;           // a risk assessment must be recorded before dissemination
  bool consent_required = false;  // only the originator disseminates
  std::map<std::string, std::set<std::string>> allow;  // recipient class → paths
};

struct Grading {
  std::string source = "E", intelligence = "4", handling = "H4";
  bool operator==(const Grading&) const = default;
};

class IntelGrading {
 public:
  static Result<IntelGrading> FromJson(const nlohmann::json& doc);

  bool IsSource(const std::string& c) const { return admiralty_source_.count(c) > 0; }
  bool IsIntelligence(const std::string& c) const { return admiralty_intel_.count(c) > 0; }
  const HandlingCode* Handling(const std::string& code) const;
  // Whether recipient class `cls` may receive intelligence under `code` by `path`.
  bool Allows(const std::string& code, const std::string& cls, const std::string& path) const;
  // The stricter of two codes (the later in the list: codes run from the widest to none); an
  // unknown code is the strictest, an empty one no code at all.
  std::string Stricter(const std::string& a, const std::string& b) const;
  bool MayMove(const std::string& from, const std::string& to) const;
  bool IsState(const std::string& s) const { return transitions_.count(s) > 0; }
  bool IsModus(const std::string& m) const { return modus_.count(m) > 0; }
  std::string AdmiraltySource(const std::string& c) const;
  std::string AdmiraltyIntelligence(const std::string& c) const;
  int min_cell() const { return min_cell_; }
  const nlohmann::json& document() const { return doc_; }
  const nlohmann::json& ModusLabel(const std::string& id) const;

  // {"source", "intelligence", "handling"}; each present key must be a known code; names
  // `field`.<key> when it is not.
  Result<Grading> Parse(const nlohmann::json& j, const std::string& field, Grading base) const;

 private:
  nlohmann::json doc_;
  std::map<std::string, std::string> admiralty_source_, admiralty_intel_;
  std::vector<HandlingCode> handling_;
  std::map<std::string, std::set<std::string>> transitions_;
  std::map<std::string, nlohmann::json> modus_;
  int min_cell_ = 3;
};

nlohmann::json GradingJson(const Grading& g);

}  // namespace ariadne
