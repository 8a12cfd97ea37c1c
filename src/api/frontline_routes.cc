// /api/v1/frontline-reports: a frontline officer's first report (the 12 blocks), handed to a
// specialised unit, which sees it in its inbox and can open a case from it.
#include "api/app.h"
#include "api/case_create.h"
#include "api/case_json.h"
#include "api/intel_access.h"
#include "api/resolver.h"
#include "domain/intel_report.h"
#include "api/protection_access.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json ReportJson(RequestContext& ctx, StoreReader& r, const FrontlineReport& rep) {
  auto l = AccessOf(ctx, r, rep);
  if (!l) return json::object();
  return IntelReportJson(ctx, r, *l);
}

// The intelligence part of a report body, read with the author's unit's country for phones.
Result<IntelInput> IntelPart(RequestContext& ctx, StoreReader& r, const json& body, const Grading& base) {
  std::string country;
  if (auto u = r.GetUnit(ctx.caller().unit_id)) country = u->country;
  return ParseIntelInput(body, ctx.app.authz->intel(), *ctx.app.lookups, base, country,
                         [&] { return NewUuidV7(*ctx.app.env); });
}

bool ApplyIntel(const IntelInput& in, FrontlineReport& r) {
  bool changed = false;
  if (in.grading && !(*in.grading == r.grading)) r.grading = *in.grading, changed = true;
  if (in.facts && *in.facts != r.facts) r.facts = *in.facts, changed = true;
  if (in.items && *in.items != r.items) r.items = *in.items, changed = true;
  if (in.originator_contact && *in.originator_contact != r.originator_contact)
    r.originator_contact = *in.originator_contact, changed = true;
  return changed;
}

FrontlineFacts Facts(const FrontlineReport& r) { return {r.author_id, r.target_unit_id, r.state != "draft"}; }

Result<FrontlineReport> LoadReport(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  const std::string id = ctx.Param("id");
  ctx.audit.records.push_back("frontline_report:" + id);
  if (!IsUuid(id)) return Fail(Error::NotFound("report"));
  auto rep = r.GetFrontlineReport(id);
  if (!rep) return Fail(rep.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckFrontlineReport(ctx.caller(), permission, Facts(*rep)));
  return rep;
}

std::optional<FrontlineReport> ReadReportById(RequestContext& ctx, const std::string& id) {
  std::optional<FrontlineReport> out;
  auto st = ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto rep = r.GetFrontlineReport(id);
    if (rep) out = *rep;
    return Ok();
  });
  (void)st;
  return out;
}

Result<HttpResponse> Render(RequestContext& ctx, const std::string& id, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto rep = r.GetFrontlineReport(id);
    if (!rep) return Fail(rep.error());
    out = ReportJson(ctx, r, *rep);
    return Ok();
  }));
  return JsonResponse(status, out);
}

Result<HttpResponse> CreateReport(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseFrontlineInput(*body, ctx.app.protection->FrontlineBlocks(), false);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  FrontlineReport rep;
  rep.id = NewUuidV7(*ctx.app.env);
  rep.author_id = ctx.caller().user_id;
  rep.author_unit_id = ctx.caller().unit_id;
  rep.created_at = rep.updated_at = now;
  rep.observed_at = now;
  ApplyFrontlineInput(*in, rep);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto intel = IntelPart(ctx, w, *body, rep.grading);
    if (!intel) return Fail(intel.error());
    ApplyIntel(*intel, rep);
    auto reference = NextReference(w, "frontline_reports", "FR", now);
    if (!reference) return Fail(reference.error());
    rep.reference = *reference;
    ARIADNE_RETURN_IF_ERROR(w.InsertFrontlineReport(rep));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep.id, "created", {{"grading", GradingJson(rep.grading)}}));
    ctx.audit.records.push_back("frontline_report:" + rep.id);
    ctx.audit.detail = {{"reference", rep.reference}, {"blocks", rep.blocks.size()}};
    return ctx.AuditIn(w);
  }));
  auto res = Render(ctx, rep.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/frontline-reports/" + rep.id});
  return res;
}

