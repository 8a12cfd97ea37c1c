#include "engine/match/blocking.h"

#include <algorithm>

namespace ariadne {
namespace {

uint64_t Hash(char type, std::string_view x, std::string_view y) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  mix(static_cast<unsigned char>(type));
  for (char c : x) mix(static_cast<unsigned char>(c));
  mix(0);
  for (char c : y) mix(static_cast<unsigned char>(c));
  return h;
}

void Add(std::vector<BlockKey>& keys, BlockKey k) {
  for (const BlockKey& e : keys)
    if (e.hash == k.hash && e.initial_side == k.initial_side) return;
  keys.push_back(k);
}

}  // namespace

bool IsNameKey(KeyType t) { return t == KeyType::kNamePair || t == KeyType::kNameInitial || t == KeyType::kNamePrefix; }

int BirthYear(const PreparedRecord& r) { return r.births.empty() ? 0 : r.births.front().year; }

std::vector<BlockKey> BlockingKeys(const PreparedRecord& r) {
  std::vector<BlockKey> keys;
  for (const PreparedId& id : r.ids) {
    // Passport and ID numbers share one key space: clerks write one in the other's field.
    const char kind = id.kind == IdKind::kNationalId ? static_cast<char>(IdKind::kPassport) : static_cast<char>(id.kind);
    Add(keys, {Hash('d', std::string_view(&kind, 1), id.value), KeyType::kIdentifier, false});
  }
  for (const std::string& p : r.phones) Add(keys, {Hash('t', p, {}), KeyType::kPhone, false});
  if (r.kind != MatchKind::kPerson && r.kind != MatchKind::kOrganization) return keys;
  for (const PersonName& n : r.names) {
    std::vector<const NamePart*> full, initials;
    for (const NamePart& p : n.parts) {
      if (p.kind == NamePartKind::kName && !p.key.empty()) full.push_back(&p);
      if (p.kind == NamePartKind::kInitial) initials.push_back(&p);
    }
    for (size_t i = 0; i < full.size(); ++i) {
      for (size_t j = 0; j < full.size(); ++j) {
        if (i == j) continue;
        const NamePart& t = *full[i];
        const NamePart& u = *full[j];
        if (i < j) {
          const auto& [lo, hi] = std::minmax(t.key, u.key);
          Add(keys, {Hash('p', lo, hi), KeyType::kNamePair, false});
        }
        Add(keys, {Hash('i', t.key, u.folded.substr(0, 1)), KeyType::kNameInitial, false});
        Add(keys, {Hash('q', t.key, u.stem.substr(0, 3)), KeyType::kNamePrefix, false});
      }
      for (const NamePart* in : initials) Add(keys, {Hash('i', full[i]->key, in->folded), KeyType::kNameInitial, true});
    }
    // An organisation's or a one-word name: its own key.
    if (full.size() == 1 && initials.empty()) Add(keys, {Hash('p', full[0]->key, {}), KeyType::kNamePair, false});
  }
  return keys;
}

}  // namespace ariadne
