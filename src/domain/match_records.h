// Records of cross-case entity resolution (DESIGN.md §4): a proposed pair of records that may be
// one person or thing, its review decisions, and deconfliction notices. Records are never
// merged or overwritten: confirmed pairs join them into clusters, rejected pairs are remembered.
#pragma once

#include <cstdint>
#include <string>

namespace ariadne {

struct MatchPair {
  std::string id;
  std::string a_entity, b_entity;  // a_entity < b_entity
  std::string a_case, b_case;
  std::string schema;
  double score = 0;
  std::string reasons_json = "[]";  // [{code, strength, text, text_ru}]
  std::string status = "proposed";  // proposed | confirmed | rejected | withdrawn (a record was deleted)
  int64_t created_at = 0, updated_at = 0;
  std::string decided_by;
  int64_t decided_at = 0;
  std::string reason;
  int64_t version = 1;
};

struct MatchEvent {
  std::string pair_id;
  std::string action;  // proposed | rescored | confirmed | rejected | undone | withdrawn
  std::string by;      // user id; empty for the engine
  int64_t at = 0;
  std::string reason;
};

// "Another unit holds a record that strongly matches one of your case": to a unit, naming the
// other unit only. `withheld` when the triggering user went over the probing limit.
struct DeconflictionNotice {
  std::string id;
  std::string pair_id;
  std::string unit_id;   // the unit told
  std::string case_id, entity_id;  // its own record
  std::string other_unit_id;
  std::string triggered_by;  // the user whose save found the match
  int64_t created_at = 0;
  bool withheld = false;
};

}  // namespace ariadne
