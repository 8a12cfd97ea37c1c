// Link analysis over the graph (api/graph_service.h): a neighbourhood with hub nodes collapsed,
// shortest paths between two nodes, and measures of a set of nodes (centrality, communities,
// components, cores). Every answer names, for each link, the case and the record or import it
// comes from; every case and record returned is on the audit row.
#include <set>

#include "api/app.h"
#include "api/case_access.h"
#include "api/graph_service.h"
#include "engine/graph/measures.h"
#include "engine/graph/queries.h"

namespace ariadne {

namespace {

using nlohmann::json;
using graph::Graph;

Result<graph::LinkMask> LinksParam(const HttpRequest& req) {
  const std::string s = req.Query("links");
  if (s.empty()) return graph::kAllLinks;
  graph::LinkMask m = 0;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    graph::LinkKind k;
    if (!graph::ParseLinkKind(s.substr(i, j - i), &k))
      return Fail(Error::BadRequest("invalid_links", "unknown link type " + s.substr(i, j - i), "links"));
    m |= graph::MaskOf(k);
    i = j + 1;
  }
  return m;
}

Result<int> IntParam(const HttpRequest& req, const char* name, int fallback, int lo, int hi) {
  const std::string s = req.Query(name);
  if (s.empty()) return fallback;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (*end != '\0' || v < lo || v > hi)
    return Fail(Error::BadRequest("invalid_parameter", std::string(name) + " must be a number from " +
                                                           std::to_string(lo) + " to " + std::to_string(hi), name));
  return static_cast<int>(v);
}

std::vector<std::string> SplitKeys(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// A node the caller may see, by key ("e:<id>", "p:+7...", "a:KZ..", "c:<id>"); a bare phone
// number or entity id is read as one too. Hidden and unknown look the same.
uint32_t Resolve(const Graph& g, const graph::View& v, const std::string& key) {
  uint32_t n = g.Find(key);
  if (n == graph::kNoNode && key.size() > 2 && key[1] != ':') {
    n = g.Find("e:" + key);
    if (n == graph::kNoNode) n = g.Find("p:" + key);
    if (n == graph::kNoNode) n = g.Find("a:" + key);
  }
  if (n == graph::kNoNode || !g.NodeVisible(v, n)) return graph::kNoNode;
  // An identifier node is there for the caller only through a link they may see.
  if (g.node(n).kind == graph::NodeKind::kPhone || g.node(n).kind == graph::NodeKind::kAccount)
    if (g.VisibleDegree(v, n) == 0) return graph::kNoNode;
  return n;
}

// A record asked for is named on the audit row whether or not the caller may see it, so a
// refused look at a case or record through the graph is on that record's trail too.
void NoteAsked(RequestContext& ctx, const std::string& key) {
  if (key.rfind("c:", 0) == 0) ctx.audit.records.push_back("case:" + key.substr(2));
  else if (key.rfind("e:", 0) == 0) ctx.audit.records.push_back("entity:" + key.substr(2));
}

// Renders nodes and edges, naming the records and cases on the audit row.
class Renderer {
 public:
  Renderer(RequestContext& ctx, StoreReader& r, const GraphService& gs) : ctx_(ctx), r_(r), gs_(gs) {}

  json Node(uint32_t n) {
    const Graph& g = gs_.graph();
    const graph::Node& node = g.node(n);
    json j = {{"id", node.key}, {"kind", graph::NodeKindName(node.kind)}, {"degree", g.RawDegree(n)}};
    const std::string& case_id = gs_.CaseOfScope(node.scope);
    if (node.kind == graph::NodeKind::kRecord) {
      const std::string id = node.key.substr(2);
      auto e = r_.GetEntity(id);
      j["schema"] = g.Str(node.label);
      j["case_id"] = case_id;
      j["caption"] = e ? e->caption : std::string();
      j["caption_latin"] = e ? e->caption_latin : std::string();
      ctx_.audit.records.push_back("entity:" + id);
      Case(case_id);
    } else if (node.kind == graph::NodeKind::kCase) {
      j["case_id"] = case_id;
      auto c = r_.GetCase(case_id);
      j["caption"] = c ? c->reference : std::string();
      Case(case_id);
    } else {
      j["caption"] = node.key.substr(2);
    }
    return j;
  }

  json Edge(uint32_t e) {
    const Graph& g = gs_.graph();
    const graph::Edge& ed = g.edge(e);
    json j = {{"id", e},
              {"from", g.node(ed.a).key},
              {"to", g.node(ed.b).key},
              {"kind", graph::LinkKindName(ed.kind)},
              {"label", g.Str(ed.label)},
              {"directed", ed.directed},
              {"count", ed.count},
              {"source", g.Str(ed.source)}};
    if (ed.first_at) j["first_at"] = ed.first_at, j["last_at"] = ed.last_at;
    if (ed.total != 0) j["total"] = ed.total;
    if (ed.scope != graph::kNoScope) {
      j["case_id"] = gs_.CaseOfScope(ed.scope);
      Case(gs_.CaseOfScope(ed.scope));
    }
    return j;
  }

  void Case(const std::string& id) {
    if (!id.empty() && cases_.insert(id).second) ctx_.audit.records.push_back("case:" + id);
  }

 private:
  RequestContext& ctx_;
  StoreReader& r_;
  const GraphService& gs_;
  std::set<std::string> cases_;
};

template <typename F>
Result<HttpResponse> WithGraph(RequestContext& ctx, F&& f) {
  GraphService* gs = ctx.app.graph;
  if (!gs) return Fail(Error::Unavailable("link analysis is not loaded"));
  ARIADNE_RETURN_IF_ERROR(gs->CatchUp(*ctx.app.store));
  auto links = LinksParam(ctx.req);
  if (!links) return Fail(links.error());
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto lock = gs->ReadLock();
    auto view = gs->ViewFor(ctx, r, *links);
    if (!view) return Fail(view.error());
    Renderer render(ctx, r, *gs);
    auto body = f(*gs, *view, render, r);
    if (!body) return Fail(body.error());
    out = std::move(*body);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> Neighbourhood(RequestContext& ctx) {
  auto depth = IntParam(ctx.req, "depth", 1, 1, 3);
  if (!depth) return Fail(depth.error());
  auto hub = IntParam(ctx.req, "hub_cap", 50, 1, 100000);
  if (!hub) return Fail(hub.error());
  auto max = IntParam(ctx.req, "max_nodes", 2000, 1, 5000);
  if (!max) return Fail(max.error());
  const auto keys = SplitKeys(ctx.req.Query("nodes"));
  if (keys.empty() || keys.size() > 100)
    return Fail(Error::BadRequest("invalid_parameter", "nodes: one to a hundred node ids, comma-separated", "nodes"));
  for (const auto& k : keys) NoteAsked(ctx, k);
  return WithGraph(ctx, [&](const GraphService& gs, const graph::View& v, Renderer& render, StoreReader&) -> Result<json> {
    const Graph& g = gs.graph();
    graph::NeighbourhoodQuery q;
    for (const auto& k : keys)
      if (uint32_t n = Resolve(g, v, k); n != graph::kNoNode) q.seeds.push_back(n);
    for (const auto& k : SplitKeys(ctx.req.Query("expand")))
      if (uint32_t n = Resolve(g, v, k); n != graph::kNoNode) q.expand.push_back(n);
    if (q.seeds.empty()) return Fail(Error::NotFound("node"));
    q.depth = *depth;
    q.hub_cap = static_cast<uint32_t>(*hub);
    q.max_nodes = static_cast<size_t>(*max);
    auto sub = graph::Neighbourhood(g, v, q);
    json nodes = json::array(), edges = json::array(), collapsed = json::array();
    for (size_t i = 0; i < sub.nodes.size(); ++i) {
      json n = render.Node(sub.nodes[i]);
      n["depth"] = sub.depth[i];
      nodes.push_back(std::move(n));
    }
    for (uint32_t e : sub.edges) edges.push_back(render.Edge(e));
    for (const auto& c : sub.collapsed) {
      json hub = {{"id", g.node(c.node).key}, {"hidden_links", c.hidden_links}};
      if (c.hidden_links_more) hub["hidden_links_more"] = true;  // counted up to hidden_links only
      collapsed.push_back(std::move(hub));
    }
    ctx.audit.detail = {{"nodes", nodes.size()}, {"links", edges.size()}, {"depth", *depth}};
    return json{{"nodes", nodes}, {"edges", edges}, {"collapsed", collapsed}, {"truncated", sub.truncated}};
  });
}

Result<HttpResponse> Paths(RequestContext& ctx) {
  auto max_len = IntParam(ctx.req, "max_length", 6, 1, 10);
  if (!max_len) return Fail(max_len.error());
  auto limit = IntParam(ctx.req, "limit", 10, 1, 50);
  if (!limit) return Fail(limit.error());
  auto hub = IntParam(ctx.req, "hub_cap", 0, 0, 1000000);
  if (!hub) return Fail(hub.error());
  const std::string mode = ctx.req.Query("mode").empty() ? "all" : ctx.req.Query("mode");
  if (mode != "all" && mode != "k")
    return Fail(Error::BadRequest("invalid_parameter", "mode must be all or k", "mode"));
  const std::string from = ctx.req.Query("from"), to = ctx.req.Query("to");
  if (from.empty()) return Fail(Error::BadRequest("required", "from is required", "from"));
  if (to.empty()) return Fail(Error::BadRequest("required", "to is required", "to"));
  NoteAsked(ctx, from);
  NoteAsked(ctx, to);
  return WithGraph(ctx, [&](const GraphService& gs, const graph::View& v, Renderer& render, StoreReader&) -> Result<json> {
    const Graph& g = gs.graph();
    graph::PathQuery q;
    q.from = Resolve(g, v, from);
    q.to = Resolve(g, v, to);
    if (q.from == graph::kNoNode || q.to == graph::kNoNode) return Fail(Error::NotFound("node"));
    q.max_length = *max_len;
    q.limit = static_cast<size_t>(*limit);
    q.hub_cap = static_cast<uint32_t>(*hub);
    auto paths = mode == "all" ? graph::AllShortestPaths(g, v, q) : graph::KShortestPaths(g, v, q);
    json out = json::array(), nodes = json::object();
    for (const auto& p : paths) {
      json ids = json::array(), links = json::array();
      for (uint32_t n : p.nodes) {
        ids.push_back(g.node(n).key);
        if (!nodes.contains(g.node(n).key)) nodes[g.node(n).key] = render.Node(n);
      }
      for (uint32_t e : p.edges) links.push_back(render.Edge(e));
      out.push_back({{"length", p.edges.size()}, {"nodes", ids}, {"edges", links}});
    }
    ctx.audit.detail = {{"paths", out.size()}, {"mode", mode}};
    return json{{"paths", out}, {"nodes", nodes}};
  });
}

Result<HttpResponse> Measures(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"nodes", "samples"}));
  if (!body->contains("nodes") || !(*body)["nodes"].is_array())
    return Fail(Error::BadRequest("wrong_type", "nodes must be an array of node ids", "nodes"));
  if ((*body)["nodes"].size() > 20000)
    return Fail(Error::Invalid("too_many", "at most 20000 nodes", "nodes"));
  std::vector<std::string> keys;
  for (const auto& k : (*body)["nodes"]) {
    if (!k.is_string()) return Fail(Error::BadRequest("wrong_type", "nodes must be an array of node ids", "nodes"));
    keys.push_back(k.get<std::string>());
  }
  return WithGraph(ctx, [&](const GraphService& gs, const graph::View& v, Renderer& render, StoreReader&) -> Result<json> {
    const Graph& g = gs.graph();
    std::vector<uint32_t> nodes;
    for (const auto& k : keys)
      if (uint32_t n = Resolve(g, v, k); n != graph::kNoNode) nodes.push_back(n);
    auto lg = graph::Induce(g, v, nodes);
    // Exact betweenness up to 2,000 nodes; sampled from 500 sources above.
    const uint32_t samples = lg.size() > 2000 ? 500 : 0;
    auto degree = graph::DegreeCentrality(lg);
    auto between = graph::Betweenness(lg, samples, 1);
    auto close = graph::Closeness(lg);
    uint32_t ncomp = 0;
    auto comp = graph::Components(lg, &ncomp);
    auto comm = graph::Louvain(lg, 1.0, 1);
    auto core = graph::CoreNumbers(lg);
    json out = json::object();
    for (size_t i = 0; i < lg.size(); ++i) {
      const graph::Node& node = g.node(lg.global[i]);
      if (node.kind == graph::NodeKind::kRecord) render.Case(gs.CaseOfScope(node.scope));
      out[node.key] = {{"degree", degree[i]}, {"betweenness", between[i]}, {"closeness", close[i]},
                       {"component", comp[i]}, {"community", comm.community[i]}, {"core", core[i]}};
    }
    ctx.audit.detail = {{"nodes", lg.size()}};
    return json{{"measures", out},
                {"components", ncomp},
                {"communities", comm.count},
                {"modularity", comm.modularity},
                {"betweenness", samples ? "sampled" : "exact"}};
  });
}

