// What the resolution engine compares: one record (a person, organisation, account, identity
// document or vehicle) reduced to names, birth dates, phones and identifiers, as read from a
// case-file record or a FollowTheMoney entity, and the same record prepared for comparison.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/normalise/identifiers.h"
#include "engine/normalise/person_name.h"

namespace ariadne {

enum class MatchKind : uint8_t { kPerson, kOrganization, kAccount, kDocument, kVehicle };

// Identifier kinds; a value only ever meets a value of the same kind.
enum class IdKind : uint8_t { kPassport, kNationalId, kAccount, kPlate, kEmail, kRegistration };

struct MatchInput {
  std::string id;     // entity id
  std::string group;  // case id (or FtM dataset); records of one group are never paired
  std::string schema;
  std::vector<std::string> names;  // as written
  std::vector<std::string> birth_dates;
  std::string gender;  // "male", "female" or ""
  std::vector<std::string> phones;
  std::vector<std::pair<IdKind, std::string>> identifiers;
  std::string region;  // default region of phones: the jurisdiction of the record's case
};

struct PreparedId {
  IdKind kind;
  std::string value;
  bool operator==(const PreparedId&) const = default;
};

struct PreparedRecord {
  std::string id, group, schema;
  MatchKind kind = MatchKind::kPerson;
  std::vector<PersonName> names;
  std::vector<DateRange> births;
  char gender = 0;  // 'm', 'f' or 0: stated, else from the name's endings
  std::vector<std::string> phones;  // E.164
  std::vector<PreparedId> ids;
};

MatchKind KindOfSchema(const std::string& schema);
PreparedRecord Prepare(const MatchInput& in);
const char* IdKindName(IdKind k);

}  // namespace ariadne
