// RFC 3339 timestamps in UTC with milliseconds, the only time format the API speaks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ariadne {

std::string FormatTime(int64_t unix_millis);  // "2026-11-22T07:40:00.000Z"
// Accepts "YYYY-MM-DD" (midnight UTC) and "YYYY-MM-DDTHH:MM:SS[.mmm]Z".
std::optional<int64_t> ParseTime(const std::string& text);

}  // namespace ariadne
