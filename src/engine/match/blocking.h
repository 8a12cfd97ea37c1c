// Blocking keys: which records are compared at all, so no N² table is ever built. A record gets
// keys from pairs of its name parts (phonetic keys of the stems, in either order), from a name
// part with another part's initial, from a name part with another part's first letters (so a
// typo in one part still meets), and from each identifier and phone. A key shared by too many
// records is split by birth year (names) or not used (a hub phone or document).
#pragma once

#include <cstdint>
#include <vector>

#include "engine/match/match_input.h"

namespace ariadne {

enum class KeyType : uint8_t { kNamePair, kNameInitial, kNamePrefix, kIdentifier, kPhone };

struct BlockKey {
  uint64_t hash = 0;
  KeyType type = KeyType::kNamePair;
  // kNameInitial only: the record wrote this part as an initial. Two records meet on such a key
  // only when at least one of them did (two full names meet on their kNamePair key instead).
  bool initial_side = false;
};

std::vector<BlockKey> BlockingKeys(const PreparedRecord& r);
bool IsNameKey(KeyType t);
// The first birth year of a record, 0 when it has none.
int BirthYear(const PreparedRecord& r);

}  // namespace ariadne
