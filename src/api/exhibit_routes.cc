// /api/v1/cases/{id}/exhibits: the exhibit register and each exhibit's chain of custody.
#include "api/app.h"
#include "api/case_access.h"
#include "api/case_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/custody.h"
#include "domain/permissions.h"
#include "security/custody_chain.h"

namespace ariadne {
namespace {

using nlohmann::json;

json FlagsJson(const std::vector<CustodyFlag>& flags) {
  json out = json::array();
  for (const auto& f : flags) out.push_back({{"seq", f.seq}, {"code", f.code}, {"message", f.message}});
  return out;
}

bool ChainHolds(const std::vector<CustodyFlag>& flags) {
  for (const auto& f : flags)
    if (f.code == "altered" || f.code == "out_of_order") return false;
  return true;
}

json ExhibitJson(const Exhibit& x, const std::vector<CustodyEvent>& events, UserNameCache& users, bool with_events) {
  auto flags = AnalyseCustody(events, CustodyHash);
  json out = {{"id", x.id},
              {"case_id", x.case_id},
              {"number", x.number},
              {"evidence_type", x.evidence_type},
              {"description", x.description},
              {"seized_at", FormatTime(x.seized_at)},
              {"seized_place", x.seized_place},
              {"seized_by", x.seized_by},
              {"authority", x.authority},
              {"warrant_number", x.warrant_number},
              {"packaging", x.packaging},
              {"seal_numbers", x.seal_numbers},
              {"created_by", users.Get(x.created_by)},
              {"created_at", FormatTime(x.created_at)},
              {"updated_at", FormatTime(x.updated_at)},
              {"version", x.version},
              {"state", CustodyState(events)},
              {"holder", events.empty() ? "" : events.back().holder},
              {"chain_ok", ChainHolds(flags)},
              {"flags", FlagsJson(flags)}};
  if (with_events) {
    json list = json::array();
    for (const auto& e : events)
      list.push_back({{"seq", e.seq},
                      {"kind", e.kind},
                      {"at", FormatTime(e.at)},
                      {"recorded_at", FormatTime(e.recorded_at)},
                      {"recorded_by", users.Get(e.recorded_by)},
                      {"holder", e.holder},
                      {"location", e.location},
                      {"seal_numbers", e.seal_numbers},
                      {"note", e.note},
                      {"hash", e.hash}});
    out["custody"] = std::move(list);
  }
  return out;
}

Result<CaseAccessFacts> CheckExhibitAccess(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  ctx.audit.records.push_back("exhibit:" + ctx.Param("xid"));
  return CheckCaseAccess(ctx, r, permission);
}

Result<Exhibit> LoadExhibit(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f) {
  const std::string xid = ctx.Param("xid");
  if (!IsUuid(xid)) return Fail(Error::NotFound("exhibit"));
  auto x = r.GetExhibit(xid);
  if (!x) return Fail(x.error());
  if (x->case_id != f.case_id) return Fail(Error::NotFound("exhibit"));
  return x;
}

// Appends `e` to the exhibit's chain: the next seq, linked to the last event's hash.
Status AppendToChain(StoreWriter& w, CustodyEvent e, const std::string& exhibit_id, const std::string& user_id,
                     int64_t now, Env& env) {
  auto chain = w.ListCustody(exhibit_id);
  if (!chain) return Fail(chain.error());
  e.id = NewUuidV7(env);
  e.exhibit_id = exhibit_id;
  e.seq = chain->empty() ? 1 : chain->back().seq + 1;
  e.prev_hash = chain->empty() ? std::string(64, '0') : chain->back().hash;
  e.recorded_at = now;
  e.recorded_by = user_id;
  e.hash = CustodyHash(e);
  return w.AppendCustody(e);
}

Result<HttpResponse> Render(RequestContext& ctx, const std::string& xid, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto x = r.GetExhibit(xid);
    if (!x) return Fail(x.error());
    auto events = r.ListCustody(xid);
    if (!events) return Fail(events.error());
    UserNameCache users(r);
    out = ExhibitJson(*x, *events, users, true);
    return Ok();
  }));
  return JsonResponse(status, out);
}

