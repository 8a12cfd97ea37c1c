// The link graph's snapshot on a real data directory (the demo's, made once and copied per
// test; hence here beside the demo rather than beside api/graph_service.cc): a service restored
// from its snapshot and caught up with the feed is the service that never stopped, and answers as
// a fresh load from the store does; a snapshot that does not fit the store is refused; at rest it
// is encrypted and replaced atomically.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "api/graph_service.h"
#include "api/graph_snapshot_store.h"
#include "api/import_service.h"
#include "cli/commands.h"
#include "cli/demo_case_file.h"
#include "cli/runtime.h"
#include "engine/graph/queries.h"
#include "engine/graph/snapshot.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

namespace fs = std::filesystem;
using graph::Graph;

constexpr char kRecruiterPhone[] = "p:+998901234567";  // the demo's, README "Link analysis"
constexpr char kAgencyAccount[] = "KZ86125KZT5004100100";

// The demo data directory, made once for the whole binary (a demo takes seconds).
const std::string& DemoData() {
  static test::TempDir dir;
  static const std::string data = [] {
    CommonOptions o;
    o.data_dir = dir.File("data");
    o.config_dir = test::SourcePath("config");
    if (RunDemo(o) != 0) throw std::runtime_error("ariadne demo failed");
    return o.data_dir;
  }();
  return data;
}

// A copy of the demo's data directory and keys, opened.
class DemoCopy {
 public:
  DemoCopy() {
    fs::copy(DemoData(), data(), fs::copy_options::recursive);
    fs::copy(DemoData() + ".keys", data() + ".keys", fs::copy_options::recursive);
    Open();
  }
  void Open() {
    auto rt = OpenRuntime(ResolvePaths(data(), "", test::SourcePath("config")), Env::Default(), false);
    if (!rt) throw std::runtime_error("open runtime: " + rt.error().message);
    rt_ = std::move(*rt);
  }
  void Close() { rt_.reset(); }
  // Another directory holding this store as it is now: a backup to restore.
  void CopyStoreTo(DemoCopy& other) {
    Close();
    other.Close();
    for (const char* suffix : {"", "-wal", "-shm"}) {
      fs::remove(other.data() + "/ariadne.db" + suffix);
      if (fs::exists(data() + "/ariadne.db" + suffix))
        fs::copy_file(data() + "/ariadne.db" + suffix, other.data() + "/ariadne.db" + suffix);
    }
    Open();
    other.Open();
  }
  std::string data() const { return dir_.File("data"); }
  Runtime& rt() { return *rt_; }
  Store& store() { return *rt_->store; }
  const EntitySchema* schema() { return &rt_->authz->entity_schema(); }

  // A new Person with `phone` in `case_id`, involved as `role` when not empty; its id.
  std::string AddPerson(const std::string& case_id, const std::string& name, const std::string& phone,
                        const std::string& role = "") {
    std::string id;
    const std::string user = UserId();
    test::Check(store().Write([&](StoreWriter& w) -> Status {
      auto c = w.GetCase(case_id);
      if (!c) return Fail(c.error());
      nlohmann::json body = {{"schema", "Person"},
                             {"properties", {{"name", nlohmann::json::array({name})}, {"phone", nlohmann::json::array({phone})}}}};
      auto made = AddDemoRecord(rt(), w, *c, user, Env::Default()->NowMillis(), body);
      if (!made) return Fail(made.error());
      id = *made;
      if (role.empty()) return Ok();
      return w.PutInvolvement({case_id, id, role, "", "", user, Env::Default()->NowMillis()});
    }),
                "add a person");
    return id;
  }
  std::string AddAssociate(const std::string& case_id, const std::string& a, const std::string& b) {
    std::string id;
    const std::string user = UserId();
    test::Check(store().Write([&](StoreWriter& w) -> Status {
      auto c = w.GetCase(case_id);
      if (!c) return Fail(c.error());
      nlohmann::json body = {{"schema", "Associate"},
                             {"properties", {{"person", nlohmann::json::array({a})}, {"associate", nlohmann::json::array({b})}}}};
      auto made = AddDemoRecord(rt(), w, *c, user, Env::Default()->NowMillis(), body);
      if (!made) return Fail(made.error());
      id = *made;
      return Ok();
    }),
                "add an associate");
    return id;
  }
  void Involve(const std::string& case_id, const std::string& entity_id, const std::string& role) {
    const std::string user = UserId();
    test::Check(store().Write([&](StoreWriter& w) {
      return w.PutInvolvement({case_id, entity_id, role, "", "", user, Env::Default()->NowMillis()});
    }),
                "involve");
  }
  void Import(const std::string& case_id, const std::string& kind, const std::string& csv) {
    ImportInput in;
    in.case_id = case_id;
    in.kind = kind;
    in.file_name = kind + ".csv";
    in.user_id = UserId();
    in.username = "investigator";
    in.mapping = kind == "calls"
                     ? nlohmann::json::parse(R"({"version": 1, "kind": "calls", "name": "Test CDR", "time_format": "iso",
                         "region": "KZ", "columns": {"caller": "A", "callee": "B", "start": "Start", "duration": "Seconds"}})")
                     : nlohmann::json::parse(R"({"version": 1, "kind": "transactions", "name": "Statement",
                         "time_format": "iso", "currency": "KZT",
                         "columns": {"from_account": "From", "to_account": "To", "amount": "Amount", "date": "Date"}})");
    auto out = RunImport(store(), *rt().env, rt().audit.get(), csv, in);
    if (!out) throw std::runtime_error("import: " + out.error().message);
    if (out->job.status != "published") throw std::runtime_error("import " + out->job.status);
  }

 private:
  std::string UserId() {
    std::string id;
    test::Check(store().Read([&](StoreReader& r) -> Status {
      auto u = r.GetUserByName("investigator");
      if (!u) return Fail(u.error());
      id = u->id;
      return Ok();
    }),
                "investigator");
    return id;
  }
  test::TempDir dir_;
  std::unique_ptr<Runtime> rt_;
};

