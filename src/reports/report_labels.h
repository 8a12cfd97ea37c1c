// The report's headings and column labels: the "report" object of config/i18n/<lang>.json, with
// {{name}} placeholders filled in. A missing label prints as its key rather than failing.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace ariadne {

class ReportLabels {
 public:
  explicit ReportLabels(const nlohmann::json& strings) : strings_(strings) {}

  // The label, or `key` itself when `strings` has no string under it.
  std::string operator()(const std::string& key) const;

  // The label with each {{name}} replaced by its value. Without a label: "key: value, value".
  std::string Format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const;

 private:
  const nlohmann::json& strings_;
};

}  // namespace ariadne
