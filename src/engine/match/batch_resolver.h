// Resolving a whole set of records at once (the `ariadne resolve` command and the benchmark):
// blocking keys sorted into blocks, each candidate pair scored once (in the first block both
// records share), pairs at or above the review threshold kept, and clusters as the connected
// components of the pairs at or above the cluster threshold. Uses `threads` threads.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/match/match_config.h"
#include "engine/match/match_input.h"

namespace ariadne {

struct ProposedPair {
  uint32_t a = 0, b = 0;  // indexes into the records
  float probability = 0;
  uint32_t name_frequency = 1;
};

struct BatchStats {
  uint64_t keys = 0, blocks = 0, split_blocks = 0, hub_blocks = 0, comparisons = 0;
  uint64_t largest_block = 0;
};

struct BatchResult {
  std::vector<ProposedPair> pairs;                 // a < b, sorted
  std::vector<std::vector<uint32_t>> clusters;     // each of two or more records
  BatchStats stats;
};

BatchResult ResolveBatch(const std::vector<PreparedRecord>& records, const MatchConfig& config, int threads);
// The scorer's name frequency of each record: how many records share its rarest name-pair key.
std::vector<uint32_t> NameFrequencies(const std::vector<PreparedRecord>& records);

}  // namespace ariadne
