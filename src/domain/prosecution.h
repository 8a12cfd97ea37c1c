// Prosecution: the criminal-law articles of each jurisdiction (config/jurisdictions/*.json, the
// five Central Asian republics of the SOP) and the charges of a case with their outcome.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/jurisdictions.h"
#include "domain/lookups.h"

namespace ariadne {

struct Charge {
  std::string id;
  std::string case_id;
  std::string suspect_entity_id;  // a Person or Organization of the case
  std::string jurisdiction;       // ISO 3166-1 alpha-2, upper case
  std::string article;            // an article id of that jurisdiction
  std::string status;             // lookups charge_statuses
  std::string prosecutor;         // as written (name, office)
  int64_t filed_at = 0;           // 0 when not yet filed
  std::string outcome;            // lookups charge_outcomes, empty while pending
  std::string sentence;           // as pronounced
  int64_t sentence_months = 0;
  std::string note;
  std::string created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t version = 1;
};

struct ChargeInput {
  std::optional<int64_t> version;
  std::optional<std::string> suspect_entity_id, jurisdiction, article, status, prosecutor, outcome, sentence, note;
  std::optional<int64_t> filed_at, sentence_months;
};

enum class ChargeInputMode { kCreate, kUpdate };

Result<ChargeInput> ParseChargeInput(const nlohmann::json& body, const Lookups& lookups, ChargeInputMode mode);
std::vector<std::string> ApplyChargeInput(const ChargeInput& in, Charge& c);
// The article exists in the jurisdiction; an outcome only with a decided status, a sentence
// only with a conviction.
Status CheckCharge(const Charge& c, const Jurisdictions& j);

}  // namespace ariadne
