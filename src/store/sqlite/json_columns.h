// List columns are stored as JSON arrays of strings; reading one never fails: anything else
// in the column reads as an empty list.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ariadne::sqlite {

inline std::vector<std::string> StringList(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace ariadne::sqlite