std::string Snapshot(const GraphService& s, Store& store) {
  std::string bytes;
  StringSink sink(&bytes);
  auto st = s.SaveSnapshot(store, sink);
  if (!st) throw std::runtime_error("save snapshot: " + st.error().message);
  return bytes;
}

Status Restore(GraphService& s, Store& store, const std::string& bytes) {
  StringSource source(bytes);
  return s.LoadSnapshot(store, source);
}

// The live graph as strings, without ids, scopes as case ids: what two services built in other
// orders must agree on.
struct Picture {
  std::vector<std::string> nodes, edges;
  size_t payments = 0;
};

Picture Live(const GraphService& s) {
  auto lock = s.ReadLock();
  const Graph& g = s.graph();
  Picture p;
  for (uint32_t n = 0; n < g.node_count(); ++n) {
    const graph::Node& x = g.node(n);
    if (!x.dead)
      p.nodes.push_back(x.key + (x.sensitive ? " sensitive " : " ") + g.Str(x.label) + " @" + s.CaseOfScope(x.scope));
  }
  for (uint32_t e = 0; e < g.edge_count(); ++e) {
    const graph::Edge& x = g.edge(e);
    if (x.dead) continue;
    std::string a = g.node(x.a).key, b = g.node(x.b).key;
    if (!x.directed && b < a) std::swap(a, b);
    p.edges.push_back(a + " " + b + " " + graph::LinkKindName(x.kind) + " " + g.Str(x.label) + " from " + g.Str(x.source) +
                      " @" + s.CaseOfScope(x.scope) + " x" + std::to_string(x.count) + " " + std::to_string(x.total));
  }
  std::sort(p.nodes.begin(), p.nodes.end());
  std::sort(p.edges.begin(), p.edges.end());
  p.payments = s.ledger().size();
  return p;
}

graph::View SeeAll(const GraphService& s) {
  graph::View v;
  v.scope_ok.assign(s.graph().node_count(), 1);  // more scopes than there are: all of them
  return v;
}

std::set<std::string> Hood(const GraphService& s, const std::string& key, int depth) {
  auto lock = s.ReadLock();
  graph::NeighbourhoodQuery q;
  q.seeds = {s.graph().Find(key)};
  q.depth = depth;
  q.hub_cap = 0;
  std::set<std::string> out;
  if (q.seeds[0] == graph::kNoNode) return out;
  for (uint32_t n : graph::Neighbourhood(s.graph(), SeeAll(s), q).nodes) out.insert(s.graph().node(n).key);
  return out;
}

std::set<std::vector<std::string>> Paths(const GraphService& s, const std::string& from, const std::string& to) {
  auto lock = s.ReadLock();
  graph::PathQuery q;
  q.from = s.graph().Find(from), q.to = s.graph().Find(to);
  q.limit = 1000;
  std::set<std::vector<std::string>> out;
  if (q.from == graph::kNoNode || q.to == graph::kNoNode) return out;
  for (const graph::Path& p : graph::AllShortestPaths(s.graph(), SeeAll(s), q)) {
    std::vector<std::string> keys;
    for (uint32_t n : p.nodes) keys.push_back(s.graph().node(n).key);
    out.insert(keys);
  }
  return out;
}

