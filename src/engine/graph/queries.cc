#include "engine/graph/queries.h"

#include <algorithm>
#include <set>
#include <span>
#include <tuple>

namespace ariadne::graph {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// Per-thread marks over node ids. Membership is a bit per node (128 KB at 1 M nodes: it stays in
// the core's cache, and a scan tests it for every entry it reads); a marked node's two words sit
// in a slot array read only for members. Reset clears the bits it set, so a query costs what it
// touches, not O(node_count).
class Marks {
 public:
  void Reset(size_t n) {
    for (uint32_t i : touched_) bits_[i >> 6] = 0;
    touched_.clear();
    if (bits_.size() * 64 < n) bits_.resize((n + 63) / 64);
    if (slots_.size() < n) slots_.resize(n);
  }
  bool Has(uint32_t i) const { return (bits_[i >> 6] >> (i & 63)) & 1; }
  void Set(uint32_t i, uint32_t val, uint32_t aux = kNone) {
    uint64_t& word = bits_[i >> 6];
    if (word == 0) touched_.push_back(i);
    word |= uint64_t{1} << (i & 63);
    slots_[i] = {val, aux};
  }
  uint32_t& val(uint32_t i) { return slots_[i].val; }
  uint32_t& aux(uint32_t i) { return slots_[i].aux; }

 private:
  struct Slot {
    uint32_t val = 0, aux = 0;
  };
  std::vector<uint64_t> bits_;
  std::vector<uint32_t> touched_;  // a node of every word that has a bit set
  std::vector<Slot> slots_;
};

// Calls f(adj) on every raw entry of n (dead edges too) until f returns false.
template <typename F>
void Scan(const Graph& g, uint32_t n, F&& f) {
  for (const Adj& a : g.BaseAdj(n))
    if (!f(a)) return;
  for (const Adj& a : g.OverlayAdj(n))
    if (!f(a)) return;
}

// True when visible node n has more than `cap` visible links; stops counting past the cap, so a
// hub costs about `cap` looks, not its degree.
bool IsHub(const Graph& g, const View& v, uint32_t n, uint32_t cap) {
  if (g.BaseAdj(n).size() + g.OverlayAdj(n).size() <= cap) return false;
  uint32_t d = 0;
  Scan(g, n, [&](const Adj& a) {
    if (g.LinkVisible(v, a) && g.NodeVisible(v, a.node)) ++d;
    return d <= cap;
  });
  return d > cap;
}

// ---- Neighbourhood ----------------------------------------------------------------------------

enum : uint32_t { kWaiting = 0, kExpanded = 1, kCollapsed = 2 };
constexpr size_t kPrefetchAhead = 8;  // nodes: about what a scan of a few short lists takes

thread_local Marks tl_hood;  // val: index in the result; aux: kWaiting / kExpanded / kCollapsed

}  // namespace

