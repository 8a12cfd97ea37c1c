// Validation of a case create or update body against the lookups: every problem names the
// field (unknown_field, wrong_type, required, invalid_value) so the client can point at it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/lookups.h"
#include "domain/model.h"

namespace ariadne {

struct CaseInput {
  std::optional<int64_t> version;  // required for updates
  std::optional<std::string> title, summary, category, approach, trigger, state;
  std::optional<std::string> jurisdiction_country, jurisdiction_region;
  std::optional<std::vector<std::string>> forms_of_exploitation, countries_of_origin,
      countries_of_transit, countries_of_destination;
  std::optional<bool> covert;
  std::optional<std::string> victim_notes;
};

enum class CaseInputMode { kCreate, kUpdate };

// Limits that keep one record readable and one request cheap.
inline constexpr size_t kMaxTitleChars = 300;
inline constexpr size_t kMaxTextChars = 20000;

Result<CaseInput> ParseCaseInput(const nlohmann::json& body, const Lookups& lookups, CaseInputMode mode);

// One changed field, for the case's field-level history.
struct FieldChange {
  std::string field;
  nlohmann::json before;
  nlohmann::json after;
};

// Applies the present fields of `in` to `c`; returns what changed (empty when nothing did).
std::vector<FieldChange> ApplyCaseInput(const CaseInput& in, Case& c);

}  // namespace ariadne
