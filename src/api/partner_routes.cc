// The partner directory (/api/v1/partners), the protection reference data, the dashboard
// counts (/api/v1/stats/protection) and an administrator's confirmation of national rules.
#include <map>

#include "api/app.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json PartnerJson(const PartnerOrg& p) {
  return {{"id", p.id},       {"name", p.name},         {"kind", p.kind},       {"country", p.country},
          {"region", p.region}, {"services", p.services}, {"contacts", p.contacts}, {"unit_id", p.unit_id},
          {"active", p.active}, {"version", p.version}};
}

Result<HttpResponse> ListPartners(RequestContext& ctx) {
  const std::string service = ctx.req.Query("service"), region = ctx.req.Query("region");
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListPartners();
    if (!list) return Fail(list.error());
    for (const auto& p : *list) {
      if (!service.empty() && !p.Offers(service)) continue;
      if (!region.empty() && p.region != region) continue;
      items.push_back(PartnerJson(p));
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Status CheckPartnerUnit(StoreReader& r, const PartnerOrg& p) {
  if (p.unit_id.empty()) return Ok();
  if (!IsUuid(p.unit_id) || !r.GetUnit(p.unit_id)) return Fail(Error::Invalid("unknown_record", "no such unit", "unit_id"));
  return Ok();
}

Result<HttpResponse> CreatePartner(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  PartnerOrg p;
  ARIADNE_RETURN_IF_ERROR(ApplyPartnerInput(*body, *ctx.app.protection, p, true));
  if (body->contains("version")) return Fail(Error::BadRequest("unknown_field", "a new partner has no version", "version"));
  p.id = NewUuidV7(*ctx.app.env);
  p.created_at = p.updated_at = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(CheckPartnerUnit(w, p));
    ARIADNE_RETURN_IF_ERROR(w.InsertPartner(p));
    ctx.audit.records.push_back("partner:" + p.id);
    ctx.audit.detail = {{"name", p.name}, {"services", p.services}};
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, PartnerJson(p));
}

Result<HttpResponse> UpdatePartner(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  if (!body->contains("version") || !(*body)["version"].is_number_integer())
    return Fail(Error::Invalid("required", "version is required", "version"));
  const int64_t version = (*body)["version"].get<int64_t>();
  PartnerOrg out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    const std::string id = ctx.Param("id");
    ctx.audit.records.push_back("partner:" + id);
    if (!IsUuid(id)) return Fail(Error::NotFound("partner"));
    auto p = w.GetPartner(id);
    if (!p) return Fail(p.error());
    if (p->version != version) return Fail(Error::Conflict("version_conflict", "the partner was changed meanwhile", "version"));
    ARIADNE_RETURN_IF_ERROR(ApplyPartnerInput(*body, *ctx.app.protection, *p, false));
    ARIADNE_RETURN_IF_ERROR(CheckPartnerUnit(w, *p));
    p->version = version + 1;
    p->updated_at = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.UpdatePartner(*p, version));
    out = *p;
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, PartnerJson(out));
}

Result<HttpResponse> Reference(RequestContext& ctx) { return JsonResponse(200, ctx.app.protection->client_doc()); }

void Count(json& bucket, const std::string& key) {
  const std::string k = key.empty() ? "unknown" : key;
  bucket[k] = bucket.value(k, 0) + 1;
}