Subgraph Neighbourhood(const Graph& g, const View& v, const NeighbourhoodQuery& q) {
  Subgraph out;
  Marks& m = tl_hood;
  m.Reset(g.node_count());
  const int max_depth = std::clamp(q.depth, 0, 3);
  std::vector<uint32_t> expand = q.expand;
  std::sort(expand.begin(), expand.end());

  auto add = [&](uint32_t n, int depth) {
    if (out.nodes.size() >= q.max_nodes) {
      out.truncated = true;
      return false;
    }
    m.Set(n, static_cast<uint32_t>(out.nodes.size()), kWaiting);
    out.nodes.push_back(n);
    out.depth.push_back(static_cast<uint8_t>(depth));
    return true;
  };
  for (uint32_t s : q.seeds)
    if (s < g.node_count() && !m.Has(s) && g.NodeVisible(v, s) && !add(s, 0)) break;
  const size_t seeds = out.nodes.size();

  // Breadth first over the result itself: it is the queue. An expanded node records every
  // visible edge to a node in the result, except those to nodes expanded before it (they
  // recorded them); edges between two nodes never expanded are found after the search.
  for (size_t i = 0; i < out.nodes.size() && !out.truncated; ++i) {
    if (out.depth[i] >= max_depth) break;  // nodes are in depth order: the rest are deeper
    if (i + kPrefetchAhead < out.nodes.size()) g.PrefetchAdj(out.nodes[i + kPrefetchAhead]);
    const uint32_t u = out.nodes[i];
    const bool opened = i < seeds || std::binary_search(expand.begin(), expand.end(), u);
    if (!opened && q.hub_cap > 0 && IsHub(g, v, u, q.hub_cap)) {
      m.aux(u) = kCollapsed;
      out.collapsed.push_back({u, 0});
      continue;
    }
    m.aux(u) = kExpanded;
    const int next_depth = out.depth[i] + 1;
    Scan(g, u, [&](const Adj& a) {
      const uint32_t w = a.node;
      if (m.Has(w)) {
        if ((w == u || m.aux(w) != kExpanded) && g.LinkVisible(v, a)) out.edges.push_back(a.edge);
      } else if (!out.truncated && g.LinkVisible(v, a) && g.NodeVisible(v, w) && add(w, next_depth)) {
        out.edges.push_back(a.edge);
      }
      // Once full (a hub seed is, fast) new neighbours are not looked at, but the scan goes on:
      // links to nodes already shown still count.
      return true;
    });
  }

  // Nodes not expanded (the last layer, collapsed hubs, those cut off by max_nodes): their edges
  // to each other. Each is recorded once, by the end with fewer base entries (ties: the earlier in
  // the result), so a call centre two links away is never scanned for its links to the small
  // nodes shown: they find it in their own short lists. A big node (one with a neighbour-sorted
  // copy) looks up only the bigger ones shown. A collapsed hub also counts the links it hides,
  // until kHiddenLinksCounted.
  auto before = [&](uint32_t x, uint32_t w) {
    const size_t dx = g.BaseAdj(x).size(), dw = g.BaseAdj(w).size();
    return dx != dw ? dx < dw : m.val(x) < m.val(w);
  };
  std::vector<uint32_t> big;
  for (uint32_t u : out.nodes)
    if (m.aux(u) != kExpanded && !g.SortedBaseAdj(u).empty()) big.push_back(u);
  for (size_t i = 0, c = 0; i < out.nodes.size(); ++i) {
    if (i + kPrefetchAhead < out.nodes.size()) g.PrefetchAdj(out.nodes[i + kPrefetchAhead]);
    const uint32_t u = out.nodes[i];
    const uint32_t state = m.aux(u);
    if (state == kExpanded) continue;
    // An entry of u to a node shown: u's to record when that node was not expanded and comes after u.
    auto record = [&](const Adj& a) {
      const uint32_t w = a.node;
      if ((w == u || (m.aux(w) != kExpanded && before(u, w))) && g.LinkVisible(v, a)) out.edges.push_back(a.edge);
    };
    uint32_t hidden = 0;
    const std::span<const Adj> sorted = g.SortedBaseAdj(u);
    if (!sorted.empty()) {
      for (uint32_t w : big) {
        if (w != u && !before(u, w)) continue;
        auto at = std::lower_bound(sorted.begin(), sorted.end(), w, [](const Adj& x, uint32_t n) { return x.node < n; });
        for (; at != sorted.end() && at->node == w; ++at)
          if (g.LinkVisible(v, *at)) out.edges.push_back(at->edge);
      }
      for (const Adj& a : g.OverlayAdj(u))
        if (m.Has(a.node)) record(a);
      if (state == kCollapsed)
        Scan(g, u, [&](const Adj& a) {
          if (!m.Has(a.node) && g.LinkVisible(v, a) && g.NodeVisible(v, a.node)) ++hidden;
          return hidden < kHiddenLinksCounted;
        });
    } else {
      Scan(g, u, [&](const Adj& a) {
        if (m.Has(a.node)) {
          record(a);
        } else if (state == kCollapsed && hidden < kHiddenLinksCounted && g.LinkVisible(v, a) &&
                   g.NodeVisible(v, a.node)) {
          ++hidden;
        }
        return true;
      });
    }
    if (state == kCollapsed) {
      out.collapsed[c].hidden_links = hidden;
      out.collapsed[c++].hidden_links_more = hidden >= kHiddenLinksCounted;
    }
  }
  std::sort(out.edges.begin(), out.edges.end());
  return out;
}

