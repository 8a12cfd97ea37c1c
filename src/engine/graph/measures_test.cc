#include "engine/graph/measures.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ariadne::graph {
namespace {

using Edges = std::vector<std::pair<uint32_t, uint32_t>>;

View Everyone() {
  View v;
  v.scope_ok = {1};
  return v;
}

Graph MakeGraph(int n, const Edges& edges) {
  Graph g;
  for (int i = 0; i < n; ++i) g.UpsertNode(std::to_string(i), NodeKind::kRecord, 0, 0);
  for (auto [a, b] : edges) {
    Edge e;
    e.a = a;
    e.b = b;
    e.scope = 0;
    g.AddEdge(e);
  }
  g.Compact();
  return g;
}

LocalGraph Local(int n, const Edges& edges) {
  const Graph g = MakeGraph(n, edges);
  std::vector<uint32_t> all(n);
  for (int i = 0; i < n; ++i) all[i] = i;
  return Induce(g, Everyone(), all);
}

Edges PathEdges(int n) {
  Edges e;
  for (int i = 0; i + 1 < n; ++i) e.push_back({i, i + 1});
  return e;
}

Edges StarEdges(int leaves) {
  Edges e;
  for (int i = 1; i <= leaves; ++i) e.push_back({0, i});
  return e;
}

Edges CycleEdges(int n) {
  Edges e = PathEdges(n);
  e.push_back({n - 1, 0});
  return e;
}

// Two triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.
const Edges kBridged = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}};

