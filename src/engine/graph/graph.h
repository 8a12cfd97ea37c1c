// The link-analysis graph (issue 8): every record and link the store holds — relationships, case
// involvement, identifiers (phones, accounts), calls, payments, trips and confirmed matches — as
// one compact in-memory graph. Pure computation: no I/O; api/graph_service.cc loads it from the
// store and keeps it fresh from the store's change feed.
//
// Layout: nodes and edges in flat arrays, adjacency in CSR (offsets + {neighbour, edge}) built
// once, plus a small overlay for what changed since (added edges per node, dead edges as a bit),
// folded into a new CSR by Compact(). At 1 M nodes and 10 M edges this is about 0.75 GB (an Edge
// is 48 bytes, its two CSR entries 16, a node with its key and map entry about 110, and the
// neighbour-sorted copy of big nodes' entries about 20 MB); the measured figure is in
// docs/performance.md.
//
// Access: every node and edge has a scope — the case it comes from (kNoScope for identifier
// nodes, which belong to no case, and for confirmed matches, which belong to both ends). A View
// says which scopes the caller may see; an edge is usable only if its scope and both its ends are
// visible, so a path through a hidden record is no path.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace ariadne::graph {

constexpr uint32_t kNoScope = 0xFFFFFFFFu;
constexpr uint32_t kNoNode = 0xFFFFFFFFu;

enum class NodeKind : uint8_t { kRecord = 0, kCase = 1, kPhone = 2, kAccount = 3 };
// Bits of a LinkMask: 1u << LinkKind.
enum class LinkKind : uint8_t {
  kRelationship = 0,  // Associate, Family, Employment, Ownership, UnknownLink, ... (label: schema)
  kInvolved = 1,      // record -> case (label: involvement role)
  kIdentifier = 2,    // record -> phone or account node it carries (label: property)
  kCall = 3,          // phone -> phone, aggregated per pair and scope (count, first, last, total seconds)
  kPayment = 4,       // account/record -> account/record, aggregated (count, first, last, total amount)
  kTrip = 5,          // record -> record of a Trip (vehicle, places, people)
  kSameAs = 6,        // a confirmed match between two records of different cases
};
constexpr int kLinkKinds = 7;
using LinkMask = uint32_t;
constexpr LinkMask kAllLinks = (1u << kLinkKinds) - 1;
inline LinkMask MaskOf(LinkKind k) { return 1u << static_cast<uint32_t>(k); }
const char* LinkKindName(LinkKind k);      // "relationship", "involved", ...
bool ParseLinkKind(const std::string& s, LinkKind* out);
const char* NodeKindName(NodeKind k);      // "record", "case", "phone", "account"

struct Node {
  std::string key;     // "e:<entity id>", "c:<case id>", "p:<E.164>", "a:<account>"
  NodeKind kind = NodeKind::kRecord;
  uint32_t scope = kNoScope;  // the case of a record or case node
  uint32_t label = 0;         // string table: a record's schema
  bool dead = false;          // a deleted record: no edges, never visible
  // A record involved as victim, informant or smuggled migrant: its identity may be restricted,
  // so the service checks the caller's right to it before the node joins their View.
  bool sensitive = false;
};

struct Edge {
  uint32_t a = kNoNode, b = kNoNode;  // a -> b when directed
  uint32_t scope = kNoScope;
  uint32_t label = 0;    // string table: relationship schema, role, property
  uint32_t source = 0;   // string table: the record or import the link comes from (explanations)
  uint32_t count = 1;    // calls or payments folded into this edge
  // Epoch seconds, 0 when unknown; 32 bits (calls and payments fall in 1970..2106, see EpochField),
  // so that an Edge is 48 bytes and not 56: 80 MB less at 10 M edges.
  uint32_t first_at = 0, last_at = 0;
  double total = 0;      // call seconds or amount (in the edge's currency; display only)
  LinkKind kind = LinkKind::kRelationship;
  bool directed = false;
  bool dead = false;
};

static_assert(sizeof(Edge) == 48, "Edge grew: the 1 GB budget at 10 M edges counts on 48 bytes");

