#include "engine/graph/snapshot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "engine/graph/queries.h"
#include "testing/test_util.h"

namespace ariadne::graph {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteAll(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

uint32_t Link(Graph& g, uint32_t a, uint32_t b, LinkKind kind, uint32_t scope, const std::string& label,
              uint32_t count = 1) {
  Edge e;
  e.a = a, e.b = b, e.kind = kind, e.scope = scope, e.label = g.Intern(label), e.source = g.Intern("src:" + label);
  e.count = count, e.first_at = 1700000000 + count, e.last_at = 1700086400 + count, e.total = 12.5 * count;
  e.directed = kind == LinkKind::kCall || kind == LinkKind::kPayment;
  return g.AddEdge(e);
}

// Records in two cases, phones and an account; a compacted base, then an overlay (edges added,
// an edge of the base and one of the overlay killed, a record deleted), as a running service has.
Graph Sample() {
  Graph g;
  const uint32_t person = g.Intern("Person");
  const uint32_t a = g.UpsertNode("e:a", NodeKind::kRecord, 0, person);
  const uint32_t b = g.UpsertNode("e:b", NodeKind::kRecord, 0, person);
  const uint32_t c = g.UpsertNode("e:c", NodeKind::kRecord, 1, g.Intern("Company"));
  const uint32_t case0 = g.UpsertNode("c:0", NodeKind::kCase, 0, 0);
  const uint32_t p1 = g.UpsertNode("p:+77011234567", NodeKind::kPhone, kNoScope, 0);
  const uint32_t p2 = g.UpsertNode("p:+77771234567", NodeKind::kPhone, kNoScope, 0);
  const uint32_t acct = g.UpsertNode("a:KZ86125KZT5004100100", NodeKind::kAccount, kNoScope, 0);
  g.SetSensitive(b, true);
  Link(g, a, b, LinkKind::kRelationship, 0, "Family");
  Link(g, a, case0, LinkKind::kInvolved, 0, "suspect");
  Link(g, a, p1, LinkKind::kIdentifier, 0, "phone");
  Link(g, p1, p2, LinkKind::kCall, 0, "call_records", 7);
  Link(g, c, acct, LinkKind::kIdentifier, 1, "bankAccount");
  const uint32_t doomed = Link(g, b, c, LinkKind::kSameAs, kNoScope, "Person");
  g.Intern("unused string");  // referred to by nothing: not kept
  g.Compact();
  // The overlay.
  const uint32_t d = g.UpsertNode("e:d", NodeKind::kRecord, 1, person);
  Link(g, d, acct, LinkKind::kIdentifier, 1, "bankAccount");
  const uint32_t gone = Link(g, d, p2, LinkKind::kIdentifier, 1, "phone");
  Link(g, acct, acct, LinkKind::kPayment, 1, "KZT", 3);  // a self loop
  Link(g, p2, p1, LinkKind::kCall, 1, "call_records", 2);
  g.KillEdge(doomed);
  g.KillEdge(gone);
  const uint32_t e = g.UpsertNode("e:e", NodeKind::kRecord, 0, person);
  Link(g, e, a, LinkKind::kRelationship, 0, "Associate");
  g.KillNode(e);
  EXPECT_GT(g.overlay_size(), 0u);
  return g;
}

std::vector<std::pair<uint32_t, uint32_t>> AdjOf(const Graph& g, uint32_t n) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  g.ForEachAdj(n, [&](const Adj& a) { out.push_back({a.node, a.edge}); });
  std::sort(out.begin(), out.end());
  return out;
}

void ExpectSameGraph(const Graph& x, const Graph& y) {
  ASSERT_EQ(x.node_count(), y.node_count());
  ASSERT_EQ(x.edge_count(), y.edge_count());
  for (uint32_t i = 0; i < x.node_count(); ++i) {
    const Node &a = x.node(i), &b = y.node(i);
    EXPECT_EQ(a.key, b.key);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.scope, b.scope);
    EXPECT_EQ(x.Str(a.label), y.Str(b.label));
    EXPECT_EQ(a.label, b.label);
    EXPECT_EQ(a.dead, b.dead) << a.key;
    EXPECT_EQ(a.sensitive, b.sensitive) << a.key;
    EXPECT_EQ(y.Find(a.key), i);
    EXPECT_EQ(AdjOf(x, i), AdjOf(y, i)) << a.key;
    EXPECT_EQ(x.RawDegree(i), y.RawDegree(i));
  }
  for (uint32_t i = 0; i < x.edge_count(); ++i) {
    const Edge &a = x.edge(i), &b = y.edge(i);
    EXPECT_EQ(a.a, b.a);
    EXPECT_EQ(a.b, b.b);
    EXPECT_EQ(a.scope, b.scope);
    EXPECT_EQ(a.label, b.label);
    EXPECT_EQ(x.Str(a.source), y.Str(b.source));
    EXPECT_EQ(a.count, b.count);
    EXPECT_EQ(a.first_at, b.first_at);
    EXPECT_EQ(a.last_at, b.last_at);
    EXPECT_EQ(a.total, b.total);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.directed, b.directed);
    EXPECT_EQ(a.dead, b.dead) << i;
  }
}

