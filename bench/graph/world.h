// The synthetic call-and-payment world of the link-analysis benchmark (issue 8), shared by
// bench_graph_gen (which writes it) and bench_graph (which reads it back): node ids, the phone
// number or account behind each id, and a small deterministic random generator that gives the
// same stream on every platform (std::mt19937 is portable, its distributions are not).
//
// Ids: 0 .. phones-1 are phone numbers, phones .. nodes-1 are bank accounts (IBANs).
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace bench_world {

// xoshiro256** seeded through splitmix64.
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (uint64_t& w : s_) {
      seed += 0x9E3779B97F4A7C15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      w = z ^ (z >> 31);
    }
  }
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  uint64_t Below(uint64_t n) {  // [0, n), Lemire's multiply (bias below 2^-64 * n: none that matters)
    return static_cast<uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Kazakhstan mobile ranges; a number is +7 <prefix> <7 digits>, the digits a bijection of the id
// (7919 is prime, so multiplying by it permutes 0 .. 10^7-1).
inline constexpr const char* kPrefixes[] = {"700", "701", "702", "705", "707", "708",
                                            "747", "771", "775", "776", "777", "778"};
inline constexpr uint64_t kPrefixCount = sizeof(kPrefixes) / sizeof(kPrefixes[0]);

inline std::string Phone(uint64_t id) {
  const uint64_t digits = ((id / kPrefixCount) * 7919 + 1234567) % 10000000;
  char buf[48];
  std::snprintf(buf, sizeof buf, "+7%s%07llu", kPrefixes[id % kPrefixCount], static_cast<unsigned long long>(digits));
  return buf;
}

// A KZ IBAN: KZ, two check digits, a 3-digit bank code and 13 digits (a bijection of the account
// number: 104729 is prime). The check digits hold, as AccountKey requires.
inline constexpr const char* kBanks[] = {"722", "601", "998", "470", "826", "914", "551"};
inline constexpr uint64_t kBankCount = sizeof(kBanks) / sizeof(kBanks[0]);

inline std::string Iban(uint64_t account) {
  const uint64_t digits = ((account / kBankCount) * 104729 + 987654321) % 10000000000000ull;
  char bban[48];
  std::snprintf(bban, sizeof bban, "%s%013llu", kBanks[account % kBankCount], static_cast<unsigned long long>(digits));
  // ISO 13616: BBAN + "KZ00" with letters as numbers (K = 20, Z = 35), mod 97; check = 98 - rem.
  const std::string moved = std::string(bban) + "203500";
  int rem = 0;
  for (char c : moved) rem = (rem * 10 + (c - '0')) % 97;
  char out[64];
  std::snprintf(out, sizeof out, "KZ%02d%s", 98 - rem, bban);
  return out;
}

// The graph's node key for an id (what api/graph_service.cc would call it).
inline std::string NodeKey(uint64_t id, uint64_t phones) {
  return id < phones ? "p:" + Phone(id) : "a:" + Iban(id - phones);
}

}  // namespace bench_world
