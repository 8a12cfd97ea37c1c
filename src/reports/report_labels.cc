// Label look-up and {{placeholder}} substitution for the PDF reports.
#include "reports/report_labels.h"

#include <algorithm>

namespace ariadne {
namespace {

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t");
  return std::string(text.substr(begin, end - begin + 1));
}

}  // namespace

std::string ReportLabels::operator()(const std::string& key) const {
  if (strings_.is_object()) {
    auto it = strings_.find(key);
    if (it != strings_.end() && it->is_string()) return it->get<std::string>();
  }
  return key;
}

std::string ReportLabels::Format(const std::string& key,
                                 const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string pattern = (*this)(key);
  if (pattern == key) {
    std::string out = key;
    for (size_t i = 0; i < values.size(); ++i) out += (i == 0 ? ": " : ", ") + values[i].second;
    return out;
  }
  std::string out;
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t open = pattern.find("{{", pos);
    size_t close = open == std::string::npos ? std::string::npos : pattern.find("}}", open + 2);
    if (close == std::string::npos) break;
    out.append(pattern, pos, open - pos);
    std::string name = Trim(std::string_view(pattern).substr(open + 2, close - open - 2));
    auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    out += value != values.end() ? value->second : pattern.substr(open, close + 2 - open);
    pos = close + 2;
  }
  out.append(pattern, std::min(pos, pattern.size()));
  return out;
}

}  // namespace ariadne
