// Dissemination of intelligence: the handling check shown before sending, the dissemination
// itself (only what the one access function allows), its log and acknowledgement; and the
// sanitised copy for wider dissemination, checked for every string the analyst removed.
#include "api/app.h"
#include "api/intel_access.h"
#include "api/intel_text.h"
#include "api/protection_access.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/intel_report.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json UnitRef(StoreReader& r, const std::string& id) {
  auto u = r.GetUnit(id);
  if (!u) return nullptr;
  return {{"id", u->id}, {"name", u->name}, {"code", u->code}, {"country", u->country}};
}

json DisseminationJson(StoreReader& r, const IntelGrading& g, const IntelDissemination& d) {
  const HandlingCode* h = g.Handling(d.handling);
  return {{"id", d.id},
          {"report_id", d.report_id},
          {"unit", UnitRef(r, d.unit_id)},
          {"path", d.path},
          {"handling", d.handling},
          {"tlp", h ? h->tlp : "TLP:RED"},
          {"by", UserRef(r, d.by)},
          {"by_originator", d.by_originator},
          {"at", FormatTime(d.at)},
          {"note", d.note},
          {"acknowledged_at", d.acknowledged_at ? json(FormatTime(d.acknowledged_at)) : json(nullptr)},
          {"acknowledged_by", d.acknowledged_by.empty() ? json(nullptr) : UserRef(r, d.acknowledged_by)}};
}

Result<Unit> TargetUnit(StoreReader& r, const json& body) {
  auto id = RequiredString(body, "unit_id", 64);
  if (!id) return Fail(id.error());
  auto unit = IsUuid(*id) ? r.GetUnit(*id) : r.GetUnitByCode(*id);
  if (!unit) return Fail(Error::Invalid("unknown_record", "no such unit", "unit_id"));
  return unit;
}

json CheckJson(const DisseminationCheck& c, const std::string& handling, const IntelGrading& g) {
  const HandlingCode* h = g.Handling(handling);
  return {{"allowed", c.allowed}, {"path", c.path}, {"recipient_class", c.recipient_class}, {"handling", handling},
          {"tlp", h ? h->tlp : "TLP:RED"}, {"code", c.code}, {"message", c.message}, {"message_ru", c.message_ru}};
}

Result<HttpResponse> Check(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"unit_id"}));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    auto unit = TargetUnit(r, *body);
    if (!unit) return Fail(unit.error());
    auto c = ctx.app.authz->CheckDissemination(ctx.caller(), l->caller_unit, l->facts, *unit);
    out = CheckJson(c, l->report.grading.handling, ctx.app.authz->intel());
    out["unit"] = UnitRef(r, unit->id);
    ctx.audit.detail = {{"unit", unit->code}, {"allowed", c.allowed}, {"code", c.code}};
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> Disseminate(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"unit_id", "note"}));
  auto note = OptionalString(*body, "note", 2000);
  if (!note) return Fail(note.error());
  const IntelGrading& g = ctx.app.authz->intel();
  const int64_t now = ctx.app.env->NowMillis();
  IntelDissemination d;
  d.id = NewUuidV7(*ctx.app.env);
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    auto unit = TargetUnit(w, *body);
    if (!unit) return Fail(unit.error());
    auto c = ctx.app.authz->CheckDissemination(ctx.caller(), l->caller_unit, l->facts, *unit);
    ctx.audit.detail = {{"unit", unit->code}, {"path", c.path}, {"handling", l->report.grading.handling},
                        {"recipient_class", c.recipient_class}, {"code", c.code}};
    if (!c.allowed) {
      Error e = c.code == "risk_assessment_required" ? Error::Invalid(c.code, c.message, "risk_assessment")
                : c.code == "not_ready"              ? Error::Conflict(c.code, c.message, "cycle")
                                                     : Error::Forbidden(c.code, c.message);
      return Fail(e);
    }
    if (unit->id == HolderOf(l->report) || unit->id == l->report.author_unit_id)
      return Fail(Error::Invalid("invalid_value", "the unit holds the report already", "unit_id"));
    d.report_id = l->report.id;
    d.unit_id = unit->id;
    d.path = c.path;
    d.handling = l->report.grading.handling;
    d.by = ctx.caller().user_id;
    d.by_originator = l->access.relation == "originator";
    d.at = now;
    d.note = *note;
    ARIADNE_RETURN_IF_ERROR(w.InsertDissemination(d));
    FrontlineReport rep = l->report;
    if (rep.cycle == "analysed") {
      const int64_t expected = rep.version;
      rep.cycle = "disseminated";
      rep.version = expected + 1;
      rep.updated_at = now;
      ARIADNE_RETURN_IF_ERROR(w.UpdateFrontlineReport(rep, expected));
    }
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep.id, "disseminated",
                                          {{"unit", unit->code}, {"path", d.path}, {"handling", d.handling}}));
    ARIADNE_RETURN_IF_ERROR(NotifyUnit(ctx, w, unit->id, {"supervisor", "investigator", "analyst"}, "intelligence",
                                       {"Intelligence " + rep.reference + " was disseminated to your unit (" + d.handling + ")",
                                        "Вашему подразделению переданы сведения " + rep.reference + " (" + d.handling + ")"},
                                       "/intelligence/reports/" + rep.id));
    ctx.audit.records.push_back("dissemination:" + d.id);
    ctx.audit.records.push_back("unit:" + unit->id);
    out = DisseminationJson(w, g, d);
    return ctx.AuditIn(w);
  }));
  HttpResponse res = JsonResponse(201, out);
  return res;
}

