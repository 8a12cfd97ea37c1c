// Plain records shared by the store, security and API layers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/roles.h"

namespace ariadne {

struct Unit {
  std::string id;
  std::string code;     // short, unique: "KZ-ALM-CTU"
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
  std::string region;
  int64_t created_at = 0;
  // Which agency the unit belongs to and what kind of body it is (police, border, prosecution,
  // ngo, social, labour_inspection): the recipient class of intelligence handling.
  std::string agency, kind = "police";
};

struct User {
  std::string id;
  std::string username;
  std::string display_name;
  Role role = Role::kInvestigator;
  std::string unit_id;
  std::string password_hash;  // Argon2id encoded string
  std::string totp_secret;    // base32; empty when not set up
  bool totp_enabled = false;
  bool disabled = false;
  int64_t created_at = 0;
};

struct Session {
  std::string id_hash;  // SHA-256 of the cookie value: a stolen database yields no live session
  std::string user_id;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
  bool revoked = false;
};

struct ApiToken {
  std::string id;
  std::string user_id;
  std::string name;
  std::string token_hash;
  int64_t created_at = 0;
  bool revoked = false;
};

struct LoginThrottle {
  std::string key;  // "user:<name>" or "ip:<address>"
  int failures = 0;
  int64_t window_start = 0;
  int64_t locked_until = 0;
};

struct TeamMember {
  std::string user_id;
  std::string username;
  std::string display_name;
  Role role = Role::kInvestigator;
  std::string team_role;            // lookups team_roles
  std::vector<std::string> grants;  // lookups grants, e.g. victim_data
};

struct CaseShare {
  std::string user_id;
  std::string username;
  std::string display_name;
  Role role = Role::kProsecutor;
};

struct CaseLink {
  std::string case_id;
  std::string reference;
  std::string title;
  std::string reason;
};

struct Case {
  std::string id;
  std::string reference;  // human-readable: "KZ-ALM-CTU-2026-0001"
  std::string title;
  std::string summary;
  std::string category;
  std::vector<std::string> forms_of_exploitation;
  std::string approach;
  std::string trigger;
  std::string jurisdiction_country;
  std::string jurisdiction_region;
  std::vector<std::string> countries_of_origin;
  std::vector<std::string> countries_of_transit;
  std::vector<std::string> countries_of_destination;
  std::string state = "open";
  bool covert = false;
  std::string victim_notes;  // restricted field (config/schema/case.json)
  std::string owning_unit_id;
  std::string created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t version = 1;
  // Loaded with the case for views; not columns of the case itself.
  std::vector<TeamMember> team;
  std::vector<CaseShare> shares;
  std::vector<CaseLink> links;
};

// What the access function needs to know about one user's relation to one case.
struct CaseAccessFacts {
  std::string case_id;
  std::string owning_unit_id;
  std::string jurisdiction_country;  // for checking values against the case's country (phones)
  bool covert = false;
  std::optional<TeamMember> membership;  // the caller's team entry, if any
  bool shared_with_caller = false;
};

}  // namespace ariadne
