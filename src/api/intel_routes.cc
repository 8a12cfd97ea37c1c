// /api/v1/intelligence/reports: the frontline report as intelligence — lists, the supervisor's
// review queue, grading, the cycle, the risk assessment before special handling, history,
// MISP export, the report's network and matches, and tasks from it. Every read goes through
// LoadIntel (the one access function's handling check, audited when refused).
#include <map>
#include <set>

#include "api/app.h"
#include "api/intel_access.h"
#include "api/protection_json.h"
#include "api/resolver.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<int64_t> VersionOf(const json& body) {
  if (!body.contains("version")) return Fail(Error::Invalid("required", "version is required", "version"));
  if (!body["version"].is_number_integer()) return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
  return body["version"].get<int64_t>();
}

Status SameVersion(const FrontlineReport& r, int64_t v) {
  if (r.version != v) return Fail(Error::Conflict("version_conflict", "the report was changed meanwhile; reload it", "version"));
  return Ok();
}

Status Save(RequestContext& ctx, StoreWriter& w, FrontlineReport& r) {
  const int64_t expected = r.version;
  r.version = expected + 1;
  r.updated_at = ctx.app.env->NowMillis();
  return w.UpdateFrontlineReport(r, expected);
}

Result<HttpResponse> Render(RequestContext& ctx, const std::string& id) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, id, intel_path::kView);
    if (!l) return Fail(l.error());
    out = IntelReportJson(ctx, r, *l);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> ListReports(RequestContext& ctx) {
  const std::string cycle = ctx.req.Query("cycle");
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    FrontlineQuery q;
    q.handed_over = true;
    q.limit = 5000;
    auto list = r.ListFrontlineReports(q);
    if (!list) return Fail(list.error());
    for (const auto& rep : *list) {
      if (!cycle.empty() && rep.cycle != cycle) continue;
      auto l = AccessOf(ctx, r, rep);
      if (!l) return Fail(l.error());
      if (!l->access.Has(intel_path::kView)) continue;
      items.push_back(IntelReportJson(ctx, r, *l));
      ctx.audit.records.push_back("frontline_report:" + rep.id);
      if (items.size() >= 500) break;
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> ReviewQueue(RequestContext& ctx) {
  if (ctx.caller().role != Role::kSupervisor)
    return Fail(Error::Forbidden("forbidden", "the review queue is the supervisor's"));
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    FrontlineQuery q;
    q.target_unit_id = ctx.caller().unit_id;
    q.limit = 1000;
    auto list = r.ListFrontlineReports(q);
    if (!list) return Fail(list.error());
    const IntelGrading& g = ctx.app.authz->intel();
    for (auto it = list->rbegin(); it != list->rend(); ++it) {  // oldest first
      const FrontlineReport& rep = *it;
      const HandlingCode* h = g.Handling(rep.grading.handling);
      const bool waiting = rep.cycle == "collected" || rep.cycle == "evaluated" || rep.cycle == "collated" ||
                           rep.cycle == "analysed";
      const bool unassessed = h && h->special && !rep.risk_assessment.is_object() && rep.cycle != "archived";
      if (!waiting && !unassessed) continue;
      auto l = AccessOf(ctx, r, rep);
      if (!l) return Fail(l.error());
      if (!l->access.Has(intel_path::kView)) continue;
      json j = IntelReportJson(ctx, r, *l);
      j["waiting_since"] = FormatTime(rep.updated_at);
      j["needs_risk_assessment"] = unassessed;
      items.push_back(j);
      ctx.audit.records.push_back("frontline_report:" + rep.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> GetReport(RequestContext& ctx) { return Render(ctx, ctx.Param("id")); }

Result<HttpResponse> ChangeGrading(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"version", "grading", "items", "reason"}));
  auto version = VersionOf(*body);
  if (!version) return Fail(version.error());
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  if (!body->contains("grading") && !body->contains("items"))
    return Fail(Error::Invalid("required", "give the report's grading or its items' grading", "grading"));
  const IntelGrading& g = ctx.app.authz->intel();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckIntelGrading(ctx.caller(), l->facts, !reason->empty()));
    FrontlineReport rep = l->report;
    ARIADNE_RETURN_IF_ERROR(SameVersion(rep, *version));
    const Grading before = rep.grading;
    json changes = json::array();
    if (body->contains("grading")) {
      auto next = g.Parse((*body)["grading"], "grading", rep.grading);
      if (!next) return Fail(next.error());
      rep.grading = *next;
      if (!(before == rep.grading))
        changes.push_back({{"what", "report"}, {"from", GradingJson(before)}, {"to", GradingJson(rep.grading)}});
    }
    if (body->contains("items")) {
      const json& items = (*body)["items"];
      if (!items.is_object()) return Fail(Error::BadRequest("wrong_type", "items maps an item id to its grading", "items"));
      for (const auto& [id, grading] : items.items()) {
        const std::string field = "items." + id;
        json* item = nullptr;
        for (auto& it : rep.items)
          if (it.value("id", "") == id) item = &it;
        if (!item) return Fail(Error::Invalid("unknown_record", "the report has no item '" + id + "'", field));
        Grading base = rep.grading;
        if (item->contains("grading")) {
          auto old = g.Parse((*item)["grading"], field, rep.grading);
          if (old) base = *old;
        }
        auto next = g.Parse(grading, field, base);
        if (!next) return Fail(next.error());
        next->handling = g.Stricter(next->handling, rep.grading.handling);
        changes.push_back({{"what", "item"}, {"item", id}, {"from", (*item).value("grading", json(nullptr))},
                           {"to", GradingJson(*next)}});
        (*item)["grading"] = GradingJson(*next);
      }
    }
    // Items stay no wider than a tightened report.
    for (auto& it : rep.items)
      if (it.contains("grading")) it["grading"]["handling"] = g.Stricter(it["grading"].value("handling", ""), rep.grading.handling);
    if (changes.empty()) return Ok();
    ARIADNE_RETURN_IF_ERROR(Save(ctx, w, rep));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep.id, "grading", {{"changes", changes}, {"reason", *reason}}));
    ctx.audit.detail = {{"changes", changes}, {"reason", *reason}, {"by_originator", rep.author_id == ctx.caller().user_id}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, ctx.Param("id"));
}

