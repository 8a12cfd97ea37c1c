#include "domain/ftm.h"

namespace ariadne {

using nlohmann::json;

json ToFtm(const Entity& e, const SchemaDef& def, const std::set<std::string>& hidden) {
  json props = json::object();
  for (const auto& v : e.values) {
    const PropertyDef* p = def.Property(v.prop);
    if (!p || !p->ftm || hidden.count(v.prop)) continue;
    // FtM keeps phones in E.164 only; one the library could not place is not exported as a phone.
    if (p->type == "phone" && v.normalized.empty()) continue;
    std::string out = v.value;
    if ((p->type == "phone" || p->type == "iban" || p->type == "country" || p->type == "entity") && !v.normalized.empty())
      out = v.normalized;
    props[v.prop].push_back(out);
  }
  // FtM requires a name on every Thing; Ariadne names an address or an account by its caption.
  if (!props.contains("name") && def.Property("name") && !e.caption.empty() && !hidden.count(e.caption_prop) &&
      !hidden.count("name"))
    props["name"].push_back(e.caption);
  return {{"id", e.id}, {"schema", e.schema}, {"properties", props}};
}

Result<std::vector<FtmLine>> ParseFtmLines(const std::string& text, const EntitySchema& schema, size_t max_lines) {
  std::vector<FtmLine> out;
  std::set<std::string> ids;
  size_t start = 0, number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string at = "line " + std::to_string(number) + ": ";
    auto bad = [&](const std::string& why) { return Fail(Error::Invalid("invalid_line", at + why, "line " + std::to_string(number))); };
    auto j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return bad("not a JSON object");
    if (!j.contains("id") || !j["id"].is_string() || j["id"].get<std::string>().empty() || j["id"].get<std::string>().size() > 200)
      return bad("an entity needs a string id");
    if (!j.contains("schema") || !j["schema"].is_string()) return bad("an entity needs a schema");
    const std::string name = j["schema"].get<std::string>();
    const SchemaDef* def = schema.Find(name);
    if (!def) return bad("schema " + name + " is not one Ariadne keeps");
    FtmLine l;
    l.id = j["id"].get<std::string>();
    if (!ids.insert(l.id).second) return bad("id " + l.id + " appears twice");
    json props = json::object();
    if (j.contains("properties")) {
      if (!j["properties"].is_object()) return bad("properties must be an object");
      for (const auto& [prop, values] : j["properties"].items()) {
        const PropertyDef* p = def->Property(prop);
        // FtM has many more properties than the case file keeps; those are reported, not lost silently.
        if (!p || !p->ftm) return bad(name + " property " + prop + " is not one Ariadne keeps");
        if (!values.is_array()) return bad(prop + " must be a list");
        props[prop] = values;
      }
    }
    l.body = {{"schema", name}, {"properties", props}};
    out.push_back(std::move(l));
    if (out.size() > max_lines)
      return Fail(Error::Invalid("too_many_lines", "at most " + std::to_string(max_lines) + " entities per import", "body"));
  }
  if (out.empty()) return Fail(Error::Invalid("required", "the import holds no entity", "body"));
  return out;
}

Status MapFtmReferences(FtmLine& line, const SchemaDef& def, const std::map<std::string, std::string>& ids) {
  for (auto& [prop, values] : line.body["properties"].items()) {
    const PropertyDef* p = def.Property(prop);
    if (!p || p->type != "entity") continue;
    for (auto& v : values) {
      if (!v.is_string()) continue;  // the entity-input check names the wrong type
      auto it = ids.find(v.get<std::string>());
      if (it == ids.end())
        return Fail(Error::Invalid("unknown_entity", "entity " + line.id + ": " + prop + " refers to " +
                                                         v.get<std::string>() + ", which is not in the import",
                                   "properties." + prop));
      v = it->second;
    }
  }
  return Ok();
}

}  // namespace ariadne
