// Rows of victim identification that carry no rules of their own: screenings, legal
// assessments and an administrator's confirmations of national rules.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace ariadne {

// One screening of one person: of a case's record, in a frontline report, or of a
// protection file (exactly one subject). Keeps the versions of the sets it used.
struct Screening {
  std::string id;
  std::string case_id, entity_id;  // a person of a case
  std::string report_id;           // a frontline report
  std::string file_id;             // a protection file
  nlohmann::json sets = nlohmann::json::array();          // [{id, version}]
  nlohmann::json observations = nlohmann::json::array();  // [{indicator, note}]
  nlohmann::json result = nlohmann::json::object();       // groups + recommendation
  std::string recommendation;
  std::string note;
  std::string created_by;
  int64_t created_at = 0;
};

// Each assessment is kept: the newest is current, the older ones are its history.
struct LegalAssessmentRecord {
  std::string id;
  std::string case_id, subject_entity_id, jurisdiction;
  nlohmann::json input = nlohmann::json::object(), result = nlohmann::json::object();
  std::string proposal;
  std::string created_by;
  int64_t created_at = 0;
};

// "An administrator checked this against the code in force."
struct JurisdictionConfirmation {
  std::string country;
  std::string item;  // an article id, "reflection_period" or "rules"
  std::string confirmed_by;
  int64_t confirmed_at = 0;
  std::string note;
};

}  // namespace ariadne
