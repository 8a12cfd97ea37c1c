// GraphService's snapshot: the graph and ledger in graph/snapshot.h's format, the service's own
// tables in its meta. Only what cannot be derived is stored: case_scope_ is scope_case_
// inverted, edges_by_source_ groups the live edges by their `source`, sensitive_ is the nodes
// flagged sensitive — so the stored state cannot disagree with itself.
//
// Meta layout (little-endian): "ARGSVC01", builder version (u32), the schema fingerprint, the
// feed position (i64) and that feed row's kind and id, the scope table (u32 count, case ids), the
// involvement roles (u32 count; entity id, u32 count, roles). Strings are a u32 length and bytes.
#include <cstring>
#include <mutex>

#include "api/graph_service.h"
#include "engine/graph/snapshot.h"

namespace ariadne {
namespace {

constexpr char kMetaMagic[8] = {'A', 'R', 'G', 'S', 'V', 'C', '0', '1'};

// Refused when more than this share of the links are dead: each change of a record kills its
// links and adds new ones, and a snapshot keeps the dead ones (edge ids are stable), so without a
// limit a server restarted from its own snapshots would carry every link it ever had.
constexpr size_t kMaxDeadQuarter = 4;
constexpr size_t kDeadAllowed = 10000;  // below this many, never worth a full load

struct Meta {
  uint32_t builder = 0;
  std::string schema;
  GraphFeedEntry at;  // the feed row at the position; seq 0 when the feed was empty
  std::vector<std::string> scopes;
  std::unordered_map<std::string, std::vector<std::string>> roles;
};

void PutU32(std::string& m, uint32_t v) { m.append(reinterpret_cast<const char*>(&v), 4); }
void PutI64(std::string& m, int64_t v) { m.append(reinterpret_cast<const char*>(&v), 8); }
void PutStr(std::string& m, const std::string& s) {
  PutU32(m, static_cast<uint32_t>(s.size()));
  m += s;
}

class MetaReader {
 public:
  explicit MetaReader(const std::string& m) : m_(m) {}
  bool Get(void* p, size_t n) {
    if (n > left()) return ok_ = false;
    std::memcpy(p, m_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  uint32_t U32() {
    uint32_t v = 0;
    Get(&v, 4);
    return v;
  }
  int64_t I64() {
    int64_t v = 0;
    Get(&v, 8);
    return v;
  }
  std::string Str() {
    const uint32_t n = U32();
    if (!ok_ || n > left()) {
      ok_ = false;
      return {};
    }
    std::string s = m_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // A count of items of at least 4 bytes each: more than could fit is damage, not a reserve().
  uint32_t Count() {
    const uint32_t n = U32();
    if (n > left() / 4) ok_ = false;
    return ok_ ? n : 0;
  }
  size_t left() const { return m_.size() - pos_; }
  bool ok() const { return ok_; }

 private:
  const std::string& m_;
  size_t pos_ = 0;
  bool ok_ = true;
};

Result<Meta> DecodeMeta(const std::string& m) {
  MetaReader r(m);
  char magic[8];
  if (!r.Get(magic, 8) || std::memcmp(magic, kMetaMagic, 8) != 0)
    return Fail(Error::Corruption("graph snapshot: not written by the graph service"));
  Meta out;
  out.builder = r.U32();
  out.schema = r.Str();
  out.at.seq = r.I64();
  out.at.kind = r.Str();
  out.at.id = r.Str();
  const uint32_t scopes = r.Count();
  out.scopes.reserve(scopes);
  for (uint32_t i = 0; i < scopes && r.ok(); ++i) out.scopes.push_back(r.Str());
  const uint32_t entities = r.Count();
  out.roles.reserve(entities);
  for (uint32_t i = 0; i < entities && r.ok(); ++i) {
    std::string id = r.Str();
    std::vector<std::string> roles(r.Count());
    for (auto& role : roles) role = r.Str();
    out.roles[std::move(id)] = std::move(roles);
  }
  if (!r.ok() || r.left() != 0) return Fail(Error::Corruption("graph snapshot: its service tables are damaged"));
  return out;
}

// The feed row at `seq` as the store has it now; seq 0 (an empty feed) has none.
Result<GraphFeedEntry> FeedRowAt(StoreReader& r, int64_t seq) {
  if (seq == 0) return GraphFeedEntry{};
  auto rows = r.GraphFeedSince(seq - 1, 1);
  if (!rows) return Fail(rows.error());
  if (rows->empty() || rows->front().seq != seq) return GraphFeedEntry{seq, "", ""};  // gone: matches no row
  return rows->front();
}

}  // namespace

std::string GraphService::SchemaFingerprint() const {
  // What Load, AddRecordLinks and ApplyEntity read of the schema: which schemata are links and
  // their ends, the properties that make links, identity documents' holders, and the roles that
  // make a record sensitive. Another entities.json with the same of these builds the same graph.
  std::string f;
  for (const auto& [name, def] : schema_->schemata()) {
    f += name + (def.edge ? "|edge:" + def.edge->source + ">" + def.edge->target + (def.edge->directed ? ">" : "-") : "");
    f += "|inherits:" + def.inherits_involvement_from;
    for (const auto& [pname, p] : def.properties)
      if (p.type == "entity" || p.type == "phone" || p.type == "iban" || pname == "accountNumber") f += "|" + pname + ":" + p.type;
    f += "\n";
  }
  for (const auto& r : schema_->restrictions()) {
    f += "sensitive:";
    for (const auto& role : r.when_involved_as) f += role + ",";
    f += "\n";
  }
  return f;
}

Status GraphService::SaveSnapshot(Store& store, ByteSink& out) const {
  std::shared_lock lock(mu_);
  GraphFeedEntry at;
  ARIADNE_RETURN_IF_ERROR(store.Read([&](StoreReader& r) -> Status {
    auto row = FeedRowAt(r, feed_seq_);
    if (!row) return Fail(row.error());
    if (feed_seq_ != 0 && row->kind.empty())
      return Fail(Error::Internal("the change feed has no row " + std::to_string(feed_seq_)));
    at = std::move(*row);
    return Ok();
  }));
  std::string meta(kMetaMagic, 8);
  PutU32(meta, kBuilderVersion);
  PutStr(meta, SchemaFingerprint());
  PutI64(meta, at.seq);
  PutStr(meta, at.kind);
  PutStr(meta, at.id);
  PutU32(meta, static_cast<uint32_t>(scope_case_.size()));
  for (const auto& c : scope_case_) PutStr(meta, c);
  PutU32(meta, static_cast<uint32_t>(roles_.size()));
  for (const auto& [id, roles] : roles_) {
    PutStr(meta, id);
    PutU32(meta, static_cast<uint32_t>(roles.size()));
    for (const auto& role : roles) PutStr(meta, role);
  }
  return graph::SaveSnapshot(graph_, out, meta, &ledger_);
}

Status GraphService::LoadSnapshot(Store& store, ByteSource& in) {
  std::string raw;
  graph::Ledger ledger;
  auto g = graph::LoadSnapshot(in, &raw, &ledger);
  if (!g) return Fail(g.error());
  auto meta = DecodeMeta(raw);
  if (!meta) return Fail(meta.error());
  raw.clear();
  auto stale = [](const std::string& why) { return Fail(Error::Conflict("graph_snapshot_stale", why)); };
  if (meta->builder != kBuilderVersion)
    return stale("written by graph builder version " + std::to_string(meta->builder) + ", this is version " +
                 std::to_string(kBuilderVersion));
  if (meta->schema != SchemaFingerprint()) return stale("the entity schema changed since it was written");

  // The store must be the one the snapshot was taken from, at or past its position.
  ARIADNE_RETURN_IF_ERROR(store.Read([&](StoreReader& r) -> Status {
    auto head = r.GraphFeedHead();
    if (!head) return Fail(head.error());
    if (*head < meta->at.seq)
      return stale("the store's change feed ends at " + std::to_string(*head) + ", before the snapshot's position " +
                   std::to_string(meta->at.seq) + " (a store restored from a backup?)");
    auto row = FeedRowAt(r, meta->at.seq);
    if (!row) return Fail(row.error());
    if (row->kind != meta->at.kind || row->id != meta->at.id)
      return stale("the store's change feed holds another change at " + std::to_string(meta->at.seq) +
                   " (a store restored from a backup?)");
    return Ok();
  }));

  // Derive the rest, checking that every scope the graph and the ledger use is in the table.
  auto damaged = [](const std::string& why) { return Fail(Error::Corruption("graph snapshot: " + why)); };
  const uint32_t scopes = static_cast<uint32_t>(meta->scopes.size());
  std::unordered_map<std::string, uint32_t> case_scope;
  for (uint32_t s = 0; s < scopes; ++s) {
    if (!case_scope.emplace(meta->scopes[s], s).second) return damaged("a case has two scopes");
    const uint32_t n = g->Find("c:" + meta->scopes[s]);
    if (n == graph::kNoNode || g->node(n).kind != graph::NodeKind::kCase || g->node(n).scope != s)
      return damaged("scope " + std::to_string(s) + " has no case node");
  }
  std::set<uint32_t> sensitive;
  for (uint32_t n = 0; n < g->node_count(); ++n) {
    const graph::Node& node = g->node(n);
    if (node.scope != graph::kNoScope && node.scope >= scopes) return damaged("node " + node.key + " has no scope");
    if (node.sensitive) sensitive.insert(n);
  }
  std::unordered_map<uint32_t, std::vector<uint32_t>> edges_by_source;
  size_t dead = 0;
  for (uint32_t e = 0; e < g->edge_count(); ++e) {
    const graph::Edge& edge = g->edge(e);
    if (edge.scope != graph::kNoScope && edge.scope >= scopes) return damaged("link " + std::to_string(e) + " has no scope");
    // A dead link is in no list: KillLinksFrom erased it, or its record's node was killed, and
    // killing it again would change nothing.
    if (edge.dead) ++dead;
    else edges_by_source[edge.source].push_back(e);
  }
  for (uint32_t t = 0; t < ledger.size(); ++t)
    if (ledger.txn(t).scope >= scopes) return damaged("payment " + std::to_string(t) + " has no scope");
  if (dead > kDeadAllowed && dead * kMaxDeadQuarter > g->edge_count())
    return stale(std::to_string(dead) + " of its " + std::to_string(g->edge_count()) +
                 " links are dead (a load from the store drops them)");

  {
    std::unique_lock lock(mu_);
    graph_ = std::move(*g);
    ledger_ = std::move(ledger);
    scope_case_ = std::move(meta->scopes);
    case_scope_ = std::move(case_scope);
    edges_by_source_ = std::move(edges_by_source);
    roles_ = std::move(meta->roles);
    sensitive_ = std::move(sensitive);
    feed_seq_ = meta->at.seq;
  }
  return CatchUp(store);
}

}  // namespace ariadne
