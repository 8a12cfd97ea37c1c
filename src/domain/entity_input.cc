#include "domain/entity_input.h"

#include <algorithm>
#include <set>

#include "domain/body_fields.h"

namespace ariadne {
namespace {

using nlohmann::json;

// The property type's validator; "address" is free text like a string.
Result<NormalizedValue> Normalize(const PropertyDef& p, const std::string& raw, const ValueContext& ctx) {
  return NormalizeValue(p.type == "address" ? "string" : p.type, raw, ctx, "properties." + p.name);
}

Result<std::vector<NormalizedValue>> ParseValues(const PropertyDef& p, const json& j, const ValueContext& ctx,
                                                 const Lookups& lookups) {
  const std::string field = "properties." + p.name;
  json list = j.is_array() ? j : json::array({j});
  if (list.size() > kMaxValuesPerProperty)
    return Fail(Error::Invalid("too_many_values", p.name + " has more than 50 values", field));
  std::vector<NormalizedValue> out;
  std::set<std::string> seen;
  for (const auto& item : list) {
    std::string raw;
    if (item.is_string()) {
      raw = item.get<std::string>();
    } else if (p.type == "number" && item.is_number()) {
      raw = item.dump();
    } else {
      return Fail(Error::BadRequest("wrong_type", p.name + " values must be strings", field));
    }
    auto v = Normalize(p, raw, ctx);
    if (!v) return Fail(v.error());
    if (!p.lookup.empty() && !lookups.Has(p.lookup, v->value))
      return Fail(Error::Invalid("invalid_value", p.name + ": unknown value '" + v->value + "'", field));
    if (seen.insert(v->value).second) out.push_back(std::move(*v));
  }
  return out;
}

}  // namespace

Result<EntityInput> ParseEntityInput(const json& body, const EntitySchema& schema, const Lookups& lookups,
                                     const ValueContext& ctx, EntityInputMode mode, const std::string& current_schema) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"schema", "version", "properties", "source", "grade"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  EntityInput in;
  if (mode == EntityInputMode::kUpdate) {
    if (!body.contains("version")) return Fail(Error::Invalid("required", "version is required", "version"));
    if (!body["version"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
    if (body.contains("schema") && body["schema"] != current_schema)
      return Fail(Error::Invalid("invalid_value", "the schema of a record cannot change", "schema"));
    in.schema = current_schema;
  } else {
    if (!body.contains("schema")) return Fail(Error::Invalid("required", "schema is required", "schema"));
    if (!body["schema"].is_string()) return Fail(Error::BadRequest("wrong_type", "schema must be a string", "schema"));
    in.schema = body["schema"].get<std::string>();
  }
  const SchemaDef* def = schema.Find(in.schema);
  if (!def) return Fail(Error::Invalid("invalid_value", "unknown schema '" + in.schema + "'", "schema"));

  auto source = OptionalText(body, "source", 500);
  if (!source) return Fail(source.error());
  in.source = source->value_or("");
  auto grade = OptionalText(body, "grade", 10);
  if (!grade) return Fail(grade.error());
  in.grade = grade->value_or("");
  if (!in.grade.empty() && !lookups.Has("source_grades", in.grade))
    return Fail(Error::Invalid("invalid_value", "unknown grade '" + in.grade + "'", "grade"));

  if (body.contains("properties")) {
    if (!body["properties"].is_object())
      return Fail(Error::BadRequest("wrong_type", "properties must be an object", "properties"));
    for (const auto& [name, values] : body["properties"].items()) {
      const PropertyDef* p = def->Property(name);
      if (!p)
        return Fail(Error::Invalid("unknown_property", in.schema + " has no property '" + name + "'",
                                   "properties." + name));
      auto parsed = ParseValues(*p, values, ctx, lookups);
      if (!parsed) return Fail(parsed.error());
      in.properties[name] = std::move(*parsed);
    }
  } else if (mode == EntityInputMode::kCreate) {
    return Fail(Error::Invalid("required", "properties are required", "properties"));
  }
  return in;
}

Status CheckEntityReferences(const EntityInput& in, const SchemaDef& def,
                             const std::function<std::optional<std::string>(const std::string&)>& schema_of) {
  for (const auto& [name, values] : in.properties) {
    const PropertyDef* p = def.Property(name);
    if (!p || p->type != "entity") continue;
    for (const auto& v : values) {
      auto target = schema_of(v.normalized);
      if (!target)
        return Fail(Error::Invalid("unknown_entity", name + ": no record " + v.value + " in this case",
                                   "properties." + name));
      if (std::find(p->range.begin(), p->range.end(), *target) == p->range.end())
        return Fail(Error::Invalid("wrong_schema", name + " must point at a " + p->range.front() + ", not a " + *target,
                                   "properties." + name));
    }
  }
  return Ok();
}

std::vector<PropertyChange> ApplyEntityInput(const EntityInput& in, const SchemaDef& def, const std::string& user_id,
                                             int64_t now, int64_t next, Entity& e, std::vector<EntityValue>& closed) {
  std::vector<PropertyChange> changes;
  for (const auto& [name, wanted] : in.properties) {
    PropertyChange ch{name, {}, {}};
    std::set<std::string> wanted_set;
    for (const auto& w : wanted) wanted_set.insert(w.value);
    std::set<std::string> have;
    std::vector<EntityValue> kept;
    for (auto& v : e.values) {
      if (v.prop != name) {
        kept.push_back(std::move(v));
        continue;
      }
      if (wanted_set.count(v.value)) {
        have.insert(v.value);
        kept.push_back(std::move(v));
      } else {
        ch.removed.push_back(v.value);
        v.until_version = next;
        closed.push_back(std::move(v));
      }
    }
    e.values = std::move(kept);
    for (const auto& w : wanted) {
      if (have.count(w.value)) continue;
      EntityValue v;
      v.prop = name;
      v.value = w.value;
      v.normalized = w.normalized;
      v.latin = w.latin;
      v.flags = w.flags;
      v.recorded_by = user_id;
      v.recorded_at = now;
      v.source = in.source;
      v.grade = in.grade;
      v.since_version = next;
      e.values.push_back(std::move(v));
      ch.added.push_back(w.value);
    }
    if (!ch.added.empty() || !ch.removed.empty()) changes.push_back(std::move(ch));
  }
  ComputeCaption(def, e);
  return changes;
}

json ChangesJson(const std::vector<PropertyChange>& changes) {
  json out = json::array();
  for (const auto& c : changes) out.push_back({{"property", c.property}, {"added", c.added}, {"removed", c.removed}});
  return out;
}

Status CheckRequired(const SchemaDef& def, const Entity& e) {
  for (const auto& req : def.required) {
    bool present = std::any_of(e.values.begin(), e.values.end(), [&](const EntityValue& v) { return v.prop == req; });
    if (!present)
      return Fail(Error::Invalid("required", def.name + " needs a value for " + req, "properties." + req));
  }
  return Ok();
}

void ComputeCaption(const SchemaDef& def, Entity& e) {
  e.caption.clear();
  e.caption_latin.clear();
  e.caption_prop.clear();
  for (const auto& prop : def.caption) {
    for (const auto& v : e.values) {
      if (v.prop != prop) continue;
      e.caption = v.value;
      e.caption_latin = v.latin;
      e.caption_prop = prop;
      return;
    }
  }
}

}  // namespace ariadne
