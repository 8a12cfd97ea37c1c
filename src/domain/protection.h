// A protection file: a victim's assistance record (DESIGN.md §4), held by the national referral
// coordinator or the unit that opened it, with or without a police case. It keeps two status
// tracks apart, as the OSCE guidebook does — assistance (potential → presumed → identified, or
// not confirmed) and procedural (none → witness / injured party → judicial finding, or status
// lost) — and the records of its care: decisions, consents, referrals, assessments, actions.
// Pure rules; the store keeps the rows, the api layer applies these checks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/workflow_records.h"

namespace ariadne {

class ProtectionReference;

struct PersonDetails {
  std::string name;
  std::string sex = "unknown";  // female | male | other | unknown
  std::string birth_date;       // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty: unknown
  bool age_uncertain = false;
  std::string nationality;
  std::vector<std::string> languages;
  std::string contact;
};

struct Guardian {
  std::string name, organisation, contact, appointed_by;
  int64_t appointed_at = 0;
};

struct ProtectionFile {
  std::string id;
  std::string reference;  // "PF-2026-000123"
  std::string owner_unit_id;
  std::string case_id, entity_id;  // empty: no police case
  std::string jurisdiction;        // country code of config/jurisdictions
  PersonDetails person;
  std::vector<std::string> forms_of_exploitation;
  std::string cooperation = "undecided";  // undecided | cooperating | declined — never a condition of assistance
  std::string note;
  std::string assistance_status = "potential";
  std::string procedural_status = "none";
  int64_t reflection_started_at = 0, reflection_ends_at = 0;
  int reflection_days = 0;
  std::optional<Guardian> guardian;
  std::string created_by;
  int64_t created_at = 0, updated_at = 0;
  int64_t version = 1;
};

// Everything recorded on a file. `kind` decision | consent | referral | assessment | action;
// `subtype` the track, purpose, service or assessment/action kind; `state` what a list
// filters on; the rest in `body`.
struct ProtectionRecord {
  std::string id;
  std::string file_id;
  std::string kind, subtype, state;
  std::string organisation_id;  // referrals: the partner addressed; consents: unused
  nlohmann::json body = nlohmann::json::object();
  std::string created_by;
  int64_t created_at = 0, updated_at = 0;
  int64_t due_at = 0;  // referrals: answer expected by
  int64_t version = 1;
};

// ---- The person -------------------------------------------------------------------------

// Parses {"name", "sex", "birth_date", "age_uncertain", "nationality", "languages", "contact"};
// `prefix` is the JSON path for error fields ("person.").
Result<PersonDetails> ParsePerson(const nlohmann::json& j, const std::string& prefix);
nlohmann::json PersonJson(const PersonDetails& p);

struct ChildDetermination {
  bool child = true;
  std::string reason;     // birth_date | age_uncertain | age_assessment | adult
  std::string age_group;  // child | adult | unknown
};
// Under `majority` at `now` by the birth date; where the age is uncertain or unknown, a child
// until the newest completed age assessment says adult (SOP lines 2245-2249: presumption of
// minority).
ChildDetermination DetermineChild(const PersonDetails& p, const std::vector<ProtectionRecord>& records, int64_t now,
                                  int majority);

// ---- Status decisions --------------------------------------------------------------------

// Whether `track` may move from → to, with grounds (and a reason where the move needs one).
// 422 status_refused naming both states; reason_required; required grounds.
Status CheckStatusMove(const std::string& track, const std::string& from, const std::string& to,
                       const std::string& grounds, const std::string& reason);
// Moves that only a competent authority of the jurisdiction may decide.
bool NeedsCompetentAuthority(const std::string& track, const std::string& to);
const std::vector<std::string>& AssistanceStatuses();
const std::vector<std::string>& ProceduralStatuses();

// The case timer `reflection_period` of a file linked to a case, so the case calendar shows
// the period's end.
Timer ReflectionTimer(const ProtectionFile& f, std::string id);

// ---- Consent -----------------------------------------------------------------------------

struct ConsentInput {
  std::string purpose, decision, given_by, note, form_document_id;
  std::vector<std::string> organisations, data;
};
Result<ConsentInput> ParseConsent(const nlohmann::json& body);
// A child's consent comes from the guardian (SOP lines 2098-2102).
Status CheckConsentGiver(const ConsentInput& c, bool child, bool has_guardian);
const std::vector<std::string>& ConsentDataCategories();
// Given for `purpose`, not withdrawn, naming the organisation.
bool ConsentCovers(const ProtectionRecord& consent, const std::string& purpose, const std::string& organisation_id);

// ---- Referrals ---------------------------------------------------------------------------

// An adult needs an active consent for referral naming the organisation; a child a guardian
// and the guardian's consent. 422 consent_required / guardian_required.
Status CheckReferralConsent(bool child, bool has_guardian, const ProtectionRecord* consent,
                            const std::string& organisation_id);
// requested → accepted | rejected (reason); accepted → in_progress; in_progress → completed;
// requested | accepted | in_progress → revoked (reason). 422 status_refused / reason_required.
Status CheckReferralMove(const std::string& from, const std::string& to, const std::string& reason);
// The partner answers; the referring side revokes.
bool PartnerMove(const std::string& to);
bool ReferralOverdue(const ProtectionRecord& referral, int64_t now);
const std::vector<std::string>& ReferralStates();

// ---- Assessments and actions --------------------------------------------------------------

// Validates an assessment body against the reference data: risk (stage, factor ids, yes/no/
// unknown), needs (item ids, needed/not_needed/provided), age (method, result, estimated age),
// reintegration_plan (the six steps, planned/done; completed only with all six done).
Result<ProtectionRecord> ParseAssessment(const nlohmann::json& body, const ProtectionReference& ref);

struct ActionFacts {
  bool child = false;
  bool reflection_running = false;
  bool return_risk_assessed = false;     // a completed risk assessment before return or repatriation
  bool reintegration_planned = false;    // a completed reintegration plan
};
// removal/return/repatriation are refused while the reflection period runs
// (reflection_period_running); a child is never placed in police detention
// (child_not_detained); a child's return or repatriation needs a completed risk assessment
// and reintegration plan (child_return_unprepared).
Status CheckAction(const std::string& kind, const ActionFacts& facts);
const std::vector<std::string>& ActionKinds();
ActionFacts ActionFactsOf(const std::vector<ProtectionRecord>& records, bool child, bool reflection_running);

}  // namespace ariadne
