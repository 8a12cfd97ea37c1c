// The act–means–purpose assessment and the classification aid (trafficking, smuggling, both or
// undetermined). Pure rules after the Trafficking Protocol as the SOP and the ICMPD reader
// present it: a child needs no means; once a means is shown the person's consent is
// irrelevant; trafficking needs no border crossing; smuggling needs an irregular crossing of a
// border and a financial or material benefit. National law may lack the child or the consent
// rule (config/jurisdictions): the aid then says so beside the proposal. It proposes, with its
// reasons; people decide.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/checklist.h"  // LocalText

namespace ariadne {

struct LegalElement {
  std::string id;
  std::vector<std::string> evidence;  // "interview:<id>", "document:<id>", "exhibit:<id>", "entity:<id>", "event:<id>"
};

struct LegalInput {
  std::string subject_entity_id;
  std::string jurisdiction;
  std::vector<LegalElement> acts, means, purposes;
  std::optional<bool> child;  // nullopt: age unknown — treated as a child
  bool consent_claimed = false;
  bool border_crossed = false;
  bool illegal_entry = false;
  bool benefit = false;
  bool continuing_control = false;
  std::string note;
};

// What national law says, from the jurisdiction's file.
struct NationalRules {
  std::string country;
  bool child_needs_no_means = true;
  bool consent_irrelevant = true;
};

struct LegalReason {
  std::string code;
  LocalText text;
};

struct LegalResult {
  std::string proposal;  // trafficking | smuggling | both | undetermined
  bool trafficking = false, smuggling = false;
  std::vector<std::string> trafficking_missing, smuggling_missing;  // element names: act, means, purpose, border, benefit
  std::vector<LegalReason> reasons, national;
};

struct LegalVocabulary {
  std::vector<std::string> acts, means, purposes;
};

// Parses the request body; unknown keys, wrong types, unknown element ids (422 naming
// acts[i].id) and malformed evidence references (acts[i].evidence[j]) are refused.
Result<LegalInput> ParseLegalInput(const nlohmann::json& body, const LegalVocabulary& vocabulary);
LegalResult AssessLegalElements(const LegalInput& in, const NationalRules& rules);
nlohmann::json LegalInputJson(const LegalInput& in);
nlohmann::json LegalResultJson(const LegalResult& r);

}  // namespace ariadne
