// /api/v1/cases/{id}/charges: the charges against suspects of a case under the articles of a
// jurisdiction's code (config/jurisdictions), the prosecutor, filing, outcome and sentence.
// Hearings are timeline events (eventType "hearing").
#include "api/app.h"
#include "api/case_access.h"
#include "api/entity_view.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json ChargeJson(RequestContext& ctx, StoreReader& r, EntityView& view, const Charge& c) {
  json suspect = {{"id", c.suspect_entity_id}};
  if (auto e = r.GetEntity(c.suspect_entity_id)) {
    json rendered = view.Render(*e, r);
    suspect["caption"] = rendered["caption"];
    if (rendered.contains("identity_restricted")) suspect["identity_restricted"] = true;
  }
  const json* article = ctx.app.jurisdictions->Article(c.jurisdiction, c.article);
  auto creator = r.GetUser(c.created_by);
  return {{"id", c.id},
          {"case_id", c.case_id},
          {"suspect", suspect},
          {"jurisdiction", c.jurisdiction},
          {"article", article ? *article : json({{"id", c.article}})},
          {"status", c.status},
          {"prosecutor", c.prosecutor},
          {"filed_at", c.filed_at ? json(FormatTime(c.filed_at)) : json(nullptr)},
          {"outcome", c.outcome.empty() ? json(nullptr) : json(c.outcome)},
          {"sentence", c.sentence},
          {"sentence_months", c.sentence_months},
          {"note", c.note},
          {"created_by", creator ? creator->username : ""},
          {"created_at", FormatTime(c.created_at)},
          {"updated_at", FormatTime(c.updated_at)},
          {"version", c.version}};
}

Status CheckSuspect(StoreReader& r, const Charge& c) {
  auto s = r.EntitySchemaOf(c.case_id, c.suspect_entity_id);
  if (!s) return Fail(s.error());
  if (!*s || (**s != "Person" && **s != "Organization"))
    return Fail(Error::Invalid("unknown_entity", "the person charged must be a person or organisation of this case",
                               "suspect_entity_id"));
  return Ok();
}

Result<HttpResponse> Render(RequestContext& ctx, const CaseAccessFacts& f, const std::string& cid, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto c = r.GetCharge(cid);
    if (!c) return Fail(c.error());
    auto view = EntityView::ForCase(ctx, r, f);
    if (!view) return Fail(view.error());
    out = ChargeJson(ctx, r, *view, *c);
    return Ok();
  }));
  return JsonResponse(status, out);
}

Result<HttpResponse> ListCharges(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto list = r.ListCharges(f->case_id);
    if (!list) return Fail(list.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    for (const auto& c : *list) {
      items.push_back(ChargeJson(ctx, r, *view, c));
      ctx.audit.records.push_back("charge:" + c.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> CreateCharge(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseChargeInput(*body, *ctx.app.lookups, ChargeInputMode::kCreate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  Charge c;
  c.id = NewUuidV7(*ctx.app.env);
  c.status = "proposed";
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    c.case_id = f->case_id;
    c.created_by = ctx.caller().user_id;
    c.created_at = now;
    c.updated_at = now;
    ApplyChargeInput(*in, c);
    ARIADNE_RETURN_IF_ERROR(CheckCharge(c, *ctx.app.jurisdictions));
    ARIADNE_RETURN_IF_ERROR(CheckSuspect(w, c));
    ARIADNE_RETURN_IF_ERROR(w.InsertCharge(c));
    ctx.audit.records.push_back("charge:" + c.id);
    ctx.audit.records.push_back("entity:" + c.suspect_entity_id);
    ctx.audit.detail = {{"jurisdiction", c.jurisdiction}, {"article", c.article}, {"status", c.status}};
    return ctx.AuditIn(w);
  }));
  auto res = Render(ctx, facts, c.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/cases/" + c.case_id + "/charges/" + c.id});
  return res;
}

Result<HttpResponse> UpdateCharge(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseChargeInput(*body, *ctx.app.lookups, ChargeInputMode::kUpdate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  CaseAccessFacts facts;
  std::string cid = ctx.Param("cid");
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("charge:" + cid);
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    if (!IsUuid(cid)) return Fail(Error::NotFound("charge"));
    auto c = w.GetCharge(cid);
    if (!c) return Fail(c.error());
    if (c->case_id != f->case_id) return Fail(Error::NotFound("charge"));
    if (c->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the charge was changed by someone else; reload it", "version"));
    const int64_t expected = c->version;
    auto changed = ApplyChargeInput(*in, *c);
    if (changed.empty()) return Ok();
    ARIADNE_RETURN_IF_ERROR(CheckCharge(*c, *ctx.app.jurisdictions));
    ARIADNE_RETURN_IF_ERROR(CheckSuspect(w, *c));
    c->version = expected + 1;
    c->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateCharge(*c, expected));
    ARIADNE_RETURN_IF_ERROR(w.InsertChargeHistory(c->id, {c->version, ctx.caller().user_id, now, json(changed).dump()}));
    ctx.audit.detail = {{"fields", changed}, {"status", c->status}, {"outcome", c->outcome}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, facts, cid, 200);
}

// The files as shipped, with the confirmations an administrator recorded merged in: an article
// or rule without one stays unverified.
Result<HttpResponse> GetJurisdictions(RequestContext& ctx) {
  json doc = ctx.app.jurisdictions->doc();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto confirmations = r.ListJurisdictionConfirmations();
    if (!confirmations) return Fail(confirmations.error());
    for (const auto& c : *confirmations) {
      if (!doc.contains(c.country)) continue;
      json mark = {{"by", c.confirmed_by}, {"at", FormatTime(c.confirmed_at)}, {"note", c.note}};
      if (auto u = r.GetUser(c.confirmed_by)) mark["by"] = u->username;
      json& country = doc[c.country];
      if (c.item == "reflection_period" || c.item == "rules") {
        country["confirmed"][c.item] = mark;
        continue;
      }
      for (auto& a : country["articles"])
        if (a.value("id", "") == c.item) a["confirmed"] = mark;
    }
    return Ok();
  }));
  return JsonResponse(200, doc);
}

}  // namespace

void AddChargeRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/charges";
  r.Add({"GET", base, perm::kCaseRead, "charge.list", "The charges of a case", ListCharges, nullptr, "prosecution"});
  r.Add({"POST", base, perm::kCaseUpdate, "charge.create", "Propose a charge under an article of a jurisdiction",
         CreateCharge, {{"type", "object"}}, "prosecution"});
  r.Add({"PATCH", base + "/{cid}", perm::kCaseUpdate, "charge.update",
         "Change a charge: filing, status, outcome, sentence (with its version)", UpdateCharge, {{"type", "object"}},
         "prosecution"});
  r.Add({"GET", "/api/v1/jurisdictions", perm::kSignedIn, "",
         "The criminal-law articles of the five Central Asian jurisdictions", GetJurisdictions, nullptr, "meta"});
}

}  // namespace ariadne
