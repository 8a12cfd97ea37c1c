// Risk, needs and age assessments, a child's reintegration plan, and the actions taken for a
// victim (shelter, return, repatriation ...), each refused when the protection rules say so:
// /api/v1/protection-files/{id}/assessments and .../actions.
#include "api/app.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<HttpResponse> AddAssessment(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto rec = ParseAssessment(*body, *ctx.app.protection);
  if (!rec) return Fail(rec.error());
  const std::string id = ctx.Param("id");
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    rec->id = NewUuidV7(*ctx.app.env);
    rec->file_id = id;
    rec->created_by = ctx.caller().user_id;
    rec->created_at = rec->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(*rec));
    ctx.audit.records.push_back("assessment:" + rec->id);
    ctx.audit.detail = {{"kind", rec->subtype}, {"stage", rec->body.value("stage", "")}, {"state", rec->state}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 201);
}

Result<HttpResponse> AddAction(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"kind", "at", "note"}));
  auto kind = RequiredString(*body, "kind", 40);
  if (!kind) return Fail(kind.error());
  auto note = OptionalString(*body, "note", 5000);
  if (!note) return Fail(note.error());
  auto at = OptionalString(*body, "at", 40);
  if (!at) return Fail(at.error());
  const int64_t now = ctx.app.env->NowMillis();
  int64_t when = now;
  if (!at->empty()) {
    auto t = ParseTime(*at);
    if (!t) return Fail(Error::Invalid("invalid_value", "at is an RFC 3339 time", "at"));
    when = *t;
  }
  const std::string id = ctx.Param("id");
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    const bool running = a->file.reflection_ends_at > 0 && when < a->file.reflection_ends_at &&
                         when >= a->file.reflection_started_at;
    ARIADNE_RETURN_IF_ERROR(CheckAction(*kind, ActionFactsOf(a->records, a->child.child, running || a->reflection_running)));
    ProtectionRecord rec;
    rec.id = NewUuidV7(*ctx.app.env);
    rec.file_id = id;
    rec.kind = "action";
    rec.subtype = *kind;
    rec.state = "recorded";
    rec.body = {{"at", FormatTime(when)}, {"note", *note}};
    rec.created_by = ctx.caller().user_id;
    rec.created_at = rec.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(rec));
    ctx.audit.records.push_back("action:" + rec.id);
    ctx.audit.detail = {{"kind", *kind}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 201);
}

}  // namespace

void AddAssessmentRoutes(Router& r) {
  const std::string base = "/api/v1/protection-files/{id}";
  r.Add({"POST", base + "/assessments", perm::kProtectionManage, "assessment.record",
         "Record a risk, needs or age assessment or a child's reintegration plan", AddAssessment, {{"type", "object"}},
         "protection"});
  r.Add({"POST", base + "/actions", perm::kProtectionManage, "protection.action",
         "Record an action for the victim (refused during the reflection period or for a child where the rules say)",
         AddAction, {{"type", "object"}}, "protection"});
}

}  // namespace ariadne
