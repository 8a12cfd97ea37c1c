// The server's resolution index: every matchable record of every case, in memory, blocked as
// the batch resolver blocks them, so that a record saved now is matched at once against all
// others (the review queue is live). Thread-safe: many matchers, one writer at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/match/blocking.h"
#include "engine/match/match_config.h"
#include "engine/match/scorer.h"

namespace ariadne {

struct LiveCandidate {
  std::string id, group;
  MatchScore score;
};

class LiveIndex {
 public:
  explicit LiveIndex(MatchConfig config) : config_(std::move(config)) {}

  // Adds the record, or replaces the one with its id.
  void Upsert(PreparedRecord r);
  void Remove(const std::string& id);
  // Records of other groups scoring at or above `min_probability`, best first, explained.
  std::vector<LiveCandidate> Match(const PreparedRecord& r, double min_probability) const;
  size_t size() const;
  const MatchConfig& config() const { return config_; }

 private:
  struct Slot {
    PreparedRecord record;
    std::vector<BlockKey> keys;
    int year = 0;
    bool live = false;
  };
  void RemoveLocked(const std::string& id);

  MatchConfig config_;
  mutable std::shared_mutex mu_;
  std::vector<Slot> slots_;
  std::vector<uint32_t> free_;
  std::unordered_map<std::string, uint32_t> by_id_;
  // key -> slots; the top bit marks an entry made from an initial (BlockKey::initial_side).
  std::unordered_map<uint64_t, std::vector<uint32_t>> blocks_;
};

}  // namespace ariadne
