// Reading one field of a JSON request body, with errors that name the field: 400 wrong_type
// for a value of the wrong JSON type, 422 too_long or invalid_date for one that cannot be it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

// Absent or null: nullopt. A string of at most `max_bytes`.
Result<std::optional<std::string>> OptionalText(const nlohmann::json& body, const char* key, size_t max_bytes);
// Absent, null or empty: nullopt. "YYYY-MM-DD" or an RFC 3339 time, as Unix milliseconds.
Result<std::optional<int64_t>> OptionalTime(const nlohmann::json& body, const char* key);

}  // namespace ariadne
