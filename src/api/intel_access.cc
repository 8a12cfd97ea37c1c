#include "api/intel_access.h"

#include "api/protection_json.h"
#include "api/workflow_runner.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {

using nlohmann::json;

Result<IntelFacts> IntelFactsOf(StoreReader& r, const FrontlineReport& rep, const std::string& caller_unit_id) {
  IntelFacts f;
  f.author_id = rep.author_id;
  auto unit = r.GetUnit(rep.author_unit_id);
  if (!unit) return Fail(unit.error());
  f.author_unit = *unit;
  f.draft = rep.state == "draft";
  f.holder_unit_id = rep.target_unit_id;
  f.handling = rep.grading.handling;
  f.special_assessed = rep.risk_assessment.is_object();
  f.cycle = rep.cycle;
  if (!f.draft) {
    auto sent = r.ListDisseminations(rep.id, "");
    if (!sent) return Fail(sent.error());
    for (auto& d : *sent)
      if (d.unit_id == caller_unit_id) f.to_caller.push_back(std::move(d));
  }
  return f;
}

Result<LoadedIntel> AccessOf(RequestContext& ctx, StoreReader& r, const FrontlineReport& rep) {
  LoadedIntel l;
  l.report = rep;
  auto facts = IntelFactsOf(r, rep, ctx.caller().unit_id);
  if (!facts) return Fail(facts.error());
  l.facts = std::move(*facts);
  auto unit = r.GetUnit(ctx.caller().unit_id);
  if (unit) l.caller_unit = *unit;
  l.access = ctx.app.authz->IntelView(ctx.caller(), l.caller_unit, l.facts);
  return l;
}

Result<LoadedIntel> LoadIntel(RequestContext& ctx, StoreReader& r, const std::string& id, const std::string& path) {
  ctx.audit.records.push_back("frontline_report:" + id);
  if (!IsUuid(id)) return Fail(Error::NotFound("report"));
  auto rep = r.GetFrontlineReport(id);
  if (!rep) return Fail(rep.error());
  auto l = AccessOf(ctx, r, *rep);
  if (!l) return Fail(l.error());
  if (auto st = ctx.app.authz->CheckIntel(ctx.caller(), l->caller_unit, l->facts, path); !st) {
    // A refusal by handling is recorded as such, for the data-protection officer.
    ctx.audit.detail["refused_path"] = path;
    ctx.audit.detail["handling"] = rep->grading.handling;
    ctx.audit.detail["recipient_class"] = l->access.recipient_class;
    return Fail(st.error());
  }
  return l;
}

json VisibleItems(RequestContext& ctx, const LoadedIntel& l, int* withheld) {
  const IntelGrading& g = ctx.app.authz->intel();
  json items = json::array();
  for (const auto& it : l.report.items) {
    std::string code = l.report.grading.handling;
    if (it.contains("grading")) code = g.Stricter(it["grading"].value("handling", code), code);
    if (ctx.app.authz->MayViewIntelItem(l.access, code)) items.push_back(it);
    else if (withheld) ++*withheld;
  }
  return items;
}

std::string TlpOf(RequestContext& ctx, const FrontlineReport& r) {
  const HandlingCode* h = ctx.app.authz->intel().Handling(r.grading.handling);
  return h ? h->tlp : "TLP:RED";
}

