// Across the cases the caller may see: the timeline of a person (and every record confirmed to
// be the same person), a phone or an account — events, trips and payments from the case files,
// calls from the call records, transactions from the statements — and the countries of origin,
// transit and destination of the visible cases for the route map.
#include <algorithm>
#include <map>

#include "api/app.h"
#include "api/entity_view.h"
#include "api/graph_service.h"

namespace ariadne {

namespace {

using nlohmann::json;

constexpr size_t kMaxItems = 2000;

std::string Iso(int64_t epoch_s) {
  char buf[32];
  time_t t = static_cast<time_t>(epoch_s);
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string FirstValue(const Entity& e, std::initializer_list<const char*> props) {
  for (const char* p : props)
    for (const auto& v : e.values)
      if (v.prop == p) return v.value;
  return {};
}

Result<HttpResponse> NodeTimeline(RequestContext& ctx) {
  const std::string key = ctx.req.Query("node");
  if (key.size() < 3 || key[1] != ':') return Fail(Error::BadRequest("invalid_parameter", "node must be a node id", "node"));
  if (key.rfind("e:", 0) == 0) ctx.audit.records.push_back("entity:" + key.substr(2));
  GraphService* gs = ctx.app.graph;
  if (!gs) return Fail(Error::Unavailable("link analysis is not loaded"));
  ARIADNE_RETURN_IF_ERROR(gs->CatchUp(*ctx.app.store));
  std::vector<json> items;
  json records = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto lock = gs->ReadLock();
    auto view = gs->ViewFor(ctx, r, graph::kAllLinks);
    if (!view) return Fail(view.error());
    const graph::Graph& g = gs->graph();
    const uint32_t n = g.Find(key);
    if (n == graph::kNoNode || !g.NodeVisible(*view, n)) return Fail(Error::NotFound("node"));
    const graph::Node& node = g.node(n);
    std::map<std::string, std::optional<EntityView>> views;
    auto view_of = [&](const std::string& case_id) -> Result<EntityView*> {
      auto& v = views[case_id];
      if (!v) {
        auto facts = r.GetCaseAccess(case_id, ctx.caller().user_id);
        if (!facts) return Fail(facts.error());
        auto ev = EntityView::ForCase(ctx, r, *facts);
        if (!ev) return Fail(ev.error());
        v.emplace(std::move(*ev));
      }
      return &*v;
    };
    // The records whose case-file events belong here: the record and its confirmed twins, or
    // the records that hold the phone or account.
    std::vector<uint32_t> subjects;
    if (node.kind == graph::NodeKind::kRecord) {
      std::vector<uint32_t> stack = {n};
      std::set<uint32_t> seen = {n};
      while (!stack.empty()) {
        const uint32_t x = stack.back();
        stack.pop_back();
        subjects.push_back(x);
        g.ForEachVisibleAdj(*view, x, [&](const graph::Adj& a) {
          if (g.edge(a.edge).kind == graph::LinkKind::kSameAs && seen.insert(a.node).second) stack.push_back(a.node);
        });
      }
    } else if (node.kind == graph::NodeKind::kPhone || node.kind == graph::NodeKind::kAccount) {
      g.ForEachVisibleAdj(*view, n, [&](const graph::Adj& a) {
        if (g.edge(a.edge).kind == graph::LinkKind::kIdentifier) subjects.push_back(a.node);
      });
      if (g.VisibleDegree(*view, n) == 0) return Fail(Error::NotFound("node"));
    } else {
      return Fail(Error::BadRequest("invalid_parameter", "a timeline is of a record, a phone or an account", "node"));
    }
    for (uint32_t s : subjects) {
      const std::string id = g.node(s).key.substr(2);
      const std::string& case_id = gs->CaseOfScope(g.node(s).scope);
      auto ev = view_of(case_id);
      if (!ev) return Fail(ev.error());
      records.push_back({{"id", g.node(s).key}, {"case_id", case_id}});
      ctx.audit.records.push_back("case:" + case_id);
      EntityListQuery q;
      q.case_id = case_id;
      q.schemata = {"Event", "Trip", "Payment"};
      q.references = id;
      q.limit = static_cast<int>(kMaxItems);
      auto page = r.ListEntities(q);
      if (!page) return Fail(page.error());
      for (const auto& e : page->items) {
        std::string start = FirstValue(e, {"startDate", "date"});
        if (!(*ev)->MayRead(e, "startDate") || !(*ev)->MayRead(e, "date")) start.clear();
        const std::string type = e.schema == "Trip" ? "transport" : e.schema == "Payment" ? "payment" : FirstValue(e, {"eventType"});
        items.push_back({{"source", "case_file"}, {"type", type.empty() ? "other" : type}, {"start", start},
                         {"end", FirstValue(e, {"endDate"})}, {"caption", e.caption}, {"record_id", e.id},
                         {"case_id", case_id}, {"subject", g.node(s).key}});
        ctx.audit.records.push_back("entity:" + e.id);
      }
    }
    if (node.kind == graph::NodeKind::kPhone) {
      std::vector<std::string> cases;
      for (uint32_t s = 0; s < view->scope_ok.size(); ++s)
        if (view->scope_ok[s]) cases.push_back(gs->CaseOfScope(s));
      CallQuery q;
      q.case_ids = cases;
      q.numbers = {key.substr(2)};
      q.limit = static_cast<int>(kMaxItems);
      auto calls = r.ListCalls(q);
      if (!calls) return Fail(calls.error());
      for (const auto& c : *calls) {
        const bool out = c.row.caller == key.substr(2);
        items.push_back({{"source", "call_records"}, {"type", out ? "call_out" : "call_in"}, {"start", Iso(c.row.start)},
                         {"end", Iso(c.row.start + c.row.duration)}, {"caption", out ? c.row.callee : c.row.caller},
                         {"case_id", c.case_id}, {"location", c.row.location}, {"cell", c.row.cell}});
      }
    }
    if (node.kind == graph::NodeKind::kAccount) {
      const graph::Ledger& l = gs->ledger();
      const uint32_t a = l.FindAccount(key.substr(2));
      if (a != 0xFFFFFFFFu)
        for (const auto* list : {&l.Out(a), &l.In(a)})
          for (uint32_t t : *list) {
            const graph::Txn& x = l.txn(t);
            if (!view->ScopeOk(x.scope)) continue;
            const bool out = x.from == a;
            items.push_back({{"source", "statements"}, {"type", out ? "payment_out" : "payment_in"}, {"start", Iso(x.at)},
                             {"end", ""}, {"caption", l.AccountKey(out ? x.to : x.from)}, {"amount", x.amount},
                             {"currency", l.CurrencyCode(x.currency)}, {"case_id", gs->CaseOfScope(x.scope)}});
          }
    }
    return Ok();
  }));
  // Undated last; ISO strings and partial dates sort as text.
  std::stable_sort(items.begin(), items.end(), [](const json& a, const json& b) {
    const std::string sa = a["start"].get<std::string>(), sb = b["start"].get<std::string>();
    if (sa.empty() != sb.empty()) return sb.empty();
    return sa < sb;
  });
  const bool truncated = items.size() > kMaxItems;
  if (truncated) items.resize(kMaxItems);
  std::set<std::string> cases;
  for (const auto& it : items) cases.insert(it["case_id"].get<std::string>());
  for (const auto& c : cases) ctx.audit.records.push_back("case:" + c);
  ctx.audit.detail = {{"node", key}, {"returned", items.size()}};
  return JsonResponse(200, {{"node", key}, {"records", records}, {"items", items}, {"truncated", truncated}});
}

