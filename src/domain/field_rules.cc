#include "domain/field_rules.h"

#include <algorithm>

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
    // Checked here rather than left to nlohmann's exceptions: bad config is an error naming the
    // field, and a bare string must not be iterated as a one-item list.
    auto list = [&r](const char* key) {
      return r.is_object() && (!r.contains(key) || (r[key].is_array() &&
                                                   std::all_of(r[key].begin(), r[key].end(),
                                                               [](const auto& v) { return v.is_string(); })));
    };
    if (!list("roles") || !list("grants"))
      return Fail(Error::Invalid("invalid_config", "schema: restricted_to needs lists of role and grant ids",
                                 rule.name));
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
