#include "engine/graph/queries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace ariadne::graph {
namespace {

using Nodes = std::vector<uint32_t>;

// n nodes "0".."n-1" in scope 0 (visible to Everyone()), no edges yet.
Graph Nodes_(int n) {
  Graph g;
  for (int i = 0; i < n; ++i) g.UpsertNode(std::to_string(i), NodeKind::kRecord, 0, 0);
  return g;
}

uint32_t Link(Graph& g, uint32_t a, uint32_t b, LinkKind kind = LinkKind::kRelationship, uint32_t scope = 0) {
  Edge e;
  e.a = a;
  e.b = b;
  e.kind = kind;
  e.scope = scope;
  return g.AddEdge(e);
}

Graph Make(int n, const std::vector<std::pair<uint32_t, uint32_t>>& edges) {
  Graph g = Nodes_(n);
  for (auto [a, b] : edges) Link(g, a, b);
  g.Compact();
  return g;
}

View Everyone() {
  View v;
  v.scope_ok = {1};
  return v;
}

std::vector<Nodes> NodeLists(const std::vector<Path>& paths) {
  std::vector<Nodes> out;
  for (const Path& p : paths) out.push_back(p.nodes);
  return out;
}

PathQuery Query(uint32_t from, uint32_t to, size_t limit = 20) {
  PathQuery q;
  q.from = from;
  q.to = to;
  q.limit = limit;
  return q;
}

// ---- Neighbourhood ----

TEST(Neighbourhood, DepthOnAPath) {
  const Graph g = Make(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  NeighbourhoodQuery q;
  q.seeds = {2};
  Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{2, 1, 3}));
  EXPECT_EQ(s.depth, (std::vector<uint8_t>{0, 1, 1}));
  EXPECT_EQ(s.edges, (Nodes{1, 2}));
  EXPECT_FALSE(s.truncated);
  q.depth = 2;
  s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{2, 1, 3, 0, 4}));
  EXPECT_EQ(s.depth, (std::vector<uint8_t>{0, 1, 1, 2, 2}));
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2, 3}));
}

TEST(Neighbourhood, EdgesAmongTheOutermostNodes) {
  // 0 - 1, 0 - 2, 1 - 2 (both at depth 1), 1 = 2 parallel, 2 - 3 (beyond depth 1).
  const Graph g = Make(4, {{0, 1}, {0, 2}, {1, 2}, {2, 1}, {2, 3}});
  NeighbourhoodQuery q;
  q.seeds = {0};
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1, 2}));
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2, 3}));
}

TEST(Neighbourhood, SeveralSeedsAndRepeats) {
  const Graph g = Make(6, {{0, 1}, {1, 2}, {3, 4}, {4, 5}});
  NeighbourhoodQuery q;
  q.seeds = {0, 3, 0, 99};
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 3, 1, 4}));
  EXPECT_EQ(s.depth, (std::vector<uint8_t>{0, 0, 1, 1}));
  EXPECT_EQ(s.edges, (Nodes{0, 2}));
}

TEST(Neighbourhood, HiddenSeedGivesNothing) {
  Graph g = Nodes_(2);
  const uint32_t secret = g.UpsertNode("secret", NodeKind::kRecord, 5, 0);
  Link(g, 0, secret, LinkKind::kRelationship, 5);
  Link(g, 0, 1);
  g.Compact();
  NeighbourhoodQuery q;
  q.seeds = {secret};
  EXPECT_TRUE(Neighbourhood(g, Everyone(), q).nodes.empty());
  q.seeds = {0};
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1})) << "the hidden record is no neighbour";
  EXPECT_EQ(s.edges, (Nodes{1}));
}

TEST(Neighbourhood, LinkFilter) {
  Graph g = Nodes_(3);
  Link(g, 0, 1, LinkKind::kCall);
  Link(g, 0, 2, LinkKind::kPayment);
  g.Compact();
  View v = Everyone();
  v.links = MaskOf(LinkKind::kPayment);
  NeighbourhoodQuery q;
  q.seeds = {0};
  EXPECT_EQ(Neighbourhood(g, v, q).nodes, (Nodes{0, 2}));
}

