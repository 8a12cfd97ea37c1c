#include "domain/frontline_report.h"

#include <algorithm>

#include "base/time_format.h"
#include "domain/intel_report.h"

namespace ariadne {

using nlohmann::json;

Result<FrontlineInput> ParseFrontlineInput(const json& body, const std::vector<std::string>& block_ids, bool update) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  FrontlineInput in;
  for (const auto& [k, v] : body.items())
    if (k != "blocks" && k != "location" && k != "observed_at" && k != "version" && !IsIntelField(k))
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", k));
  if (body.contains("version")) {
    if (!body["version"].is_number_integer()) return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
  }
  if (update && !in.version) return Fail(Error::Invalid("required", "version is required", "version"));
  if (body.contains("blocks")) {
    if (!body["blocks"].is_object()) return Fail(Error::BadRequest("wrong_type", "blocks is an object of block id → text", "blocks"));
    json blocks = json::object();
    for (const auto& [id, text] : body["blocks"].items()) {
      const std::string field = "blocks." + id;
      if (std::find(block_ids.begin(), block_ids.end(), id) == block_ids.end())
        return Fail(Error::Invalid("invalid_value", "the report has no block '" + id + "'", field));
      if (!text.is_string()) return Fail(Error::BadRequest("wrong_type", field + " must be text", field));
      if (text.get<std::string>().size() > 20000)
        return Fail(Error::Invalid("invalid_value", field + " is at most 20000 bytes", field));
      if (!text.get<std::string>().empty()) blocks[id] = text;
    }
    in.blocks = blocks;
  }
  if (body.contains("location")) {
    if (!body["location"].is_string() || body["location"].get<std::string>().size() > 500)
      return Fail(Error::BadRequest("wrong_type", "location is text of at most 500 bytes", "location"));
    in.location = body["location"].get<std::string>();
  }
  if (body.contains("observed_at") && !body["observed_at"].is_null()) {
    if (!body["observed_at"].is_string()) return Fail(Error::BadRequest("wrong_type", "observed_at is a time", "observed_at"));
    auto t = ParseTime(body["observed_at"].get<std::string>());
    if (!t) return Fail(Error::Invalid("invalid_value", "observed_at is an RFC 3339 time", "observed_at"));
    in.observed_at = *t;
  }
  return in;
}

bool ApplyFrontlineInput(const FrontlineInput& in, FrontlineReport& r) {
  bool changed = false;
  if (in.blocks && *in.blocks != r.blocks) r.blocks = *in.blocks, changed = true;
  if (in.location && *in.location != r.location) r.location = *in.location, changed = true;
  if (in.observed_at && *in.observed_at != r.observed_at) r.observed_at = *in.observed_at, changed = true;
  return changed;
}

}  // namespace ariadne
