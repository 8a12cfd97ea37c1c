// Interviews and statements (SOP: PEACE model, interview setting and Annex A checklist).
//
// A statement is never overwritten: a correction is a new version and every earlier one stays
// readable, because a traumatised person's account changes and that is not a lie.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/lookups.h"

namespace ariadne {

struct InterviewParticipant {
  std::string role;       // lookups interview_participants: interviewer, interpreter, support_person, guardian, lawyer, other
  std::string name;       // as written
  std::string entity_id;  // a person record of the case, when there is one
};

struct Interview {
  std::string id;
  std::string case_id;
  std::string kind;               // lookups interview_kinds: victim, witness, suspect, child
  std::string subject_entity_id;  // the person interviewed (a Person of the case)
  int64_t started_at = 0;
  int64_t ended_at = 0;  // 0 while open
  std::string place;
  std::string language;
  std::string peace_stage;  // lookups peace_stages
  bool consent = false;     // the person agreed to take part (checklist: agreement_to_participate)
  std::string consent_note;
  std::vector<InterviewParticipant> present;
  std::set<std::string> checklist;  // ticked item ids of config/checklists/interview.json
  std::vector<std::string> recordings;  // document ids (documents come with the upload feature)
  std::string created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t version = 1;
};

struct Statement {
  std::string interview_id;
  int64_t version = 0;  // 1, 2, ...: each correction is a new version
  std::string text;
  std::string language;
  std::string note;  // why this version was made ("correction after reading back")
  std::string recorded_by;
  int64_t recorded_at = 0;
};

// The item ids of the interview checklist (config/checklists/interview.json), validated.
class InterviewChecklist {
 public:
  static Result<InterviewChecklist> FromJson(const nlohmann::json& doc);
  bool Has(const std::string& item) const { return items_.count(item) > 0; }
  const nlohmann::json& json() const { return doc_; }

 private:
  std::set<std::string> items_;
  nlohmann::json doc_;
};

struct InterviewInput {
  std::optional<int64_t> version;
  std::optional<std::string> kind, subject_entity_id, place, language, peace_stage, consent_note;
  std::optional<int64_t> started_at, ended_at;
  std::optional<bool> consent;
  std::optional<std::vector<InterviewParticipant>> present;
  std::optional<std::set<std::string>> checklist;
};

enum class InterviewInputMode { kCreate, kUpdate };

Result<InterviewInput> ParseInterviewInput(const nlohmann::json& body, const Lookups& lookups,
                                           const InterviewChecklist& checklist, InterviewInputMode mode);
// Applies the present fields; returns the names of the fields that changed.
std::vector<std::string> ApplyInterviewInput(const InterviewInput& in, Interview& iv);
// The rules an interview must meet whatever was changed: a child is never interviewed without
// a guardian or a support person present; the end is not before the start.
Status CheckInterview(const Interview& iv);

// {text, language?, note?}
Result<Statement> ParseStatement(const nlohmann::json& body);

}  // namespace ariadne
