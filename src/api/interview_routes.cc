// /api/v1/cases/{id}/interviews: interview records (kind, PEACE stage, who was present,
// language, place, consent, the Annex A checklist) and their statements, every version kept.
#include "api/app.h"
#include "api/case_access.h"
#include "api/case_json.h"
#include "api/entity_view.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<CaseAccessFacts> CheckInterviewAccess(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  ctx.audit.records.push_back("interview:" + ctx.Param("iid"));
  return CheckCaseAccess(ctx, r, permission);
}

Result<Interview> LoadInterview(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f) {
  const std::string iid = ctx.Param("iid");
  if (!IsUuid(iid)) return Fail(Error::NotFound("interview"));
  auto iv = r.GetInterview(iid);
  if (!iv) return Fail(iv.error());
  if (iv->case_id != f.case_id) return Fail(Error::NotFound("interview"));
  return iv;
}

// The person interviewed and those present must be people of this case.
Status CheckPeople(StoreReader& r, const Interview& iv) {
  auto subject = r.EntitySchemaOf(iv.case_id, iv.subject_entity_id);
  if (!subject) return Fail(subject.error());
  if (!*subject || **subject != "Person")
    return Fail(Error::Invalid("unknown_entity", "the person interviewed must be a person of this case", "subject_entity_id"));
  for (const auto& p : iv.present) {
    if (p.entity_id.empty()) continue;
    auto s = r.EntitySchemaOf(iv.case_id, p.entity_id);
    if (!s) return Fail(s.error());
    if (!*s || **s != "Person")
      return Fail(Error::Invalid("unknown_entity", "a person present must be a person of this case", "present"));
  }
  return Ok();
}

json InterviewJson(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f, EntityView& view, const Interview& iv,
                   bool with_statements) {
  json present = json::array();
  for (const auto& p : iv.present) {
    json jp = {{"role", p.role}, {"name", p.name}};
    if (!p.entity_id.empty()) jp["entity_id"] = p.entity_id;
    present.push_back(std::move(jp));
  }
  // The person interviewed as the caller may see them: an informant's name stays withheld.
  json subject = {{"id", iv.subject_entity_id}};
  if (auto e = r.GetEntity(iv.subject_entity_id)) {
    json rendered = view.Render(*e, r);
    subject["caption"] = rendered["caption"];
    if (rendered.contains("identity_restricted")) subject["identity_restricted"] = true;
  }
  auto creator = r.GetUser(iv.created_by);
  json out = {{"id", iv.id},
              {"case_id", iv.case_id},
              {"kind", iv.kind},
              {"subject", subject},
              {"started_at", FormatTime(iv.started_at)},
              {"ended_at", iv.ended_at ? json(FormatTime(iv.ended_at)) : json(nullptr)},
              {"place", iv.place},
              {"language", iv.language},
              {"peace_stage", iv.peace_stage},
              {"consent", iv.consent},
              {"consent_note", iv.consent_note},
              {"present", present},
              {"checklist", iv.checklist},
              {"created_by", creator ? creator->username : ""},
              {"created_at", FormatTime(iv.created_at)},
              {"updated_at", FormatTime(iv.updated_at)},
              {"version", iv.version}};
  if (with_statements) {
    const bool may_read = ctx.app.authz->MayReadStatements(ctx.caller(), f, iv.kind);
    json versions = json::array();
    if (auto list = r.ListStatements(iv.id)) {
      UserNameCache users(r);
      for (const auto& s : *list) {
        json js = {{"version", s.version},
                   {"language", s.language},
                   {"note", s.note},
                   {"recorded_by", users.Get(s.recorded_by)},
                   {"recorded_at", FormatTime(s.recorded_at)}};
        if (may_read) js["text"] = s.text;  // absent, not empty, for those who may not read it
        versions.push_back(std::move(js));
      }
    }
    out["statements"] = std::move(versions);
    if (!may_read) out["statements_restricted"] = true;
  }
  return out;
}

Result<HttpResponse> Render(RequestContext& ctx, const CaseAccessFacts& f, const std::string& iid, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto iv = r.GetInterview(iid);
    if (!iv) return Fail(iv.error());
    auto view = EntityView::ForCase(ctx, r, f);
    if (!view) return Fail(view.error());
    out = InterviewJson(ctx, r, f, *view, *iv, true);
    return Ok();
  }));
  return JsonResponse(status, out);
}