Result<HttpResponse> MoveCycle(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"version", "to", "reason"}));
  auto version = VersionOf(*body);
  if (!version) return Fail(version.error());
  auto to = RequiredString(*body, "to", 40);
  if (!to) return Fail(to.error());
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  const IntelGrading& g = ctx.app.authz->intel();
  if (!g.IsState(*to)) return Fail(Error::Invalid("invalid_value", "not a state of the intelligence cycle", "to"));
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    // The holding unit works the cycle; a recipient marks what it received as actioned.
    const bool holder =
        l->access.relation == "holder" && ctx.app.authz->Check(ctx.caller(), perm::kIntelManage).has_value();
    const bool recipient = (l->access.relation == "recipient" || l->access.relation == "consented") && *to == "actioned";
    if (!holder && !recipient)
      return Fail(Error::Forbidden("forbidden", "the unit holding the report moves it through the cycle"));
    FrontlineReport rep = l->report;
    ARIADNE_RETURN_IF_ERROR(SameVersion(rep, *version));
    if (*to == "disseminated")
      return Fail(Error::Conflict("invalid_transition", "a report becomes disseminated by disseminating it", "to"));
    if (!g.MayMove(rep.cycle, *to))
      return Fail(Error::Conflict("invalid_transition", "the cycle does not go from " + rep.cycle + " to " + *to, "to"));
    const std::string from = rep.cycle;
    rep.cycle = *to;
    ARIADNE_RETURN_IF_ERROR(Save(ctx, w, rep));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep.id, "cycle", {{"from", from}, {"to", *to}, {"reason", *reason}}));
    ctx.audit.detail = {{"from", from}, {"to", *to}};
    return ctx.AuditIn(w);
  }));
  if (*to == "archived")  // archived intelligence no longer raises matches
    if (auto st = ctx.app.store->Read([&](StoreReader& r) -> Status {
          auto rep = r.GetFrontlineReport(ctx.Param("id"));
          if (rep) ctx.app.resolver->IndexReport(*rep);
          return Ok();
        });
        !st)
      return Fail(st.error());
  return Render(ctx, ctx.Param("id"));
}