TEST(GraphSnapshot, RoundTripsBaseOverlayAndDeadEdges) {
  test::TempDir dir;
  const Graph g = Sample();
  const std::string path = dir.File("graph.snap");
  ASSERT_TRUE(SaveSnapshot(g, path, "{\"feed_seq\":42}"));
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  std::string meta;
  auto loaded = LoadSnapshot(path, &meta);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(meta, "{\"feed_seq\":42}");
  EXPECT_EQ(loaded->overlay_size(), 0u);  // compacted on load
  ExpectSameGraph(g, *loaded);
  EXPECT_TRUE(loaded->node(loaded->Find("e:e")).dead);
  EXPECT_TRUE(loaded->node(loaded->Find("e:b")).sensitive);

  // The same answers: a neighbourhood and a path, as both caller views see them.
  for (std::vector<uint8_t> scopes : {std::vector<uint8_t>{1, 1}, std::vector<uint8_t>{1, 0}}) {
    View v;
    v.scope_ok = scopes;
    NeighbourhoodQuery q;
    q.seeds = {g.Find("e:a")};
    q.depth = 3;
    const Subgraph s1 = Neighbourhood(g, v, q), s2 = Neighbourhood(*loaded, v, q);
    EXPECT_EQ(s1.nodes, s2.nodes);
    EXPECT_EQ(s1.edges, s2.edges);
    PathQuery pq;
    pq.from = g.Find("e:a"), pq.to = g.Find("a:KZ86125KZT5004100100");
    const auto p1 = AllShortestPaths(g, v, pq), p2 = AllShortestPaths(*loaded, v, pq);
    ASSERT_EQ(p1.size(), p2.size());
    for (size_t i = 0; i < p1.size(); ++i) EXPECT_EQ(p1[i].edges, p2[i].edges);
  }

  // A loaded graph goes on like any other: new edges join the overlay and are found at once.
  Edge e;
  e.a = loaded->Find("e:c"), e.b = loaded->Find("e:d"), e.kind = LinkKind::kRelationship, e.scope = 1;
  const uint32_t id = loaded->AddEdge(e);
  EXPECT_EQ(id, g.edge_count());
  EXPECT_EQ(loaded->overlay_size(), 1u);
  const uint32_t family = loaded->Intern("Family");  // an existing string keeps its id
  EXPECT_EQ(loaded->Str(family), "Family");
  EXPECT_EQ(loaded->edge(0).label, family);
}

TEST(GraphSnapshot, EmptyGraphAndReplacingAFile) {
  test::TempDir dir;
  const std::string path = dir.File("g.snap");
  ASSERT_TRUE(SaveSnapshot(Graph{}, path));
  auto empty = LoadSnapshot(path);
  ASSERT_TRUE(empty) << empty.error().message;
  EXPECT_EQ(empty->node_count(), 0u);
  EXPECT_EQ(empty->edge_count(), 0u);
  ASSERT_TRUE(SaveSnapshot(Sample(), path));  // over the old one
  auto full = LoadSnapshot(path);
  ASSERT_TRUE(full) << full.error().message;
  ExpectSameGraph(Sample(), *full);
}

TEST(GraphSnapshot, RefusesTruncatedDamagedAndForeignFiles) {
  test::TempDir dir;
  const std::string path = dir.File("graph.snap"), bad = dir.File("bad.snap");
  ASSERT_TRUE(SaveSnapshot(Sample(), path, "meta"));
  const std::string good = ReadAll(path);
  ASSERT_GT(good.size(), 100u);

  // Cut anywhere, including inside the checksum and the end mark.
  for (size_t n = 0; n < good.size(); ++n) {
    WriteAll(bad, good.substr(0, n));
    auto r = LoadSnapshot(bad);
    ASSERT_FALSE(r) << "accepted a file cut to " << n << " of " << good.size() << " bytes";
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << n;
  }
  // One byte changed, anywhere.
  for (size_t i = 0; i < good.size(); ++i) {
    std::string damaged = good;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x10);
    WriteAll(bad, damaged);
    auto r = LoadSnapshot(bad);
    ASSERT_FALSE(r) << "accepted a file with byte " << i << " changed";
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << i;
  }
  // Bytes after the end.
  WriteAll(bad, good + "x");
  EXPECT_FALSE(LoadSnapshot(bad));
  // Not a snapshot at all.
  WriteAll(bad, std::string(4096, 'A'));
  auto foreign = LoadSnapshot(bad);
  ASSERT_FALSE(foreign);
  EXPECT_NE(foreign.error().message.find("not a graph snapshot"), std::string::npos);
  // No file.
  auto missing = LoadSnapshot(dir.File("none.snap"));
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  // The good file still loads.
  EXPECT_TRUE(LoadSnapshot(path));
}

