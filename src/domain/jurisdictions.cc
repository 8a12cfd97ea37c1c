#include "domain/jurisdictions.h"

#include <set>

#include "domain/roles.h"

namespace ariadne {
namespace {

using nlohmann::json;

Error Bad(const std::string& what) { return Error::Invalid("invalid_config", "config/jurisdictions: " + what, "jurisdictions"); }

bool Labels(const json& j) { return j.is_object() && j.contains("en") && j["en"].is_string() && j.contains("ru") && j["ru"].is_string(); }

bool DateOrNull(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return true;
  return j[key].is_string() && j[key].get<std::string>().size() == 10;
}

Result<JurisdictionProtection> ParseProtection(const std::string& country, const json& d) {
  JurisdictionProtection p;
  if (!d.contains("protection")) return p;
  const json& j = d["protection"];
  if (!j.is_object()) return Fail(Bad(country + ": protection must be an object"));
  static const std::set<std::string> kKnown = {"reflection_period_days", "reflection_period_note", "identification_roles",
                                               "age_of_majority", "referral_response_hours", "comment"};
  for (const auto& [k, v] : j.items())
    if (!kKnown.count(k)) return Fail(Bad(country + ": unknown field protection." + k));
  for (auto [key, target, max] : {std::tuple{"reflection_period_days", &p.reflection_period_days, 365},
                                  std::tuple{"age_of_majority", &p.age_of_majority, 21},
                                  std::tuple{"referral_response_hours", &p.referral_response_hours, 24 * 90}}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_number_integer() || j[key].get<int>() < 1 || j[key].get<int>() > max)
      return Fail(Bad(country + ": protection." + key + " must be a whole number from 1 to " + std::to_string(max)));
    *target = j[key].get<int>();
  }
  if (j.contains("identification_roles")) {
    if (!j["identification_roles"].is_array() || j["identification_roles"].empty())
      return Fail(Bad(country + ": protection.identification_roles must name at least one role"));
    p.identification_roles.clear();
    for (const auto& r : j["identification_roles"]) {
      if (!r.is_string() || !ParseRole(r.get<std::string>()))
        return Fail(Bad(country + ": protection.identification_roles: unknown role " + r.dump()));
      p.identification_roles.push_back(r.get<std::string>());
    }
  }
  return p;
}

}  // namespace

Result<Jurisdictions> Jurisdictions::FromJson(const std::vector<json>& docs) {
  Jurisdictions out;
  std::set<std::string> ids;
  for (const auto& d : docs) {
    if (!d.is_object() || !d.contains("country") || !d["country"].is_string() || d["country"].get<std::string>().size() != 2)
      return Fail(Bad("every file needs a two-letter country"));
    const std::string country = d["country"].get<std::string>();
    if (!Labels(d.value("name", json())) || !d.contains("articles") || !d["articles"].is_array())
      return Fail(Bad(country + ": name.en, name.ru and articles are required"));
    for (const char* key : {"consent_irrelevant", "child_needs_no_means", "verified"})
      if (d.contains(key) && !d[key].is_boolean()) return Fail(Bad(country + ": " + key + " must be true or false"));
    for (const auto& a : d["articles"]) {
      if (!a.is_object() || !a.contains("id") || !a["id"].is_string() || !a.contains("code") || !a["code"].is_string() ||
          !Labels(a.value("title", json())) || !a.contains("offence") || !a.contains("kind"))
        return Fail(Bad(country + ": every article needs id, code, title.en, title.ru, offence and kind"));
      const std::string id = a["id"].get<std::string>();
      if (!ids.insert(id).second) return Fail(Bad("duplicate article " + id));
      const std::string kind = a["kind"].is_string() ? a["kind"].get<std::string>() : "";
      if (kind != "criminal" && kind != "administrative") return Fail(Bad(id + ": kind is criminal or administrative"));
      if (a.contains("effective") && (!a["effective"].is_object() || !DateOrNull(a["effective"], "from") ||
                                      !DateOrNull(a["effective"], "to")))
        return Fail(Bad(id + ": effective.from and effective.to are YYYY-MM-DD or null"));
      if (a.contains("verified") && !a["verified"].is_boolean()) return Fail(Bad(id + ": verified must be true or false"));
    }
    if (out.by_country_.count(country)) return Fail(Bad("two files for " + country));
    auto p = ParseProtection(country, d);
    if (!p) return Fail(p.error());
    out.protection_[country] = *p;
    out.by_country_[country] = d;
  }
  return out;
}

const json* Jurisdictions::Article(const std::string& country, const std::string& id) const {
  auto it = by_country_.find(country);
  if (it == by_country_.end()) return nullptr;
  for (const auto& a : it->second["articles"])
    if (a["id"] == id) return &a;
  return nullptr;
}

NationalRules Jurisdictions::Rules(const std::string& country) const {
  NationalRules r;
  r.country = country;
  auto it = by_country_.find(country);
  if (it == by_country_.end()) return r;
  r.child_needs_no_means = it->second.value("child_needs_no_means", true);
  r.consent_irrelevant = it->second.value("consent_irrelevant", true);
  return r;
}

JurisdictionProtection Jurisdictions::Protection(const std::string& country) const {
  auto it = protection_.find(country);
  return it == protection_.end() ? JurisdictionProtection{} : it->second;
}

json Jurisdictions::doc() const {
  json out = json::object();
  for (const auto& [country, doc] : by_country_) out[country] = doc;
  return out;
}

}  // namespace ariadne
