// Link charts saved to a case: what an analyst laid out (the nodes shown, pinned positions,
// hidden nodes, colouring), to come back to or to show the team. A chart holds node ids and
// layout only; opening it asks the graph again, so it never shows more than the reader may see.
#include "api/app.h"
#include "api/case_access.h"
#include "base/ids.h"
#include "base/time_format.h"

namespace ariadne {

namespace {

using nlohmann::json;

constexpr size_t kMaxChartBytes = 900 * 1024;

json ChartJson(const LinkChart& c, bool with_doc) {
  json j = {{"id", c.id},           {"case_id", c.case_id},       {"name", c.name},     {"created_by", c.created_by},
            {"created_at", FormatTime(c.created_at)}, {"updated_at", FormatTime(c.updated_at)}, {"version", c.version}};
  if (with_doc) j["chart"] = json::parse(c.doc);
  return j;
}

Result<std::pair<std::string, json>> ChartBody(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"name", "chart", "version"}));
  auto name = RequiredString(*body, "name", 200);
  if (!name) return Fail(name.error());
  if (!body->contains("chart") || !(*body)["chart"].is_object())
    return Fail(Error::BadRequest("wrong_type", "chart must be an object", "chart"));
  const json& chart = (*body)["chart"];
  if (!chart.contains("nodes") || !chart["nodes"].is_array())
    return Fail(Error::Invalid("required", "chart.nodes must list the node ids shown", "chart.nodes"));
  for (const auto& n : chart["nodes"])
    if (!n.is_string()) return Fail(Error::BadRequest("wrong_type", "chart.nodes must be node ids", "chart.nodes"));
  if (chart.dump().size() > kMaxChartBytes) return Fail(Error::Invalid("too_large", "the chart is too large", "chart"));
  return std::pair(*name, chart);
}

Result<HttpResponse> CreateChart(RequestContext& ctx) {
  auto b = ChartBody(ctx);
  if (!b) return Fail(b.error());
  LinkChart c;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kGraphRead);
    if (!f) return Fail(f.error());
    c.id = NewUuidV7(*ctx.app.env);
    c.case_id = f->case_id;
    c.name = b->first;
    c.doc = b->second.dump();
    c.created_by = ctx.caller().user_id;
    c.created_at = c.updated_at = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.InsertLinkChart(c));
    ctx.audit.records.push_back("chart:" + c.id);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, ChartJson(c, true));
}

Result<HttpResponse> UpdateChart(RequestContext& ctx) {
  auto b = ChartBody(ctx);
  if (!b) return Fail(b.error());
  auto body = ctx.JsonBody();
  if (!(*body).contains("version") || !(*body)["version"].is_number_integer())
    return Fail(Error::Invalid("required", "version is required", "version"));
  const int64_t expected = (*body)["version"].get<int64_t>();
  LinkChart c;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kGraphRead);
    if (!f) return Fail(f.error());
    auto old = w.GetLinkChart(ctx.Param("cid"));
    if (!old || old->case_id != f->case_id) return Fail(Error::NotFound("chart"));
    c = *old;
    c.name = b->first;
    c.doc = b->second.dump();
    c.updated_at = ctx.app.env->NowMillis();
    c.version = expected + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateLinkChart(c, expected));
    ctx.audit.records.push_back("chart:" + c.id);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, ChartJson(c, true));
}

Result<HttpResponse> ListCharts(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kGraphRead);
    if (!f) return Fail(f.error());
    auto list = r.ListLinkCharts(f->case_id);
    if (!list) return Fail(list.error());
    for (const auto& c : *list) items.push_back(ChartJson(c, false));
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> GetChart(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kGraphRead);
    if (!f) return Fail(f.error());
    auto c = r.GetLinkChart(ctx.Param("cid"));
    if (!c || c->case_id != f->case_id) return Fail(Error::NotFound("chart"));
    ctx.audit.records.push_back("chart:" + c->id);
    out = ChartJson(*c, true);
    return Ok();
  }));
  return JsonResponse(200, out);
}

}  // namespace

void AddChartRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/charts";
  r.Add({"POST", base, perm::kGraphRead, "chart.create", "Save a link chart to the case", CreateChart,
         {{"type", "object"}}, "graph"});
  r.Add({"GET", base, perm::kGraphRead, "chart.list", "The link charts saved to a case", ListCharts, nullptr, "graph"});
  r.Add({"GET", base + "/{cid}", perm::kGraphRead, "chart.read", "One saved link chart", GetChart, nullptr, "graph"});
  r.Add({"PUT", base + "/{cid}", perm::kGraphRead, "chart.update", "Change a saved link chart (with its version)",
         UpdateChart, {{"type", "object"}}, "graph"});
}

}  // namespace ariadne
