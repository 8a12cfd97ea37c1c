// Reading one validated config file (config/<folder>/<file>): every refusal names the file and
// the field, as STYLE.md asks of configuration as data. Shared by the loaders of indicator
// sets and protection reference data.
#pragma once

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/checklist.h"  // LocalText

namespace ariadne {

class ConfigReader {
 public:
  ConfigReader(std::string folder, std::string file) : folder_(std::move(folder)), file_(std::move(file)) {}

  Error Bad(const std::string& what, const std::string& field) const;
  // Refuses a key of `obj` that is not in `keys`.
  Status Known(const nlohmann::json& obj, const std::set<std::string>& keys, const std::string& where) const;
  // {"en": "...", "ru": "..."}, both non-empty. Absent and not required: empty text.
  Result<LocalText> Text(const nlohmann::json& obj, const std::string& key, const std::string& where,
                         bool required = true) const;
  // A lower-case identifier ([a-z][a-z0-9_.]*).
  Result<std::string> Id(const nlohmann::json& obj, const std::string& key, const std::string& where) const;
  // {"document": "...", "lines": "N" | "N-M" | ""}; required.
  Status Source(const nlohmann::json& obj, const std::string& where) const;
  // A positive integer.
  Result<int> Positive(const nlohmann::json& obj, const std::string& key, const std::string& where) const;

  const std::string& file() const { return file_; }

 private:
  std::string folder_, file_;
};

// {"en": ..., "ru": ...} as JSON.
nlohmann::json TextJson(const LocalText& t);

}  // namespace ariadne