// S - H, S - L0, and H - L0..L59: H is a hub of 61 links.
Graph HubGraph() {
  Graph g = Nodes_(62);  // 0 = S, 1 = H, 2.. = leaves
  Link(g, 0, 1);
  Link(g, 0, 2);
  for (uint32_t leaf = 2; leaf < 62; ++leaf) Link(g, 1, leaf);
  g.Compact();
  return g;
}

TEST(Neighbourhood, AClearingAccountsHiddenLinksAreCountedUpToTheCap) {
  const uint32_t leaves = kHiddenLinksCounted + 500;
  Graph g = Nodes_(leaves + 3);  // 0 = S, 1 = H, 2.. = leaves
  Link(g, 0, 1);
  Link(g, 0, 2);
  for (uint32_t leaf = 2; leaf < leaves + 2; ++leaf) Link(g, 1, leaf);
  g.Compact();
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 2;
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  ASSERT_EQ(s.collapsed.size(), 1u);
  EXPECT_EQ(s.collapsed[0].hidden_links, kHiddenLinksCounted);
  EXPECT_TRUE(s.collapsed[0].hidden_links_more);
  const Subgraph small = Neighbourhood(HubGraph(), Everyone(), q);
  EXPECT_FALSE(small.collapsed[0].hidden_links_more);
}

TEST(Neighbourhood, ABigNodeInTheLastLayerFindsItsLinksToTheOthersShown) {
  // S - A, S - B; A - C, B - C, A - D, C - D, C - C; C also has 600 leaves: C and D are two
  // links away, C is big enough for its neighbour-sorted entries to be used.
  Graph g = Nodes_(605);
  Link(g, 0, 1);                                             // e0 S-A
  Link(g, 0, 2);                                             // e1 S-B
  Link(g, 1, 3);                                             // e2 A-C
  Link(g, 2, 3);                                             // e3 B-C
  Link(g, 1, 604);                                           // e4 A-D
  const uint32_t cd = Link(g, 3, 604);                       // e5 C-D
  const uint32_t loop = Link(g, 3, 3);                       // e6 C-C
  for (uint32_t leaf = 4; leaf < 604; ++leaf) Link(g, 3, leaf);
  g.Compact();
  ASSERT_FALSE(g.SortedBaseAdj(3).empty());
  EXPECT_TRUE(g.SortedBaseAdj(1).empty());
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 2;
  Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1, 2, 3, 604}));
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2, 3, 4, cd, loop}));
  // A link added after Compact (the overlay) is found too, and a dead one is not.
  const uint32_t late = Link(g, 604, 3);
  g.KillEdge(cd);
  s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2, 3, 4, loop, late}));
}

TEST(Neighbourhood, HubIsCollapsedAndCanBeOpened) {
  const Graph g = HubGraph();
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 2;
  Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1, 2}));
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2}));  // S-H, S-L0, H-L0
  ASSERT_EQ(s.collapsed.size(), 1u);
  EXPECT_EQ(s.collapsed[0].node, 1u);
  EXPECT_EQ(s.collapsed[0].hidden_links, 59u);

  q.expand = {1};
  s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes.size(), 62u);
  EXPECT_EQ(s.edges.size(), 62u);
  EXPECT_TRUE(s.collapsed.empty());

  q.expand.clear();
  q.seeds = {1};  // a seed is always opened
  s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes.size(), 62u);
  EXPECT_TRUE(s.collapsed.empty());

  q.seeds = {0};
  q.hub_cap = 0;  // no cap
  EXPECT_EQ(Neighbourhood(g, Everyone(), q).nodes.size(), 62u);
}