Result<HttpResponse> Stats(RequestContext& ctx) {
  const int64_t now = ctx.app.env->NowMillis();
  json victims = {{"total", 0},
                  {"by_assistance_status", json::object()},
                  {"by_procedural_status", json::object()},
                  {"by_sex", json::object()},
                  {"by_age_group", json::object()},
                  {"by_nationality", json::object()},
                  {"by_exploitation", json::object()}};
  json referrals = {{"total", 0}, {"by_state", json::object()}, {"by_service", json::object()}, {"overdue", 0}};
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto files = r.AllProtectionFiles();
    if (!files) return Fail(files.error());
    auto ages = r.AllProtectionRecords("assessment");
    if (!ages) return Fail(ages.error());
    std::map<std::string, std::vector<ProtectionRecord>> by_file;
    for (auto& a : *ages)
      if (a.subtype == "age") by_file[a.file_id].push_back(a);
    for (const auto& f : *files) {
      victims["total"] = victims["total"].get<int>() + 1;
      Count(victims["by_assistance_status"], f.assistance_status);
      Count(victims["by_procedural_status"], f.procedural_status);
      Count(victims["by_sex"], f.person.sex);
      Count(victims["by_age_group"],
            DetermineChild(f.person, by_file[f.id], now, ctx.app.jurisdictions->Protection(f.jurisdiction).age_of_majority)
                .age_group);
      Count(victims["by_nationality"], f.person.nationality);
      if (f.forms_of_exploitation.empty()) Count(victims["by_exploitation"], "");
      for (const auto& form : f.forms_of_exploitation) Count(victims["by_exploitation"], form);
    }
    auto refs = r.AllProtectionRecords("referral");
    if (!refs) return Fail(refs.error());
    for (const auto& ref : *refs) {
      referrals["total"] = referrals["total"].get<int>() + 1;
      Count(referrals["by_state"], ref.state);
      Count(referrals["by_service"], ref.subtype);
      if (ReferralOverdue(ref, now)) referrals["overdue"] = referrals["overdue"].get<int>() + 1;
    }
    return Ok();
  }));
  ctx.audit.detail = {{"victims", victims["total"]}};
  return JsonResponse(200, {{"victims", victims}, {"referrals", referrals}, {"at", FormatTime(now)}});
}

Result<HttpResponse> Confirm(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"item", "note"}));
  auto item = RequiredString(*body, "item", 100);
  if (!item) return Fail(item.error());
  auto note = OptionalString(*body, "note", 2000);
  if (!note) return Fail(note.error());
  const std::string country = ctx.Param("country");
  if (!ctx.app.jurisdictions->Has(country)) return Fail(Error::NotFound("jurisdiction"));
  if (*item != "reflection_period" && *item != "rules" && !ctx.app.jurisdictions->Article(country, *item))
    return Fail(Error::Invalid("invalid_value", country + " has no article or rule '" + *item + "'", "item"));
  JurisdictionConfirmation c{country, *item, ctx.caller().user_id, ctx.app.env->NowMillis(), *note};
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.PutJurisdictionConfirmation(c));
    ctx.audit.detail = {{"country", country}, {"item", *item}};
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, {{"country", country}, {"item", *item}, {"confirmed_at", FormatTime(c.confirmed_at)}});
}

}  // namespace

void AddPartnerRoutes(Router& r) {
  r.Add({"GET", "/api/v1/partners", perm::kSignedIn, "", "The partner directory (by service and region)", ListPartners,
         nullptr, "protection"});
  r.Add({"POST", "/api/v1/partners", perm::kPartnerManage, "partner.create", "Add a partner organisation",
         CreatePartner, {{"type", "object"}}, "protection"});
  r.Add({"PATCH", "/api/v1/partners/{id}", perm::kPartnerManage, "partner.update",
         "Change a partner organisation (with its version)", UpdatePartner, {{"type", "object"}}, "protection"});
  r.Add({"GET", "/api/v1/protection/reference", perm::kSignedIn, "",
         "Referral services, assessments, legal elements and report blocks", Reference, nullptr, "protection"});
  r.Add({"GET", "/api/v1/stats/protection", perm::kStatsRead, "stats.protection",
         "Victims by status, sex, age group, nationality and exploitation; referrals by state (counts only)", Stats,
         nullptr, "protection"});
  r.Add({"POST", "/api/v1/admin/jurisdictions/{country}/confirm", perm::kJurisdictionAdmin, "jurisdiction.confirm",
         "Confirm an article or rule of a jurisdiction against the code in force", Confirm, {{"type", "object"}},
         "admin"});
}

}  // namespace ariadne
