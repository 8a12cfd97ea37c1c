#include "domain/partner.h"

#include <algorithm>
#include <regex>

#include "domain/protection_reference.h"

namespace ariadne {

using nlohmann::json;

bool PartnerOrg::Offers(const std::string& service) const {
  return std::find(services.begin(), services.end(), service) != services.end();
}

Status ApplyPartnerInput(const json& body, const ProtectionReference& ref, PartnerOrg& p, bool create) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  for (const auto& [k, v] : body.items())
    if (k != "name" && k != "kind" && k != "country" && k != "region" && k != "services" && k != "contacts" &&
        k != "unit_id" && k != "active" && k != "version")
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", k));
  for (auto [key, target, max] : {std::tuple{"name", &p.name, size_t{300}}, std::tuple{"kind", &p.kind, size_t{20}},
                                  std::tuple{"country", &p.country, size_t{5}}, std::tuple{"region", &p.region, size_t{200}},
                                  std::tuple{"unit_id", &p.unit_id, size_t{64}}}) {
    if (!body.contains(key)) continue;
    if (!body[key].is_string()) return Fail(Error::BadRequest("wrong_type", std::string(key) + " must be a string", key));
    if (body[key].get<std::string>().size() > max)
      return Fail(Error::Invalid("invalid_value", std::string(key) + " is too long", key));
    *target = body[key].get<std::string>();
  }
  if (p.name.empty()) return Fail(Error::Invalid("required", "a partner has a name", "name"));
  if (p.kind != "ngo" && p.kind != "state" && p.kind != "international" && p.kind != "other")
    return Fail(Error::Invalid("invalid_value", "kind is ngo, state, international or other", "kind"));
  if (!p.country.empty() && !std::regex_match(p.country, std::regex("[A-Z]{2}")))
    return Fail(Error::Invalid("invalid_value", "country is a two-letter code", "country"));
  if (body.contains("services")) {
    if (!body["services"].is_array()) return Fail(Error::BadRequest("wrong_type", "services is a list", "services"));
    std::vector<std::string> services;
    for (size_t i = 0; i < body["services"].size(); ++i) {
      const json& s = body["services"][i];
      const std::string field = "services[" + std::to_string(i) + "]";
      if (!s.is_string() || !ref.HasService(s.get<std::string>()))
        return Fail(Error::Invalid("invalid_value", "unknown service " + s.dump(), field));
      if (std::find(services.begin(), services.end(), s.get<std::string>()) == services.end())
        services.push_back(s.get<std::string>());
    }
    p.services = services;
  }
  if (create && p.services.empty())
    return Fail(Error::Invalid("required", "a partner offers at least one service", "services"));
  if (body.contains("contacts")) {
    const json& c = body["contacts"];
    if (!c.is_object()) return Fail(Error::BadRequest("wrong_type", "contacts is an object", "contacts"));
    for (const auto& [k, v] : c.items()) {
      if (k != "phone" && k != "email" && k != "address" && k != "person")
        return Fail(Error::BadRequest("unknown_field", "unknown contact field '" + k + "'", "contacts." + k));
      if (!v.is_string() || v.get<std::string>().size() > 500)
        return Fail(Error::BadRequest("wrong_type", "contacts." + k + " is text", "contacts." + k));
    }
    p.contacts = c;
  }
  if (body.contains("active")) {
    if (!body["active"].is_boolean()) return Fail(Error::BadRequest("wrong_type", "active is true or false", "active"));
    p.active = body["active"].get<bool>();
  }
  return Ok();
}

}  // namespace ariadne
