#include "domain/body_fields.h"

#include "base/time_format.h"

namespace ariadne {

Result<std::optional<std::string>> OptionalText(const nlohmann::json& body, const char* key, size_t max_bytes) {
  if (!body.contains(key) || body[key].is_null()) return std::optional<std::string>();
  if (!body[key].is_string()) return Fail(Error::BadRequest("wrong_type", std::string(key) + " must be a string", key));
  std::string v = body[key].get<std::string>();
  if (v.size() > max_bytes) return Fail(Error::Invalid("too_long", std::string(key) + " is too long", key));
  return std::optional<std::string>(std::move(v));
}

Result<std::optional<int64_t>> OptionalTime(const nlohmann::json& body, const char* key) {
  auto t = OptionalText(body, key, 40);
  if (!t) return Fail(t.error());
  if (!*t || (*t)->empty()) return std::optional<int64_t>();
  auto ms = ParseTime(**t);
  if (!ms) return Fail(Error::Invalid("invalid_date", std::string(key) + " must be a date or an RFC 3339 time", key));
  return std::optional<int64_t>(*ms);
}

}  // namespace ariadne