TEST(Neighbourhood, HubCountsOnlyVisibleLinks) {
  Graph g = HubGraph();
  for (uint32_t leaf = 10; leaf < 62; ++leaf) g.UpsertNode(g.node(leaf).key, NodeKind::kRecord, 7, 0);  // hidden leaves
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 2;
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_TRUE(s.collapsed.empty()) << "9 visible links is no hub";
  EXPECT_EQ(s.nodes.size(), 10u);
}

TEST(Neighbourhood, OutermostHubIsNotCollapsed) {
  const Graph g = HubGraph();
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 1;
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1, 2}));
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2}));
  EXPECT_TRUE(s.collapsed.empty()) << "it would not have been expanded anyway";
}

TEST(Neighbourhood, MaxNodesTruncates) {
  Graph g = Nodes_(11);
  for (uint32_t leaf = 1; leaf <= 10; ++leaf) Link(g, 0, leaf);
  Link(g, 1, 2);
  g.Compact();
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.max_nodes = 5;
  const Subgraph s = Neighbourhood(g, Everyone(), q);
  EXPECT_EQ(s.nodes, (Nodes{0, 1, 2, 3, 4}));
  EXPECT_TRUE(s.truncated);
  EXPECT_EQ(s.edges, (Nodes{0, 1, 2, 3, 10}));
}

TEST(Neighbourhood, SeesOverlayAndKills) {
  Graph g = Make(4, {{0, 1}});
  Link(g, 1, 2);
  NeighbourhoodQuery q;
  q.seeds = {0};
  q.depth = 3;
  EXPECT_EQ(Neighbourhood(g, Everyone(), q).nodes, (Nodes{0, 1, 2}));
  g.KillNode(1);
  EXPECT_EQ(Neighbourhood(g, Everyone(), q).nodes, (Nodes{0}));
}

// ---- AllShortestPaths ----

TEST(ShortestPaths, DiamondHasTwoInOrder) {
  const Graph g = Make(4, {{0, 2}, {0, 1}, {2, 3}, {1, 3}});
  const auto paths = AllShortestPaths(g, Everyone(), Query(0, 3));
  EXPECT_EQ(NodeLists(paths), (std::vector<Nodes>{{0, 1, 3}, {0, 2, 3}}));
  EXPECT_EQ(paths[0].edges, (Nodes{1, 3}));
  EXPECT_EQ(paths[1].edges, (Nodes{0, 2}));
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(0, 3, 1))), (std::vector<Nodes>{{0, 1, 3}}));
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(3, 0))), (std::vector<Nodes>{{3, 1, 0}, {3, 2, 0}}));
}

TEST(ShortestPaths, ManyMeetingNodes) {
  // 0 - {1,2,3} - {4,5} - 6: every middle pair is joined, 6 paths of length 3.
  const Graph g = Make(7, {{0, 1}, {0, 2}, {0, 3}, {1, 4}, {1, 5}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 6}, {5, 6}});
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(0, 6))),
            (std::vector<Nodes>{{0, 1, 4, 6}, {0, 1, 5, 6}, {0, 2, 4, 6}, {0, 2, 5, 6}, {0, 3, 4, 6}, {0, 3, 5, 6}}));
}

TEST(ShortestPaths, ParallelEdgesAreOnePathByTheLowestEdge) {
  Graph g = Nodes_(3);
  Link(g, 1, 2, LinkKind::kCall);          // 0
  Link(g, 0, 1, LinkKind::kCall);          // 1
  Link(g, 1, 0, LinkKind::kRelationship);  // 2
  Link(g, 2, 1, LinkKind::kRelationship);  // 3
  g.Compact();
  auto paths = AllShortestPaths(g, Everyone(), Query(0, 2));
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].edges, (Nodes{1, 0}));
  View v = Everyone();
  v.links = MaskOf(LinkKind::kRelationship);
  paths = AllShortestPaths(g, v, Query(0, 2));
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].edges, (Nodes{2, 3}));
}

