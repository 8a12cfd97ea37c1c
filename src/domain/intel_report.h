// The intelligence part of a frontline report (one record type): its grading, the structured
// facts that strategic aggregates count, the items (people, phones, addresses, vehicles,
// documents, accounts, organisations) with their own grading, and the originator's contact.
// Pure parsing and validation; every refusal names its field.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/intel_grading.h"
#include "domain/lookups.h"

namespace ariadne {

struct IntelInput {
  std::optional<Grading> grading;
  std::optional<nlohmann::json> facts;  // {exploitation_forms, countries: [{code, role}], modus}
  std::optional<nlohmann::json> items;  // [{id, kind, fields, grading?}]
  std::optional<std::string> originator_contact;
};

// The fields of a report body that are the intelligence part.
bool IsIntelField(const std::string& key);
// Reads grading, facts, items and originator_contact of `body` (other keys are ignored).
// `base` is the report's grading now; `new_id` makes an id for an item that has none; phones
// are read with `default_country` as their region.
Result<IntelInput> ParseIntelInput(const nlohmann::json& body, const IntelGrading& grading, const Lookups& lookups,
                                   const Grading& base, const std::string& default_country,
                                   const std::function<std::string()>& new_id);
// Facts alone, e.g. for a sanitised copy.
Result<nlohmann::json> ParseIntelFacts(const nlohmann::json& facts, const IntelGrading& grading, const Lookups& lookups);
// The item kinds, their fields and the FollowTheMoney schema each becomes for matching
// ("" for kinds that are not matched as records of their own).
const std::vector<std::string>& IntelItemKinds();
std::string IntelItemSchema(const std::string& kind);
// Every piece of text of a report's blocks, items and contact, with the field it sits in
// ("blocks.persons", "items[2].fields.name", ...): what a search reads and a sanitised copy
// is checked against.
std::vector<std::pair<std::string, std::string>> IntelTexts(const nlohmann::json& blocks, const nlohmann::json& items,
                                                            const std::string& location, const std::string& contact);

}  // namespace ariadne
