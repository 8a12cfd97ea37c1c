#include "engine/match/batch_resolver.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

#include "engine/match/blocking.h"
#include "engine/match/scorer.h"

namespace ariadne {
namespace {

enum : uint8_t { kUsable = 0, kSplit = 1, kUnused = 2 };

struct Entry {
  uint64_t key;
  uint32_t rec;
  uint32_t slot;  // index into the record's own key list
};

struct RecordKey {
  uint64_t key;
  KeyType type;
  bool initial_side;
  uint8_t status;
};

struct Index {
  std::vector<Entry> entries;          // sorted by key, then record
  std::vector<uint32_t> offsets;       // record r's keys: keys[offsets[r] .. offsets[r+1])
  std::vector<RecordKey> keys;         // each record's keys sorted by key
  std::vector<int> years;
  std::vector<std::pair<uint32_t, uint32_t>> blocks;  // [begin, end) into entries, two or more records
};

bool MayMeet(const RecordKey& x, const RecordKey& y, int year_x, int year_y) {
  if (x.status == kUnused) return false;
  if (x.status == kSplit && (year_x == 0 || year_x != year_y)) return false;
  if (x.type == KeyType::kNameInitial && !x.initial_side && !y.initial_side) return false;
  return true;
}

// Whether `key` is the first key the two records share on which they may meet.
bool Owns(const Index& ix, uint32_t a, uint32_t b, uint64_t key) {
  const RecordKey* keys = ix.keys.data();  // one past a record's last key may be the end
  const RecordKey* x = keys + ix.offsets[a];
  const RecordKey* xe = keys + ix.offsets[a + 1];
  const RecordKey* y = keys + ix.offsets[b];
  const RecordKey* ye = keys + ix.offsets[b + 1];
  while (x != xe && y != ye) {
    if (x->key < y->key) {
      ++x;
    } else if (y->key < x->key) {
      ++y;
    } else {
      // A key may appear twice in one record (full and initial side): try every combination.
      for (const RecordKey* i = x; i != xe && i->key == x->key; ++i)
        for (const RecordKey* j = y; j != ye && j->key == x->key; ++j)
          if (MayMeet(*i, *j, ix.years[a], ix.years[b])) return i->key == key;
      const uint64_t k = x->key;
      while (x != xe && x->key == k) ++x;
      while (y != ye && y->key == k) ++y;
    }
  }
  return false;
}

Index BuildIndex(const std::vector<PreparedRecord>& records, const MatchConfig& config, BatchStats& stats) {
  Index ix;
  const uint32_t n = static_cast<uint32_t>(records.size());
  ix.offsets.resize(n + 1);
  ix.years.resize(n);
  for (uint32_t r = 0; r < n; ++r) {
    ix.offsets[r] = static_cast<uint32_t>(ix.keys.size());
    ix.years[r] = BirthYear(records[r]);
    std::vector<BlockKey> keys = BlockingKeys(records[r]);
    std::sort(keys.begin(), keys.end(), [](const BlockKey& x, const BlockKey& y) { return x.hash < y.hash; });
    for (const BlockKey& k : keys) ix.keys.push_back({k.hash, k.type, k.initial_side, kUsable});
  }
  ix.offsets[n] = static_cast<uint32_t>(ix.keys.size());
  ix.entries.reserve(ix.keys.size());
  for (uint32_t r = 0; r < n; ++r)
    for (uint32_t s = ix.offsets[r]; s < ix.offsets[r + 1]; ++s) ix.entries.push_back({ix.keys[s].key, r, s});
  std::sort(ix.entries.begin(), ix.entries.end(),
            [](const Entry& x, const Entry& y) { return x.key != y.key ? x.key < y.key : x.rec < y.rec; });
  stats.keys = ix.entries.size();
  for (size_t i = 0; i < ix.entries.size();) {
    size_t j = i;
    while (j < ix.entries.size() && ix.entries[j].key == ix.entries[i].key) ++j;
    const size_t size = j - i;
    if (size >= 2) {
      ix.blocks.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
      const KeyType type = ix.keys[ix.entries[i].slot].type;
      uint8_t status = kUsable;
      if (!IsNameKey(type) && size > static_cast<size_t>(config.max_identifier_block)) {
        status = kUnused;
        ++stats.hub_blocks;
      } else if (IsNameKey(type) && size > static_cast<size_t>(config.max_block)) {
        status = kSplit;
        ++stats.split_blocks;
      }
      for (size_t k = i; k < j; ++k) ix.keys[ix.entries[k].slot].status = status;
      stats.largest_block = std::max<uint64_t>(stats.largest_block, size);
    } else {
      ix.keys[ix.entries[i].slot].status = kUnused;
    }
    i = j;
  }
  stats.blocks = ix.blocks.size();
  return ix;
}

uint32_t Find(std::vector<uint32_t>& parent, uint32_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

std::vector<uint32_t> NameFrequencies(const std::vector<PreparedRecord>& records) {
  std::vector<std::pair<uint64_t, uint32_t>> pairs;
  for (uint32_t r = 0; r < records.size(); ++r)
    for (const BlockKey& k : BlockingKeys(records[r]))
      if (k.type == KeyType::kNamePair) pairs.push_back({k.hash, r});
  std::sort(pairs.begin(), pairs.end());
  std::vector<uint32_t> freq(records.size(), 0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j].first == pairs[i].first) ++j;
    const uint32_t size = static_cast<uint32_t>(j - i);
    for (size_t k = i; k < j; ++k) {
      uint32_t& f = freq[pairs[k].second];
      f = f == 0 ? size : std::min(f, size);
    }
    i = j;
  }
  for (uint32_t& f : freq) f = std::max<uint32_t>(f, 1);
  return freq;
}

BatchResult ResolveBatch(const std::vector<PreparedRecord>& records, const MatchConfig& config, int threads) {
  BatchResult result;
  Index ix = BuildIndex(records, config, result.stats);
  const std::vector<uint32_t> freq = NameFrequencies(records);
  threads = std::max(1, threads);
  std::atomic<size_t> next{0};
  std::atomic<uint64_t> comparisons{0};
  std::vector<std::vector<ProposedPair>> found(threads);
  const size_t nblocks = ix.blocks.size();
  auto work = [&](int t) {
    uint64_t compared = 0;
    std::vector<ProposedPair>& out = found[t];
    std::vector<uint32_t> members;
    std::vector<std::pair<size_t, size_t>> runs;
    for (;;) {
      const size_t b = next.fetch_add(16);
      if (b >= nblocks) break;
      for (size_t blk = b; blk < std::min(nblocks, b + 16); ++blk) {
        const auto [lo, hi] = ix.blocks[blk];
        const uint64_t key = ix.entries[lo].key;
        const uint8_t status = ix.keys[ix.entries[lo].slot].status;
        if (status == kUnused) continue;
        // A split block is compared within runs of one birth year; a run still too large is left.
        runs.clear();
        members.clear();
        for (uint32_t i = lo; i < hi; ++i) members.push_back(i);
        if (status == kSplit) {
          std::erase_if(members, [&](uint32_t e) { return ix.years[ix.entries[e].rec] == 0; });
          std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
            return ix.years[ix.entries[x].rec] < ix.years[ix.entries[y].rec];
          });
          for (size_t i = 0; i < members.size();) {
            size_t j = i;
            while (j < members.size() && ix.years[ix.entries[members[j]].rec] == ix.years[ix.entries[members[i]].rec]) ++j;
            if (j - i >= 2 && j - i <= static_cast<size_t>(config.max_block) * 4) runs.push_back({i, j});
            i = j;
          }
        } else {
          runs.push_back({0, members.size()});
        }
        for (const auto& [rlo, rhi] : runs) {
          for (size_t i = rlo; i < rhi; ++i) {
            for (size_t j = i + 1; j < rhi; ++j) {
              const Entry& ei = ix.entries[members[i]];
              const Entry& ej = ix.entries[members[j]];
              const uint32_t ra = ei.rec, rb = ej.rec;
              if (ra == rb) continue;
              const PreparedRecord& A = records[ra];
              const PreparedRecord& B = records[rb];
              if (!A.group.empty() && A.group == B.group) continue;
              if (A.kind != B.kind) continue;
              if (!MayMeet(ix.keys[ei.slot], ix.keys[ej.slot], ix.years[ra], ix.years[rb])) continue;
              if (!Owns(ix, ra, rb, key)) continue;
              ++compared;
              const uint32_t nf = std::max(freq[ra], freq[rb]);
              MatchScore s = ScorePair(A, B, config, static_cast<int>(nf), false);
              if (s.probability >= config.review)
                out.push_back({std::min(ra, rb), std::max(ra, rb), static_cast<float>(s.probability), nf});
            }
          }
        }
      }
    }
    comparisons += compared;
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& th : pool) th.join();
  result.stats.comparisons = comparisons;
  for (auto& v : found) result.pairs.insert(result.pairs.end(), v.begin(), v.end());
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const ProposedPair& x, const ProposedPair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });

  std::vector<uint32_t> parent(records.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const ProposedPair& p : result.pairs)
    if (p.probability >= config.cluster) parent[Find(parent, p.a)] = Find(parent, p.b);
  std::vector<std::vector<uint32_t>> by_root(records.size());
  for (uint32_t r = 0; r < records.size(); ++r)
    by_root[Find(parent, r)].push_back(r);
  for (auto& c : by_root)
    if (c.size() >= 2) result.clusters.push_back(std::move(c));
  return result;
}

}  // namespace ariadne