Result<HttpResponse> ReportLog(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    auto list = r.ListDisseminations(l->report.id, "");
    if (!list) return Fail(list.error());
    // A recipient sees what reached its own unit; the holder and the originator all of it.
    const bool all = l->access.relation == "originator" || l->access.relation == "holder";
    for (const auto& d : *list)
      if (all || d.unit_id == ctx.caller().unit_id) items.push_back(DisseminationJson(r, ctx.app.authz->intel(), d));
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Received(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListDisseminations("", ctx.caller().unit_id);
    if (!list) return Fail(list.error());
    for (auto it = list->rbegin(); it != list->rend(); ++it) {
      auto rep = r.GetFrontlineReport(it->report_id);
      if (!rep) continue;
      auto l = AccessOf(ctx, r, *rep);
      if (!l) return Fail(l.error());
      json j = DisseminationJson(r, ctx.app.authz->intel(), *it);
      // A report whose handling was tightened since is listed without its reference.
      j["report"] = l->access.Has(intel_path::kView) ? json{{"id", rep->id}, {"reference", rep->reference}} : json(nullptr);
      items.push_back(j);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Acknowledge(RequestContext& ctx) {
  const std::string id = ctx.Param("did");
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("dissemination:" + id);
    if (!IsUuid(id)) return Fail(Error::NotFound("dissemination"));
    auto d = w.GetDissemination(id);
    if (!d) return Fail(d.error());
    if (d->unit_id != ctx.caller().unit_id) return Fail(Error::NotFound("dissemination"));
    ctx.audit.records.push_back("frontline_report:" + d->report_id);
    const int64_t now = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.AcknowledgeDissemination(id, ctx.caller().user_id, now));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, d->report_id, "acknowledged", {{"dissemination", id}}));
    d->acknowledged_by = ctx.caller().user_id;
    d->acknowledged_at = now;
    out = DisseminationJson(w, ctx.app.authz->intel(), *d);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> Sanitise(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"blocks", "items", "facts", "grading", "removed", "reason", "location"}));
  auto reason = RequiredString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  // The removed strings: what the analyst took out, each with why.
  if (!body->contains("removed") || !(*body)["removed"].is_array() || (*body)["removed"].empty())
    return Fail(Error::Invalid("required", "list what was removed (text and reason)", "removed"));
  std::vector<std::pair<std::string, std::string>> removed;
  for (size_t i = 0; i < (*body)["removed"].size(); ++i) {
    const json& x = (*body)["removed"][i];
    const std::string f = "removed[" + std::to_string(i) + "]";
    if (!x.is_object() || !x.contains("text") || !x["text"].is_string() || x["text"].get<std::string>().size() < 2)
      return Fail(Error::Invalid("invalid_value", "each removal names the text removed", f + ".text"));
    if (!x.contains("reason") || !x["reason"].is_string() || x["reason"].get<std::string>().empty())
      return Fail(Error::Invalid("required", "each removal says why", f + ".reason"));
    removed.emplace_back(x["text"], x["reason"]);
  }
  auto in = ParseFrontlineInput({{"blocks", body->value("blocks", json::object())}}, ctx.app.protection->FrontlineBlocks(), false);
  if (!in) return Fail(in.error());
  auto location = OptionalString(*body, "location", 500);
  if (!location) return Fail(location.error());
  const int64_t now = ctx.app.env->NowMillis();
  FrontlineReport copy;
  copy.id = NewUuidV7(*ctx.app.env);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    const FrontlineReport& orig = l->report;
    // The route needs intel.manage; the copy is made where the report is held.
    if (l->access.relation != "holder")
      return Fail(Error::Forbidden("forbidden", "an analyst or supervisor of the unit holding the report sanitises it"));
    if (!orig.sanitised_from.empty())
      return Fail(Error::Invalid("invalid_value", "sanitise the original, not a copy", "id"));
    // Items of the copy get new ids: nothing of it leads back to the original's records.
    json body_intel = json::object();
    for (const char* k : {"items", "facts", "grading"})
      if (body->contains(k)) body_intel[k] = (*body)[k];
    if (body_intel.contains("items") && body_intel["items"].is_array())
      for (auto& it : body_intel["items"])
        if (it.is_object()) it.erase("id");
    std::string country = l->caller_unit.country;
    auto intel = ParseIntelInput(body_intel, ctx.app.authz->intel(), *ctx.app.lookups, orig.grading, country,
                                 [&] { return NewUuidV7(*ctx.app.env); });
    if (!intel) return Fail(intel.error());
    copy.author_id = ctx.caller().user_id;
    copy.author_unit_id = ctx.caller().unit_id;
    copy.target_unit_id = ctx.caller().unit_id;
    copy.state = "handed_over";
    copy.cycle = "analysed";
    copy.blocks = in->blocks.value_or(json::object());
    copy.location = *location;
    copy.grading = intel->grading.value_or(orig.grading);
    copy.facts = intel->facts.value_or(orig.facts);
    copy.items = intel->items.value_or(json::array());
    if (auto u = w.GetUser(ctx.caller().user_id)) copy.originator_contact = u->display_name + ", " + l->caller_unit.name;
    copy.sanitised_from = orig.id;
    copy.handed_over_at = copy.created_at = copy.updated_at = now;
    // Nothing removed may remain, in any script or spelling.
    json remains = json::array();
    for (const auto& [field, text] : IntelTexts(copy.blocks, copy.items, copy.location, copy.originator_contact))
      for (const auto& [r, why] : removed)
        if (RemovedTextIn(r, text)) {
          remains.push_back(field);
          break;
        }
    if (!remains.empty()) {
      Error e = Error::Invalid("removed_text_remains", "a removed text is still in the copy: " + remains.dump(),
                               remains[0].get<std::string>());
      return Fail(e);
    }
    auto reference = NextReference(w, "frontline_reports", "FR", now);
    if (!reference) return Fail(reference.error());
    copy.reference = *reference + "-S";
    ARIADNE_RETURN_IF_ERROR(w.InsertFrontlineReport(copy));
    // The copy starts a history of its own; the removal is recorded on the original.
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, copy.id, "created", {{"sanitised", true}, {"grading", GradingJson(copy.grading)}}));
    json removals = json::array();
    for (const auto& [r, why] : removed) removals.push_back({{"text", r}, {"reason", why}});
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, orig.id, "sanitised",
                                          {{"copy", copy.reference}, {"copy_id", copy.id}, {"removed", removals},
                                           {"reason", *reason}}));
    ctx.audit.records.push_back("frontline_report:" + copy.id);
    ctx.audit.detail = {{"copy", copy.reference}, {"removals", removed.size()}, {"handling", copy.grading.handling}};
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto rep = r.GetFrontlineReport(copy.id);
    if (!rep) return Fail(rep.error());
    auto l = AccessOf(ctx, r, *rep);
    if (!l) return Fail(l.error());
    out = IntelReportJson(ctx, r, *l);
    return Ok();
  }));
  HttpResponse res = JsonResponse(201, out);
  res.headers.push_back({"Location", "/api/v1/intelligence/reports/" + copy.id});
  return res;
}

}  // namespace