Result<HttpResponse> RiskAssessment(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"version", "risk", "text"}));
  auto version = VersionOf(*body);
  if (!version) return Fail(version.error());
  auto risk = RequiredString(*body, "risk", 10);
  if (!risk) return Fail(risk.error());
  if (*risk != "low" && *risk != "medium" && *risk != "high")
    return Fail(Error::Invalid("invalid_value", "risk is low, medium or high", "risk"));
  auto text = RequiredString(*body, "text", 8000);
  if (!text) return Fail(text.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    // The authority level for special handling: the originator or a supervisor of the holder.
    const bool ok = l->access.relation == "originator" ||
                    (l->access.relation == "holder" && ctx.caller().role == Role::kSupervisor);
    if (!ok) return Fail(Error::Forbidden("forbidden", "the originator or the holding unit's supervisor assesses the risk"));
    FrontlineReport rep = l->report;
    ARIADNE_RETURN_IF_ERROR(SameVersion(rep, *version));
    rep.risk_assessment = {{"risk", *risk}, {"text", *text}, {"by", ctx.caller().user_id},
                           {"at", FormatTime(ctx.app.env->NowMillis())}};
    ARIADNE_RETURN_IF_ERROR(Save(ctx, w, rep));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, rep.id, "risk_assessment", {{"risk", *risk}}));
    ctx.audit.detail = {{"risk", *risk}};
    return ctx.AuditIn(w);
  }));
  return Render(ctx, ctx.Param("id"));
}

Result<HttpResponse> History(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    auto events = r.ListIntelEvents(l->report.id);
    if (!events) return Fail(events.error());
    const bool recipient = l->access.relation == "recipient";
    for (const auto& e : *events) {
      json detail = e.detail;
      // A recipient reads what happened, not the holder's notes on it.
      if (recipient) detail.erase("reason");
      items.push_back({{"at", FormatTime(e.at)}, {"by", UserRef(r, e.by)}, {"kind", e.kind}, {"detail", detail}});
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

std::string Lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// The MISP attribute type of an item's field.
std::string MispType(const std::string& kind, const std::string& field) {
  if (field == "phone" || (kind == "phone" && field == "number")) return "phone-number";
  if (kind == "person" && field == "name") return "full-name";
  if (field == "birth_date") return "date-of-birth";
  if (field == "nationality") return "nationality";
  if (field == "passport" || (kind == "document" && field == "number")) return "passport-number";
  if (kind == "account" && field == "number") return "bank-account-nr";
  return "text";
}

Result<HttpResponse> Export(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kExport);
    if (!l) return Fail(l.error());
    const IntelGrading& g = ctx.app.authz->intel();
    const FrontlineReport& rep = l->report;
    json tags = json::array({
        {{"name", Lower(TlpOf(ctx, rep))}},
        {{"name", "admiralty-scale:source-reliability=\"" + Lower(g.AdmiraltySource(rep.grading.source)) + "\""}},
        {{"name", "admiralty-scale:information-credibility=\"" + g.AdmiraltyIntelligence(rep.grading.intelligence) + "\""}},
        {{"name", "ariadne:handling=\"" + rep.grading.handling + "\""}},
    });
    json attributes = json::array();
    for (const auto& [id, text] : rep.blocks.items())
      attributes.push_back({{"type", "text"}, {"category", "Other"}, {"comment", id}, {"value", text}, {"to_ids", false}});
    for (const auto& it : VisibleItems(ctx, *l)) {
      const std::string kind = it.value("kind", "");
      for (const auto& [k, v] : it["fields"].items())
        attributes.push_back({{"type", MispType(kind, k)}, {"category", kind == "account" ? "Financial fraud" : "Person"},
                              {"comment", kind + "." + k}, {"value", v}, {"to_ids", false}});
    }
    out = {{"Event",
            {{"info", "Ariadne intelligence report " + rep.reference},
             {"date", FormatTime(rep.created_at).substr(0, 10)},
             {"uuid", rep.id},
             {"distribution", "0"},
             {"Tag", tags},
             {"Attribute", attributes}}}};
    ctx.audit.detail = {{"format", "misp"}, {"handling", rep.grading.handling}};
    return Ok();
  }));
  HttpResponse res = JsonResponse(200, out);
  res.headers.push_back({"Content-Disposition", "attachment; filename=\"intelligence.misp.json\""});
  return res;
}

// The case records matching a report's items that the caller may see (the case, and every
// matching property of the record).
struct SeenMatch {
  std::string item_id;
  LiveCandidate candidate;
  Case kase;
  Entity entity;
};