// Money traced forward from the account, by (from, to) account keys.
std::map<std::pair<std::string, std::string>, double> Money(const GraphService& s, const std::string& account) {
  auto lock = s.ReadLock();
  const graph::Ledger& l = s.ledger();
  graph::TraceQuery q;
  q.start = l.FindAccount(account);
  q.scope_ok.assign(s.graph().node_count(), 1);
  std::map<std::pair<std::string, std::string>, double> out;
  if (q.start == 0xFFFFFFFFu) return out;
  for (const graph::Flow& f : graph::Trace(l, q).flows) out[{l.AccountKey(f.from), l.AccountKey(f.to)}] += f.amount;
  return out;
}

// The demo's record that carries the recruiter's phone: its id and its case.
std::pair<std::string, std::string> Recruiter(const GraphService& s) {
  auto lock = s.ReadLock();
  const Graph& g = s.graph();
  std::pair<std::string, std::string> found;
  g.ForEachAdj(g.Find(kRecruiterPhone), [&](const graph::Adj& a) {
    if (found.first.empty() && g.node(a.node).kind == graph::NodeKind::kRecord)
      found = {g.node(a.node).key.substr(2), s.CaseOfScope(g.node(a.node).scope)};
  });
  return found;
}
std::string RecruiterCase(const GraphService& s) { return Recruiter(s).second; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(GraphServiceSnapshot, RestoredAndCaughtUpAnswersAsAFreshLoad) {
  DemoCopy d;
  GraphService running(d.schema());
  ASSERT_TRUE(running.Load(d.store()));
  ASSERT_NE(running.graph().Find(kRecruiterPhone), graph::kNoNode);
  const std::string case_id = RecruiterCase(running);
  ASSERT_FALSE(case_id.empty());
  const std::string bytes = Snapshot(running, d.store());
  const int64_t snapshot_seq = running.feed_seq();

  // The store moves on: records, a relationship, involvements (of a record the snapshot has, whose
  // links are made again), two imports.
  const std::string recruiter = Recruiter(running).first;
  ASSERT_FALSE(recruiter.empty());
  ASSERT_FALSE(running.graph().node(running.graph().Find("e:" + recruiter)).sensitive);
  d.Involve(case_id, recruiter, "informant");
  const std::string victim = d.AddPerson(case_id, "Snapshot Victim", "+77017000202", "victim");
  const std::string friend_id = d.AddPerson(case_id, "Snapshot Friend", "+77015550101");
  d.AddAssociate(case_id, victim, friend_id);
  d.Import(case_id, "calls",
           "A,B,Start,Seconds\n+77015550101,+77011110002,2026-03-01 10:00:00,60\n"
           "+77011110002,+998901234567,2026-03-01 11:00:00,30\n");
  d.Import(case_id, "transactions",
           std::string("From,To,Amount,Date\n") + kAgencyAccount + ",KZ111,500,2026-03-01 10:00:00\n" +
               "KZ111,KZ222,200,2026-03-02 10:00:00\n");

  GraphService restored(d.schema());
  ASSERT_TRUE(Restore(restored, d.store(), bytes));
  ASSERT_TRUE(running.CatchUp(d.store()));
  GraphService fresh(d.schema());
  ASSERT_TRUE(fresh.Load(d.store()));
  EXPECT_GT(restored.feed_seq(), snapshot_seq);
  EXPECT_EQ(restored.feed_seq(), fresh.feed_seq());

  // The service that never stopped, id for id.
  ASSERT_EQ(restored.graph().node_count(), running.graph().node_count());
  ASSERT_EQ(restored.graph().edge_count(), running.graph().edge_count());
  for (uint32_t n = 0; n < running.graph().node_count(); ++n) {
    const graph::Node &a = running.graph().node(n), &b = restored.graph().node(n);
    EXPECT_EQ(a.key, b.key);
    EXPECT_EQ(a.dead, b.dead) << a.key;
    EXPECT_EQ(a.sensitive, b.sensitive) << a.key;
  }
  for (uint32_t e = 0; e < running.graph().edge_count(); ++e) {
    EXPECT_EQ(running.graph().edge(e).dead, restored.graph().edge(e).dead) << e;
    EXPECT_EQ(running.graph().Str(running.graph().edge(e).source), restored.graph().Str(restored.graph().edge(e).source));
  }
  EXPECT_EQ(restored.ledger().size(), running.ledger().size());

  // And a fresh load from the store: the same live graph, the same answers.
  const Picture want = Live(fresh), got = Live(restored);
  EXPECT_EQ(got.nodes, want.nodes);
  EXPECT_EQ(got.edges, want.edges);
  EXPECT_EQ(got.payments, want.payments);
  EXPECT_GT(want.payments, 0u);
  EXPECT_TRUE(restored.graph().node(restored.graph().Find("e:" + victim)).sensitive);
  EXPECT_TRUE(restored.graph().node(restored.graph().Find("e:" + recruiter)).sensitive);
  EXPECT_EQ(Hood(restored, "e:" + recruiter, 1), Hood(fresh, "e:" + recruiter, 1));
  EXPECT_EQ(Hood(restored, "e:" + victim, 2), Hood(fresh, "e:" + victim, 2));
  EXPECT_TRUE(Hood(restored, "e:" + victim, 2).count("e:" + friend_id));
  EXPECT_EQ(Hood(restored, kRecruiterPhone, 2), Hood(fresh, kRecruiterPhone, 2));
  const auto paths = Paths(restored, kRecruiterPhone, "p:+77015550101");
  EXPECT_FALSE(paths.empty());
  EXPECT_EQ(paths, Paths(fresh, kRecruiterPhone, "p:+77015550101"));
  EXPECT_EQ(Paths(restored, kRecruiterPhone, "p:+77017000202"), Paths(fresh, kRecruiterPhone, "p:+77017000202"));
  const auto money = Money(restored, kAgencyAccount);
  EXPECT_TRUE(money.count({kAgencyAccount, "KZ111"}));
  EXPECT_EQ(money, Money(fresh, kAgencyAccount));

  // A restored service goes on following the feed.
  const std::string later = d.AddPerson(case_id, "After Restore", "+77015550199");
  ASSERT_TRUE(restored.CatchUp(d.store()));
  EXPECT_NE(restored.graph().Find("e:" + later), graph::kNoNode);
  EXPECT_NE(restored.graph().Find("p:+77015550199"), graph::kNoNode);
}

TEST(GraphServiceSnapshot, RefusedWhenItDoesNotFitTheStoreOrTheBuild) {
  DemoCopy d, backup;
  d.CopyStoreTo(backup);  // the backup is taken here
  GraphService first(d.schema());
  ASSERT_TRUE(first.Load(d.store()));
  const std::string case_id = RecruiterCase(first);
  d.AddPerson(case_id, "Only In The Live Store", "+77015550111");
  GraphService s(d.schema());
  ASSERT_TRUE(s.Load(d.store()));
  const std::string bytes = Snapshot(s, d.store());
  ASSERT_TRUE(Restore(first, d.store(), bytes));  // fits its own store

  // The backup restored: its feed ends before the snapshot's position…
  GraphService on_backup(backup.schema());
  ASSERT_TRUE(on_backup.Load(backup.store()));
  const size_t nodes = on_backup.graph().node_count();
  auto r = Restore(on_backup, backup.store(), bytes);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  EXPECT_NE(r.error().message.find("ends at"), std::string::npos) << r.error().message;
  EXPECT_EQ(on_backup.graph().node_count(), nodes);  // left as it was
  // …and once it has moved on, it holds another change at that position.
  backup.AddPerson(case_id, "Only In The Backup", "+77015550122");
  r = Restore(on_backup, backup.store(), bytes);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("another change"), std::string::npos) << r.error().message;

  // Another builder version.
  std::string meta;
  graph::Ledger ledger;
  StringSource source(bytes);
  auto g = graph::LoadSnapshot(source, &meta, &ledger);
  ASSERT_TRUE(g);
  const uint32_t other = GraphService::kBuilderVersion + 1;
  std::memcpy(meta.data() + 8, &other, 4);
  std::string rebuilt;
  StringSink sink(&rebuilt);
  ASSERT_TRUE(graph::SaveSnapshot(*g, sink, meta, &ledger));
  r = Restore(first, d.store(), rebuilt);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("builder version"), std::string::npos) << r.error().message;
  // Meta that is not the service's, or cut short.
  for (const std::string& bad : {std::string("not ours"), meta.substr(0, meta.size() - 3)}) {
    rebuilt.clear();
    ASSERT_TRUE(graph::SaveSnapshot(*g, sink, bad, &ledger));
    r = Restore(first, d.store(), rebuilt);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << r.error().message;
  }

  // Another entity schema: one more role makes records sensitive.
  nlohmann::json doc = test::LoadConfig("schema/entities.json");
  doc["restricted"].back()["when_involved_as"].push_back("victim");
  auto changed = EntitySchema::FromJson(doc, test::ConfigLookups());
  ASSERT_TRUE(changed) << changed.error().message;
  GraphService other_schema(&*changed);
  r = Restore(other_schema, d.store(), bytes);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("entity schema"), std::string::npos) << r.error().message;

  // Damaged bytes, anywhere in a sample of places: refused, never a crash.
  for (size_t i = 0; i < bytes.size(); i += 1 + bytes.size() / 97) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x20);
    r = Restore(first, d.store(), damaged);
    ASSERT_FALSE(r) << i;
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << i;
  }
}

