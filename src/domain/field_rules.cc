#include "domain/field_rules.h"

namespace ariadne {

Result<RecordSchema> RecordSchema::FromJson(const nlohmann::json& doc, const Lookups& lookups) {
  if (!doc.is_object() || !doc.contains("fields") || !doc["fields"].is_array())
    return Fail(Error::Invalid("invalid_config", "schema: 'fields' list required", "fields"));
  RecordSchema s;
  for (const auto& f : doc["fields"]) {
    if (!f.contains("name") || !f["name"].is_string())
      return Fail(Error::Invalid("invalid_config", "schema: every field needs a name", "fields"));
    if (!f.contains("restricted_to")) continue;
    FieldRule rule;
    rule.name = f["name"].get<std::string>();
    const auto& r = f["restricted_to"];
    for (const auto& role : r.value("roles", nlohmann::json::array())) {
      auto parsed = ParseRole(role.get<std::string>());
      if (!parsed) return Fail(Error::Invalid("invalid_config", "schema: unknown role " + role.dump(), rule.name));
      rule.roles.push_back(*parsed);
    }
    for (const auto& g : r.value("grants", nlohmann::json::array())) {
      if (!g.is_string() || !lookups.Has("grants", g.get<std::string>()))
        return Fail(Error::Invalid("invalid_config", "schema: unknown grant " + g.dump(), rule.name));
      rule.grants.push_back(g.get<std::string>());
    }
    s.restricted_.push_back(std::move(rule));
  }
  return s;
}

const FieldRule* RecordSchema::Restriction(const std::string& field) const {
  for (const auto& r : restricted_)
    if (r.name == field) return &r;
  return nullptr;
}

}  // namespace ariadne