// 0 - 1 - 3 short; 0 - 4 - 5 - 3 long.
Graph TwoRoutes(uint32_t middle_scope = 0, LinkKind short_kind = LinkKind::kRelationship) {
  Graph g = Nodes_(6);
  g.UpsertNode(g.node(1).key, NodeKind::kRecord, middle_scope, 0);
  Link(g, 0, 1, short_kind);
  Link(g, 1, 3, short_kind);
  Link(g, 0, 4);
  Link(g, 4, 5);
  Link(g, 5, 3);
  g.Compact();
  return g;
}

TEST(ShortestPaths, HiddenScopeIsNoPath) {
  const Graph g = TwoRoutes(9);
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(0, 3))), (std::vector<Nodes>{{0, 4, 5, 3}}));
  PathQuery q = Query(0, 3);
  q.max_length = 2;
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), q).empty());
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 1)).empty()) << "a hidden end";
}

TEST(ShortestPaths, HiddenNodeBlocks) {
  const Graph g = TwoRoutes();
  View v = Everyone();
  EXPECT_EQ(NodeLists(AllShortestPaths(g, v, Query(0, 3))), (std::vector<Nodes>{{0, 1, 3}}));
  v.hidden_nodes = {1};
  EXPECT_EQ(NodeLists(AllShortestPaths(g, v, Query(0, 3))), (std::vector<Nodes>{{0, 4, 5, 3}}));
  v.hidden_nodes = {1, 4};
  EXPECT_TRUE(AllShortestPaths(g, v, Query(0, 3)).empty());
}

TEST(ShortestPaths, HiddenEdgeScopeBlocks) {
  Graph g = TwoRoutes();
  Link(g, 0, 3, LinkKind::kRelationship, 4);  // from a case not shown
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(0, 3))), (std::vector<Nodes>{{0, 1, 3}}));
}

TEST(ShortestPaths, LinkFilterBlocks) {
  const Graph g = TwoRoutes(0, LinkKind::kCall);
  View v = Everyone();
  v.links = MaskOf(LinkKind::kRelationship);
  EXPECT_EQ(NodeLists(AllShortestPaths(g, v, Query(0, 3))), (std::vector<Nodes>{{0, 4, 5, 3}}));
  v.links = MaskOf(LinkKind::kCall);
  EXPECT_EQ(NodeLists(AllShortestPaths(g, v, Query(0, 3))), (std::vector<Nodes>{{0, 1, 3}}));
}

TEST(ShortestPaths, HubCapAvoidsHubsButNotEnds) {
  Graph g = TwoRoutes();
  for (int i = 0; i < 10; ++i) Link(g, 1, g.UpsertNode("leaf" + std::to_string(i), NodeKind::kPhone, kNoScope, 0));
  PathQuery q = Query(0, 3);
  q.hub_cap = 5;
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), q)), (std::vector<Nodes>{{0, 4, 5, 3}}));
  q.hub_cap = 12;
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), q)), (std::vector<Nodes>{{0, 1, 3}}));
  q = Query(1, 3);
  q.hub_cap = 5;
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), q)), (std::vector<Nodes>{{1, 3}}));
  q = Query(0, 1);
  q.hub_cap = 5;
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), q)), (std::vector<Nodes>{{0, 1}}));
}

TEST(ShortestPaths, OverlaySurvivesCompact) {
  Graph g = TwoRoutes();
  const uint32_t e = Link(g, 0, 3);
  EXPECT_EQ(g.overlay_size(), 1u);
  auto paths = AllShortestPaths(g, Everyone(), Query(3, 0));
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].nodes, (Nodes{3, 0}));
  EXPECT_EQ(paths[0].edges, (Nodes{e}));
  g.Compact();
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(3, 0))), (std::vector<Nodes>{{3, 0}}));
}

TEST(ShortestPaths, KillNodeRemovesPaths) {
  Graph g = TwoRoutes();
  g.KillNode(1);
  EXPECT_EQ(NodeLists(AllShortestPaths(g, Everyone(), Query(0, 3))), (std::vector<Nodes>{{0, 4, 5, 3}}));
  g.KillNode(5);
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 3)).empty());
  g.UpsertNode("1", NodeKind::kRecord, 0, 0);  // back, but its old links are gone
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 3)).empty());
}

