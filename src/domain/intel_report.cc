#include "domain/intel_report.h"

#include <map>
#include <set>

#include "domain/property_value.h"

namespace ariadne {

using nlohmann::json;

namespace {

struct FieldSpec {
  const char* name;
  const char* type;
  bool required;
};

const std::map<std::string, std::vector<FieldSpec>>& Kinds() {
  static const std::map<std::string, std::vector<FieldSpec>> kinds = {
      {"person",
       {{"name", "name", true},
        {"birth_date", "date", false},
        {"nationality", "country", false},
        {"description", "text", false},
        {"phone", "phone", false},
        {"passport", "identifier", false}}},
      {"organisation", {{"name", "name", true}, {"description", "text", false}}},
      {"phone", {{"number", "phone", true}, {"description", "text", false}}},
      {"address", {{"text", "text", true}, {"country", "country", false}}},
      {"vehicle", {{"plate", "identifier", true}, {"description", "text", false}}},
      {"document", {{"number", "identifier", true}, {"kind", "string", false}, {"country", "country", false}}},
      {"account", {{"number", "identifier", true}, {"bank", "string", false}}},
  };
  return kinds;
}

}  // namespace

bool IsIntelField(const std::string& k) {
  return k == "grading" || k == "facts" || k == "items" || k == "originator_contact";
}

const std::vector<std::string>& IntelItemKinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> v;
    for (const auto& [k, _] : Kinds()) v.push_back(k);
    return v;
  }();
  return kinds;
}

std::string IntelItemSchema(const std::string& kind) {
  if (kind == "person") return "Person";
  if (kind == "organisation") return "Organization";
  if (kind == "vehicle") return "Vehicle";
  if (kind == "document") return "Passport";
  if (kind == "account") return "BankAccount";
  return "";
}

Result<json> ParseIntelFacts(const json& f, const IntelGrading& grading, const Lookups& lookups) {
  if (!f.is_object()) return Fail(Error::BadRequest("wrong_type", "facts is an object", "facts"));
  json out = {{"exploitation_forms", json::array()}, {"countries", json::array()}, {"modus", json::array()}};
  for (const auto& [k, v] : f.items()) {
    const std::string field = "facts." + k;
    if (k != "exploitation_forms" && k != "countries" && k != "modus")
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + field + "'", field));
    if (!v.is_array() || v.size() > 50) return Fail(Error::BadRequest("wrong_type", field + " is a list (at most 50)", field));
    std::set<std::string> seen;
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string fi = field + "[" + std::to_string(i) + "]";
      if (k == "countries") {
        if (!v[i].is_object() || !v[i].contains("code") || !v[i]["code"].is_string())
          return Fail(Error::BadRequest("wrong_type", fi + " is {code, role}", fi));
        const std::string code = v[i]["code"], role = v[i].value("role", "");
        if (!lookups.Has("countries", code)) return Fail(Error::Invalid("invalid_value", "unknown country", fi + ".code"));
        if (role != "origin" && role != "transit" && role != "destination")
          return Fail(Error::Invalid("invalid_value", "role is origin, transit or destination", fi + ".role"));
        if (seen.insert(code + "/" + role).second) out[k].push_back({{"code", code}, {"role", role}});
        continue;
      }
      if (!v[i].is_string()) return Fail(Error::BadRequest("wrong_type", fi + " is a code", fi));
      const std::string code = v[i];
      const bool known = k == "modus" ? grading.IsModus(code) : lookups.Has("forms_of_exploitation", code);
      if (!known) return Fail(Error::Invalid("invalid_value", "'" + code + "' is not a known code", fi));
      if (seen.insert(code).second) out[k].push_back(code);
    }
  }
  return out;
}

