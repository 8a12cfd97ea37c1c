#include "engine/match/live_index.h"

#include <algorithm>
#include <mutex>

namespace ariadne {
namespace {
constexpr uint32_t kInitialBit = 1u << 31;
}

void LiveIndex::RemoveLocked(const std::string& id) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return;
  const uint32_t slot = it->second;
  Slot& s = slots_[slot];
  for (const BlockKey& k : s.keys) {
    auto b = blocks_.find(k.hash);
    if (b == blocks_.end()) continue;
    std::erase_if(b->second, [&](uint32_t e) { return (e & ~kInitialBit) == slot; });
    if (b->second.empty()) blocks_.erase(b);
  }
  s = Slot{};
  free_.push_back(slot);
  by_id_.erase(it);
}

void LiveIndex::Upsert(PreparedRecord r) {
  std::unique_lock lock(mu_);
  RemoveLocked(r.id);
  uint32_t slot;
  if (!free_.empty()) {
    slot = free_.back();
    free_.pop_back();
  } else {
    slot = static_cast<uint32_t>(slots_.size());
    slots_.emplace_back();
  }
  Slot& s = slots_[slot];
  s.keys = BlockingKeys(r);
  s.year = BirthYear(r);
  s.live = true;
  by_id_[r.id] = slot;
  for (const BlockKey& k : s.keys) blocks_[k.hash].push_back(slot | (k.initial_side ? kInitialBit : 0));
  s.record = std::move(r);
}

void LiveIndex::Remove(const std::string& id) {
  std::unique_lock lock(mu_);
  RemoveLocked(id);
}

size_t LiveIndex::size() const {
  std::shared_lock lock(mu_);
  return by_id_.size();
}

std::vector<LiveCandidate> LiveIndex::Match(const PreparedRecord& r, double min_probability) const {
  const std::vector<BlockKey> keys = BlockingKeys(r);
  const int year = BirthYear(r);
  std::shared_lock lock(mu_);
  std::vector<uint32_t> candidates;
  uint32_t name_frequency = 0;
  for (const BlockKey& k : keys) {
    auto b = blocks_.find(k.hash);
    if (b == blocks_.end()) continue;
    const std::vector<uint32_t>& members = b->second;
    if (k.type == KeyType::kNamePair)
      name_frequency = name_frequency == 0 ? members.size() + 1 : std::min<uint32_t>(name_frequency, members.size() + 1);
    if (!IsNameKey(k.type) && members.size() >= static_cast<size_t>(config_.max_identifier_block)) continue;  // a hub
    const bool split = IsNameKey(k.type) && members.size() >= static_cast<size_t>(config_.max_block);
    if (split && year == 0) continue;
    for (uint32_t e : members) {
      const uint32_t slot = e & ~kInitialBit;
      if (k.type == KeyType::kNameInitial && !k.initial_side && !(e & kInitialBit)) continue;
      if (split && slots_[slot].year != year) continue;
      candidates.push_back(slot);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<LiveCandidate> out;
  for (uint32_t slot : candidates) {
    const Slot& s = slots_[slot];
    if (!s.live || s.record.id == r.id || s.record.kind != r.kind) continue;
    if (!r.group.empty() && s.record.group == r.group) continue;
    MatchScore quick = ScorePair(r, s.record, config_, std::max<int>(1, name_frequency), false);
    if (quick.probability < min_probability) continue;
    out.push_back({s.record.id, s.record.group, ScorePair(r, s.record, config_, std::max<int>(1, name_frequency), true)});
  }
  std::sort(out.begin(), out.end(),
            [](const LiveCandidate& x, const LiveCandidate& y) { return x.score.probability > y.score.probability; });
  return out;
}

}  // namespace ariadne