// An epoch time for Edge::first_at / last_at: before 1970 is unknown (0), after 2106 the last second.
inline uint32_t EpochField(int64_t t) {
  return t <= 0 ? 0u : t >= 0xFFFFFFFFll ? 0xFFFFFFFFu : static_cast<uint32_t>(t);
}

// Scopes of edges are kept in 29 bits inside an adjacency entry (below); a graph of more cases
// than that refuses the edge (AddEdge returns kNoNode).
constexpr uint32_t kMaxScope = (1u << 29) - 2;

// One adjacency entry: the neighbour, the edge, and the edge's kind and scope, so that a scan
// decides whether a link is visible from the entry itself, without reading the 48-byte Edge
// (a random read into 480 MB at 10 M edges, the cost that dominated a neighbourhood query).
struct Adj {
  uint32_t node, edge;
  uint32_t tag;  // kind << 29 | scope, kNoScope as 0x1FFFFFFF: see TagOf
  LinkKind kind() const { return static_cast<LinkKind>(tag >> 29); }
  uint32_t scope() const {
    const uint32_t s = tag & 0x1FFFFFFFu;
    return s == 0x1FFFFFFFu ? kNoScope : s;
  }
};
inline uint32_t TagOf(const Edge& e) {
  return static_cast<uint32_t>(e.kind) << 29 | (e.scope == kNoScope ? 0x1FFFFFFFu : e.scope);
}

// What one caller may see: built per request by api/graph_service.cc from the access function.
struct View {
  std::vector<uint8_t> scope_ok;  // indexed by scope; missing = hidden
  std::vector<uint32_t> hidden_nodes;  // sorted: records visible by case but not to this caller
  LinkMask links = kAllLinks;          // type filter
  bool ScopeOk(uint32_t s) const { return s == kNoScope || (s < scope_ok.size() && scope_ok[s]); }
};

class Graph {
 public:
  // Interned strings (schemata, roles, properties, sources); 0 is "".
  uint32_t Intern(const std::string& s);
  const std::string& Str(uint32_t id) const { return strings_[id]; }