// ---- Shortest paths ---------------------------------------------------------------------------

namespace {

constexpr uint32_t kBlocked = 0x7FFFFFFFu;  // level of a node a search may not pass through
constexpr uint32_t kOnPath = 0x80000000u;   // level bit: the node lies on a shortest path

// What a search may not use: Yen's root path and the steps its earlier paths took from the spur.
struct Bans {
  std::vector<uint32_t> nodes;
  uint32_t spur = kNoNode;
  std::vector<uint32_t> next;  // spur -> next, every parallel edge
};

// One side of a bidirectional breadth-first search. A node's parents (one step back towards
// this side's end) are a linked list in `links`, headed in the node's aux.
struct Side {
  struct Link {
    uint32_t parent, edge, next;
  };
  Marks marks;  // val: level (or kBlocked, with kOnPath when on a path); aux: first parent link
  std::vector<uint32_t> frontier, next;
  std::vector<Link> links;
  uint32_t level = 0;
  size_t cost = 0;  // adjacency entries of the frontier: what expanding it would read

  void Start(const Graph& g, uint32_t n) {
    marks.Reset(g.node_count());
    marks.Set(n, 0, kNone);
    frontier.assign(1, n);
    links.clear();
    level = 0;
    cost = g.BaseAdj(n).size() + g.OverlayAdj(n).size();
  }
  // Parallel edges u-w arrive while u is scanned, so a repeat is at the head: keep the lowest.
  void AddParent(uint32_t w, uint32_t u, uint32_t edge) {
    const uint32_t head = marks.aux(w);
    if (head != kNone && links[head].parent == u) {
      links[head].edge = std::min(links[head].edge, edge);
      return;
    }
    links.push_back({u, edge, head});
    marks.aux(w) = static_cast<uint32_t>(links.size() - 1);
  }
};

struct Step {
  uint32_t from, to, edge;
  bool operator<(const Step& o) const { return std::tie(from, to) < std::tie(o.from, o.to); }
};

struct SearchScratch {
  Side fwd, bwd;
  std::vector<uint32_t> meets, stack;
  std::vector<Step> steps;
};
thread_local SearchScratch tl_search;

// Shortest paths from s to t as one caller sees them, through nodes that are not hubs (ends
// excepted) and not banned.
class PathSearch {
 public:
  PathSearch(const Graph& g, const View& v, uint32_t hub_cap, const Bans* bans)
      : g_(g), v_(v), hub_cap_(hub_cap), bans_(bans), x_(tl_search) {}

  // Every shortest path of at most max_length links, lexicographically by node ids, up to limit.
  std::vector<Path> Run(uint32_t s, uint32_t t, int max_length, size_t limit) {
    if (limit == 0) return {};
    if (s == t) return {Path{{s}, {}}};
    s_ = s;
    t_ = t;
    if (!Meet(max_length)) return {};
    return Enumerate(limit);
  }

