// /api/v1/audit: the auditor's view of the trail. Reading the trail is itself audited.
#include <charconv>

#include "api/app.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json RowJson(const AuditRow& r) {
  return {{"seq", r.seq},         {"at", FormatTime(r.at)}, {"user_id", r.user_id}, {"username", r.username},
          {"action", r.action},   {"outcome", r.outcome},   {"method", r.method},    {"path", r.path},
          {"ip", r.ip},           {"records", r.records},   {"alert", r.alert},
          {"detail", json::parse(r.detail_json, nullptr, false)}};
}

Result<std::optional<int64_t>> TimeParam(const HttpRequest& req, const char* name) {
  std::string v = req.Query(name);
  if (v.empty()) return std::optional<int64_t>{};
  auto t = ParseTime(v);
  if (!t) return Fail(Error::BadRequest("invalid_value", std::string(name) + " must be a date or RFC 3339 time", name));
  return std::optional<int64_t>(*t);
}

Result<HttpResponse> ListAudit(RequestContext& ctx) {
  AuditQuery q;
  auto limit = LimitParam(ctx.req, 100, 500);
  if (!limit) return Fail(limit.error());
  q.limit = *limit;
  q.user = ctx.req.Query("user");
  q.record = ctx.req.Query("record");
  q.action = ctx.req.Query("action");
  q.outcome = ctx.req.Query("outcome");
  q.alerts_only = ctx.req.Query("alerts") == "1" || ctx.req.Query("alerts") == "true";
  auto from = TimeParam(ctx.req, "from");
  if (!from) return Fail(from.error());
  auto to = TimeParam(ctx.req, "to");
  if (!to) return Fail(to.error());
  q.from = *from;
  q.to = *to;
  std::string cursor = ctx.req.Query("cursor");
  if (!cursor.empty()) {
    int64_t seq = 0;
    auto [p, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), seq);
    if (ec != std::errc() || p != cursor.data() + cursor.size())
      return Fail(Error::BadRequest("invalid_value", "bad cursor", "cursor"));
    q.before_seq = seq;
  }
  json items = json::array();
  std::string next;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    AuditQuery probe = q;
    probe.limit = q.limit + 1;
    auto rows = r.ListAudit(probe);
    if (!rows) return Fail(rows.error());
    if (static_cast<int>(rows->size()) > q.limit) {
      rows->resize(static_cast<size_t>(q.limit));
      next = std::to_string(rows->back().seq);
    }
    for (const auto& row : *rows) items.push_back(RowJson(row));
    return Ok();
  }));
  ctx.audit.detail = {{"filter", {{"user", q.user}, {"record", q.record}, {"action", q.action}}},
                      {"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"next_cursor", next.empty() ? json(nullptr) : json(next)}});
}

Result<HttpResponse> Viewers(RequestContext& ctx) {
  std::string record = ctx.req.Query("record");
  if (record.empty()) return Fail(Error::BadRequest("required", "record is required, e.g. case:<id>", "record"));
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto viewers = r.AuditViewers(record);
    if (!viewers) return Fail(viewers.error());
    for (const auto& v : *viewers)
      items.push_back({{"user_id", v.user_id}, {"username", v.username}, {"count", v.count},
                       {"first_at", FormatTime(v.first_at)}, {"last_at", FormatTime(v.last_at)}});
    return Ok();
  }));
  ctx.audit.detail = {{"record", record}};
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Verify(RequestContext& ctx) {
  // Its own read transaction (the route opts out of the request's shared snapshot): Verify
  // reads the head file before the transaction's first query, so the head never runs ahead of
  // the rows it checks.
  AuditVerifyReport rep;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto v = AuditLog::Verify(r, ctx.app.audit_key, ctx.app.audit_head_file);
    if (!v) return Fail(v.error());
    rep = *v;
    return Ok();
  }));
  json out = {{"ok", rep.ok}, {"rows", rep.rows}};
  if (!rep.ok) {
    out["first_bad_seq"] = rep.first_bad_seq;
    out["reason"] = rep.reason;
  }
  ctx.audit.detail = out;
  return JsonResponse(200, out);
}

}  // namespace

void AddAuditRoutes(Router& r) {
  r.Add({"GET", "/api/v1/audit", perm::kAuditRead, "audit.list", "Search the audit trail", ListAudit, nullptr, "audit"});
  r.Add({"GET", "/api/v1/audit/viewers", perm::kAuditRead, "audit.viewers", "Who has seen a record", Viewers, nullptr,
         "audit"});
  r.Add({"GET", "/api/v1/audit/verify", perm::kAuditRead, "audit.verify", "Verify the hash chain", Verify, nullptr,
         "audit", /*own_snapshot=*/true});
}

}  // namespace ariadne
