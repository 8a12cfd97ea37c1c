// The stored records of intelligence work besides the report itself (domain/frontline_report.h):
// its events, the dissemination log, the search log and deconfliction notices.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace ariadne {

// One thing that happened to a report: created, handed_over, cycle, grading, risk_assessment,
// disseminated, acknowledged, sanitised, case_opened, task_created.
struct IntelEvent {
  std::string report_id;
  int64_t at = 0;
  std::string by;
  std::string kind;
  nlohmann::json detail = nlohmann::json::object();
};

// What went to whom, when, under which code, acknowledged or not.
struct IntelDissemination {
  std::string id, report_id, unit_id;
  std::string path;      // share_unit | share_abroad
  std::string handling;  // the code it went under
  std::string by;
  bool by_originator = false;  // the originator's own act: consent
  int64_t at = 0;
  std::string note;
  std::string acknowledged_by;
  int64_t acknowledged_at = 0;
};

struct IntelSearch {
  std::string id, user_id, terms;
  std::string folded;  // the terms folded across scripts, for "who searched for this name"
  int64_t results = 0;
  int64_t at = 0;
};

struct IntelNotice {
  std::string id, unit_id;
  std::string report_id, case_id;  // the told unit's own record: a report or a case
  std::string item_id;
  std::string other_unit_id;
  std::string pair_key;
  int64_t created_at = 0;
};

}  // namespace ariadne