Result<IntelInput> ParseIntelInput(const json& body, const IntelGrading& grading, const Lookups& lookups,
                                   const Grading& base, const std::string& default_country,
                                   const std::function<std::string()>& new_id) {
  IntelInput in;
  if (body.contains("grading")) {
    auto g = grading.Parse(body["grading"], "grading", base);
    if (!g) return Fail(g.error());
    in.grading = *g;
  }
  const Grading report = in.grading.value_or(base);
  if (body.contains("facts")) {
    auto f = ParseIntelFacts(body["facts"], grading, lookups);
    if (!f) return Fail(f.error());
    in.facts = *f;
  }
  if (body.contains("originator_contact")) {
    const json& c = body["originator_contact"];
    if (!c.is_string() || c.get<std::string>().size() > 500)
      return Fail(Error::BadRequest("wrong_type", "originator_contact is text of at most 500 bytes", "originator_contact"));
    in.originator_contact = c.get<std::string>();
  }
  if (body.contains("items")) {
    const json& items = body["items"];
    if (!items.is_array() || items.size() > 200)
      return Fail(Error::BadRequest("wrong_type", "items is a list of at most 200", "items"));
    json out = json::array();
    std::set<std::string> ids;
    ValueContext ctx{default_country};
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string at = "items[" + std::to_string(i) + "]";
      const json& it = items[i];
      if (!it.is_object()) return Fail(Error::BadRequest("wrong_type", at + " is an object", at));
      for (const auto& [k, _] : it.items())
        if (k != "id" && k != "kind" && k != "fields" && k != "grading")
          return Fail(Error::BadRequest("unknown_field", "unknown field '" + at + "." + k + "'", at + "." + k));
      if (!it.contains("kind") || !it["kind"].is_string() || !Kinds().count(it["kind"].get<std::string>()))
        return Fail(Error::Invalid("invalid_value", "kind is one of person, organisation, phone, address, vehicle, document, account",
                                   at + ".kind"));
      const std::string kind = it["kind"];
      std::string id;
      if (it.contains("id") && !it["id"].is_null()) {
        if (!it["id"].is_string() || it["id"].get<std::string>().empty() || it["id"].get<std::string>().size() > 64)
          return Fail(Error::BadRequest("wrong_type", at + ".id is text", at + ".id"));
        id = it["id"];
      } else {
        id = new_id();
      }
      if (!ids.insert(id).second) return Fail(Error::Invalid("duplicate", "two items have the same id", at + ".id"));
      if (!it.contains("fields") || !it["fields"].is_object())
        return Fail(Error::BadRequest("wrong_type", at + ".fields is an object", at + ".fields"));
      json fields = json::object();
      const auto& specs = Kinds().at(kind);
      for (const auto& [k, v] : it["fields"].items()) {
        const std::string f = at + ".fields." + k;
        const FieldSpec* spec = nullptr;
        for (const auto& s : specs)
          if (k == s.name) spec = &s;
        if (!spec) return Fail(Error::BadRequest("unknown_field", "a " + kind + " has no field '" + k + "'", f));
        if (!v.is_string()) return Fail(Error::BadRequest("wrong_type", f + " is text", f));
        if (v.get<std::string>().empty()) continue;
        auto nv = NormalizeValue(spec->type, v.get<std::string>(), ctx, f);
        if (!nv) return Fail(nv.error());
        fields[k] = nv->value;
      }
      for (const auto& s : specs)
        if (s.required && !fields.contains(s.name))
          return Fail(Error::Invalid("required", "a " + kind + " needs its " + s.name, at + ".fields." + s.name));
      json item = {{"id", id}, {"kind", kind}, {"fields", fields}};
      if (it.contains("grading") && !it["grading"].is_null()) {
        auto g = grading.Parse(it["grading"], at + ".grading", report);
        if (!g) return Fail(g.error());
        // An item is never handled more widely than its report.
        g->handling = grading.Stricter(g->handling, report.handling);
        item["grading"] = GradingJson(*g);
      }
      out.push_back(item);
    }
    in.items = out;
  }
  return in;
}

std::vector<std::pair<std::string, std::string>> IntelTexts(const json& blocks, const json& items,
                                                            const std::string& location, const std::string& contact) {
  std::vector<std::pair<std::string, std::string>> out;
  if (blocks.is_object())
    for (const auto& [id, text] : blocks.items())
      if (text.is_string()) out.emplace_back("blocks." + id, text.get<std::string>());
  if (items.is_array())
    for (size_t i = 0; i < items.size(); ++i) {
      const json fields = items[i].value("fields", json::object());
      for (const auto& [k, v] : fields.items())
        if (v.is_string()) out.emplace_back("items[" + std::to_string(i) + "].fields." + k, v.get<std::string>());
    }
  if (!location.empty()) out.emplace_back("location", location);
  if (!contact.empty()) out.emplace_back("originator_contact", contact);
  return out;
}

}  // namespace ariadne