Result<HttpResponse> Routes(RequestContext& ctx) {
  json countries = json::object();
  size_t n = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto scope = ctx.app.authz->CaseListScope(ctx.caller());
    if (!scope) return Fail(scope.error());
    auto ids = r.CaseIdsInScope(*scope);
    if (!ids) return Fail(ids.error());
    const std::string only = ctx.req.Query("case_id");
    for (const auto& id : *ids) {
      if (!only.empty() && id != only) continue;
      auto c = r.GetCase(id);
      if (!c) continue;
      ++n;
      auto add = [&](const std::vector<std::string>& list, const char* role) {
        for (const auto& code : list) {
          json& e = countries[code];
          if (e.is_null()) e = {{"code", code}, {"origin", 0}, {"transit", 0}, {"destination", 0}};
          e[role] = e[role].get<int>() + 1;
        }
      };
      add(c->countries_of_origin, "origin");
      add(c->countries_of_transit, "transit");
      add(c->countries_of_destination, "destination");
      ctx.audit.records.push_back("case:" + id);
    }
    if (!only.empty() && n == 0) return Fail(Error::NotFound("case"));
    return Ok();
  }));
  json list = json::array();
  for (auto& [code, e] : countries.items()) list.push_back(e);
  ctx.audit.detail = {{"cases", n}};
  return JsonResponse(200, {{"cases", n}, {"countries", list}});
}

}  // namespace

void AddGraphTimelineRoutes(Router& r) {
  r.Add({"GET", "/api/v1/graph/timeline", perm::kGraphRead, "graph.timeline",
         "The timeline of a record (with its confirmed matches), a phone or an account across the cases one may see "
         "(?node=)",
         NodeTimeline, nullptr, "graph"});
  r.Add({"GET", "/api/v1/graph/routes", perm::kGraphRead, "graph.routes",
         "Countries of origin, transit and destination of the cases one may see (?case_id= for one)", Routes, nullptr,
         "graph"});
}

}  // namespace ariadne