Result<HttpResponse> UpdateReport(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseFrontlineInput(*body, ctx.app.protection->FrontlineBlocks(), true);
  if (!in) return Fail(in.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto rep = LoadReport(ctx, w, perm::kFrontlineReport);
    if (!rep) return Fail(rep.error());
    if (rep->state != "draft")
      return Fail(Error::Conflict("already_handed_over", "a report handed over is no longer changed; add a new one", "state"));
    if (rep->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the report was changed meanwhile; reload it", "version"));
    auto intel = IntelPart(ctx, w, *body, rep->grading);
    if (!intel) return Fail(intel.error());
    const bool intel_changed = ApplyIntel(*intel, *rep);
    if (!ApplyFrontlineInput(*in, *rep) && !intel_changed) return Ok();
    rep->version = *in->version + 1;
    rep->updated_at = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.UpdateFrontlineReport(*rep, *in->version));
    ctx.audit.detail = {{"blocks", rep->blocks.size()}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, ctx.Param("id"), 200);
}

Result<HttpResponse> HandOver(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"unit_id"}));
  auto unit_id = RequiredString(*body, "unit_id", 64);
  if (!unit_id) return Fail(unit_id.error());
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto rep = LoadReport(ctx, w, perm::kFrontlineReport);
    if (!rep) return Fail(rep.error());
    if (rep->state != "draft") return Fail(Error::Conflict("already_handed_over", "the report was handed over already", "state"));
    auto unit = IsUuid(*unit_id) ? w.GetUnit(*unit_id) : w.GetUnitByCode(*unit_id);
    if (!unit) return Fail(Error::Invalid("unknown_record", "no such unit", "unit_id"));
    const int64_t expected = rep->version;
    rep->target_unit_id = unit->id;
    rep->state = "handed_over";
    rep->cycle = "collected";  // raw intelligence, in the specialised unit's hands
    rep->handed_over_at = now;
    rep->updated_at = now;
    rep->version = expected + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateFrontlineReport(*rep, expected));
    // The unit's investigators and supervisors see it in their inbox at once.
    ARIADNE_RETURN_IF_ERROR(NotifyUnit(ctx, w, unit->id, {"supervisor", "investigator"}, "frontline_report",
                                       {"Frontline report " + rep->reference + " handed to your unit",
                                        "Рапорт " + rep->reference + " передан вашему подразделению"},
                                       "/frontline/inbox"));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep->id, "handed_over", {{"unit", unit->code}}));
    // Its people, documents and accounts are matched against every case and report now, and
    // units holding the same target hear of each other.
    ARIADNE_RETURN_IF_ERROR(ctx.app.resolver->MatchReport(DepsOf(ctx.app), w, *rep, &ctx.caller(), now));
    ctx.audit.detail = {{"unit", unit->code}};
    return ctx.AuditIn(w);
  }));
  if (auto rep = ReadReportById(ctx, ctx.Param("id"))) ctx.app.resolver->IndexReport(*rep);
  return Render(ctx, ctx.Param("id"), 200);
}