Result<HttpResponse> CaseNetwork(RequestContext& ctx) {
  // The case's own network: its node and two steps out, as the caller may see it. The case
  // check comes first, as on every route under a case (and names the case on the audit row).
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kGraphRead);
    if (!f) return Fail(f.error());
    return Ok();
  }));
  ctx.req.query["nodes"] = "c:" + ctx.Param("id");
  if (ctx.req.Query("depth").empty()) ctx.req.query["depth"] = "2";
  return Neighbourhood(ctx);
}

}  // namespace

void AddGraphRoutes(Router& r) {
  r.Add({"GET", "/api/v1/graph/neighbourhood", perm::kGraphRead, "graph.neighbourhood",
         "The links around nodes (?nodes=id,id&depth=1..3&links=call,payment,...&hub_cap=&expand=id,...); hubs "
         "with more links than hub_cap are shown collapsed",
         Neighbourhood, nullptr, "graph"});
  r.Add({"GET", "/api/v1/graph/paths", perm::kGraphRead, "graph.paths",
         "Shortest paths between two nodes (?from=&to=&mode=all|k&limit=&max_length=&links=&hub_cap=)", Paths, nullptr,
         "graph"});
  r.Add({"POST", "/api/v1/graph/measures", perm::kGraphRead, "graph.measures",
         "Degree, betweenness and closeness centrality, components, communities (Louvain) and k-cores of a set of nodes",
         Measures, {{"type", "object"}, {"properties", {{"nodes", {{"type", "array"}}}}}}, "graph"});
  r.Add({"GET", "/api/v1/cases/{id}/network", perm::kGraphRead, "graph.case_network",
         "The network of a case: its records, their links and what they meet in other cases the caller may see",
         CaseNetwork, nullptr, "graph"});
}

}  // namespace ariadne
