#include "api/redaction.h"

namespace ariadne {
namespace {

std::set<std::string> SplitList(const std::string& s) {
  std::set<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string item = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) out.insert(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

// The properties that identify a person or organisation: the informant restriction's list
// (config/schema/entities.json), which is exactly "who this is and how to find them".
std::set<std::string> IdentifyingProperties(const EntitySchema& schema) {
  for (const auto& r : schema.restrictions())
    if (r.when_involved_as.count("informant")) return r.properties;
  return {"name"};
}

}  // namespace

Result<Redaction> ParseRedaction(const RequestContext& ctx) {
  Redaction r;
  r.properties = SplitList(ctx.req.Query("redact"));
  r.identities = SplitList(ctx.req.Query("redact_identity"));
  for (const auto& p : r.properties) {
    bool known = false;
    for (const auto& [_, def] : ctx.app.authz->entity_schema().schemata()) known = known || def.Property(p);
    if (!known) return Fail(Error::BadRequest("invalid_value", "no property '" + p + "' to redact", "redact"));
  }
  for (const auto& role : r.identities)
    if (!ctx.app.lookups->Has("involvement_roles", role))
      return Fail(Error::BadRequest("invalid_value", "unknown involvement role '" + role + "'", "redact_identity"));
  return r;
}

RedactedView Redact(const EntityView& view, const Entity& e, const Redaction& r, const EntitySchema& schema) {
  RedactedView out;
  out.hidden = view.Hidden(e);
  out.hidden.insert(r.properties.begin(), r.properties.end());
  for (const auto& role : view.RolesOf(e))
    if (r.identities.count(role)) out.identity = true;
  if (!e.caption_prop.empty() && out.hidden.count(e.caption_prop)) out.identity = true;
  if (out.identity) {
    auto ids = IdentifyingProperties(schema);
    out.hidden.insert(ids.begin(), ids.end());
  }
  return out;
}

}  // namespace ariadne
