#include "engine/graph/graph.h"

#include <algorithm>

namespace ariadne::graph {
namespace {

constexpr const char* kLinkKindNames[kLinkKinds] = {"relationship", "involved", "identifier", "call",
                                                    "payment",      "trip",     "same_as"};
constexpr const char* kNodeKindNames[] = {"record", "case", "phone", "account"};

// Heap bytes of a string beyond the object itself (libstdc++ keeps 15 chars inline).
size_t HeapBytes(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }

}  // namespace

const char* LinkKindName(LinkKind k) {
  const auto i = static_cast<size_t>(k);
  return i < static_cast<size_t>(kLinkKinds) ? kLinkKindNames[i] : "unknown";
}

bool ParseLinkKind(const std::string& s, LinkKind* out) {
  for (int i = 0; i < kLinkKinds; ++i)
    if (s == kLinkKindNames[i]) {
      *out = static_cast<LinkKind>(i);
      return true;
    }
  return false;
}

const char* NodeKindName(NodeKind k) {
  const auto i = static_cast<size_t>(k);
  return i < std::size(kNodeKindNames) ? kNodeKindNames[i] : "unknown";
}

uint32_t Graph::Intern(const std::string& s) {
  if (s.empty()) return 0;
  auto [it, added] = by_string_.try_emplace(s, static_cast<uint32_t>(strings_.size()));
  if (added) strings_.push_back(s);
  return it->second;
}

uint32_t Graph::UpsertNode(const std::string& key, NodeKind kind, uint32_t scope, uint32_t label) {
  auto [it, added] = by_key_.try_emplace(key, static_cast<uint32_t>(nodes_.size()));
  if (added) {
    nodes_.push_back(Node{key, kind, scope, label, false});
    node_gate_.push_back(scope);
  } else {
    // A record deleted and then re-imported comes back; its old edges stay dead, the feed
    // brings the current ones.
    Node& n = nodes_[it->second];
    n.kind = kind;
    n.scope = scope;
    n.label = label;
    n.dead = false;
    SetGate(it->second);
  }
  return it->second;
}

uint32_t Graph::Find(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? kNoNode : it->second;
}

uint32_t Graph::AddEdge(const Edge& e) {
  if (e.a >= nodes_.size() || e.b >= nodes_.size()) return kNoNode;
  if (e.scope != kNoScope && e.scope > kMaxScope) return kNoNode;  // does not fit an Adj's tag
  const auto id = static_cast<uint32_t>(edges_.size());
  edges_.push_back(e);
  if (dead_edges_.size() * 64 <= id) dead_edges_.push_back(0);
  if (e.dead) dead_edges_[id >> 6] |= uint64_t{1} << (id & 63);
  // Before the first Compact there is no adjacency to keep current: Compact indexes it all.
  if (!offsets_.empty() && !e.dead) {
    const uint32_t tag = TagOf(e);
    extra_[e.a].push_back({e.b, id, tag});
    if (e.b != e.a) extra_[e.b].push_back({e.a, id, tag});
    ++overlay_edges_;
  }
  return id;
}

void Graph::KillEdge(uint32_t edge) {
  if (edge >= edges_.size() || edges_[edge].dead) return;
  edges_[edge].dead = true;
  dead_edges_[edge >> 6] |= uint64_t{1} << (edge & 63);
  // A dead edge still costs a look in the CSR until the next Compact drops it.
  if (!offsets_.empty()) ++overlay_edges_;
}

void Graph::KillNode(uint32_t node) {
  if (node >= nodes_.size()) return;
  nodes_[node].dead = true;
  SetGate(node);
  if (offsets_.empty()) {  // never compacted: no adjacency yet, so look at every edge
    for (uint32_t e = 0; e < edges_.size(); ++e)
      if (edges_[e].a == node || edges_[e].b == node) KillEdge(e);
    return;
  }
  // Collect first: KillEdge must not change what ForEachAdj is walking.
  std::vector<uint32_t> adjacent;
  ForEachAdj(node, [&](const Adj& a) { adjacent.push_back(a.edge); });
  for (uint32_t e : adjacent) KillEdge(e);
}

void Graph::Reserve(size_t nodes, size_t edges) {
  nodes_.reserve(nodes);
  node_gate_.reserve(nodes);
  edges_.reserve(edges);
  dead_edges_.reserve(edges / 64 + 1);
  by_key_.reserve(nodes);
}

void Graph::Compact() {
  if (offsets_.empty()) {
    // The first Compact ends a bulk load: what doubling left unused is given back once, here,
    // and not at later Compacts (the next edge would double the array again).
    nodes_.shrink_to_fit();
    node_gate_.shrink_to_fit();
    edges_.shrink_to_fit();
    dead_edges_.shrink_to_fit();
  }
  // Counting sort by end: one pass to count, one to place. Edges are placed in id order, so each
  // node's list is sorted by edge id and queries that scan it are deterministic.
  const size_t n = nodes_.size();
  std::vector<uint32_t> offsets(n + 1, 0);
  for (const Edge& e : edges_) {
    if (e.dead) continue;
    ++offsets[e.a + 1];
    if (e.b != e.a) ++offsets[e.b + 1];
  }
  for (size_t i = 0; i < n; ++i) offsets[i + 1] += offsets[i];
  std::vector<Adj> adj(offsets[n]);
  std::vector<uint32_t> next(offsets.begin(), offsets.end() - 1);
  for (size_t i = 0; i < edges_.size(); ++i) {
    const Edge& e = edges_[i];
    if (e.dead) continue;
    const auto id = static_cast<uint32_t>(i);
    const uint32_t tag = TagOf(e);
    adj[next[e.a]++] = {e.b, id, tag};
    if (e.b != e.a) adj[next[e.b]++] = {e.a, id, tag};
  }
  offsets_ = std::move(offsets);
  adj_ = std::move(adj);
  extra_.clear();
  // The big nodes' entries again, by neighbour.
  sorted_adj_.clear();
  sorted_at_.clear();
  size_t big = 0;
  for (size_t i = 0; i < n; ++i)
    if (offsets_[i + 1] - offsets_[i] >= kSortedFrom) big += offsets_[i + 1] - offsets_[i];
  sorted_adj_.reserve(big);
  for (size_t i = 0; i < n; ++i) {
    if (offsets_[i + 1] - offsets_[i] < kSortedFrom) continue;
    sorted_at_.emplace(static_cast<uint32_t>(i), sorted_adj_.size());
    const size_t from = sorted_adj_.size();
    sorted_adj_.insert(sorted_adj_.end(), adj_.begin() + offsets_[i], adj_.begin() + offsets_[i + 1]);
    std::sort(sorted_adj_.begin() + static_cast<std::ptrdiff_t>(from), sorted_adj_.end(),
              [](const Adj& x, const Adj& y) { return x.node != y.node ? x.node < y.node : x.edge < y.edge; });
  }
  compacted_edges_ = edges_.size();
  overlay_edges_ = 0;
}

uint32_t Graph::RawDegree(uint32_t n) const {
  uint32_t d = 0;
  ForEachAdj(n, [&](const Adj&) { ++d; });
  return d;
}

bool Graph::EdgeVisible(const View& v, uint32_t e) const {
  if (e >= edges_.size() || !LinkVisible(v, e)) return false;
  const Edge& x = edges_[e];
  return NodeVisible(v, x.a) && NodeVisible(v, x.b);
}

uint32_t Graph::VisibleDegree(const View& v, uint32_t n) const {
  if (!NodeVisible(v, n)) return 0;
  uint32_t d = 0;
  // n is visible, so only the edge and its other end need checking.
  ForEachAdj(n, [&](const Adj& a) {
    if (LinkVisible(v, a) && NodeVisible(v, a.node)) ++d;
  });
  return d;
}

size_t Graph::MemoryBytes() const {
  // Rough cost of one hash map entry: the node (next pointer, cached hash) and a bucket slot.
  constexpr size_t kMapEntry = 3 * sizeof(void*);
  size_t bytes = nodes_.capacity() * sizeof(Node) + edges_.capacity() * sizeof(Edge) +
                 node_gate_.capacity() * sizeof(uint32_t) + dead_edges_.capacity() * sizeof(uint64_t) +
                 offsets_.capacity() * sizeof(uint32_t) + adj_.capacity() * sizeof(Adj) +
                 sorted_adj_.capacity() * sizeof(Adj) + sorted_at_.size() * (sizeof(std::pair<uint32_t, size_t>) + kMapEntry) +
                 strings_.capacity() * sizeof(std::string);
  for (const Node& n : nodes_) bytes += 2 * HeapBytes(n.key);  // the node's and the map's copy
  for (const std::string& s : strings_) bytes += 2 * HeapBytes(s);
  bytes += by_key_.size() * (sizeof(std::pair<std::string, uint32_t>) + kMapEntry);
  bytes += by_string_.size() * (sizeof(std::pair<std::string, uint32_t>) + kMapEntry);
  for (const auto& [node, list] : extra_) bytes += list.capacity() * sizeof(Adj) + sizeof(list) + kMapEntry;
  return bytes;
}

}  // namespace ariadne::graph
