// The server's link-analysis graph and ledger (issue 8): built from the store at start and kept
// fresh from its change feed (graph_feed, written by triggers in the same transaction as every
// change), caught up before each query. Each request sees it through a View made here from the
// one access function: the cases the caller may list, minus the records whose identity the
// caller may not read (victims, informants, smuggled migrants), so a path through a hidden
// record is no path.
#pragma once

#include <memory>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "api/request_context.h"
#include "domain/entity_schema.h"
#include "engine/graph/graph.h"
#include "engine/graph/money_flow.h"
#include "store/store.h"

namespace ariadne {

class GraphService {
 public:
  explicit GraphService(const EntitySchema* schema) : schema_(schema) {}

  Status Load(Store& store);
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