Result<HttpResponse> ListExhibits(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto list = r.ListExhibits(f->case_id);
    if (!list) return Fail(list.error());
    UserNameCache users(r);
    for (const auto& x : *list) {
      auto events = r.ListCustody(x.id);
      if (!events) return Fail(events.error());
      items.push_back(ExhibitJson(x, *events, users, false));
      ctx.audit.records.push_back("exhibit:" + x.id);
    }
    return Ok();
  }));
  ctx.audit.detail = {{"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> CreateExhibit(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseExhibitInput(*body, *ctx.app.lookups, ExhibitInputMode::kCreate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  if (*in->seized_at > now + 60'000) return Fail(Error::Invalid("invalid_date", "seized_at may not be in the future", "seized_at"));
  Exhibit x;
  x.id = NewUuidV7(*ctx.app.env);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    x.case_id = f->case_id;
    x.created_by = ctx.caller().user_id;
    x.created_at = now;
    x.updated_at = now;
    x.version = 1;
    ApplyExhibitInput(*in, x);
    ARIADNE_RETURN_IF_ERROR(w.InsertExhibit(x));
    // The seizure is the chain's first link, recorded with the exhibit.
    CustodyEvent seized;
    seized.kind = "seized";
    seized.at = x.seized_at;
    seized.holder = x.seized_by;
    seized.location = x.seized_place;
    seized.seal_numbers = x.seal_numbers;
    seized.note = x.authority + (x.warrant_number.empty() ? "" : " " + x.warrant_number);
    ARIADNE_RETURN_IF_ERROR(AppendToChain(w, seized, x.id, ctx.caller().user_id, now, *ctx.app.env));
    ctx.audit.records.push_back("exhibit:" + x.id);
    ctx.audit.detail = {{"number", x.number}, {"evidence_type", x.evidence_type}};
    return ctx.AuditIn(w);
  }));
  auto res = Render(ctx, x.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/cases/" + x.case_id + "/exhibits/" + x.id});
  return res;
}

Result<HttpResponse> GetExhibit(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckExhibitAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto x = LoadExhibit(ctx, r, *f);
    if (!x) return Fail(x.error());
    auto events = r.ListCustody(x->id);
    if (!events) return Fail(events.error());
    UserNameCache users(r);
    out = ExhibitJson(*x, *events, users, true);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> UpdateExhibit(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseExhibitInput(*body, *ctx.app.lookups, ExhibitInputMode::kUpdate);
  if (!in) return Fail(in.error());
  const int64_t now = ctx.app.env->NowMillis();
  std::string xid;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckExhibitAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    auto x = LoadExhibit(ctx, w, *f);
    if (!x) return Fail(x.error());
    xid = x->id;
    if (x->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the exhibit was changed by someone else; reload it", "version"));
    Exhibit before = *x;
    auto changed = ApplyExhibitInput(*in, *x);
    if (changed.empty()) return Ok();
    // A correction may change what was written, never remove what the chain relies on.
    const std::pair<const char*, const std::string*> required[] = {
        {"evidence_type", &x->evidence_type}, {"description", &x->description}, {"seized_place", &x->seized_place},
        {"seized_by", &x->seized_by}, {"authority", &x->authority}};
    for (const auto& [field, value] : required)
      if (value->empty()) return Fail(Error::Invalid("required", std::string(field) + " may not be emptied", field));
    x->version = before.version + 1;
    x->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateExhibit(*x, before.version));
    ARIADNE_RETURN_IF_ERROR(w.InsertExhibitHistory(x->id, {x->version, ctx.caller().user_id, now, json(changed).dump()}));
    ctx.audit.detail = {{"fields", changed}, {"version", x->version}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, xid, 200);
}

Result<HttpResponse> AddCustodyEvent(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  const int64_t now = ctx.app.env->NowMillis();
  auto e = ParseCustodyEvent(*body, *ctx.app.lookups, now);
  if (!e) return Fail(e.error());
  if (e->kind == "seized")
    return Fail(Error::Invalid("invalid_value", "the seizure is recorded when the exhibit is registered", "kind"));
  std::string xid;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckExhibitAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    auto x = LoadExhibit(ctx, w, *f);
    if (!x) return Fail(x.error());
    xid = x->id;
    ARIADNE_RETURN_IF_ERROR(AppendToChain(w, *e, x->id, ctx.caller().user_id, now, *ctx.app.env));
    ctx.audit.detail = {{"custody", e->kind}, {"holder", e->holder}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, xid, 201);
}

}  // namespace

void AddExhibitRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/exhibits";
  r.Add({"GET", base, perm::kCaseRead, "exhibit.list", "The exhibit register of a case", ListExhibits, nullptr,
         "exhibits"});
  r.Add({"POST", base, perm::kCaseUpdate, "exhibit.create", "Register a seized exhibit (its chain starts with the seizure)",
         CreateExhibit, {{"type", "object"}}, "exhibits"});
  r.Add({"GET", base + "/{xid}", perm::kCaseRead, "exhibit.read", "An exhibit with its chain of custody and its flags",
         GetExhibit, nullptr, "exhibits"});
  r.Add({"PATCH", base + "/{xid}", perm::kCaseUpdate, "exhibit.update", "Correct an exhibit's register entry (with its version)",
         UpdateExhibit, {{"type", "object"}}, "exhibits"});
  r.Add({"POST", base + "/{xid}/custody", perm::kCaseUpdate, "exhibit.custody",
         "Record a custody event: sealed, transferred, received, examined, returned, destroyed", AddCustodyEvent,
         {{"type", "object"}}, "exhibits"});
}

}  // namespace ariadne
