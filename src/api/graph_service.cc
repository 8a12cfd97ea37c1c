#include "api/graph_service.h"

#include <algorithm>
#include <mutex>

#include "api/entity_view.h"
#include "engine/normalise/identifiers.h"

namespace ariadne {

using graph::Edge;
using graph::LinkKind;
using graph::NodeKind;

namespace {

std::string RecordKey(const std::string& id) { return "e:" + id; }

// Hundredths to currency units (the ledger and charts show amounts, not minor units).
double Units(int64_t minor) { return static_cast<double>(minor) / 100.0; }

constexpr size_t kCompactAfter = 50000;

}  // namespace

const std::string& GraphService::CaseOfScope(uint32_t scope) const {
  static const std::string none;
  return scope < scope_case_.size() ? scope_case_[scope] : none;
}

uint32_t GraphService::ScopeOf(const std::string& case_id) {
  auto it = case_scope_.find(case_id);
  if (it != case_scope_.end()) return it->second;
  const uint32_t s = static_cast<uint32_t>(scope_case_.size());
  scope_case_.push_back(case_id);
  case_scope_.emplace(case_id, s);
  graph_.UpsertNode("c:" + case_id, NodeKind::kCase, s, graph_.Intern("Case"));
  return s;
}

std::vector<std::string> GraphService::LinkProps() const {
  std::set<std::string> props;
  for (const auto& [name, def] : schema_->schemata())
    for (const auto& [pname, p] : def.properties)
      if (p.type == "entity" || p.type == "phone" || p.type == "iban" || pname == "accountNumber") props.insert(pname);
  return {props.begin(), props.end()};
}

bool GraphService::Sensitive(const std::vector<std::string>& roles) const {
  for (const auto& r : schema_->restrictions())
    for (const auto& role : roles)
      if (r.when_involved_as.count(role)) return true;
  return false;
}

uint32_t GraphService::AddLink(Edge e, const std::string& source) {
  e.source = graph_.Intern(source);
  const uint32_t id = graph_.AddEdge(e);
  edges_by_source_[e.source].push_back(id);
  return id;
}

void GraphService::KillLinksFrom(const std::string& source) {
  const uint32_t s = graph_.Intern(source);
  auto it = edges_by_source_.find(s);
  if (it == edges_by_source_.end()) return;
  for (uint32_t e : it->second) graph_.KillEdge(e);
  edges_by_source_.erase(it);
}

void GraphService::AddRecord(const GraphRecord& rec) {
  const SchemaDef* def = schema_->Find(rec.schema);
  // Relationships are links, not nodes: Associate, Family, Payment, Call, ...
  if (def && def->edge) return;
  const uint32_t scope = ScopeOf(rec.case_id);
  const uint32_t n = graph_.UpsertNode(RecordKey(rec.id), NodeKind::kRecord, scope, graph_.Intern(rec.schema));
  if (rec.deleted) graph_.KillNode(n);
}

void GraphService::AddRecordLinks(const GraphRecord& rec) {
  if (rec.deleted) return;
  const SchemaDef* def = schema_->Find(rec.schema);
  if (!def) return;
  const uint32_t scope = ScopeOf(rec.case_id);
  const std::string source = rec.id;
  auto record_node = [&](const std::string& id) -> uint32_t {
    const uint32_t n = graph_.Find(RecordKey(id));
    // A link to a record that is not there (deleted, or of another case) makes no edge.
    if (n == graph::kNoNode || graph_.node(n).dead || graph_.node(n).scope != scope) return graph::kNoNode;
    return n;
  };
  if (def->edge) {
    std::vector<uint32_t> from, to;
    for (const auto& [prop, value] : rec.values) {
      if (prop == def->edge->source) from.push_back(record_node(value));
      if (prop == def->edge->target) to.push_back(record_node(value));
    }
    LinkKind kind = rec.schema == "Payment" ? LinkKind::kPayment
                    : rec.schema == "Call"  ? LinkKind::kCall
                                            : LinkKind::kRelationship;
    for (uint32_t a : from)
      for (uint32_t b : to)
        if (a != graph::kNoNode && b != graph::kNoNode && a != b) {
          Edge e;
          e.a = a, e.b = b, e.scope = scope, e.kind = kind, e.directed = def->edge->directed;
          e.label = graph_.Intern(rec.schema);
          AddLink(e, source);
        }
    // A Payment's accounts and a Call's numbers join the identifier nodes, so a recorded payment
    // meets the imported statement and a recorded call meets the call records.
    std::string pa, ba, cn, rn;
    for (const auto& [prop, value] : rec.values) {
      if (prop == "callerNumber") cn = value;
      if (prop == "receiverNumber") rn = value;
    }
    if (!cn.empty() && !rn.empty() && cn != rn) {
      Edge e;
      e.a = graph_.UpsertNode("p:" + cn, NodeKind::kPhone, graph::kNoScope, 0);
      e.b = graph_.UpsertNode("p:" + rn, NodeKind::kPhone, graph::kNoScope, 0);
      e.scope = scope, e.kind = LinkKind::kCall, e.directed = true, e.label = graph_.Intern(rec.schema);
      AddLink(e, source);
    }
    return;
  }
  const uint32_t self = record_node(rec.id);
  if (self == graph::kNoNode) return;
  for (const auto& [prop, value] : rec.values) {
    const PropertyDef* p = def->Property(prop);
    if (!p || value.empty()) continue;
    Edge e;
    e.a = self, e.scope = scope, e.label = graph_.Intern(prop);
    if (p->type == "entity") {
      e.b = record_node(value);
      e.kind = rec.schema == "Trip" ? LinkKind::kTrip : LinkKind::kRelationship;
      e.directed = true;
    } else if (p->type == "phone") {
      e.b = graph_.UpsertNode("p:" + value, NodeKind::kPhone, graph::kNoScope, 0);
      e.kind = LinkKind::kIdentifier;
    } else if (p->type == "iban" || prop == "accountNumber") {
      const std::string key = AccountKey(value);
      if (key.empty()) continue;
      e.b = graph_.UpsertNode("a:" + key, NodeKind::kAccount, graph::kNoScope, 0);
      e.kind = LinkKind::kIdentifier;
    } else {
      continue;
    }
    if (e.b == graph::kNoNode || e.b == self) continue;
    AddLink(e, source);
  }
}

void GraphService::AddInvolvement(const Involvement& i) {
  const uint32_t n = graph_.Find(RecordKey(i.entity_id));
  if (n == graph::kNoNode || graph_.node(n).dead) return;
  const uint32_t scope = ScopeOf(i.case_id);
  Edge e;
  e.a = n, e.b = graph_.Find("c:" + i.case_id), e.scope = scope, e.kind = LinkKind::kInvolved, e.directed = true;
  e.label = graph_.Intern(i.role);
  AddLink(e, i.entity_id);
}

void GraphService::AddMatch(const MatchPair& p) {
  const uint32_t a = graph_.Find(RecordKey(p.a_entity)), b = graph_.Find(RecordKey(p.b_entity));
  if (a == graph::kNoNode || b == graph::kNoNode) return;
  Edge e;
  // No scope of its own: usable only when both ends are (both cases visible), as CheckMatch says.
  e.a = a, e.b = b, e.kind = LinkKind::kSameAs, e.label = graph_.Intern(p.schema);
  AddLink(e, "m:" + p.id);
}

void GraphService::AddCall(const CallAggregate& c) {
  Edge e;
  e.a = graph_.UpsertNode("p:" + c.caller, NodeKind::kPhone, graph::kNoScope, 0);
  e.b = graph_.UpsertNode("p:" + c.callee, NodeKind::kPhone, graph::kNoScope, 0);
  if (e.a == e.b) return;
  e.scope = ScopeOf(c.case_id), e.kind = LinkKind::kCall, e.directed = true;
  e.count = static_cast<uint32_t>(c.count), e.first_at = graph::EpochField(c.first), e.last_at = graph::EpochField(c.last);
  e.total = static_cast<double>(c.seconds), e.label = graph_.Intern("call_records");
  AddLink(e, "calls:" + c.case_id);
}

void GraphService::AddTxnAggregate(const TxnAggregate& t) {
  Edge e;
  e.a = graph_.UpsertNode("a:" + t.from_account, NodeKind::kAccount, graph::kNoScope, 0);
  e.b = graph_.UpsertNode("a:" + t.to_account, NodeKind::kAccount, graph::kNoScope, 0);
  if (e.a == e.b) return;
  e.scope = ScopeOf(t.case_id), e.kind = LinkKind::kPayment, e.directed = true;
  e.count = static_cast<uint32_t>(t.count), e.first_at = graph::EpochField(t.first), e.last_at = graph::EpochField(t.last);
  e.total = Units(t.amount_minor), e.label = graph_.Intern(t.currency);
  AddLink(e, "transactions:" + t.case_id);
}

void GraphService::AddTxn(const StoredTxn& t) {
  graph::Txn x;
  x.from = ledger_.Account(t.row.from_account);
  x.to = ledger_.Account(t.row.to_account);
  x.at = t.row.at;
  x.amount = Units(t.row.amount_minor);
  x.currency = ledger_.Currency(t.row.currency);
  x.scope = ScopeOf(t.case_id);
  x.id = static_cast<uint64_t>(t.id);
  ledger_.Add(x);
}

Status GraphService::Load(Store& store) {
  std::unique_lock lock(mu_);
  graph_ = graph::Graph();
  ledger_ = graph::Ledger();
  scope_case_.clear();
  case_scope_.clear();
  edges_by_source_.clear();
  roles_.clear();
  sensitive_.clear();
  feed_seq_ = 0;
  const std::vector<std::string> props = LinkProps();
  return store.Read([&](StoreReader& r) -> Status {
    auto head = r.GraphFeedHead();
    if (!head) return Fail(head.error());
    feed_seq_ = *head;
    auto cases = r.AllCaseIds();
    if (!cases) return Fail(cases.error());
    for (const auto& c : *cases) ScopeOf(c);
    // Nodes first, then links, so a link may name a record the scan reaches later.
    std::vector<GraphRecord> records;
    ARIADNE_RETURN_IF_ERROR(r.ScanGraphRecords(props, [&](const GraphRecord& g) {
      AddRecord(g);
      records.push_back(g);
    }));
    for (const auto& g : records) AddRecordLinks(g);
    ARIADNE_RETURN_IF_ERROR(r.ScanInvolvements([&](const Involvement& i) {
      roles_[i.entity_id].push_back(i.role);
      AddInvolvement(i);
    }));
    for (const auto& g : records) {
      auto it = roles_.find(g.id);
      if (it != roles_.end() && Sensitive(it->second)) {
        const uint32_t n = graph_.Find(RecordKey(g.id));
        if (n != graph::kNoNode) SetSensitive(n, true);
      }
    }
    // An identity document is as sensitive as its holder.
    for (const auto& g : records) {
      const SchemaDef* def = schema_->Find(g.schema);
      if (!def || def->inherits_involvement_from.empty()) continue;
      for (const auto& [prop, value] : g.values) {
        if (prop != def->inherits_involvement_from) continue;
        const uint32_t h = graph_.Find(RecordKey(value)), n = graph_.Find(RecordKey(g.id));
        if (h != graph::kNoNode && n != graph::kNoNode && graph_.node(h).sensitive) SetSensitive(n, true);
      }
    }
    ARIADNE_RETURN_IF_ERROR(r.ScanConfirmedMatches([&](const MatchPair& p) { AddMatch(p); }));
    ARIADNE_RETURN_IF_ERROR(r.ScanCallAggregates("", [&](const CallAggregate& c) { AddCall(c); }));
    ARIADNE_RETURN_IF_ERROR(r.ScanTxnAggregates("", [&](const TxnAggregate& t) { AddTxnAggregate(t); }));
    ARIADNE_RETURN_IF_ERROR(r.ScanTransactions("", [&](const StoredTxn& t) { AddTxn(t); }));
    ledger_.Build();
    graph_.Compact();
    return Ok();
  });
}

Status GraphService::ApplyEntity(StoreReader& r, const std::string& id) {
  const std::vector<std::string> props = LinkProps();
  auto rec = r.GetGraphRecord(id, props);
  if (!rec) return Fail(rec.error());
  KillLinksFrom(id);
  if (!*rec) return Ok();
  AddRecord(**rec);
  const uint32_t n = graph_.Find(RecordKey(id));
  AddRecordLinks(**rec);
  auto inv = r.InvolvementsOfEntity(id);
  if (!inv) return Fail(inv.error());
  std::vector<std::string> roles;
  for (const auto& i : *inv) {
    roles.push_back(i.role);
    AddInvolvement(i);
  }
  roles_[id] = roles;
  if (n == graph::kNoNode) return Ok();
  bool sensitive = Sensitive(roles);
  // An identity document takes its holder's sensitivity; a holder passes theirs on to the
  // documents that name them.
  const SchemaDef* def = schema_->Find((*rec)->schema);
  if (def && !def->inherits_involvement_from.empty())
    for (const auto& [prop, value] : (*rec)->values)
      if (prop == def->inherits_involvement_from) {
        const uint32_t h = graph_.Find(RecordKey(value));
        if (h != graph::kNoNode && graph_.node(h).sensitive) sensitive = true;
      }
  SetSensitive(n, sensitive);
  graph_.ForEachAdj(n, [&](const graph::Adj& a) {
    const graph::Node& other = graph_.node(a.node);
    if (other.kind != graph::NodeKind::kRecord) return;
    const SchemaDef* od = schema_->Find(graph_.Str(other.label));
    if (od && !od->inherits_involvement_from.empty() && graph_.Str(graph_.edge(a.edge).label) == od->inherits_involvement_from &&
        graph_.edge(a.edge).a == a.node)
      SetSensitive(a.node, sensitive || Sensitive(roles_[other.key.substr(2)]));
  });
  return Ok();
}

void GraphService::SetSensitive(uint32_t n, bool on) {
  graph_.SetSensitive(n, on);
  if (on) sensitive_.insert(n);
  else sensitive_.erase(n);
}

Status GraphService::CatchUp(Store& store) {
  {
    // Cheap check first under the shared lock's cousin: the head only.
    int64_t head = 0;
    ARIADNE_RETURN_IF_ERROR(store.Read([&](StoreReader& r) -> Status {
      auto h = r.GraphFeedHead();
      if (!h) return Fail(h.error());
      head = *h;
      return Ok();
    }));
    std::shared_lock lock(mu_);
    if (head <= feed_seq_) return Ok();
  }
  std::unique_lock lock(mu_);
  return store.Read([&](StoreReader& r) -> Status {
    while (true) {
      auto batch = r.GraphFeedSince(feed_seq_, 1000);
      if (!batch) return Fail(batch.error());
      if (batch->empty()) break;
      bool ledger_changed = false;
      for (const auto& f : *batch) {
        if (f.kind == "entity") {
          ARIADNE_RETURN_IF_ERROR(ApplyEntity(r, f.id));
        } else if (f.kind == "case") {
          ScopeOf(f.id);
        } else if (f.kind == "match") {
          KillLinksFrom("m:" + f.id);
          auto p = r.GetMatchPair(f.id);
          if (p && p->status == "confirmed") AddMatch(*p);
        } else if (f.kind == "import") {
          ARIADNE_RETURN_IF_ERROR(r.ScanCallAggregates(f.id, [&](const CallAggregate& c) { AddCall(c); }));
          ARIADNE_RETURN_IF_ERROR(r.ScanTxnAggregates(f.id, [&](const TxnAggregate& t) { AddTxnAggregate(t); }));
          ARIADNE_RETURN_IF_ERROR(r.ScanTransactions(f.id, [&](const StoredTxn& t) {
            AddTxn(t);
            ledger_changed = true;
          }));
        }
        feed_seq_ = f.seq;
      }
      if (ledger_changed) ledger_.Build();
    }
    if (graph_.overlay_size() > kCompactAfter) graph_.Compact();
    return Ok();
  });
}

Result<graph::View> GraphService::ViewFor(RequestContext& ctx, StoreReader& r, graph::LinkMask links) {
  graph::View v;
  v.links = links;
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());
  auto ids = r.CaseIdsInScope(*scope);
  if (!ids) return Fail(ids.error());
  v.scope_ok.assign(scope_case_.size(), 0);
  for (const auto& id : *ids) {
    auto it = case_scope_.find(id);
    if (it != case_scope_.end()) v.scope_ok[it->second] = 1;
  }
  // Records whose identity the caller may not read stay out of the graph for them.
  std::map<std::string, std::optional<EntityView>> views;
  for (uint32_t n : sensitive_) {
    const graph::Node& node = graph_.node(n);
    if (!node.sensitive || node.dead || !v.ScopeOk(node.scope)) continue;
    const std::string& case_id = CaseOfScope(node.scope);
    auto& view = views[case_id];
    if (!view) {
      auto facts = r.GetCaseAccess(case_id, ctx.caller().user_id);
      if (!facts) return Fail(facts.error());
      auto ev = EntityView::ForCase(ctx, r, *facts);
      if (!ev) return Fail(ev.error());
      view.emplace(std::move(*ev));
    }
    auto e = r.GetEntity(node.key.substr(2));
    bool hidden = !e;
    if (e) {
      std::vector<std::string> identity = {"name", "phone", "passportNumber", "idNumber", "number", e->caption_prop};
      for (const auto& p : identity)
        if (!p.empty() && !view->MayRead(*e, p)) hidden = true;
    }
    if (hidden) v.hidden_nodes.push_back(n);
  }
  std::sort(v.hidden_nodes.begin(), v.hidden_nodes.end());
  return v;
}

}  // namespace ariadne
