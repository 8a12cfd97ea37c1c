// Records of the case file: entities (people, organisations, addresses, accounts, vehicles,
// documents) and relationships, FollowTheMoney-shaped, and how people are involved in a case.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ariadne {

// One value of one property, with its provenance (DESIGN.md §4).
struct EntityValue {
  std::string prop;
  std::string value;       // exactly as written
  std::string normalized;  // E.164, compact IBAN, upper-case identifier, entity id, ...
  std::string latin;       // transliteration of a value in another script
  std::vector<std::string> flags;  // e.g. phone_unverified
  std::string recorded_by;         // user id
  int64_t recorded_at = 0;
  std::string source;  // where it came from: "interview of 2026-11-02", a document id, ...
  std::string grade;   // source reliability (lookups source_grades), may be empty
  int64_t since_version = 0;
  int64_t until_version = 0;  // 0 while the value is current
};

struct Entity {
  std::string id;
  std::string case_id;
  std::string schema;
  std::string caption;        // from the schema's caption properties
  std::string caption_latin;  // its transliteration
  std::string caption_prop;   // which property the caption came from
  std::string created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t version = 1;
  bool deleted = false;
  std::vector<EntityValue> values;  // current values; history is read separately
};

// A person's or organisation's part in a case. A person may hold several roles.
struct Involvement {
  std::string case_id;
  std::string entity_id;
  std::string role;          // lookups involvement_roles
  std::string network_role;  // lookups network_roles, suspects only
  std::string note;
  std::string added_by;
  int64_t added_at = 0;
};

struct EntityHistoryEntry {
  int64_t version = 0;
  std::string changed_by;
  int64_t at = 0;
  std::string changes_json;  // [{property, added: [..], removed: [..]}]
};

}  // namespace ariadne
