#include "domain/entity_schema.h"

#include <algorithm>

#include "domain/property_value.h"

namespace ariadne {
namespace {

Error Bad(const std::string& where, const std::string& what) {
  return Error::Invalid("invalid_config", "config/schema/entities.json: " + what, where);
}

bool IsStringList(const nlohmann::json& j) {
  return j.is_array() && std::all_of(j.begin(), j.end(), [](const auto& v) { return v.is_string(); });
}

bool HasLabels(const nlohmann::json& j) {
  return j.is_object() && j.contains("en") && j["en"].is_string() && j.contains("ru") && j["ru"].is_string();
}

Result<PropertyDef> ParseProperty(const std::string& where, const std::string& name, const nlohmann::json& j,
                                  const Lookups& lookups) {
  if (!j.is_object() || !j.contains("type") || !j["type"].is_string())
    return Fail(Bad(where, "property needs a type"));
  PropertyDef p;
  p.name = name;
  p.type = j["type"].get<std::string>();
  if (p.type != "address" && !IsKnownPropertyType(p.type)) return Fail(Bad(where, "unknown type " + p.type));
  if (!HasLabels(j.value("label", nlohmann::json()))) return Fail(Bad(where, "property needs label.en and label.ru"));
  p.label = j["label"];
  p.ftm = j.value("ftm", true);
  if (j.contains("lookup")) {
    if (!j["lookup"].is_string() || !lookups.json().contains(j["lookup"].get<std::string>()))
      return Fail(Bad(where, "lookup names no list of config/lookups/lookups.json"));
    p.lookup = j["lookup"].get<std::string>();
  }
  if (p.type == "entity") {
    if (!j.contains("range") || !IsStringList(j["range"]) || j["range"].empty())
      return Fail(Bad(where, "an entity property needs a range of schemata"));
    p.range = j["range"].get<std::vector<std::string>>();
  } else if (j.contains("range")) {
    return Fail(Bad(where, "only entity properties have a range"));
  }
  return p;
}

Result<SchemaDef> ParseSchema(const std::string& name, const nlohmann::json& j, const Lookups& lookups) {
  if (!j.is_object()) return Fail(Bad(name, "a schema is an object"));
  SchemaDef s;
  s.name = name;
  if (!HasLabels(j.value("label", nlohmann::json()))) return Fail(Bad(name, "schema needs label.en and label.ru"));
  s.label = j["label"];
  if (!j.contains("properties") || !j["properties"].is_object() || j["properties"].empty())
    return Fail(Bad(name, "schema needs properties"));
  for (const auto& [pname, pj] : j["properties"].items()) {
    auto p = ParseProperty(name + "." + pname, pname, pj, lookups);
    if (!p) return Fail(p.error());
    s.properties.emplace(pname, std::move(*p));
  }
  for (const char* key : {"caption", "required"}) {
    if (!j.contains(key)) continue;
    if (!IsStringList(j[key])) return Fail(Bad(name, std::string(key) + " is a list of properties"));
    for (const auto& v : j[key])
      if (!s.properties.count(v.get<std::string>()))
        return Fail(Bad(name, std::string(key) + " names unknown property " + v.get<std::string>()));
  }
  s.caption = j.value("caption", std::vector<std::string>{});
  s.required = j.value("required", std::vector<std::string>{});
  if (j.contains("inherits_involvement_from")) {
    const auto& from = j["inherits_involvement_from"];
    const PropertyDef* p = from.is_string() ? s.Property(from.get<std::string>()) : nullptr;
    if (!p || p->type != "entity")
      return Fail(Bad(name, "inherits_involvement_from must name an entity property"));
    s.inherits_involvement_from = from.get<std::string>();
  }
  if (j.contains("edge")) {
    const auto& e = j["edge"];
    if (!e.is_object() || !e.contains("source") || !e["source"].is_string() || !e.contains("target") ||
        !e["target"].is_string())
      return Fail(Bad(name, "edge needs source and target"));
    EdgeDef edge{e["source"].get<std::string>(), e["target"].get<std::string>(), e.value("directed", true)};
    for (const auto& end : {edge.source, edge.target}) {
      auto it = s.properties.find(end);
      if (it == s.properties.end() || it->second.type != "entity")
        return Fail(Bad(name, "edge end " + end + " must be an entity property"));
    }
    s.edge = edge;
  }
  return s;
}

}  // namespace

const PropertyDef* SchemaDef::Property(const std::string& n) const {
  auto it = properties.find(n);
  return it == properties.end() ? nullptr : &it->second;
}

Result<EntitySchema> EntitySchema::FromJson(const nlohmann::json& doc, const Lookups& lookups) {
  if (!doc.is_object() || !doc.contains("version") || !doc["version"].is_number_integer())
    return Fail(Bad("version", "a version number is required"));
  if (!doc.contains("schemata") || !doc["schemata"].is_object() || doc["schemata"].empty())
    return Fail(Bad("schemata", "schemata are required"));
  EntitySchema out;
  out.version_ = doc["version"].get<int>();
  out.doc_ = doc;
  std::set<std::string> all_properties;
  for (const auto& [name, sj] : doc["schemata"].items()) {
    auto s = ParseSchema(name, sj, lookups);
    if (!s) return Fail(s.error());
    for (const auto& [pname, _] : s->properties) all_properties.insert(pname);
    out.schemata_.emplace(name, std::move(*s));
  }
  for (const auto& [name, s] : out.schemata_)
    for (const auto& [pname, p] : s.properties)
      for (const auto& r : p.range)
        if (!out.schemata_.count(r)) return Fail(Bad(name + "." + pname, "range names unknown schema " + r));

  for (const auto& rj : doc.value("restricted", nlohmann::json::array())) {
    PropertyRestriction r;
    if (!rj.is_object() || !rj.contains("properties") || !IsStringList(rj["properties"]) || rj["properties"].empty())
      return Fail(Bad("restricted", "each restriction needs a list of properties"));
    for (const auto& p : rj["properties"]) {
      if (!all_properties.count(p.get<std::string>()))
        return Fail(Bad("restricted", "unknown property " + p.get<std::string>()));
      r.properties.insert(p.get<std::string>());
    }
    r.always = rj.value("always", false);
    if (rj.contains("when_involved_as")) {
      if (!IsStringList(rj["when_involved_as"])) return Fail(Bad("restricted", "when_involved_as is a list"));
      for (const auto& role : rj["when_involved_as"]) {
        if (!lookups.Has("involvement_roles", role.get<std::string>()))
          return Fail(Bad("restricted", "unknown involvement role " + role.get<std::string>()));
        r.when_involved_as.insert(role.get<std::string>());
      }
    }
    if (r.always == !r.when_involved_as.empty())
      return Fail(Bad("restricted", "a restriction is either always or when_involved_as"));
    // The same shape as a case's restricted field, parsed by the same code.
    auto rule = RecordSchema::FromJson(
        {{"fields", nlohmann::json::array({{{"name", "restriction"}, {"restricted_to", rj.value("restricted_to", nlohmann::json())}}})}},
        lookups);
    if (!rule) return Fail(Bad("restricted", rule.error().message));
    if (rule->restricted().empty()) return Fail(Bad("restricted", "restricted_to is required"));
    r.to = rule->restricted().front();
    out.restrictions_.push_back(std::move(r));
  }
  return out;
}

const SchemaDef* EntitySchema::Find(const std::string& schema) const {
  auto it = schemata_.find(schema);
  return it == schemata_.end() ? nullptr : &it->second;
}

std::vector<const PropertyRestriction*> EntitySchema::RestrictionsFor(const std::string& property,
                                                                      const std::vector<std::string>& roles) const {
  std::vector<const PropertyRestriction*> out;
  for (const auto& r : restrictions_) {
    if (!r.properties.count(property)) continue;
    bool applies = r.always || std::any_of(roles.begin(), roles.end(),
                                           [&](const std::string& role) { return r.when_involved_as.count(role); });
    if (applies) out.push_back(&r);
  }
  return out;
}

}  // namespace ariadne
