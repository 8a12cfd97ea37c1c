// The five Central Asian jurisdictions of the SOP as data (config/jurisdictions/*.json): the
// articles of each criminal code (with source, dates of effect and an unverified mark), the
// national rules on children and consent, and what victim protection takes from national law
// — the reflection period, who decides that a victim is identified, the age of majority and
// how long a partner has to answer a referral. The SOP's table is old; nothing here is
// trusted until an administrator confirms it (the confirmations live in the store).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/legal_assessment.h"

namespace ariadne {

struct JurisdictionProtection {
  int reflection_period_days = 30;
  std::vector<std::string> identification_roles = {"supervisor", "referral_coordinator"};
  int age_of_majority = 18;
  int referral_response_hours = 72;
};

class Jurisdictions {
 public:
  // Each document: {version, country, name: {en, ru}, articles: [{id, code, title: {en, ru},
  // offence, kind, source, effective?, verified?}], consent_irrelevant?, child_needs_no_means?,
  // protection?}; article ids unique across all documents; identification roles must be roles.
  static Result<Jurisdictions> FromJson(const std::vector<nlohmann::json>& docs);
  // The article `id` of `country`, or nullptr.
  const nlohmann::json* Article(const std::string& country, const std::string& id) const;
  bool Has(const std::string& country) const { return by_country_.count(country) > 0; }
  // The child and consent rules of national law (the Protocol's when the file is silent).
  NationalRules Rules(const std::string& country) const;
  // Protection settings; defaults for a country without a file.
  JurisdictionProtection Protection(const std::string& country) const;
  nlohmann::json doc() const;  // every document, by country

 private:
  std::map<std::string, nlohmann::json> by_country_;
  std::map<std::string, JurisdictionProtection> protection_;
};

}  // namespace ariadne