 private:
  bool Usable(const Adj& a, uint32_t u) const {
    const uint32_t w = a.node;
    if (!g_.LinkVisible(v_, a)) return false;
    if (bans_ == nullptr || (u != bans_->spur && w != bans_->spur)) return true;
    const uint32_t other = u == bans_->spur ? w : u;
    return std::find(bans_->next.begin(), bans_->next.end(), other) == bans_->next.end();
  }
  bool Passable(uint32_t n) const {
    if (!g_.NodeVisible(v_, n)) return false;
    if (bans_ != nullptr && std::find(bans_->nodes.begin(), bans_->nodes.end(), n) != bans_->nodes.end())
      return false;
    return n == s_ || n == t_ || hub_cap_ == 0 || !IsHub(g_, v_, n, hub_cap_);
  }
  bool Reached(Side& side, uint32_t n) const { return side.marks.Has(n) && side.marks.val(n) != kBlocked; }

  bool Meet(int max_length) {
    x_.fwd.Start(g_, s_);
    x_.bwd.Start(g_, t_);
    x_.meets.clear();
    while (static_cast<int>(x_.fwd.level + x_.bwd.level) < max_length) {
      const bool forward = x_.fwd.cost <= x_.bwd.cost;
      Side& side = forward ? x_.fwd : x_.bwd;
      Expand(side, forward ? x_.bwd : x_.fwd);
      if (!x_.meets.empty()) return true;
      if (side.frontier.empty()) return false;  // that end's component is exhausted
    }
    return false;
  }

  // One whole layer, so that every parent of a meeting node is known.
  void Expand(Side& side, Side& other) {
    const uint32_t level = side.level + 1;
    side.next.clear();
    side.cost = 0;
    for (uint32_t u : side.frontier) {
      Scan(g_, u, [&](const Adj& a) {
        const uint32_t w = a.node;
        if (side.marks.Has(w)) {
          if (side.marks.val(w) == level && Usable(a, u)) side.AddParent(w, u, a.edge);
          return true;
        }
        const bool meets = Reached(other, w);
        // Once this layer meets, the shortest length is known: only meeting nodes matter.
        if ((!x_.meets.empty() && !meets) || !Usable(a, u)) return true;
        if (!Passable(w)) {
          side.marks.Set(w, kBlocked);
          return true;
        }
        side.marks.Set(w, level, kNone);
        side.AddParent(w, u, a.edge);
        side.next.push_back(w);
        side.cost += g_.BaseAdj(w).size() + g_.OverlayAdj(w).size();
        if (meets) x_.meets.push_back(w);
        return true;
      });
    }
    std::swap(side.frontier, side.next);
    side.level = level;
  }

  // Every meeting node is at the same distance from both ends (the first layer that meets fixes
  // the length), so the paths are a DAG: forward parents from the meeting nodes back to s, then
  // backward parents on to t. Walk it depth first with successors in id order.
  std::vector<Path> Enumerate(size_t limit) {
    std::vector<Step>& steps = x_.steps;
    steps.clear();
    Collect(x_.fwd, true);
    Collect(x_.bwd, false);
    std::sort(steps.begin(), steps.end());

    std::vector<Path> out;
    Path p{{s_}, {}};
    std::vector<std::pair<size_t, size_t>> frames{Successors(s_)};  // frames[i]: of p.nodes[i]
    while (!frames.empty()) {
      auto& [pos, end] = frames.back();
      if (pos == end) {
        frames.pop_back();
        p.nodes.pop_back();
        if (!p.edges.empty()) p.edges.pop_back();
        continue;
      }
      const Step& st = steps[pos++];
      p.nodes.push_back(st.to);
      p.edges.push_back(st.edge);
      if (st.to == t_) {
        out.push_back(p);
        if (out.size() >= limit) break;
        p.nodes.pop_back();
        p.edges.pop_back();
        continue;
      }
      frames.push_back(Successors(st.to));
    }
    return out;
  }