Result<std::vector<SeenMatch>> VisibleMatches(RequestContext& ctx, StoreReader& r, const LoadedIntel& l,
                                              const json& visible_items) {
  std::vector<SeenMatch> out;
  std::set<std::string> shown;
  for (const auto& it : visible_items) shown.insert(it.value("id", ""));
  for (auto& [item_id, c] : ctx.app.resolver->ReportCandidates(l.report)) {
    if (!shown.count(item_id) || c.group.rfind("report:", 0) == 0) continue;
    auto kase = r.GetCase(c.group);
    if (!kase) continue;
    auto facts = r.GetCaseAccess(kase->id, ctx.caller().user_id);
    if (!facts || !ctx.app.authz->CheckCase(ctx.caller(), perm::kCaseRead, *facts)) continue;
    auto e = r.GetEntity(c.id);
    if (!e || e->case_id != kase->id || e->deleted) continue;
    auto inv = r.ListInvolvements(kase->id);
    std::vector<std::string> roles;
    if (inv)
      for (const auto& i : *inv)
        if (i.entity_id == e->id) roles.push_back(i.role);
    bool readable = true;
    for (const auto& prop : MatchingProperties())
      if (!ctx.app.authz->MayReadEntityProperty(ctx.caller(), *facts, roles, prop)) readable = false;
    if (!readable) continue;
    out.push_back({item_id, c, *kase, *e});
  }
  return out;
}

json ReasonList(const std::vector<MatchReason>& reasons) {
  json out = json::array();
  for (const auto& x : reasons) out.push_back({{"code", x.code}, {"strength", x.strength}, {"text", x.text}, {"text_ru", x.text_ru}});
  return out;
}

Result<HttpResponse> Matches(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    // A sanitised copy carries no match results of its own original.
    if (!l->report.sanitised_from.empty()) return Ok();
    auto seen = VisibleMatches(ctx, r, *l, VisibleItems(ctx, *l));
    if (!seen) return Fail(seen.error());
    std::map<std::string, json> by_item;
    for (const auto& s : *seen) {
      by_item[s.item_id].push_back({{"entity_id", s.entity.id},
                                    {"case", {{"id", s.kase.id}, {"reference", s.kase.reference}}},
                                    {"caption", s.entity.caption},
                                    {"schema", s.entity.schema},
                                    {"score", s.candidate.score.probability},
                                    {"reasons", ReasonList(s.candidate.score.reasons)}});
      ctx.audit.records.push_back("entity:" + s.entity.id);
    }
    for (auto& [id, m] : by_item) items.push_back({{"item_id", id}, {"matches", m}});
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Network(RequestContext& ctx) {
  json nodes = json::array(), edges = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto l = LoadIntel(ctx, r, ctx.Param("id"), intel_path::kGraphPath);
    if (!l) return Fail(l.error());
    const json items = VisibleItems(ctx, *l);
    const std::string rid = "report:" + l->report.id;
    nodes.push_back({{"id", rid}, {"kind", "report"}, {"label", l->report.reference}});
    for (const auto& it : items) {
      const std::string iid = "item:" + it.value("id", "");
      const json f = it.value("fields", json::object());
      std::string label = f.value("name", f.value("number", f.value("plate", f.value("text", it.value("kind", "")))));
      nodes.push_back({{"id", iid}, {"kind", "item"}, {"item_kind", it["kind"]}, {"label", label}});
      edges.push_back({{"from", rid}, {"to", iid}, {"kind", "holds"}});
    }
    if (!l->report.sanitised_from.empty()) return Ok();  // a copy has no links of the original
    auto seen = VisibleMatches(ctx, r, *l, items);
    if (!seen) return Fail(seen.error());
    std::set<std::string> added;
    for (const auto& s : *seen) {
      const std::string eid = "record:" + s.entity.id;
      if (added.insert(eid).second)
        nodes.push_back({{"id", eid}, {"kind", "record"}, {"label", s.entity.caption}, {"schema", s.entity.schema},
                         {"case", {{"id", s.kase.id}, {"reference", s.kase.reference}}}});
      edges.push_back({{"from", "item:" + s.item_id}, {"to", eid}, {"kind", "match"}, {"score", s.candidate.score.probability}});
      ctx.audit.records.push_back("entity:" + s.entity.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"nodes", nodes}, {"edges", edges}});
}