// A source that fails after `ok_bytes`, as a blob whose chunk does not decrypt.
class FailingSource : public ByteSource {
 public:
  FailingSource(const std::string& data, size_t ok_bytes) : data_(data), ok_(ok_bytes) {}
  uint64_t size() const override { return data_.size(); }
  Result<size_t> Read(char* out, size_t n) override {
    if (pos_ >= ok_) return Fail(Error::Corruption("chunk 3 does not open"));
    const size_t k = std::min({n, data_.size() - pos_, ok_ - pos_});
    std::memcpy(out, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  const std::string& data_;
  size_t ok_, pos_ = 0;
};

// A source that says it is shorter than it is.
class LongSource : public StringSource {
 public:
  LongSource(const std::string& data, uint64_t claimed) : StringSource(data), claimed_(claimed) {}
  uint64_t size() const override { return claimed_; }

 private:
  uint64_t claimed_;
};

class FullSink : public ByteSink {
 public:
  Status Write(const char*, size_t) override { return Fail(Error::Unavailable("disk full")); }
};

Ledger SampleLedger() {
  Ledger l;
  Txn t;
  t.from = l.Account("KZ86125KZT5004100100"), t.to = l.Account("KZ111"), t.currency = l.Currency("KZT");
  t.at = 1700000000, t.amount = 1500.5, t.scope = 1, t.id = 7;
  l.Add(t);
  t.from = t.to, t.to = l.Account("KZ222"), t.at += 60, t.amount = 900, t.id = 8;
  l.Add(t);
  l.Build();
  return l;
}

TEST(GraphSnapshot, StreamRoundTripWithLedger) {
  const Graph g = Sample();
  const Ledger l = SampleLedger();
  std::string bytes;
  StringSink sink(&bytes);
  ASSERT_TRUE(SaveSnapshot(g, sink, "service tables", &l));
  StringSource source(bytes);
  std::string meta;
  Ledger loaded_ledger;
  auto loaded = LoadSnapshot(source, &meta, &loaded_ledger);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(meta, "service tables");
  ExpectSameGraph(g, *loaded);
  ASSERT_EQ(loaded_ledger.size(), 2u);
  EXPECT_EQ(loaded_ledger.AccountKey(loaded_ledger.txn(1).to), "KZ222");
  EXPECT_EQ(loaded_ledger.Out(loaded_ledger.FindAccount("KZ111")), l.Out(l.FindAccount("KZ111")));

  // The same bytes as the path version writes, but for the ledger section and its flag.
  test::TempDir dir;
  ASSERT_TRUE(SaveSnapshot(g, dir.File("g.snap"), "service tables"));
  std::string plain;
  StringSink plain_sink(&plain);
  ASSERT_TRUE(SaveSnapshot(g, plain_sink, "service tables"));
  EXPECT_EQ(ReadAll(dir.File("g.snap")), plain);
  // A snapshot with a ledger loads without asking for it (the section is still checked).
  StringSource again(bytes);
  EXPECT_TRUE(LoadSnapshot(again));
}

TEST(GraphSnapshot, StreamRefusesTruncatedDamagedAndLongSources) {
  const Graph g = Sample();
  const Ledger l = SampleLedger();
  std::string good;
  StringSink sink(&good);
  ASSERT_TRUE(SaveSnapshot(g, sink, "meta", &l));
  for (size_t n = 0; n < good.size(); ++n) {
    const std::string cut = good.substr(0, n);
    StringSource source(cut);
    Ledger out;
    auto r = LoadSnapshot(source, nullptr, &out);
    ASSERT_FALSE(r) << "accepted a snapshot cut to " << n << " of " << good.size() << " bytes";
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << n;
  }
  for (size_t i = 0; i < good.size(); ++i) {
    std::string damaged = good;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
    StringSource source(damaged);
    Ledger out;
    auto r = LoadSnapshot(source, nullptr, &out);
    ASSERT_FALSE(r) << "accepted a snapshot with byte " << i << " changed";
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << i;
  }
  // More bytes than the source claimed, or than the snapshot holds.
  const std::string longer = good + "tail";
  LongSource lying(longer, good.size());
  auto extra = LoadSnapshot(lying);
  ASSERT_FALSE(extra);
  EXPECT_NE(extra.error().message.find("after the end mark"), std::string::npos) << extra.error().message;
  StringSource honest(longer);
  EXPECT_FALSE(LoadSnapshot(honest));
  // A source that fails says why, wherever it fails.
  for (size_t at : {size_t{0}, size_t{20}, good.size() / 2, good.size() - 3}) {
    FailingSource failing(good, at);
    auto r = LoadSnapshot(failing);
    ASSERT_FALSE(r) << at;
    EXPECT_EQ(r.error().message, "chunk 3 does not open") << at;
  }
  // A sink that fails: its error, not success.
  FullSink full;
  auto st = SaveSnapshot(g, full, "meta", &l);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().message, "disk full");
}

}  // namespace
}  // namespace ariadne::graph