json IntelReportJson(RequestContext& ctx, StoreReader& r, const LoadedIntel& l) {
  const FrontlineReport& rep = l.report;
  json author = UserRef(r, rep.author_id);
  if (auto u = r.GetUnit(rep.author_unit_id)) author["unit"] = u->name;
  json target = nullptr;
  if (!rep.target_unit_id.empty())
    if (auto u = r.GetUnit(rep.target_unit_id)) target = {{"id", u->id}, {"name", u->name}, {"code", u->code}};
  // The cases opened from it: the holder's own (the report's case), and one per unit it was
  // disseminated to (its history). Each is named only to whoever may see that case — and the
  // holder's to the officer who wrote the report (where it went); of the others' cases the
  // holder and the originator learn only which unit acted on it.
  auto visible = [&](const std::string& case_id) -> json {
    auto cs = r.GetCase(case_id);
    if (!cs) return nullptr;
    auto facts = r.GetCaseAccess(cs->id, ctx.caller().user_id);
    if (facts && ctx.app.authz->CheckCase(ctx.caller(), perm::kCaseRead, *facts))
      return {{"id", cs->id}, {"reference", cs->reference}};
    return nullptr;
  };
  json c = nullptr;
  if (!rep.case_id.empty()) {
    c = visible(rep.case_id);
    if (c.is_null() && l.access.relation == "originator")
      if (auto cs = r.GetCase(rep.case_id)) c = {{"id", cs->id}, {"reference", cs->reference}};
  }
  json acted = json::array();
  if (rep.state != "draft")
    if (auto events = r.ListIntelEvents(rep.id))
      for (const auto& e : *events) {
        if (e.kind != "case_opened" || e.detail.value("case_id", "") == rep.case_id) continue;
        const std::string unit_id = e.detail.value("unit_id", "");
        if (c.is_null() && unit_id == ctx.caller().unit_id) c = visible(e.detail.value("case_id", ""));
        if (l.access.relation == "originator" || l.access.relation == "holder")
          if (auto u = r.GetUnit(unit_id)) acted.push_back({{"id", u->id}, {"code", u->code}, {"name", u->name}});
      }
  json screenings = json::array();
  // The indicator screenings of the people met stay with those the originator chose.
  if (l.access.relation == "originator" || l.access.relation == "holder" || l.access.relation == "consented") {
    ScreeningQuery q;
    q.report_id = rep.id;
    if (auto list = r.ListScreenings(q))
      for (const auto& s : *list) screenings.push_back(ScreeningJson(r, *ctx.app.indicators, s));
  }
  int withheld = 0;
  const json items = VisibleItems(ctx, l, &withheld);
  // A sanitised copy names its original only to whoever may view the original.
  json from = nullptr;
  if (!rep.sanitised_from.empty())
    if (auto orig = r.GetFrontlineReport(rep.sanitised_from)) {
      auto ol = AccessOf(ctx, r, *orig);
      if (ol && ol->access.Has(intel_path::kView)) from = {{"id", orig->id}, {"reference", orig->reference}};
    }
  json copies = json::array();
  if (rep.sanitised_from.empty() && rep.cycle != "") {
    FrontlineQuery q;
    q.sanitised_from = rep.id;
    if (auto list = r.ListFrontlineReports(q))
      for (const auto& cp : *list)
        if (auto cl = AccessOf(ctx, r, cp); cl && cl->access.Has(intel_path::kView))
          copies.push_back({{"id", cp.id}, {"reference", cp.reference}});
  }
  json paths = json::array();
  for (const auto& p : l.access.paths) paths.push_back(p);
  json risk = rep.risk_assessment;
  if (risk.is_object() && risk.contains("by")) risk["by"] = UserRef(r, risk["by"]);
  return {{"id", rep.id},
          {"reference", rep.reference},
          {"state", rep.state},
          {"cycle", rep.cycle},
          {"blocks", rep.blocks},
          {"location", rep.location},
          {"observed_at", rep.observed_at ? json(FormatTime(rep.observed_at)) : json(nullptr)},
          {"author", author},
          {"target_unit", target},
          {"case", c},
          {"actioned_by", acted},
          {"screenings", screenings},
          {"grading", GradingJson(rep.grading)},
          {"tlp", TlpOf(ctx, rep)},
          {"facts", rep.facts},
          {"items", items},
          {"withheld_items", withheld},
          {"originator_contact", rep.originator_contact},
          {"sanitised", !rep.sanitised_from.empty()},
          {"sanitised_from", from},
          {"copies", copies},
          {"risk_assessment", risk},
          // The contract's words: author, holder, recipient (the originator's own dissemination
          // included).
          {"relation", l.access.relation == "originator"          ? "author"
                       : l.access.relation == "consented"         ? "recipient"
                       : l.access.relation == "author_supervisor" ? "supervisor"
                                                                  : l.access.relation},
          {"access", {{"recipient_class", l.access.relation == "originator" || l.access.relation == "holder"
                                             ? l.access.relation
                                             : l.access.recipient_class},
                      {"paths", paths}}},
          {"handed_over_at", rep.handed_over_at ? json(FormatTime(rep.handed_over_at)) : json(nullptr)},
          {"created_at", FormatTime(rep.created_at)},
          {"updated_at", FormatTime(rep.updated_at)},
          {"version", rep.version}};
}

Status NotifyUnit(RequestContext& ctx, StoreWriter& w, const std::string& unit_id, const std::vector<std::string>& roles,
                  const std::string& kind, const LocalText& message, const std::string& link) {
  std::vector<std::string> users;
  for (const auto& role : roles) {
    auto ids = w.ListUnitUsers(unit_id, role);
    if (!ids) return Fail(ids.error());
    users.insert(users.end(), ids->begin(), ids->end());
  }
  return Notify(ctx.app, w, users, "", "", kind, message, link, ctx.app.env->NowMillis());
}

Status AddIntelEvent(RequestContext& ctx, StoreWriter& w, const std::string& report_id, const std::string& kind,
                     json detail) {
  IntelEvent e;
  e.report_id = report_id;
  e.at = ctx.app.env->NowMillis();
  e.by = ctx.caller().user_id;
  e.kind = kind;
  e.detail = std::move(detail);
  return w.InsertIntelEvent(e);
}

}  // namespace ariadne
