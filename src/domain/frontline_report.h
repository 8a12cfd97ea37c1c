// The frontline officer's first report: the 12 blocks of the SOP's written report (lines
// 1945-1958), which are also the 12 blocks of the ICMPD reader's intelligence report — one
// record type, which the intelligence work extends with grading and the intelligence cycle.
// draft → handed_over (to a specialised unit) → case_opened.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/intel_grading.h"

namespace ariadne {

struct FrontlineReport {
  std::string id;
  std::string reference;  // "FR-2026-000001"
  std::string author_id, author_unit_id;
  std::string target_unit_id;  // the specialised unit it was handed to
  std::string state = "draft";
  nlohmann::json blocks = nlohmann::json::object();  // block id → text
  std::string location;
  int64_t observed_at = 0;
  std::string case_id;  // the case opened from it
  int64_t handed_over_at = 0;
  // The intelligence part (domain/intel_report.h): "" while a draft, then the cycle's state.
  std::string cycle;
  Grading grading;
  nlohmann::json facts = nlohmann::json::object();
  nlohmann::json items = nlohmann::json::array();
  std::string originator_contact;
  nlohmann::json risk_assessment = nullptr;  // {risk, text, by, at} before special-handling dissemination
  std::string sanitised_from;                // the original, for a sanitised copy
  int64_t created_at = 0, updated_at = 0;
  int64_t version = 1;
};

struct FrontlineInput {
  std::optional<int64_t> version;
  std::optional<nlohmann::json> blocks;
  std::optional<std::string> location;
  std::optional<int64_t> observed_at;
};

// {"blocks": {id: text}, "location", "observed_at", "version"} and the intelligence fields
// (read by ParseIntelInput); a block id not among `block_ids` is refused naming blocks.<id>;
// each text at most 20000 bytes.
Result<FrontlineInput> ParseFrontlineInput(const nlohmann::json& body, const std::vector<std::string>& block_ids,
                                           bool update);
// Applies the input; returns whether anything changed.
bool ApplyFrontlineInput(const FrontlineInput& in, FrontlineReport& r);

}  // namespace ariadne