TEST(ShortestPaths, EdgeCases) {
  const Graph g = Make(3, {{0, 1}});
  const auto self = AllShortestPaths(g, Everyone(), Query(1, 1));
  ASSERT_EQ(self.size(), 1u);
  EXPECT_EQ(self[0].nodes, (Nodes{1}));
  EXPECT_TRUE(self[0].edges.empty());
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 2)).empty());
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 77)).empty());
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), Query(0, 1, 0)).empty());
  EXPECT_TRUE(KShortestPaths(g, Everyone(), Query(0, 2)).empty());
}

TEST(ShortestPaths, LongChainMeetsInTheMiddle) {
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (uint32_t i = 0; i + 1 < 12; ++i) edges.push_back({i, i + 1});
  const Graph g = Make(12, edges);
  PathQuery q = Query(0, 11);
  q.max_length = 11;
  const auto paths = AllShortestPaths(g, Everyone(), q);
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].nodes.size(), 12u);
  EXPECT_EQ(paths[0].edges, (Nodes{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  q.max_length = 10;
  EXPECT_TRUE(AllShortestPaths(g, Everyone(), q).empty());
}

// ---- KShortestPaths ----

TEST(KShortestPaths, KnownSecondAndThird) {
  // 0-1-3 and 0-2-3 (length 2), 0-2-4-3 and 0-5-6-3 (length 3).
  const Graph g = Make(7, {{0, 1}, {1, 3}, {0, 2}, {2, 3}, {2, 4}, {4, 3}, {0, 5}, {5, 6}, {6, 3}});
  EXPECT_EQ(NodeLists(KShortestPaths(g, Everyone(), Query(0, 3, 3))),
            (std::vector<Nodes>{{0, 1, 3}, {0, 2, 3}, {0, 2, 4, 3}}));
  EXPECT_EQ(NodeLists(KShortestPaths(g, Everyone(), Query(0, 3, 10))),
            (std::vector<Nodes>{{0, 1, 3}, {0, 2, 3}, {0, 2, 4, 3}, {0, 5, 6, 3}}));
  PathQuery q = Query(0, 3, 10);
  q.max_length = 2;
  EXPECT_EQ(NodeLists(KShortestPaths(g, Everyone(), q)), (std::vector<Nodes>{{0, 1, 3}, {0, 2, 3}}));
  View v = Everyone();
  v.hidden_nodes = {2};
  EXPECT_EQ(NodeLists(KShortestPaths(g, v, Query(0, 3, 10))), (std::vector<Nodes>{{0, 1, 3}, {0, 5, 6, 3}}));
}

TEST(KShortestPaths, ParallelEdgesDoNotMakeNewPaths) {
  const Graph g = Make(3, {{0, 1}, {0, 1}, {1, 2}, {2, 1}, {0, 2}});
  const auto paths = KShortestPaths(g, Everyone(), Query(0, 2, 10));
  EXPECT_EQ(NodeLists(paths), (std::vector<Nodes>{{0, 2}, {0, 1, 2}}));
  EXPECT_EQ(paths[1].edges, (Nodes{0, 2}));
}

// ---- Against brute force on random graphs ----

// Every simple path s..t of at most max_length links, shortest then by node ids, through
// visible nodes that are not hubs (ends excepted), each step by its lowest visible edge.
std::vector<Path> BrutePaths(const Graph& g, const View& v, uint32_t s, uint32_t t, int max_length,
                             uint32_t hub_cap) {
  std::vector<std::map<uint32_t, uint32_t>> next(g.node_count());
  for (uint32_t e = 0; e < g.edge_count(); ++e) {
    if (!g.EdgeVisible(v, e)) continue;
    const Edge& x = g.edge(e);
    for (auto [a, b] : {std::pair{x.a, x.b}, std::pair{x.b, x.a}})
      if (!next[a].count(b)) next[a][b] = e;
  }
  auto passable = [&](uint32_t n) {
    return n == s || n == t || hub_cap == 0 || g.VisibleDegree(v, n) <= hub_cap;
  };
  std::vector<Path> out;
  if (!g.NodeVisible(v, s) || !g.NodeVisible(v, t)) return out;
  Path p{{s}, {}};
  auto dfs = [&](auto&& self, uint32_t u) -> void {
    if (u == t) {
      out.push_back(p);
      return;
    }
    if (static_cast<int>(p.edges.size()) >= max_length) return;
    for (auto [w, e] : next[u]) {
      if (!passable(w) || std::find(p.nodes.begin(), p.nodes.end(), w) != p.nodes.end()) continue;
      p.nodes.push_back(w);
      p.edges.push_back(e);
      self(self, w);
      p.nodes.pop_back();
      p.edges.pop_back();
    }
  };
  dfs(dfs, s);
  std::stable_sort(out.begin(), out.end(), [](const Path& a, const Path& b) { return a.nodes.size() < b.nodes.size(); });
  return out;
}

// Whatever the order in which the nodes not expanded record their links to each other (the end
// with fewer entries records; big nodes look up), a neighbourhood holds every visible edge between
// two of its nodes, once, and a collapsed hub counts the visible links it hides up to the cap.
TEST(NeighbourhoodAgainstBruteForce, RandomGraphsWithBigNodes) {
  std::mt19937_64 rng(11);
  size_t edges_seen = 0, big_in_results = 0, collapsed_seen = 0;
  for (int round = 0; round < 40; ++round) {
    const uint32_t n = 700 + rng() % 600;
    Graph g;
    for (uint32_t i = 0; i < n; ++i) g.UpsertNode(std::to_string(i), NodeKind::kRecord, rng() % 9 == 0 ? 1 : 0, 0);
    auto random_edge = [&](uint32_t a, uint32_t b) {
      Edge e;
      e.a = a;
      e.b = b;
      e.kind = rng() % 4 == 0 ? LinkKind::kCall : LinkKind::kRelationship;
      e.scope = rng() % 10 == 0 ? 1 : 0;
      g.AddEdge(e);
    };
    // A few big nodes (neighbour-sorted copies), linked to each other, to themselves and, twice
    // over (parallel edges), to hundreds of others; a sparse rest.
    const uint32_t bigs = 2 + rng() % 3;
    for (uint32_t b = 0; b < bigs; ++b) {
      for (int k = 0; k < 650; ++k) random_edge(b, rng() % n);
      random_edge(b, b);
      for (uint32_t c = 0; c < bigs; ++c) random_edge(b, c);
    }
    for (uint32_t k = 0; k < 2 * n; ++k) random_edge(rng() % n, rng() % n);
    g.Compact();
    for (int k = 0; k < 30; ++k) random_edge(rng() % n, rng() % n);  // the overlay
    for (int k = 0; k < 30; ++k) g.KillEdge(rng() % g.edge_count());
    View v = Everyone();
    if (round % 3 == 0) v.links = MaskOf(LinkKind::kRelationship);
    if (round % 4 == 0) v.hidden_nodes = {static_cast<uint32_t>(bigs + rng() % (n - bigs))};
    for (int query = 0; query < 6; ++query) {
      NeighbourhoodQuery q;
      q.seeds = {static_cast<uint32_t>(query == 0 ? rng() % bigs : rng() % n)};
      q.depth = 1 + rng() % 3;
      q.hub_cap = query % 2 ? 0 : 8 + rng() % 40;
      q.max_nodes = query == 5 ? 60 : 5000;
      const Subgraph s = Neighbourhood(g, v, q);
      std::vector<bool> in(n, false);
      for (uint32_t x : s.nodes) {
        ASSERT_FALSE(in[x]) << "node twice, round " << round;
        ASSERT_TRUE(g.NodeVisible(v, x));
        in[x] = true;
        big_in_results += !g.SortedBaseAdj(x).empty();
      }
      std::vector<uint32_t> want;
      for (uint32_t e = 0; e < g.edge_count(); ++e)
        if (g.EdgeVisible(v, e) && in[g.edge(e).a] && in[g.edge(e).b]) want.push_back(e);
      ASSERT_EQ(s.edges, want) << "round " << round << " query " << query;
      edges_seen += want.size();
      for (const Collapsed& c : s.collapsed) {
        uint32_t hidden = 0;
        for (uint32_t e = 0; e < g.edge_count(); ++e) {
          const Edge& x = g.edge(e);
          if (!g.EdgeVisible(v, e) || (x.a != c.node && x.b != c.node)) continue;
          hidden += !in[x.a == c.node ? x.b : x.a];
        }
        EXPECT_EQ(c.hidden_links, std::min(hidden, kHiddenLinksCounted)) << "round " << round;
        EXPECT_EQ(c.hidden_links_more, hidden >= kHiddenLinksCounted);
        ++collapsed_seen;
      }
    }
  }
  EXPECT_GT(edges_seen, 20000u);
  EXPECT_GT(big_in_results, 100u);
  EXPECT_GT(collapsed_seen, 100u);
}

TEST(PathsAgainstBruteForce, RandomGraphs) {
  std::mt19937_64 rng(7);
  int with_paths = 0, with_alternatives = 0;  // that the rounds test something
  for (int round = 0; round < 300; ++round) {
    const int n = 4 + rng() % 9;
    Graph g;
    for (int i = 0; i < n; ++i) g.UpsertNode(std::to_string(i), NodeKind::kRecord, rng() % 5 == 0 ? 1 : 0, 0);
    const int m = 2 * n + rng() % (2 * n);
    auto random_edge = [&] {
      Edge e;
      e.a = rng() % n;
      e.b = rng() % n;
      e.kind = rng() % 4 == 0 ? LinkKind::kCall : LinkKind::kRelationship;
      e.scope = rng() % 8 == 0 ? 1 : 0;
      g.AddEdge(e);
    };
    for (int i = 0; i < m; ++i) random_edge();
    g.Compact();
    for (int i = 0; i < 3; ++i) random_edge();  // the overlay
    g.KillEdge(rng() % g.edge_count());
    View v = Everyone();
    if (round % 3 == 0) v.links = MaskOf(LinkKind::kRelationship);
    if (round % 5 == 0) v.hidden_nodes = {static_cast<uint32_t>(rng() % n)};
    for (int pair = 0; pair < 4; ++pair) {
      PathQuery q = Query(rng() % n, rng() % n, 6);
      q.max_length = 1 + rng() % 5;
      q.hub_cap = round % 4 == 0 ? 3 : 0;
      const std::vector<Path> all = BrutePaths(g, v, q.from, q.to, q.max_length, q.hub_cap);
      std::vector<Path> shortest;
      for (const Path& p : all)
        if (p.nodes.size() == all[0].nodes.size() && shortest.size() < q.limit) shortest.push_back(p);
      const std::vector<Path> got = AllShortestPaths(g, v, q);
      ASSERT_EQ(NodeLists(got), NodeLists(shortest)) << "round " << round << " " << q.from << "->" << q.to;
      for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].edges, shortest[i].edges) << "round " << round;

      with_paths += !all.empty();
      with_alternatives += all.size() > shortest.size();
      const std::vector<Path> k = KShortestPaths(g, v, q);
      const std::vector<Path> first_k(all.begin(), all.begin() + std::min(all.size(), q.limit));
      ASSERT_EQ(NodeLists(k), NodeLists(first_k)) << "round " << round << " " << q.from << "->" << q.to;
      for (size_t i = 0; i < k.size(); ++i) EXPECT_EQ(k[i].edges, first_k[i].edges) << "round " << round;
    }
  }
  EXPECT_GT(with_paths, 600) << with_alternatives;
  EXPECT_GT(with_alternatives, 150) << with_paths;
}

}  // namespace
}  // namespace ariadne::graph
