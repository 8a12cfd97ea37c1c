// Intelligence searches (each logged with its terms and result count: a database check is a
// dissemination that can tip off a suspect), the auditor's "who searched for this name",
// depersonalised strategic aggregates, intelligence deconfliction notices, and the grading
// reference data.
#include <map>
#include <set>

#include "api/app.h"
#include "api/intel_access.h"
#include "api/intel_text.h"
#include "api/protection_json.h"
#include "api/resolver.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/intel_report.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<HttpResponse> GradingReference(RequestContext& ctx) { return JsonResponse(200, ctx.app.authz->intel().document()); }

Result<HttpResponse> Search(RequestContext& ctx) {
  const std::string q = ctx.req.Query("q");
  if (q.size() < 2 || q.size() > 200) return Fail(Error::Invalid("invalid_value", "q is 2 to 200 bytes", "q"));
  json hits = json::array();
  int refused = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    FrontlineQuery fq;
    fq.handed_over = true;
    fq.limit = 100000;
    auto list = r.ListFrontlineReports(fq);
    if (!list) return Fail(list.error());
    for (const auto& rep : *list) {
      auto l = AccessOf(ctx, r, rep);
      if (!l) return Fail(l.error());
      const bool may = l->access.Has(intel_path::kSearchHit);
      // What the caller may see of the report is what is searched; a report the handling keeps
      // from search results is never returned, and the refused hit is counted for the audit.
      const json items = may ? VisibleItems(ctx, *l) : rep.items;
      json where = json::array();
      for (const auto& [field, text] : IntelTexts(rep.blocks, items, rep.location, rep.originator_contact))
        if (TermFoundIn(q, text)) where.push_back(field);
      if (where.empty()) continue;
      if (!may) {
        ++refused;
        continue;
      }
      hits.push_back({{"report", {{"id", rep.id}, {"reference", rep.reference}, {"cycle", rep.cycle}, {"tlp", TlpOf(ctx, rep)},
                                  {"sanitised", !rep.sanitised_from.empty()}}},
                      {"where", where}});
      ctx.audit.records.push_back("frontline_report:" + rep.id);
      if (hits.size() >= 200) break;
    }
    return Ok();
  }));
  // The search is logged in the same write as its audit row.
  IntelSearch s;
  s.id = NewUuidV7(*ctx.app.env);
  s.user_id = ctx.caller().user_id;
  s.terms = q;
  s.folded = FoldedTerms(q);
  s.results = static_cast<int64_t>(hits.size());
  s.at = ctx.app.env->NowMillis();
  ctx.audit.detail = {{"terms", q}, {"results", hits.size()}, {"refused_by_handling", refused}};
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertIntelSearch(s));
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, {{"items", hits}, {"total", hits.size()}});
}

bool Prefixes(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  // Every word of `a` begins some word of `b`.
  for (const auto& x : a) {
    bool found = false;
    for (const auto& y : b)
      if (y.rfind(x, 0) == 0) found = true;
    if (!found) return false;
  }
  return !a.empty();
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

Result<HttpResponse> SearchLog(RequestContext& ctx) {
  const std::string name = ctx.req.Query("name"), user = ctx.req.Query("user");
  const auto wanted = Split(FoldedTerms(name));
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListIntelSearches(5000);
    if (!list) return Fail(list.error());
    for (const auto& s : *list) {
      if (!name.empty()) {
        const auto words = Split(s.folded);
        if (!Prefixes(words, wanted) && !Prefixes(wanted, words)) continue;
      }
      auto u = r.GetUser(s.user_id);
      if (!user.empty() && (!u || u->username != user)) continue;
      items.push_back({{"id", s.id},
                       {"user", u ? json{{"id", u->id}, {"username", u->username}, {"display_name", u->display_name}}
                                  : json{{"id", s.user_id}}},
                       {"terms", s.terms},
                       {"results", s.results},
                       {"at", FormatTime(s.at)}});
      if (items.size() >= 500) break;
    }
    return Ok();
  }));
  ctx.audit.detail = {{"name", name}, {"user", user}, {"rows", items.size()}};
  return JsonResponse(200, {{"items", items}});
}

json LookupLabel(const Lookups& lookups, const std::string& list, const std::string& id) {
  const json& doc = lookups.json();
  if (doc.contains(list))
    for (const auto& e : doc[list])
      if (e.value("id", "") == id) return e.value("label", json(nullptr));
  return nullptr;
}

