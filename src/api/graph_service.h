// The server's link-analysis graph and ledger (issue 8): built from the store at start and kept
// fresh from its change feed (graph_feed, written by triggers in the same transaction as every
// change), caught up before each query. Each request sees it through a View made here from the
// one access function: the cases the caller may list, minus the records whose identity the
// caller may not read (victims, informants, smuggled migrants), so a path through a hidden
// record is no path.
//
// A snapshot (graph_service_snapshot.cc) saves all of it with the feed position it is current to,
// so that a start reads one file and replays the feed from there instead of scanning the store;
// api/graph_snapshot_store.h keeps it encrypted at rest.
#pragma once

#include <memory>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "api/request_context.h"
#include "base/byte_stream.h"
#include "domain/entity_schema.h"
#include "engine/graph/graph.h"
#include "engine/graph/money_flow.h"
#include "store/store.h"

namespace ariadne {

class GraphService {
 public:
  // Bump whenever what Load and CatchUp make of the store changes (which records become nodes or
  // links, keys, labels, scopes, sensitivity, the ledger's amounts): a snapshot written by another
  // builder version is not used, since the graph it holds is not the one this build would load.
  static constexpr uint32_t kBuilderVersion = 1;

  explicit GraphService(const EntitySchema* schema) : schema_(schema) {}

  // Everything from the store, replacing what the service held.
  Status Load(Store& store);
  // Writes the graph, the ledger, the scope table and the involvement roles (graph/snapshot.h,
  // the service's tables in its meta) with the feed position they are current to and that feed
  // row's seq, kind and id, read from `store`. All of it under the lock, shared: queries go on,
  // CatchUp waits until the snapshot is written, so it is exactly the state at feed_seq().
  Status SaveSnapshot(Store& store, ByteSink& out) const;
  // Replaces what the service holds with a snapshot SaveSnapshot wrote, then catches up with the
  // feed from its position. Refused, the service left as it was: Corruption when the bytes cannot
  // be trusted (or the source's own error); Conflict when the snapshot does not fit this build
  // or this store — another builder version or entity schema, a store whose feed ends before the
  // snapshot's position or holds another row there (a store restored from a backup) — or when a
  // quarter of its links are dead (they pile up as records change; a load from the store drops
  // them). When CatchUp then fails its error is returned; Load starts afresh.
  Status LoadSnapshot(Store& store, ByteSource& in);
  // Applies what the change feed holds since the last call (one indexed read when nothing).
  Status CatchUp(Store& store);

  // The caller's view; `links` is the type filter.
  Result<graph::View> ViewFor(RequestContext& ctx, StoreReader& r, graph::LinkMask links);

  // Readers hold this while they use graph() or ledger().
  std::shared_lock<std::shared_mutex> ReadLock() const { return std::shared_lock(mu_); }
  const graph::Graph& graph() const { return graph_; }
  const graph::Ledger& ledger() const { return ledger_; }
  const std::string& CaseOfScope(uint32_t scope) const;
  int64_t feed_seq() const { return feed_seq_; }

 private:
  uint32_t ScopeOf(const std::string& case_id);
  void AddRecord(const GraphRecord& rec);                       // the node and its links
  void AddRecordLinks(const GraphRecord& rec);
  void AddInvolvement(const Involvement& i);
  void AddMatch(const MatchPair& p);
  void AddCall(const CallAggregate& c);
  void AddTxnAggregate(const TxnAggregate& t);
  void AddTxn(const StoredTxn& t);
  void KillLinksFrom(const std::string& source);  // every edge a record (or match) made
  uint32_t AddLink(graph::Edge e, const std::string& source);
  Status ApplyEntity(StoreReader& r, const std::string& id);
  std::vector<std::string> LinkProps() const;
  bool Sensitive(const std::vector<std::string>& roles) const;
  void SetSensitive(uint32_t node, bool on);
  std::string SchemaFingerprint() const;  // what of the entity schema the builder reads

  const EntitySchema* schema_;
  mutable std::shared_mutex mu_;
  graph::Graph graph_;
  graph::Ledger ledger_;
  std::vector<std::string> scope_case_;
  std::unordered_map<std::string, uint32_t> case_scope_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> edges_by_source_;
  std::unordered_map<std::string, std::vector<std::string>> roles_;  // entity id -> involvement roles
  std::set<uint32_t> sensitive_;  // the nodes ViewFor checks one by one
  int64_t feed_seq_ = 0;
};

}  // namespace ariadne