Result<HttpResponse> CreateTask(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"case_id", "title", "due_at"}));
  auto case_id = RequiredString(*body, "case_id", 64);
  if (!case_id) return Fail(case_id.error());
  auto title = RequiredString(*body, "title", 300);
  if (!title) return Fail(title.error());
  int64_t due = 0;
  if (body->contains("due_at") && !(*body)["due_at"].is_null()) {
    if (!(*body)["due_at"].is_string()) return Fail(Error::BadRequest("wrong_type", "due_at is a date-time", "due_at"));
    auto t = ParseTime((*body)["due_at"].get<std::string>());
    if (!t) return Fail(Error::Invalid("invalid_date", "due_at is an RFC 3339 time", "due_at"));
    due = *t;
  }
  const int64_t now = ctx.app.env->NowMillis();
  Task t;
  t.id = NewUuidV7(*ctx.app.env);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto l = LoadIntel(ctx, w, ctx.Param("id"), intel_path::kView);
    if (!l) return Fail(l.error());
    if (!IsUuid(*case_id)) return Fail(Error::Invalid("unknown_record", "no such case", "case_id"));
    auto facts = w.GetCaseAccess(*case_id, ctx.caller().user_id);
    if (!facts) return Fail(Error::Invalid("unknown_record", "no such case", "case_id"));
    ctx.audit.records.push_back("case:" + *case_id);
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckCase(ctx.caller(), perm::kTaskManage, *facts));
    t.case_id = *case_id;
    t.unit_id = facts->owning_unit_id;
    t.title = *title;
    t.description = "From intelligence report " + l->report.reference;
    t.due_at = due;
    t.origin = "intelligence:" + l->report.id;
    t.created_by = ctx.caller().user_id;
    t.created_at = t.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(t));
    ARIADNE_RETURN_IF_ERROR(AddIntelEvent(ctx, w, l->report.id, "task_created", {{"task", t.id}, {"title", t.title}}));
    ctx.audit.records.push_back("task:" + t.id);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, {{"id", t.id}, {"case_id", t.case_id}, {"title", t.title},
                            {"due_at", t.due_at ? json(FormatTime(t.due_at)) : json(nullptr)}, {"origin", t.origin}});
}

}  // namespace

void AddIntelRoutes(Router& r) {
  const std::string base = "/api/v1/intelligence/reports";
  r.Add({"GET", base, perm::kIntelRead, "intel.list", "Intelligence the caller's unit holds or received", ListReports,
         nullptr, "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/review", perm::kIntelManage, "intel.review",
         "The supervisor's review queue of held intelligence", ReviewQueue, nullptr, "intelligence"});
  r.Add({"GET", base + "/{id}", perm::kSignedIn, "intel.read", "One report, as its handling lets the caller see it",
         GetReport, nullptr, "intelligence"});
  r.Add({"PATCH", base + "/{id}/grading", perm::kSignedIn, "intel.grade",
         "Change the source, intelligence or handling grade (originator, or a supervisor with a reason)", ChangeGrading,
         {{"type", "object"}}, "intelligence"});
  r.Add({"POST", base + "/{id}/cycle", perm::kIntelRead, "intel.cycle", "Move the report through the intelligence cycle",
         MoveCycle, {{"type", "object"}}, "intelligence"});
  r.Add({"POST", base + "/{id}/risk-assessment", perm::kSignedIn, "intel.risk_assessment",
         "Record the risk assessment that special handling needs before dissemination", RiskAssessment,
         {{"type", "object"}}, "intelligence"});
  r.Add({"GET", base + "/{id}/history", perm::kSignedIn, "intel.history", "What happened to the report", History, nullptr,
         "intelligence"});
  r.Add({"GET", base + "/{id}/export", perm::kSignedIn, "intel.export", "The report as a MISP event (TLP, Admiralty)",
         Export, nullptr, "intelligence"});
  r.Add({"GET", base + "/{id}/network", perm::kSignedIn, "intel.network",
         "The report, its items and the case records they match", Network, nullptr, "intelligence"});
  r.Add({"GET", base + "/{id}/matches", perm::kSignedIn, "intel.matches", "Case records matching the report's items",
         Matches, nullptr, "intelligence"});
  r.Add({"POST", base + "/{id}/tasks", perm::kTaskManage, "intel.task", "Create a task in a case from the report",
         CreateTask, {{"type", "object"}}, "intelligence"});
}

}  // namespace ariadne
