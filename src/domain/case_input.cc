#include "domain/case_input.h"

#include <set>

namespace ariadne {
namespace {

using nlohmann::json;

size_t Utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Result<std::optional<std::string>> Text(const json& body, const char* field, size_t max_chars) {
  if (!body.contains(field) || body[field].is_null()) return std::optional<std::string>{};
  if (!body[field].is_string())
    return Fail(Error::BadRequest("wrong_type", std::string(field) + " must be a string", field));
  std::string v = body[field].get<std::string>();
  if (Utf8Length(v) > max_chars)
    return Fail(Error::Invalid("invalid_value", std::string(field) + " is too long", field));
  return std::optional<std::string>(v);
}

Result<std::optional<std::string>> Choice(const json& body, const char* field, const Lookups& lookups,
                                          const char* list) {
  auto v = Text(body, field, 100);
  if (!v) return Fail(v.error());
  if (*v && !lookups.Has(list, **v))
    return Fail(Error::Invalid("invalid_value", std::string(field) + ": unknown value '" + **v + "'", field));
  return v;
}

Result<std::optional<std::vector<std::string>>> Choices(const json& body, const char* field,
                                                        const Lookups& lookups, const char* list) {
  if (!body.contains(field) || body[field].is_null()) return std::optional<std::vector<std::string>>{};
  if (!body[field].is_array())
    return Fail(Error::BadRequest("wrong_type", std::string(field) + " must be a list of strings", field));
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& item : body[field]) {
    if (!item.is_string())
      return Fail(Error::BadRequest("wrong_type", std::string(field) + " must be a list of strings", field));
    std::string id = item.get<std::string>();
    if (!lookups.Has(list, id))
      return Fail(Error::Invalid("invalid_value", std::string(field) + ": unknown value '" + id + "'", field));
    if (seen.insert(id).second) out.push_back(id);
  }
  return std::optional<std::vector<std::string>>(out);
}

}  // namespace

Result<CaseInput> ParseCaseInput(const json& body, const Lookups& lookups, CaseInputMode mode) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {
      "version", "title", "summary", "category", "forms_of_exploitation", "approach", "trigger",
      "jurisdiction", "countries_of_origin", "countries_of_transit", "countries_of_destination",
      "covert", "victim_notes", "state"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));

  CaseInput in;
  if (body.contains("version") && !body["version"].is_null()) {
    if (!body["version"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
  }
#define ARIADNE_FIELD(target, expr)         \
  {                                         \
    auto r = (expr);                        \
    if (!r) return Fail(r.error());         \
    target = std::move(*r);                 \
  }
  ARIADNE_FIELD(in.title, Text(body, "title", kMaxTitleChars));
  ARIADNE_FIELD(in.summary, Text(body, "summary", kMaxTextChars));
  ARIADNE_FIELD(in.victim_notes, Text(body, "victim_notes", kMaxTextChars));
  ARIADNE_FIELD(in.category, Choice(body, "category", lookups, "categories"));
  ARIADNE_FIELD(in.approach, Choice(body, "approach", lookups, "approaches"));
  ARIADNE_FIELD(in.trigger, Choice(body, "trigger", lookups, "triggers"));
  ARIADNE_FIELD(in.state, Choice(body, "state", lookups, "case_states"));
  ARIADNE_FIELD(in.forms_of_exploitation, Choices(body, "forms_of_exploitation", lookups, "forms_of_exploitation"));
  ARIADNE_FIELD(in.countries_of_origin, Choices(body, "countries_of_origin", lookups, "countries"));
  ARIADNE_FIELD(in.countries_of_transit, Choices(body, "countries_of_transit", lookups, "countries"));
  ARIADNE_FIELD(in.countries_of_destination, Choices(body, "countries_of_destination", lookups, "countries"));
  if (body.contains("jurisdiction") && !body["jurisdiction"].is_null()) {
    const json& j = body["jurisdiction"];
    if (!j.is_object())
      return Fail(Error::BadRequest("wrong_type", "jurisdiction must be an object", "jurisdiction"));
    for (const auto& [key, value] : j.items())
      if (key != "country" && key != "region")
        return Fail(Error::BadRequest("unknown_field", "unknown field 'jurisdiction." + key + "'", "jurisdiction." + key));
    // Errors inside the object name the field by its full path, e.g. "jurisdiction.country".
    auto nested = [](Error e) {
      if (!e.field.empty()) e.field = "jurisdiction." + e.field;
      return e;
    };
    auto country = Choice(j, "country", lookups, "countries");
    if (!country) return Fail(nested(country.error()));
    in.jurisdiction_country = std::move(*country);
    auto region = Text(j, "region", 200);
    if (!region) return Fail(nested(region.error()));
    in.jurisdiction_region = std::move(*region);
    if (!in.jurisdiction_country)
      return Fail(Error::Invalid("required", "jurisdiction.country is required", "jurisdiction.country"));
  }
#undef ARIADNE_FIELD
  if (body.contains("covert") && !body["covert"].is_null()) {
    if (!body["covert"].is_boolean())
      return Fail(Error::BadRequest("wrong_type", "covert must be true or false", "covert"));
    in.covert = body["covert"].get<bool>();
  }

  if (mode == CaseInputMode::kCreate) {
    if (in.version) return Fail(Error::BadRequest("unknown_field", "version is set by the server", "version"));
    if (in.state) return Fail(Error::BadRequest("unknown_field", "a new case always starts open", "state"));
    if (!in.title || in.title->find_first_not_of(" \t\r\n") == std::string::npos)
      return Fail(Error::Invalid("required", "title is required", "title"));
    if (!in.category) return Fail(Error::Invalid("required", "category is required", "category"));
    if (!in.approach) return Fail(Error::Invalid("required", "approach is required", "approach"));
    if (!in.trigger) return Fail(Error::Invalid("required", "trigger is required", "trigger"));
    if (!in.jurisdiction_country)
      return Fail(Error::Invalid("required", "jurisdiction.country is required", "jurisdiction.country"));
  } else {
    if (!in.version) return Fail(Error::Invalid("required", "version is required for an update", "version"));
    if (in.title && in.title->find_first_not_of(" \t\r\n") == std::string::npos)
      return Fail(Error::Invalid("required", "title cannot be empty", "title"));
  }
  return in;
}

std::vector<FieldChange> ApplyCaseInput(const CaseInput& in, Case& c) {
  std::vector<FieldChange> changes;
  auto set = [&](const char* name, const auto& value, auto& target) {
    if (!value || *value == target) return;
    changes.push_back({name, json(target), json(*value)});
    target = *value;
  };
  set("title", in.title, c.title);
  set("summary", in.summary, c.summary);
  set("category", in.category, c.category);
  set("forms_of_exploitation", in.forms_of_exploitation, c.forms_of_exploitation);
  set("approach", in.approach, c.approach);
  set("trigger", in.trigger, c.trigger);
  set("state", in.state, c.state);
  set("jurisdiction.country", in.jurisdiction_country, c.jurisdiction_country);
  set("jurisdiction.region", in.jurisdiction_region, c.jurisdiction_region);
  set("countries_of_origin", in.countries_of_origin, c.countries_of_origin);
  set("countries_of_transit", in.countries_of_transit, c.countries_of_transit);
  set("countries_of_destination", in.countries_of_destination, c.countries_of_destination);
  set("covert", in.covert, c.covert);
  set("victim_notes", in.victim_notes, c.victim_notes);
  return changes;
}

}  // namespace ariadne