Result<HttpResponse> ListInterviews(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto list = r.ListInterviews(f->case_id);
    if (!list) return Fail(list.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    for (const auto& iv : *list) {
      items.push_back(InterviewJson(ctx, r, *f, *view, iv, false));
      ctx.audit.records.push_back("interview:" + iv.id);
    }
    return Ok();
  }));
  ctx.audit.detail = {{"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> CreateInterview(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseInterviewInput(*body, *ctx.app.lookups, *ctx.app.interview_checklist, InterviewInputMode::kCreate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  Interview iv;
  iv.id = NewUuidV7(*ctx.app.env);
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    iv.case_id = f->case_id;
    iv.created_by = ctx.caller().user_id;
    iv.created_at = now;
    iv.updated_at = now;
    iv.version = 1;
    ApplyInterviewInput(*in, iv);
    ARIADNE_RETURN_IF_ERROR(CheckInterview(iv));
    ARIADNE_RETURN_IF_ERROR(CheckPeople(w, iv));
    ARIADNE_RETURN_IF_ERROR(w.InsertInterview(iv));
    ctx.audit.records.push_back("interview:" + iv.id);
    ctx.audit.records.push_back("entity:" + iv.subject_entity_id);
    ctx.audit.detail = {{"kind", iv.kind}};
    return ctx.AuditIn(w);
  }));
  auto res = Render(ctx, facts, iv.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/cases/" + iv.case_id + "/interviews/" + iv.id});
  return res;
}

Result<HttpResponse> GetInterview(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckInterviewAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto iv = LoadInterview(ctx, r, *f);
    if (!iv) return Fail(iv.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    out = InterviewJson(ctx, r, *f, *view, *iv, true);
    ctx.audit.detail = {{"statements_shown", out.value("statements_restricted", false) ? 0 : out["statements"].size()}};
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> UpdateInterview(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseInterviewInput(*body, *ctx.app.lookups, *ctx.app.interview_checklist, InterviewInputMode::kUpdate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  CaseAccessFacts facts;
  std::string iid;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckInterviewAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    auto iv = LoadInterview(ctx, w, *f);
    if (!iv) return Fail(iv.error());
    iid = iv->id;
    if (iv->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the interview was changed by someone else; reload it", "version"));
    const int64_t expected = iv->version;
    auto changed = ApplyInterviewInput(*in, *iv);
    if (changed.empty()) return Ok();
    ARIADNE_RETURN_IF_ERROR(CheckInterview(*iv));
    ARIADNE_RETURN_IF_ERROR(CheckPeople(w, *iv));
    iv->version = expected + 1;
    iv->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateInterview(*iv, expected));
    ARIADNE_RETURN_IF_ERROR(w.InsertInterviewHistory(iv->id, {iv->version, ctx.caller().user_id, now, json(changed).dump()}));
    ctx.audit.detail = {{"fields", changed}, {"version", iv->version}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, facts, iid, 200);
}

Result<HttpResponse> AddStatement(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto st = ParseStatement(*body);
  if (!st) return Fail(st.error());
  CaseAccessFacts facts;
  std::string iid;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckInterviewAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    auto iv = LoadInterview(ctx, w, *f);
    if (!iv) return Fail(iv.error());
    iid = iv->id;
    // Recording a victim's words is for those who may read them.
    if (!ctx.app.authz->MayReadStatements(ctx.caller(), *f, iv->kind))
      return Fail(Error::Forbidden("forbidden", "you may not record the statement of this interview"));
    auto existing = w.ListStatements(iv->id);
    if (!existing) return Fail(existing.error());
    st->interview_id = iv->id;
    st->version = existing->empty() ? 1 : existing->back().version + 1;
    st->recorded_by = ctx.caller().user_id;
    st->recorded_at = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.InsertStatement(*st));
    ctx.audit.detail = {{"statement_version", st->version}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, facts, iid, 201);
}

}  // namespace

void AddInterviewRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/interviews";
  r.Add({"GET", base, perm::kCaseRead, "interview.list", "The interviews of a case (without statements)", ListInterviews,
         nullptr, "interviews"});
  r.Add({"POST", base, perm::kCaseUpdate, "interview.create",
         "Record an interview (a child only with a guardian or support person present)", CreateInterview,
         {{"type", "object"}}, "interviews"});
  r.Add({"GET", base + "/{iid}", perm::kCaseRead, "interview.read", "An interview with every version of its statement",
         GetInterview, nullptr, "interviews"});
  r.Add({"PATCH", base + "/{iid}", perm::kCaseUpdate, "interview.update", "Change an interview record (with its version)",
         UpdateInterview, {{"type", "object"}}, "interviews"});
  r.Add({"POST", base + "/{iid}/statements", perm::kCaseUpdate, "interview.statement",
         "Add a statement, or a corrected version of it; earlier versions stay", AddStatement, {{"type", "object"}},
         "interviews"});
}

}  // namespace ariadne
