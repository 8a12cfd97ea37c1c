// Exhibits and their chain of custody (SOP: continuity, documentation, seizure authority).
//
// Each custody event of an exhibit carries the SHA-256 of its content and of the event before
// it, so an edited, removed or re-ordered event breaks the exhibit's chain. The chain is also
// read for what the law of evidence cares about: a transfer that nobody has received yet, an
// event after the exhibit was destroyed or returned, a receipt with no transfer before it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/lookups.h"

namespace ariadne {

struct Exhibit {
  std::string id;
  std::string case_id;
  std::string number;         // "<case reference>/EX-0001", unique in the case
  std::string evidence_type;  // lookups evidence_types
  std::string description;
  int64_t seized_at = 0;      // when it was seized (as reported)
  std::string seized_place;
  std::string seized_by;      // the officer, as written
  std::string authority;      // legal basis: warrant, court order, consent, exigent circumstances
  std::string warrant_number;
  std::string packaging;
  std::vector<std::string> seal_numbers;
  std::string created_by;
  int64_t created_at = 0;
  int64_t updated_at = 0;
  int64_t version = 1;
};

struct CustodyEvent {
  std::string id;
  std::string exhibit_id;
  int64_t seq = 0;      // 1, 2, ... per exhibit
  std::string kind;     // lookups custody_events: seized, sealed, transferred, received, examined, returned, destroyed
  int64_t at = 0;       // when it happened (as reported)
  int64_t recorded_at = 0;
  std::string recorded_by;  // the acting user's id
  std::string holder;       // who has the exhibit after this event (person or office, as written)
  std::string location;
  std::vector<std::string> seal_numbers;
  std::string note;
  std::string prev_hash, hash;
};

// The canonical bytes of `e` that its hash covers, prev_hash included (the hash itself is
// computed in security/custody_chain.cc: the domain does no cryptography).
std::string CustodyCanonical(const CustodyEvent& e);
using CustodyHasher = std::function<std::string(const CustodyEvent&)>;

struct CustodyFlag {
  int64_t seq = 0;
  std::string code;  // altered, out_of_order, transfer_not_received, receipt_without_transfer, after_disposal, not_seized_first
  std::string message;
};

// Recomputes the chain with `hash` and reads it for anomalies. Events must be in seq order.
std::vector<CustodyFlag> AnalyseCustody(const std::vector<CustodyEvent>& events, const CustodyHasher& hash);

// The exhibit's state after its events: "in_custody", "in_transfer", "returned", "destroyed".
std::string CustodyState(const std::vector<CustodyEvent>& events);

struct ExhibitInput {
  std::optional<int64_t> version;
  std::optional<std::string> evidence_type, description, seized_place, seized_by, authority, warrant_number,
      packaging;
  std::optional<int64_t> seized_at;
  std::optional<std::vector<std::string>> seal_numbers;
};

enum class ExhibitInputMode { kCreate, kUpdate };

// {evidence_type, description, seized_at (RFC 3339), seized_place, seized_by, authority,
// warrant_number?, packaging?, seal_numbers?}; on create all but the last three are required.
Result<ExhibitInput> ParseExhibitInput(const nlohmann::json& body, const Lookups& lookups, ExhibitInputMode mode);
// Applies the present fields; returns the names of the fields that changed.
std::vector<std::string> ApplyExhibitInput(const ExhibitInput& in, Exhibit& x);

// {kind, at?, holder?, location?, seal_numbers?, note?}: a transfer or a receipt needs the
// holder; `at` defaults to now and may not be in the future.
Result<CustodyEvent> ParseCustodyEvent(const nlohmann::json& body, const Lookups& lookups, int64_t now);

}  // namespace ariadne
