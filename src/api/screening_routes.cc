// Indicator sets (config/indicators) and screenings: /api/v1/indicator-sets,
// /api/v1/screenings, /api/v1/cases/{id}/screenings. A screening records what was observed;
// its result is signals per group and a recommendation, never a verdict.
#include "api/app.h"
#include "api/case_access.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json SetSummary(const IndicatorSet& s) {
  json groups = json::array();
  for (const auto& g : s.groups) groups.push_back({{"id", g.id}, {"label", {{"en", g.label.en}, {"ru", g.label.ru}}}});
  return {{"id", s.id},
          {"version", s.version},
          {"kind", s.kind},
          {"label", s.doc["label"]},
          {"description", s.doc.value("description", json(nullptr))},
          {"applies_to", s.applies_to},
          {"jurisdiction", s.jurisdiction.empty() ? json(nullptr) : json(s.jurisdiction)},
          {"count", s.indicators.size()},
          {"groups", groups}};
}

json SetJson(const IndicatorSet& s) {
  json out = SetSummary(s);
  out["source"] = s.doc.value("source", json(nullptr));
  json indicators = json::array();
  for (const auto& i : s.indicators) {
    json j = {{"id", i.id}, {"text", {{"en", i.text.en}, {"ru", i.text.ru}}}, {"group", i.group}, {"direct", i.direct}};
    if (i.priority) j["priority"] = i.priority;
    for (const auto& d : s.doc["indicators"])
      if (d.value("id", "") == i.id && d.contains("source")) j["source"] = d["source"];
    indicators.push_back(j);
  }
  out["indicators"] = indicators;
  return out;
}

Result<HttpResponse> ListSets(RequestContext& ctx) {
  json items = json::array();
  for (const IndicatorSet* s : ctx.app.indicators->LatestAll()) items.push_back(SetSummary(*s));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> GetSet(RequestContext& ctx) {
  const std::string v = ctx.Param("version");
  const IndicatorSet* s = nullptr;
  if (v.empty()) {
    s = ctx.app.indicators->Latest(ctx.Param("sid"));
  } else if (v.find_first_not_of("0123456789") == std::string::npos && v.size() < 6) {
    s = ctx.app.indicators->Find(ctx.Param("sid"), std::stoi(v));
  }
  if (!s) return Fail(Error::NotFound("indicator set"));
  return JsonResponse(200, SetJson(*s));
}

struct ScreeningInput {
  Screening row;
  std::vector<const IndicatorSet*> sets;
  std::vector<Observation> observations;
};

Result<ScreeningInput> ParseScreening(RequestContext& ctx, const json& body) {
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(body, {"subject", "sets", "observations", "note"}));
  ScreeningInput in;
  if (!body.contains("subject") || !body["subject"].is_object())
    return Fail(Error::Invalid("required", "the subject is a case person, a report or a protection file", "subject"));
  const json& subject = body["subject"];
  for (const auto& [k, v] : subject.items()) {
    if (k != "case_id" && k != "entity_id" && k != "report_id" && k != "file_id")
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", "subject." + k));
    if (!v.is_string()) return Fail(Error::BadRequest("wrong_type", "subject." + k + " must be a string", "subject." + k));
  }
  in.row.case_id = subject.value("case_id", "");
  in.row.entity_id = subject.value("entity_id", "");
  in.row.report_id = subject.value("report_id", "");
  in.row.file_id = subject.value("file_id", "");
  const int kinds = !in.row.case_id.empty() + !in.row.report_id.empty() + !in.row.file_id.empty();
  if (kinds != 1 || (!in.row.case_id.empty() && in.row.entity_id.empty()))
    return Fail(Error::Invalid("invalid_value", "name exactly one subject: case_id with entity_id, report_id or file_id",
                               "subject"));
  if (!body.contains("sets") || !body["sets"].is_array() || body["sets"].empty() || body["sets"].size() > 30)
    return Fail(Error::Invalid("required", "name the indicator sets used", "sets"));
  json sets = json::array();
  for (size_t i = 0; i < body["sets"].size(); ++i) {
    const json& s = body["sets"][i];
    const IndicatorSet* set = s.is_string() ? ctx.app.indicators->Latest(s.get<std::string>()) : nullptr;
    if (!set) return Fail(Error::Invalid("invalid_value", "unknown indicator set " + s.dump(), "sets[" + std::to_string(i) + "]"));
    for (const IndicatorSet* seen : in.sets)
      if (seen == set) return Fail(Error::Invalid("invalid_value", "set named twice", "sets[" + std::to_string(i) + "]"));
    in.sets.push_back(set);
    sets.push_back({{"id", set->id}, {"version", set->version}});
  }
  in.row.sets = sets;
  if (body.contains("observations")) {
    const json& obs = body["observations"];
    if (!obs.is_array() || obs.size() > 500) return Fail(Error::BadRequest("wrong_type", "observations is a list", "observations"));
    for (size_t i = 0; i < obs.size(); ++i) {
      const std::string field = "observations[" + std::to_string(i) + "]";
      if (!obs[i].is_object()) return Fail(Error::BadRequest("wrong_type", field + " must be an object", field));
      for (const auto& [k, v] : obs[i].items())
        if (k != "indicator" && k != "note") return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", field + "." + k));
      if (!obs[i].contains("indicator") || !obs[i]["indicator"].is_string())
        return Fail(Error::BadRequest("wrong_type", field + ".indicator must be a string", field + ".indicator"));
      if (obs[i].contains("note") && (!obs[i]["note"].is_string() || obs[i]["note"].get<std::string>().size() > 2000))
        return Fail(Error::BadRequest("wrong_type", field + ".note is text of at most 2000 bytes", field + ".note"));
      in.observations.push_back({obs[i]["indicator"].get<std::string>(), obs[i].value("note", "")});
    }
  }
  auto note = OptionalString(body, "note", 5000);
  if (!note) return Fail(note.error());
  in.row.note = *note;
  return in;
}

