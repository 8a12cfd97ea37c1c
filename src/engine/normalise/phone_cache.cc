#include "engine/normalise/phone_cache.h"

#include <array>
#include <mutex>
#include <unordered_map>

#include <phonenumbers/phonenumberutil.h>

namespace ariadne {
namespace {

// Sharded so two threads rarely wait for each other; bounded so a stream of unique numbers
// cannot grow it without end (a full shard is cleared and starts again).
constexpr size_t kShards = 16;
constexpr size_t kShardLimit = 1 << 16;

struct Shard {
  std::mutex mu;
  std::unordered_map<std::string, std::string> map;
};

std::array<Shard, kShards>& Shards() {
  static std::array<Shard, kShards> shards;
  return shards;
}

std::string Parse(const std::string& digits, const std::string& region) {
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber number;
  if (util.Parse(digits, region.empty() ? "ZZ" : region, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
      !util.IsPossibleNumber(number))
    return {};
  std::string out;
  util.Format(number, PhoneNumberUtil::E164, &out);
  return out;
}

// The numbering plans of the region, as a table: what libphonenumber would answer for the
// formats in daily use, without its regular expressions (a global lock and most of the time of
// a batch). Anything else goes to libphonenumber.
struct Plan {
  const char* region;
  const char* code;       // country calling code
  size_t national;        // digits of a national significant number
  const char* trunk;      // national prefix dialled before it ("0", "8"), or ""
};
constexpr Plan kPlans[] = {
    {"KZ", "7", 10, "8"}, {"RU", "7", 10, "8"}, {"KG", "996", 9, "0"}, {"UZ", "998", 9, ""}, {"TJ", "992", 9, ""},
};

std::string FastPath(std::string_view digits, std::string_view region) {
  const bool plus = !digits.empty() && digits[0] == '+';
  const std::string_view d = plus ? digits.substr(1) : digits;
  auto joined = [](std::string_view code, std::string_view nsn) {
    std::string out;
    out.reserve(1 + code.size() + nsn.size());
    out += '+';
    out += code;
    out += nsn;
    return out;
  };
  for (const Plan& p : kPlans) {
    const std::string_view code = p.code, trunk = p.trunk;
    const size_t full = code.size() + p.national;
    // International form: +CC NSN, or CC NSN without the plus (a number copied from a phone).
    if (d.size() == full && d.substr(0, code.size()) == code && (plus || region == p.region)) return joined({}, d);
    if (plus || region != p.region) continue;
    if (d.size() == p.national) return joined(code, d);
    if (!trunk.empty() && d.size() == p.national + trunk.size() && d.substr(0, trunk.size()) == trunk)
      return joined(code, d.substr(trunk.size()));
  }
  return {};
}

}  // namespace

std::string PhoneE164(std::string_view raw, std::string_view region) {
  // The cache key is the digits with a leading + and the region: "0555 12-34-56" and
  // "0555123456" share an entry.
  std::string key;
  key.reserve(raw.size() + 3);
  for (char c : raw) {
    if (c >= '0' && c <= '9') key += c;
    else if (c == '+' && key.empty()) key += c;
    else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/') return {};  // letters: no phone
  }
  if (key.size() < 5 || key.size() > 21) return {};
  std::string reg;
  for (char c : region) reg += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  // The table answers before the cache is asked: a lookup in a map of a million numbers misses
  // the processor's caches and cost more than the table (47% of parsing 10 M call records).
  if (std::string e164 = FastPath(key, reg); !e164.empty()) return e164;
  const std::string digits = key;
  key += '|';
  key += reg;
  Shard& shard = Shards()[std::hash<std::string>{}(key) % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mu);
    auto it = shard.map.find(key);
    if (it != shard.map.end()) return it->second;
  }
  std::string e164 = Parse(digits, reg);
  std::lock_guard<std::mutex> lock(shard.mu);
  if (shard.map.size() >= kShardLimit) shard.map.clear();
  shard.map.emplace(std::move(key), e164);
  return e164;
}

}  // namespace ariadne