Result<HttpResponse> GetReport(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    out = IntelReportJson(ctx, r, *l);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> List(RequestContext& ctx, bool inbox) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    FrontlineQuery q;
    if (inbox) q.target_unit_id = ctx.caller().unit_id;
    else q.author_id = ctx.caller().user_id;
    auto list = r.ListFrontlineReports(q);
    if (!list) return Fail(list.error());
    for (const auto& rep : *list) {
      items.push_back(ReportJson(ctx, r, rep));
      ctx.audit.records.push_back("frontline_report:" + rep.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> MyReports(RequestContext& ctx) { return List(ctx, false); }
Result<HttpResponse> Inbox(RequestContext& ctx) { return List(ctx, true); }

Result<HttpResponse> OpenCase(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  json case_body = *body;
  if (!case_body.contains("trigger")) case_body["trigger"] = "frontline_report";
  auto in = ParseCaseInput(case_body, *ctx.app.lookups, CaseInputMode::kCreate);
  if (!in) return Fail(in.error());
  Case c = NewCase(ctx);
  auto changes = ApplyCaseInput(*in, c);
  std::string report_id = ctx.Param("id");
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    // The holding unit, or a unit it was disseminated to, acts on it (a case trigger).
    auto l = LoadIntel(ctx, w, report_id, intel_path::kView);
    if (!l) return Fail(l.error());
    auto rep = std::optional<FrontlineReport>(l->report);
    if (rep->state == "draft") return Fail(Error::Conflict("not_handed_over", "a draft report opens no case", "state"));
    if (l->access.relation == "originator")
      return Fail(Error::Forbidden("forbidden", "the unit the report was handed to opens a case from it"));
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->Check(ctx.caller(), perm::kCaseCreate));
    // The holder's case is the report's own (state case_opened); each unit it was disseminated
    // to may open one case of its own, recorded in the report's history.
    const bool holder = l->access.relation == "holder";
    if (holder && rep->state == "case_opened")
      return Fail(Error::Conflict("already_exists", "a case was opened from this report already", "state"));
    if (!holder) {
      auto events = w.ListIntelEvents(rep->id);
      if (!events) return Fail(events.error());
      for (const auto& e : *events)
        if (e.kind == "case_opened" && e.detail.value("unit_id", "") == ctx.caller().unit_id)
          return Fail(Error::Conflict("already_exists", "your unit opened a case from this report already", "state"));
    }
    // The report's first block names the form of exploitation; the summary keeps its text.
    if (c.summary.empty()) c.summary = rep->blocks.value("exploitation_type", "");
    ARIADNE_RETURN_IF_ERROR(InsertNewCase(ctx, w, c, changes));
    ctx.audit.records.push_back("case:" + c.id);
    const int64_t expected = rep->version;
    if (holder) {
      rep->state = "case_opened";
      rep->case_id = c.id;
    }
    const std::string was = rep->cycle;
    if (was == "disseminated" || was == "analysed" || was == "collated" || was == "evaluated" || was == "collected")
      rep->cycle = "actioned";
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep->id, "case_opened",
                                          {{"case", c.reference}, {"case_id", c.id}, {"unit_id", ctx.caller().unit_id},
                                           {"from", was}}));
    rep->version = expected + 1;
    rep->updated_at = c.created_at;
    ARIADNE_RETURN_IF_ERROR(w.UpdateFrontlineReport(*rep, expected));
    ctx.audit.detail["report"] = rep->reference;
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto cs = r.GetCase(c.id);
    if (!cs) return Fail(cs.error());
    auto rep = r.GetFrontlineReport(report_id);
    if (!rep) return Fail(rep.error());
    out = {{"case", {{"id", cs->id}, {"reference", cs->reference}, {"title", cs->title}}},
           {"report", ReportJson(ctx, r, *rep)}};
    return Ok();
  }));
  HttpResponse res = JsonResponse(201, out);
  res.headers.push_back({"Location", "/api/v1/cases/" + c.id});
  return res;
}

}  // namespace

void AddFrontlineRoutes(Router& r) {
  const std::string base = "/api/v1/frontline-reports";
  r.Add({"GET", base, perm::kFrontlineReport, "frontline.list", "The caller's own frontline reports", MyReports, nullptr,
         "protection"});
  r.Add({"POST", base, perm::kFrontlineReport, "frontline.create", "File a frontline report (the 12 blocks)",
         CreateReport, {{"type", "object"}}, "protection"});
  r.Add({"GET", base + "/inbox", perm::kFrontlineInbox, "frontline.inbox",
         "Reports handed over to the caller's unit", Inbox, nullptr, "protection"});
  r.Add({"GET", base + "/{id}", perm::kSignedIn, "frontline.read", "A frontline report (its author or the receiving unit)",
         GetReport, nullptr, "protection"});
  r.Add({"PATCH", base + "/{id}", perm::kFrontlineReport, "frontline.update", "Change a draft report (with its version)",
         UpdateReport, {{"type", "object"}}, "protection"});
  r.Add({"POST", base + "/{id}/handover", perm::kFrontlineReport, "frontline.handover",
         "Hand the report over to a specialised unit", HandOver, {{"type", "object"}}, "protection"});
  r.Add({"POST", base + "/{id}/open-case", perm::kCaseCreate, "frontline.open_case",
         "Open a case from a handed-over report", OpenCase, {{"type", "object"}}, "protection"});
}

}  // namespace ariadne