  void Collect(Side& side, bool forward) {
    std::vector<uint32_t>& stack = x_.stack;
    stack.clear();
    for (uint32_t n : x_.meets) {
      side.marks.val(n) |= kOnPath;
      stack.push_back(n);
    }
    while (!stack.empty()) {
      const uint32_t n = stack.back();
      stack.pop_back();
      for (uint32_t l = side.marks.aux(n); l != kNone; l = side.links[l].next) {
        const Side::Link& link = side.links[l];
        x_.steps.push_back(forward ? Step{link.parent, n, link.edge} : Step{n, link.parent, link.edge});
        if (!(side.marks.val(link.parent) & kOnPath)) {
          side.marks.val(link.parent) |= kOnPath;
          stack.push_back(link.parent);
        }
      }
    }
  }

  std::pair<size_t, size_t> Successors(uint32_t n) const {
    auto lo = std::lower_bound(x_.steps.begin(), x_.steps.end(), Step{n, 0, 0});
    auto hi = std::lower_bound(lo, x_.steps.end(), Step{n + 1, 0, 0});
    return {lo - x_.steps.begin(), hi - x_.steps.begin()};
  }

  const Graph& g_;
  const View& v_;
  const uint32_t hub_cap_;
  const Bans* bans_;
  SearchScratch& x_;
  uint32_t s_ = kNoNode, t_ = kNoNode;
};

bool EndsOk(const Graph& g, const View& v, const PathQuery& q) {
  return q.from < g.node_count() && q.to < g.node_count() && g.NodeVisible(v, q.from) &&
         g.NodeVisible(v, q.to) && q.max_length >= 0;
}

// Shortest first, then by node ids: the order Yen's algorithm keeps its candidates in. It agrees
// with extending a common prefix, which is what makes Yen's yield exactly the first k in it.
struct ByLengthThenNodes {
  bool operator()(const Path& a, const Path& b) const {
    if (a.nodes.size() != b.nodes.size()) return a.nodes.size() < b.nodes.size();
    return a.nodes < b.nodes;
  }
};

}  // namespace

std::vector<Path> AllShortestPaths(const Graph& g, const View& v, const PathQuery& q) {
  if (!EndsOk(g, v, q)) return {};
  return PathSearch(g, v, q.hub_cap, nullptr).Run(q.from, q.to, q.max_length, q.limit);
}

std::vector<Path> KShortestPaths(const Graph& g, const View& v, const PathQuery& q) {
  if (!EndsOk(g, v, q) || q.limit == 0) return {};
  Bans bans;
  PathSearch search(g, v, q.hub_cap, &bans);
  std::vector<Path> found = search.Run(q.from, q.to, q.max_length, 1);
  if (found.empty() || q.from == q.to) return found;
  std::set<Path, ByLengthThenNodes> candidates;
  while (found.size() < q.limit) {
    const Path prev = found.back();
    // Deviate from the last path at each of its nodes: keep the root, ban the root's nodes and
    // every step already taken from this spur by a found path with the same root.
    for (size_t i = 0; i + 1 < prev.nodes.size(); ++i) {
      const int budget = q.max_length - static_cast<int>(i);
      if (budget <= 0) break;
      bans.nodes.assign(prev.nodes.begin(), prev.nodes.begin() + i);
      bans.spur = prev.nodes[i];
      bans.next.clear();
      for (const Path& p : found)
        if (p.nodes.size() > i + 1 && std::equal(prev.nodes.begin(), prev.nodes.begin() + i + 1, p.nodes.begin()))
          bans.next.push_back(p.nodes[i + 1]);
      std::vector<Path> spur = search.Run(prev.nodes[i], q.to, budget, 1);
      if (spur.empty()) continue;
      Path total{{prev.nodes.begin(), prev.nodes.begin() + i}, {prev.edges.begin(), prev.edges.begin() + i}};
      total.nodes.insert(total.nodes.end(), spur[0].nodes.begin(), spur[0].nodes.end());
      total.edges.insert(total.edges.end(), spur[0].edges.begin(), spur[0].edges.end());
      candidates.insert(std::move(total));
    }
    if (candidates.empty()) break;
    found.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }
  return found;
}

}  // namespace ariadne::graph
