#include "engine/graph/graph.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ariadne::graph {
namespace {

uint32_t AddNode(Graph& g, const std::string& key, uint32_t scope = kNoScope) {
  return g.UpsertNode(key, NodeKind::kRecord, scope, 0);
}

uint32_t Link(Graph& g, uint32_t a, uint32_t b, LinkKind kind = LinkKind::kRelationship, uint32_t scope = kNoScope) {
  Edge e;
  e.a = a;
  e.b = b;
  e.kind = kind;
  e.scope = scope;
  return g.AddEdge(e);
}

std::vector<uint32_t> Neighbours(const Graph& g, uint32_t n) {
  std::vector<uint32_t> out;
  g.ForEachAdj(n, [&](const Adj& a) { out.push_back(a.node); });
  std::sort(out.begin(), out.end());
  return out;
}

View SeeScopes(std::vector<uint32_t> scopes) {
  View v;
  for (uint32_t s : scopes) {
    if (v.scope_ok.size() <= s) v.scope_ok.resize(s + 1, 0);
    v.scope_ok[s] = 1;
  }
  return v;
}

TEST(Graph, InternsStrings) {
  Graph g;
  EXPECT_EQ(g.Intern(""), 0u);
  const uint32_t a = g.Intern("Associate");
  EXPECT_NE(a, 0u);
  EXPECT_EQ(g.Intern("Associate"), a);
  EXPECT_NE(g.Intern("Family"), a);
  EXPECT_EQ(g.Str(a), "Associate");
  EXPECT_EQ(g.Str(0), "");
}

TEST(Graph, UpsertUpdatesAndRevives) {
  Graph g;
  const uint32_t a = g.UpsertNode("e:1", NodeKind::kRecord, 3, g.Intern("Person"));
  EXPECT_EQ(g.Find("e:1"), a);
  EXPECT_EQ(g.Find("e:2"), kNoNode);
  g.KillNode(a);
  EXPECT_TRUE(g.node(a).dead);
  EXPECT_EQ(g.UpsertNode("e:1", NodeKind::kCase, 4, 0), a);
  EXPECT_FALSE(g.node(a).dead);
  EXPECT_EQ(g.node(a).kind, NodeKind::kCase);
  EXPECT_EQ(g.node(a).scope, 4u);
  EXPECT_EQ(g.node_count(), 1u);
}

TEST(Graph, CompactBuildsBothDirections) {
  Graph g;
  const uint32_t a = AddNode(g, "a"), b = AddNode(g, "b"), c = AddNode(g, "c");
  Link(g, a, b);
  Link(g, b, c);
  Link(g, a, b);  // parallel
  EXPECT_TRUE(Neighbours(g, a).empty()) << "not adjacent before Compact";
  g.Compact();
  EXPECT_EQ(Neighbours(g, a), (std::vector<uint32_t>{b, b}));
  EXPECT_EQ(Neighbours(g, b), (std::vector<uint32_t>{a, a, c}));
  EXPECT_EQ(g.RawDegree(b), 3u);
  EXPECT_EQ(g.overlay_size(), 0u);
}

TEST(Graph, EpochFieldKeepsCallTimesAndClampsTheRest) {
  EXPECT_EQ(EpochField(0), 0u);
  EXPECT_EQ(EpochField(-86400), 0u);  // before 1970: unknown
  EXPECT_EQ(EpochField(1764633600), 1764633600u);
  EXPECT_EQ(EpochField(int64_t{1} << 40), 0xFFFFFFFFu);
}

TEST(Graph, ReservedBulkLoadHasTheSameAdjacency) {
  Graph g;
  g.Reserve(3, 2);
  const uint32_t a = AddNode(g, "e:a"), b = AddNode(g, "e:b"), c = AddNode(g, "e:c");
  Link(g, a, b);
  Link(g, b, c);
  g.Compact();
  EXPECT_EQ(Neighbours(g, b), (std::vector<uint32_t>{a, c}));
  // After the first Compact edges go to the overlay as before.
  Link(g, a, c);
  EXPECT_EQ(Neighbours(g, a), (std::vector<uint32_t>{b, c}));
}

TEST(Graph, SelfLoopIsOneEntry) {
  Graph g;
  const uint32_t a = AddNode(g, "a");
  Link(g, a, a);
  g.Compact();
  EXPECT_EQ(g.RawDegree(a), 1u);
  Link(g, a, a);
  EXPECT_EQ(g.RawDegree(a), 2u);
}

TEST(Graph, RejectsEdgesToMissingNodes) {
  Graph g;
  const uint32_t a = AddNode(g, "a");
  EXPECT_EQ(Link(g, a, 7), kNoNode);
  EXPECT_EQ(g.edge_count(), 0u);
}

TEST(Graph, OverlayEdgesAreFoundAndSurviveCompact) {
  Graph g;
  const uint32_t a = AddNode(g, "a"), b = AddNode(g, "b");
  Link(g, a, b);
  g.Compact();
  const uint32_t c = AddNode(g, "c");  // a node born after the CSR
  Link(g, b, c);
  EXPECT_EQ(g.overlay_size(), 1u);
  EXPECT_EQ(Neighbours(g, b), (std::vector<uint32_t>{a, c}));
  EXPECT_EQ(Neighbours(g, c), (std::vector<uint32_t>{b}));
  g.Compact();
  EXPECT_EQ(g.overlay_size(), 0u);
  EXPECT_EQ(Neighbours(g, b), (std::vector<uint32_t>{a, c}));
  EXPECT_EQ(Neighbours(g, c), (std::vector<uint32_t>{b}));
}

TEST(Graph, KillEdgeAndNode) {
  Graph g;
  const uint32_t a = AddNode(g, "a"), b = AddNode(g, "b"), c = AddNode(g, "c");
  const uint32_t ab = Link(g, a, b);
  Link(g, b, c);
  Link(g, a, c);
  g.Compact();
  g.KillEdge(ab);
  EXPECT_EQ(Neighbours(g, a), (std::vector<uint32_t>{c}));
  EXPECT_EQ(g.overlay_size(), 1u);
  g.KillNode(c);
  EXPECT_TRUE(Neighbours(g, a).empty());
  EXPECT_TRUE(Neighbours(g, b).empty());
  g.Compact();  // dead edges leave the adjacency, their ids stay
  EXPECT_EQ(g.edge_count(), 3u);
  EXPECT_EQ(g.RawDegree(b), 0u);
  EXPECT_TRUE(g.BaseAdj(b).empty());
}

TEST(Graph, KillNodeBeforeCompact) {
  Graph g;
  const uint32_t a = AddNode(g, "a"), b = AddNode(g, "b");
  const uint32_t ab = Link(g, a, b);
  g.KillNode(b);
  EXPECT_TRUE(g.edge(ab).dead);
  g.Compact();
  EXPECT_EQ(g.RawDegree(a), 0u);
}

TEST(Graph, NodeVisibility) {
  Graph g;
  const uint32_t a = AddNode(g, "a", 1), b = AddNode(g, "b", 2), phone = AddNode(g, "p", kNoScope);
  View v = SeeScopes({1});
  EXPECT_TRUE(g.NodeVisible(v, a));
  EXPECT_FALSE(g.NodeVisible(v, b));
  EXPECT_TRUE(g.NodeVisible(v, phone)) << "identifier nodes belong to no case";
  EXPECT_FALSE(g.NodeVisible(v, 99));
  v.hidden_nodes = {a};
  EXPECT_FALSE(g.NodeVisible(v, a));
  EXPECT_TRUE(g.NodeVisible(v, phone));
  g.KillNode(phone);
  EXPECT_FALSE(g.NodeVisible(v, phone));
}

TEST(Graph, EdgeVisibility) {
  Graph g;
  const uint32_t a = AddNode(g, "a", 1), b = AddNode(g, "b", 1), c = AddNode(g, "c", 2);
  const uint32_t ab = Link(g, a, b, LinkKind::kCall, 1);
  const uint32_t ab2 = Link(g, a, b, LinkKind::kCall, 2);  // from a case the caller cannot see
  const uint32_t ac = Link(g, a, c, LinkKind::kCall, kNoScope);
  const uint32_t ab3 = Link(g, a, b, LinkKind::kPayment, kNoScope);
  g.Compact();
  View v = SeeScopes({1});
  EXPECT_TRUE(g.EdgeVisible(v, ab));
  EXPECT_FALSE(g.EdgeVisible(v, ab2));
  EXPECT_FALSE(g.EdgeVisible(v, ac)) << "an end is hidden";
  EXPECT_TRUE(g.EdgeVisible(v, ab3));
  EXPECT_EQ(g.VisibleDegree(v, a), 2u);
  v.links = MaskOf(LinkKind::kCall);
  EXPECT_FALSE(g.EdgeVisible(v, ab3));
  EXPECT_EQ(g.VisibleDegree(v, a), 1u);
  EXPECT_EQ(g.VisibleDegree(v, c), 0u);
  EXPECT_EQ(g.RawDegree(a), 4u);
  g.KillEdge(ab);
  EXPECT_FALSE(g.EdgeVisible(v, ab));
}

TEST(Graph, Names) {
  for (int i = 0; i < kLinkKinds; ++i) {
    LinkKind k;
    ASSERT_TRUE(ParseLinkKind(LinkKindName(static_cast<LinkKind>(i)), &k));
    EXPECT_EQ(static_cast<int>(k), i);
  }
  EXPECT_STREQ(LinkKindName(LinkKind::kSameAs), "same_as");
  LinkKind k;
  EXPECT_FALSE(ParseLinkKind("friendship", &k));
  EXPECT_STREQ(NodeKindName(NodeKind::kPhone), "phone");
  EXPECT_STREQ(NodeKindName(NodeKind::kAccount), "account");
}

TEST(Graph, MemoryGrows) {
  Graph g;
  const size_t empty = g.MemoryBytes();
  for (int i = 0; i < 1000; ++i) AddNode(g, "e:a-rather-long-entity-identifier-" + std::to_string(i));
  for (uint32_t i = 1; i < 1000; ++i) Link(g, i - 1, i);
  g.Compact();
  EXPECT_GT(g.MemoryBytes(), empty + 1000 * sizeof(Node) + 999 * sizeof(Edge));
}

}  // namespace
}  // namespace ariadne::graph