// Zachary's karate club, 0-based.
const Edges kKarate = {
    {0, 1},   {0, 2},   {0, 3},   {0, 4},   {0, 5},   {0, 6},   {0, 7},   {0, 8},   {0, 10},  {0, 11},
    {0, 12},  {0, 13},  {0, 17},  {0, 19},  {0, 21},  {0, 31},  {1, 2},   {1, 3},   {1, 7},   {1, 13},
    {1, 17},  {1, 19},  {1, 21},  {1, 30},  {2, 3},   {2, 7},   {2, 8},   {2, 9},   {2, 13},  {2, 27},
    {2, 28},  {2, 32},  {3, 7},   {3, 12},  {3, 13},  {4, 6},   {4, 10},  {5, 6},   {5, 10},  {5, 16},
    {6, 16},  {8, 30},  {8, 32},  {8, 33},  {9, 33},  {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33},
    {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29},
    {23, 32}, {23, 33}, {24, 25}, {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31},
    {28, 33}, {29, 32}, {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};

// ---- Induce ----

TEST(Induce, FoldsParallelEdgesAndDropsWhatIsHidden) {
  Graph g;
  for (int i = 0; i < 4; ++i) g.UpsertNode(std::to_string(i), NodeKind::kRecord, i == 3 ? 5 : 0, 0);
  auto link = [&](uint32_t a, uint32_t b, uint32_t count, LinkKind kind = LinkKind::kCall) {
    Edge e;
    e.a = a;
    e.b = b;
    e.count = count;
    e.kind = kind;
    e.scope = 0;
    g.AddEdge(e);
  };
  link(0, 1, 3);
  link(1, 0, 4);  // the other way: folded all the same
  link(1, 2, 0);  // count unknown: weight 1
  link(2, 2, 9);  // self loop: dropped
  link(2, 3, 1);  // to a hidden record
  link(0, 2, 5, LinkKind::kPayment);
  g.Compact();
  View v = Everyone();
  LocalGraph lg = Induce(g, v, {2, 0, 1, 3, 0});
  EXPECT_EQ(lg.global, (std::vector<uint32_t>{2, 0, 1}));
  ASSERT_EQ(lg.offsets, (std::vector<uint32_t>{0, 2, 4, 6}));
  // Local 1 (node 0): to local 2 (node 1) weight 7, to local 0 (node 2) weight 5.
  std::vector<std::pair<uint32_t, double>> zero;
  for (uint32_t i = lg.offsets[1]; i < lg.offsets[2]; ++i) zero.push_back({lg.nbr[i], lg.weight[i]});
  std::sort(zero.begin(), zero.end());
  EXPECT_EQ(zero, (std::vector<std::pair<uint32_t, double>>{{0, 5.0}, {2, 7.0}}));

  v.links = MaskOf(LinkKind::kCall);
  lg = Induce(g, v, {0, 1, 2});
  EXPECT_EQ(lg.offsets, (std::vector<uint32_t>{0, 1, 3, 4}));

  lg = InduceAll(g, v);
  EXPECT_EQ(lg.global, (std::vector<uint32_t>{0, 1, 2}));
  g.UpsertNode("lonely", NodeKind::kPhone, kNoScope, 0);
  EXPECT_EQ(InduceAll(g, v).size(), 3u) << "no visible link, not included";
}

// ---- Centrality ----

TEST(Measures, PathGraph) {
  const LocalGraph lg = Local(5, PathEdges(5));
  const auto degree = DegreeCentrality(lg);
  EXPECT_DOUBLE_EQ(degree[0], 0.25);
  EXPECT_DOUBLE_EQ(degree[2], 0.5);
  const auto bc = Betweenness(lg);
  EXPECT_DOUBLE_EQ(bc[0], 0.0);
  EXPECT_DOUBLE_EQ(bc[1], 0.5);         // 3 of the 6 pairs not involving it
  EXPECT_NEAR(bc[2], 4.0 / 6.0, 1e-12);  // 4 of 6
  EXPECT_DOUBLE_EQ(bc[3], 0.5);
  uint32_t count = 0;
  EXPECT_EQ(Components(lg, &count), (std::vector<uint32_t>(5, 0)));
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(CoreNumbers(lg), (std::vector<uint32_t>(5, 1)));
}

TEST(Measures, ClosenessOnAPathOfThree) {
  const auto c = Closeness(Local(3, PathEdges(3)));
  EXPECT_DOUBLE_EQ(c[1], 1.0);
  EXPECT_NEAR(c[0], 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(c[2], 2.0 / 3.0, 1e-12);
}

TEST(Measures, ClosenessWhenDisconnected) {
  // 0-1 and a lonely 2 (kept by listing it): Wasserman–Faust scales by the share reached.
  const auto c = Closeness(Local(3, {{0, 1}}));
  EXPECT_DOUBLE_EQ(c[0], 0.5);
  EXPECT_DOUBLE_EQ(c[2], 0.0);
}

TEST(Measures, Star) {
  const LocalGraph lg = Local(6, StarEdges(5));
  const auto bc = Betweenness(lg);
  EXPECT_DOUBLE_EQ(bc[0], 1.0);
  for (int i = 1; i <= 5; ++i) EXPECT_DOUBLE_EQ(bc[i], 0.0);
  EXPECT_DOUBLE_EQ(DegreeCentrality(lg)[0], 1.0);
  EXPECT_DOUBLE_EQ(DegreeCentrality(lg)[3], 0.2);
  EXPECT_DOUBLE_EQ(Closeness(lg)[0], 1.0);
  EXPECT_EQ(CoreNumbers(lg), (std::vector<uint32_t>(6, 1)));
}

TEST(Measures, Cycle) {
  const LocalGraph lg = Local(6, CycleEdges(6));
  const auto bc = Betweenness(lg);
  for (int i = 1; i < 6; ++i) EXPECT_NEAR(bc[i], bc[0], 1e-12);
  EXPECT_GT(bc[0], 0.0);
  EXPECT_EQ(CoreNumbers(lg), (std::vector<uint32_t>(6, 2)));
  uint32_t count = 0;
  Components(lg, &count);
  EXPECT_EQ(count, 1u);
}

TEST(Measures, BridgedTriangles) {
  const LocalGraph lg = Local(6, kBridged);
  const auto bc = Betweenness(lg);
  EXPECT_NEAR(bc[2], 0.6, 1e-12);  // 6 of the 10 pairs not involving it
  EXPECT_NEAR(bc[3], 0.6, 1e-12);
  EXPECT_DOUBLE_EQ(bc[0], 0.0);
  EXPECT_DOUBLE_EQ(bc[5], 0.0);
  EXPECT_EQ(CoreNumbers(lg), (std::vector<uint32_t>(6, 2)));

  const Communities c = Louvain(lg);
  EXPECT_EQ(c.count, 2u);
  EXPECT_EQ(c.community, (std::vector<uint32_t>{0, 0, 0, 1, 1, 1}));
  EXPECT_NEAR(c.modularity, 2 * (6.0 / 14 - 0.25), 1e-12);
  EXPECT_GE(c.levels, 1);
}

TEST(Measures, Components) {
  // 0-1, 2 alone, 3-4-5; local ids in the order given.
  const Graph g = MakeGraph(6, {{0, 1}, {3, 4}, {4, 5}});
  const LocalGraph lg = Induce(g, Everyone(), {5, 2, 0, 3, 1, 4});
  uint32_t count = 0;
  EXPECT_EQ(Components(lg, &count), (std::vector<uint32_t>{0, 1, 2, 0, 2, 0}));
  EXPECT_EQ(count, 3u);
  EXPECT_EQ(CoreNumbers(lg), (std::vector<uint32_t>{1, 0, 1, 1, 1, 1}));
}

TEST(Measures, EmptyAndTiny) {
  const LocalGraph empty;
  EXPECT_TRUE(Betweenness(empty).empty());
  EXPECT_TRUE(Closeness(empty).empty());
  EXPECT_TRUE(DegreeCentrality(empty).empty());
  EXPECT_TRUE(CoreNumbers(empty).empty());
  EXPECT_EQ(Louvain(empty).count, 0u);
  uint32_t count = 9;
  EXPECT_TRUE(Components(empty, &count).empty());
  EXPECT_EQ(count, 0u);
  const LocalGraph two = Local(2, {{0, 1}});
  EXPECT_EQ(Betweenness(two), (std::vector<double>{0, 0}));
  const Graph lonely = MakeGraph(3, {});
  const Communities c = Louvain(Induce(lonely, Everyone(), {0, 1, 2}));
  EXPECT_EQ(c.count, 3u);
  EXPECT_DOUBLE_EQ(c.modularity, 0.0);
}

// ---- Karate club ----

TEST(Karate, Betweenness) {
  const LocalGraph lg = Local(34, kKarate);
  ASSERT_EQ(lg.nbr.size(), 2 * 78u);
  const auto bc = Betweenness(lg);
  EXPECT_NEAR(bc[0], 0.4376, 1e-4);
  EXPECT_NEAR(bc[33], 0.3041, 1e-4);
  EXPECT_EQ(std::max_element(bc.begin(), bc.end()) - bc.begin(), 0);
  // Sampling every node is the exact answer; fewer is an estimate from a seed.
  EXPECT_EQ(Betweenness(lg, 34), bc);
  const auto half = Betweenness(lg, 17, 3);
  EXPECT_EQ(half, Betweenness(lg, 17, 3));
  EXPECT_NEAR(half[0], bc[0], 0.25);
  EXPECT_DOUBLE_EQ(DegreeCentrality(lg)[33], 17.0 / 33);
}

TEST(Karate, Louvain) {
  const LocalGraph lg = Local(34, kKarate);
  for (uint64_t seed = 1; seed <= 5; ++seed) {
    const Communities c = Louvain(lg, 1.0, seed);
    EXPECT_GE(c.modularity, 0.40) << seed;
    EXPECT_LE(c.modularity, 0.43) << seed;
    EXPECT_GE(c.count, 3u);
    EXPECT_LE(c.count, 5u);
    EXPECT_EQ(c.community[0], 0u);
    EXPECT_NE(c.community[0], c.community[33]) << "the instructor and the president part";
    const Communities again = Louvain(lg, 1.0, seed);
    EXPECT_EQ(again.community, c.community);
  }
  // A high resolution makes smaller communities.
  EXPECT_GT(Louvain(lg, 3.0).count, Louvain(lg, 1.0).count);
}

TEST(Karate, CoreNumbers) {
  const auto core = CoreNumbers(Local(34, kKarate));
  EXPECT_EQ(*std::max_element(core.begin(), core.end()), 4u);
  EXPECT_EQ(core[0], 4u);
  EXPECT_EQ(core[11], 1u);  // member 12 knows only the instructor
}

}  // namespace
}  // namespace ariadne::graph