void AddIntelDisseminationRoutes(Router& r) {
  const std::string base = "/api/v1/intelligence/reports";
  r.Add({"POST", base + "/{id}/dissemination-check", perm::kSignedIn, "intel.dissemination_check",
         "Whether the report's handling lets it go to a unit, and why", Check, {{"type", "object"}}, "intelligence"});
  r.Add({"POST", base + "/{id}/disseminations", perm::kSignedIn, "intel.disseminate",
         "Disseminate the report to a unit, as its handling allows", Disseminate, {{"type", "object"}}, "intelligence"});
  r.Add({"GET", base + "/{id}/disseminations", perm::kSignedIn, "intel.dissemination_log",
         "The report's dissemination log", ReportLog, nullptr, "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/disseminations", perm::kIntelRead, "intel.received",
         "Intelligence disseminated to the caller's unit", Received, nullptr, "intelligence"});
  r.Add({"POST", "/api/v1/intelligence/disseminations/{did}/acknowledge", perm::kIntelRead, "intel.acknowledge",
         "Acknowledge intelligence received", Acknowledge, nullptr, "intelligence"});
  r.Add({"POST", base + "/{id}/sanitised-copies", perm::kIntelManage, "intel.sanitise",
         "A sanitised copy for wider dissemination (removals recorded on the original)", Sanitise,
         {{"type", "object"}}, "intelligence"});
}

}  // namespace ariadne