json ResultJson(const ScreeningResult& r) {
  json groups = json::array();
  for (const auto& g : r.groups)
    groups.push_back({{"set", g.set}, {"group", g.group}, {"label", {{"en", g.label.en}, {"ru", g.label.ru}}},
                      {"observed", g.observed}, {"direct_observed", g.direct_observed}, {"total", g.total}});
  return {{"groups", groups}, {"recommendation", r.recommendation}};
}

// The subject's own access rule: the case, the report or the file.
Status CheckSubject(RequestContext& ctx, StoreReader& r, const Screening& s) {
  const Principal& p = ctx.caller();
  if (!s.case_id.empty()) {
    ctx.audit.records.push_back("case:" + s.case_id);
    ctx.audit.records.push_back("entity:" + s.entity_id);
    if (!IsUuid(s.case_id)) return Fail(Error::NotFound("case"));
    auto facts = r.GetCaseAccess(s.case_id, p.user_id);
    if (!facts) return Fail(facts.error());
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckCase(p, perm::kScreeningRecord, *facts));
    auto schema = r.EntitySchemaOf(s.case_id, s.entity_id);
    if (!schema) return Fail(schema.error());
    if (!*schema || **schema != "Person")
      return Fail(Error::Invalid("unknown_record", "entity_id names no person of this case", "subject.entity_id"));
    return Ok();
  }
  if (!s.report_id.empty()) {
    ctx.audit.records.push_back("frontline_report:" + s.report_id);
    if (!IsUuid(s.report_id)) return Fail(Error::NotFound("report"));
    auto rep = r.GetFrontlineReport(s.report_id);
    if (!rep) return Fail(rep.error());
    return ctx.app.authz->CheckFrontlineReport(p, perm::kProtectionRead,
                                               {rep->author_id, rep->target_unit_id, rep->state != "draft"});
  }
  auto a = CheckFileAccess(ctx, r, s.file_id, perm::kProtectionManage);
  if (!a) return Fail(a.error());
  return Ok();
}

Result<HttpResponse> CreateScreening(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseScreening(ctx, *body);
  if (!in) return Fail(in.error());
  auto result = EvaluateScreening(in->sets, in->observations);
  if (!result) return Fail(result.error());
  Screening s = in->row;
  s.id = NewUuidV7(*ctx.app.env);
  s.created_by = ctx.caller().user_id;
  s.created_at = ctx.app.env->NowMillis();
  s.result = ResultJson(*result);
  s.recommendation = result->recommendation;
  for (const auto& o : in->observations) s.observations.push_back({{"indicator", o.indicator}, {"note", o.note}});
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(CheckSubject(ctx, w, s));
    ARIADNE_RETURN_IF_ERROR(w.InsertScreening(s));
    ctx.audit.records.push_back("screening:" + s.id);
    ctx.audit.detail = {{"sets", s.sets}, {"observed", in->observations.size()}, {"recommendation", s.recommendation}};
    out = ScreeningJson(w, *ctx.app.indicators, s);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, out);
}

Result<HttpResponse> CaseScreenings(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    ScreeningQuery q;
    q.case_id = f->case_id;
    q.entity_id = ctx.req.Query("entity_id");
    auto list = r.ListScreenings(q);
    if (!list) return Fail(list.error());
    for (const auto& s : *list) {
      items.push_back(ScreeningJson(r, *ctx.app.indicators, s));
      ctx.audit.records.push_back("screening:" + s.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

}  // namespace

void AddScreeningRoutes(Router& r) {
  r.Add({"GET", "/api/v1/indicator-sets", perm::kSignedIn, "", "The newest version of every indicator set", ListSets,
         nullptr, "protection"});
  r.Add({"GET", "/api/v1/indicator-sets/{sid}", perm::kSignedIn, "", "An indicator set, newest version", GetSet,
         nullptr, "protection"});
  r.Add({"GET", "/api/v1/indicator-sets/{sid}/{version}", perm::kSignedIn, "", "One version of an indicator set",
         GetSet, nullptr, "protection"});
  r.Add({"POST", "/api/v1/screenings", perm::kScreeningRecord, "screening.record",
         "Record a screening of a person (signals per group and a recommendation, never a verdict)", CreateScreening,
         {{"type", "object"}}, "protection"});
  r.Add({"GET", "/api/v1/cases/{id}/screenings", perm::kCaseRead, "screening.list", "The screenings of a case's people",
         CaseScreenings, nullptr, "protection"});
}

}  // namespace ariadne
