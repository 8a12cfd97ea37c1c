// Option lists with stable ids and {en, ru} labels, from config/lookups/lookups.json.
// Code names ids, never labels (STYLE.md §3).
#pragma once

#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

class Lookups {
 public:
  // Every list must be an array of {id, label: {en, ru}}; ids unique within a list.
  static Result<Lookups> FromJson(const nlohmann::json& doc);

  bool Has(const std::string& list, const std::string& id) const;
  const nlohmann::json& json() const { return doc_; }

 private:
  nlohmann::json doc_;
  std::map<std::string, std::set<std::string>> ids_;
};

}  // namespace ariadne