  // Adds the node or returns the existing one with this key (and updates kind/scope/label).
  uint32_t UpsertNode(const std::string& key, NodeKind kind, uint32_t scope, uint32_t label);
  uint32_t Find(const std::string& key) const;  // kNoNode when absent
  // Adds an edge and returns its id (kNoNode when an end is not a node). Before the first Compact
  // it goes to the base arrays only and is not adjacent to anything until Compact; after, it goes
  // to the overlay and is found at once.
  uint32_t AddEdge(const Edge& e);
  void KillEdge(uint32_t edge);          // marks dead (overlay)
  void KillNode(uint32_t node);          // marks dead and kills its edges
  // Folds everything into CSR adjacency. Traversals see no edge of a graph never compacted, so
  // call it after bulk loading, and again whenever the overlay grows.
  void Compact();
  // Room for this many nodes and edges, for a bulk load that knows its size (no growth by doubling,
  // which holds twice the edges at the moment it copies them).
  void Reserve(size_t nodes, size_t edges);
  // Edges added and edges killed since the last Compact: how much the overlay costs.
  size_t overlay_size() const { return overlay_edges_; }

  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }
  const Node& node(uint32_t n) const { return nodes_[n]; }
  const Edge& edge(uint32_t e) const { return edges_[e]; }
  // The node's key, kind and label change only through UpsertNode, its death through KillNode;
  // this is the one other flag a caller sets (the service marks victims' records).
  void SetSensitive(uint32_t n, bool on) { nodes_[n].sensitive = on; }

  // Every live {neighbour, edge} of n (both directions; a self loop once), base then overlay.
  template <typename F>
  void ForEachAdj(uint32_t n, F&& f) const {
    for (const Adj& a : BaseAdj(n))
      if (!EdgeDead(a.edge)) f(a);
    for (const Adj& a : OverlayAdj(n))
      if (!EdgeDead(a.edge)) f(a);
  }
  // The raw entries behind ForEachAdj, dead edges included: for hot loops that test something
  // cheap (a mark on the neighbour) before touching the edge, or that stop early.
  std::span<const Adj> BaseAdj(uint32_t n) const {
    if (n + 1 >= offsets_.size()) return {};
    return {adj_.data() + offsets_[n], adj_.data() + offsets_[n + 1]};
  }
  std::span<const Adj> OverlayAdj(uint32_t n) const {
    if (extra_.empty()) return {};
    auto it = extra_.find(n);
    if (it == extra_.end()) return {};
    return it->second;
  }
  // The base entries of a node with kSortedFrom or more of them, ordered by neighbour (then
  // edge); empty for other nodes. A query that needs the links of a call centre to a few hundred
  // given nodes looks each up here instead of scanning tens of thousands of entries.
  static constexpr size_t kSortedFrom = 512;
  std::span<const Adj> SortedBaseAdj(uint32_t n) const {
    if (sorted_at_.empty() || BaseAdj(n).size() < kSortedFrom) return {};  // most nodes: no hash lookup
    auto it = sorted_at_.find(n);
    if (it == sorted_at_.end()) return {};
    return {sorted_adj_.data() + it->second, BaseAdj(n).size()};
  }
  // Asks the CPU to start fetching n's base entries: a loop over a list of nodes calls it a few
  // nodes ahead, so their entries (each list a random place in 240 MB) arrive while it works.
  void PrefetchAdj(uint32_t n) const {
    if (n + 1 < offsets_.size()) __builtin_prefetch(adj_.data() + offsets_[n]);
  }
  // Degree counting every live edge, visible or not (hub detection uses VisibleDegree).
  uint32_t RawDegree(uint32_t n) const;

  // Access. The hot loops read only compact arrays here: a node's gate (4 bytes: its scope, or
  // dead) and a bit per dead edge, which stay in cache where nodes_ and edges_ do not.
  bool NodeVisible(const View& v, uint32_t n) const {
    if (n >= node_gate_.size()) return false;
    const uint32_t gate = node_gate_[n];
    if (gate == kDeadGate || !v.ScopeOk(gate)) return false;
    return v.hidden_nodes.empty() || !std::binary_search(v.hidden_nodes.begin(), v.hidden_nodes.end(), n);
  }
  bool EdgeVisible(const View& v, uint32_t e) const;  // scope, both ends, and the type filter
  // EdgeVisible without the ends: live, its type passes the filter, its scope is visible.
  bool LinkVisible(const View& v, uint32_t e) const {
    const Edge& x = edges_[e];
    return !x.dead && (MaskOf(x.kind) & v.links) && v.ScopeOk(x.scope);
  }
  // The same from an adjacency entry, without reading the edge.
  bool LinkVisible(const View& v, const Adj& a) const {
    return !EdgeDead(a.edge) && (MaskOf(a.kind()) & v.links) && v.ScopeOk(a.scope());
  }
  bool EdgeDead(uint32_t e) const { return (dead_edges_[e >> 6] >> (e & 63)) & 1; }
  template <typename F>
  void ForEachVisibleAdj(const View& v, uint32_t n, F&& f) const {
    ForEachAdj(n, [&](const Adj& a) {
      if (EdgeVisible(v, a.edge)) f(a);
    });
  }
  uint32_t VisibleDegree(const View& v, uint32_t n) const;

  size_t MemoryBytes() const;  // an estimate of what the arrays hold

 private:
  static constexpr uint32_t kDeadGate = 0xFFFFFFFEu;  // never a scope (kMaxScope is far below)
  void SetGate(uint32_t n) { node_gate_[n] = nodes_[n].dead ? kDeadGate : nodes_[n].scope; }

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<uint32_t> node_gate_;   // per node: its scope, or kDeadGate
  std::vector<uint64_t> dead_edges_;  // a bit per edge
  std::unordered_map<std::string, uint32_t> by_key_;
  std::vector<std::string> strings_{""};
  std::unordered_map<std::string, uint32_t> by_string_;
  std::vector<uint32_t> offsets_;  // CSR over the edges at the last Compact
  std::vector<Adj> adj_;
  std::unordered_map<uint32_t, std::vector<Adj>> extra_;  // overlay since the last Compact
  std::vector<Adj> sorted_adj_;                       // SortedBaseAdj, node after node
  std::unordered_map<uint32_t, size_t> sorted_at_;    // node -> its first entry in sorted_adj_
  size_t compacted_edges_ = 0, overlay_edges_ = 0;
};

}  // namespace ariadne::graph