TEST(GraphServiceSnapshot, EncryptedAtRestAndReplacedAtomically) {
  DemoCopy d;
  GraphService s(d.schema());
  ASSERT_TRUE(s.Load(d.store()));
  const std::string dir = d.data() + "/graph";
  GraphSnapshotStore snapshots(dir, d.rt().files_key);
  auto none = snapshots.Load(s, d.store());
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::kNotFound);

  auto saved = snapshots.Save(s, d.store());
  ASSERT_TRUE(saved) << saved.error().message;
  const std::string first = snapshots.CurrentSha256();
  ASSERT_TRUE(IsSha256Hex(first));
  EXPECT_EQ(ReadFile(snapshots.current_path()), first + "\n");
  const std::string blob = ReadFile(snapshots.PathOf(first));
  EXPECT_GT(blob.size(), *saved);
  // The plaintext has the numbers; the file does not, in any spelling the graph uses.
  for (const char* secret : {"+998901234567", "998901234567", kAgencyAccount, "ARGRAPH1"})
    EXPECT_EQ(blob.find(secret), std::string::npos) << secret;
  EXPECT_EQ(Snapshot(s, d.store()).size(), *saved);

  GraphService restored(d.schema());
  ASSERT_TRUE(snapshots.Load(restored, d.store()));
  EXPECT_EQ(Live(restored).edges, Live(s).edges);

  // The same state again is the same snapshot (its file written anew); a new state replaces it
  // and the old one goes.
  ASSERT_TRUE(snapshots.Save(s, d.store()));
  EXPECT_EQ(snapshots.CurrentSha256(), first);
  d.AddPerson(RecruiterCase(s), "Next Snapshot", "+77015550133");
  ASSERT_TRUE(s.CatchUp(d.store()));
  ASSERT_TRUE(snapshots.Save(s, d.store()));
  const std::string second = snapshots.CurrentSha256();
  EXPECT_NE(second, first);
  EXPECT_FALSE(fs::exists(snapshots.PathOf(first)));
  EXPECT_TRUE(fs::exists(snapshots.PathOf(second)));
  EXPECT_FALSE(fs::exists(snapshots.current_path() + ".tmp"));
  size_t blobs = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) blobs += e.is_regular_file() && e.path().filename() != "current";
  EXPECT_EQ(blobs, 1u);

  // Another master key opens nothing.
  GraphSnapshotStore stranger(dir, std::string(32, 'k'));
  GraphService other(d.schema());
  auto wrong = stranger.Load(other, d.store());
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::kCorruption);
  EXPECT_NE(wrong.error().message.find("master key"), std::string::npos) << wrong.error().message;

  // A damaged byte in the middle of the blob, a blob cut short, a pointer to nothing.
  const std::string path = snapshots.PathOf(second), good = ReadFile(path);
  for (const std::string& bad : {good.substr(0, good.size() / 2), good.substr(0, good.size() - 1),
                                 good.substr(0, good.size() / 2) + static_cast<char>(good[good.size() / 2] ^ 1) +
                                     good.substr(good.size() / 2 + 1)}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bad;
    auto r = snapshots.Load(other, d.store());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << r.error().message;
  }
  std::ofstream(snapshots.current_path(), std::ios::trunc) << "not a hash\n";
  auto garbage = snapshots.Load(other, d.store());
  ASSERT_FALSE(garbage);
  EXPECT_EQ(garbage.error().code, ErrorCode::kCorruption);
  EXPECT_EQ(other.graph().node_count(), 0u);  // nothing half-loaded

  // The state of the damaged snapshot saved again: the damaged file does not stay in its place.
  std::ofstream(snapshots.current_path(), std::ios::trunc) << second << "\n";
  ASSERT_FALSE(snapshots.Load(other, d.store()));
  ASSERT_TRUE(snapshots.Save(s, d.store()));
  EXPECT_EQ(snapshots.CurrentSha256(), second);
  ASSERT_TRUE(snapshots.Load(other, d.store()));
  EXPECT_EQ(Live(other).edges, Live(s).edges);
}

}  // namespace
}  // namespace ariadne
