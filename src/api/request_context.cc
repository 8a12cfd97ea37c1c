#include "api/request_context.h"

#include <charconv>

namespace ariadne {

Result<nlohmann::json> RequestContext::JsonBody() const {
  if (req.body.empty()) return Fail(Error::BadRequest("malformed_json", "a JSON body is required"));
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded()) return Fail(Error::BadRequest("malformed_json", "the body is not valid JSON"));
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  return body;
}

Status RequestContext::AuditIn(StoreWriter& w, const std::string& outcome) {
  audit.outcome = outcome;
  ARIADNE_RETURN_IF_ERROR(app.audit->Append(w, audit));
  audit_written = true;
  return Ok();
}

HttpResponse JsonResponse(int status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump();
  return r;
}

Status CheckKnownFields(const nlohmann::json& body, std::initializer_list<const char*> allowed) {
  for (const auto& [key, value] : body.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (!known) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  }
  return Ok();
}

Result<std::string> OptionalString(const nlohmann::json& body, const char* field, size_t max_bytes) {
  if (!body.contains(field) || body[field].is_null()) return std::string();
  if (!body[field].is_string())
    return Fail(Error::BadRequest("wrong_type", std::string(field) + " must be a string", field));
  std::string v = body[field].get<std::string>();
  if (v.size() > max_bytes) return Fail(Error::Invalid("invalid_value", std::string(field) + " is too long", field));
  return v;
}

Result<std::string> RequiredString(const nlohmann::json& body, const char* field, size_t max_bytes) {
  auto v = OptionalString(body, field, max_bytes);
  if (!v) return v;
  if (v->empty()) return Fail(Error::Invalid("required", std::string(field) + " is required", field));
  return v;
}

Result<int> LimitParam(const HttpRequest& req, int fallback, int max) {
  std::string s = req.Query("limit");
  if (s.empty()) return fallback;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 1 || v > max)
    return Fail(Error::BadRequest("invalid_value", "limit must be between 1 and " + std::to_string(max), "limit"));
  return v;
}

}  // namespace ariadne