Result<HttpResponse> Stats(RequestContext& ctx) {
  const std::string by = ctx.req.Query("by").empty() ? "country" : ctx.req.Query("by");
  if (by != "route" && by != "country" && by != "exploitation" && by != "modus" && by != "period")
    return Fail(Error::Invalid("invalid_value", "by is route, country, exploitation, modus or period", "by"));
  int64_t from = 0, to = 0;
  for (const char* p : {"from", "to"}) {
    const std::string v = ctx.req.Query(p);
    if (v.empty()) continue;
    auto t = ParseTime(v.size() == 10 ? v + "T00:00:00Z" : v);
    if (!t) return Fail(Error::Invalid("invalid_date", std::string(p) + " is a date (2026-01-31) or a time", p));
    (std::string(p) == "from" ? from : to) = *t;
  }
  const IntelGrading& g = ctx.app.authz->intel();
  std::map<std::string, int64_t> counts;
  int64_t total = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    FrontlineQuery q;
    q.handed_over = true;
    q.limit = 1000000;
    auto list = r.ListFrontlineReports(q);
    if (!list) return Fail(list.error());
    for (const auto& rep : *list) {
      if (!rep.sanitised_from.empty()) continue;  // a copy would count its original twice
      if ((from && rep.handed_over_at < from) || (to && rep.handed_over_at >= to)) continue;
      ++total;
      std::set<std::string> keys;
      const json countries = rep.facts.value("countries", json::array());
      if (by == "country") {
        for (const auto& c : countries) keys.insert(c.value("code", ""));
      } else if (by == "route") {
        std::vector<std::string> origins, dests;
        for (const auto& c : countries) {
          if (c.value("role", "") == "origin") origins.push_back(c.value("code", ""));
          if (c.value("role", "") == "destination") dests.push_back(c.value("code", ""));
        }
        for (const auto& o : origins)
          for (const auto& d : dests) keys.insert(o + "→" + d);
      } else if (by == "exploitation") {
        for (const auto& f : rep.facts.value("exploitation_forms", json::array())) keys.insert(f.get<std::string>());
      } else if (by == "modus") {
        for (const auto& m : rep.facts.value("modus", json::array())) keys.insert(m.get<std::string>());
      } else {
        keys.insert(FormatTime(rep.handed_over_at).substr(0, 7));
      }
      for (const auto& k : keys)
        if (!k.empty()) ++counts[k];
    }
    return Ok();
  }));
  json rows = json::array();
  for (const auto& [key, n] : counts) {
    json row = {{"key", key}};
    if (by == "exploitation") row["label"] = LookupLabel(*ctx.app.lookups, "forms_of_exploitation", key);
    if (by == "country") row["label"] = LookupLabel(*ctx.app.lookups, "countries", key);
    if (by == "modus") row["label"] = g.ModusLabel(key);
    // Small cells could point at one person: they are shown as suppressed, never counted.
    if (n < g.min_cell()) row["suppressed"] = true;
    else row["count"] = n;
    rows.push_back(row);
  }
  ctx.audit.detail = {{"by", by}};
  return JsonResponse(200, {{"by", by},
                            {"rows", rows},
                            {"total", total},
                            {"min_cell", g.min_cell()}});
}

Result<HttpResponse> Notices(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListIntelNotices(ctx.caller().unit_id, 200);
    if (!list) return Fail(list.error());
    for (const auto& n : *list) {
      json report = nullptr, kase = nullptr;
      if (!n.report_id.empty())
        if (auto rep = r.GetFrontlineReport(n.report_id)) report = {{"id", rep->id}, {"reference", rep->reference}};
      if (!n.case_id.empty())
        if (auto c = r.GetCase(n.case_id)) kase = {{"id", c->id}, {"reference", c->reference}};
      json other = nullptr;
      if (auto u = r.GetUnit(n.other_unit_id)) other = {{"id", u->id}, {"name", u->name}, {"code", u->code}};
      items.push_back({{"id", n.id}, {"report", report}, {"case", kase}, {"other_unit", other},
                       {"contact", UnitContact(r, n.other_unit_id)}, {"created_at", FormatTime(n.created_at)}});
      ctx.audit.records.push_back("intel_notice:" + n.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

}  // namespace

void AddIntelSearchRoutes(Router& r) {
  r.Add({"GET", "/api/v1/intelligence/grading", perm::kSignedIn, "", "Grades, handling codes and their rules, the cycle",
         GradingReference, nullptr, "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/search", perm::kIntelSearch, "intel.search",
         "Search intelligence (every search is logged with its terms and result count)", Search, nullptr, "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/searches", perm::kAuditRead, "intel.search_log",
         "Who searched intelligence, for what (by a name in any script)", SearchLog, nullptr, "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/stats", perm::kIntelStats, "intel.stats",
         "Depersonalised counts of reports by route, country, exploitation, modus operandi or period", Stats, nullptr,
         "intelligence"});
  r.Add({"GET", "/api/v1/intelligence/notices", perm::kDeconflictionRead, "intel.notices",
         "Intelligence deconfliction notices of the caller's unit", Notices, nullptr, "intelligence"});
}

}  // namespace ariadne
