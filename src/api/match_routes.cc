// /api/v1/matches: the review queue of entity resolution, a record's matches and cluster, and a
// unit's deconfliction notices. A pair is shown only to a caller who may see both cases and
// every matching property of both records (an informant's identity never shows through a
// match); the check is Authorizer::CheckMatch plus the records' EntityView.
#include <deque>
#include <memory>
#include <set>

#include "api/app.h"
#include "api/case_access.h"
#include "api/entity_view.h"
#include "api/resolver.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

// What one request has loaded of each case: access facts, the case, and the caller's view.
struct CaseCache {
  struct Item {
    CaseAccessFacts facts;
    Case c;
    std::optional<EntityView> view;
  };
  std::map<std::string, std::unique_ptr<Item>> items;  // null: not a case the caller may see

  Item* Get(RequestContext& ctx, StoreReader& r, const std::string& case_id) {
    auto it = items.find(case_id);
    if (it != items.end()) return it->second.get();
    std::unique_ptr<Item> item;
    auto facts = r.GetCaseAccess(case_id, ctx.caller().user_id);
    auto c = r.GetCase(case_id);
    if (facts && c) {
      item = std::make_unique<Item>();
      item->facts = *facts;
      item->c = *c;
      if (auto v = EntityView::ForCase(ctx, r, *facts)) item->view.emplace(std::move(*v));
    }
    return (items[case_id] = std::move(item)).get();
  }
};

struct VisiblePair {
  CaseCache::Item* a;
  CaseCache::Item* b;
  Entity ea, eb;
};

// NotFound unless the caller may see this pair (see the file comment).
Result<VisiblePair> CheckPair(RequestContext& ctx, StoreReader& r, const MatchPair& p, const std::string& permission,
                              CaseCache& cache) {
  VisiblePair v{cache.Get(ctx, r, p.a_case), cache.Get(ctx, r, p.b_case), {}, {}};
  if (!v.a || !v.b || !v.a->view || !v.b->view) return Fail(Error::NotFound("match"));
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckMatch(ctx.caller(), permission, v.a->facts, v.b->facts));
  auto ea = r.GetEntity(p.a_entity);
  auto eb = r.GetEntity(p.b_entity);
  if (!ea || !eb) return Fail(Error::NotFound("match"));
  for (const auto& prop : MatchingProperties())
    if (!v.a->view->MayRead(*ea, prop) || !v.b->view->MayRead(*eb, prop)) return Fail(Error::NotFound("match"));
  v.ea = std::move(*ea);
  v.eb = std::move(*eb);
  return v;
}

json SideJson(const CaseCache::Item& item, const Entity& e) {
  return {{"case_id", item.c.id},          {"case_reference", item.c.reference}, {"case_title", item.c.title},
          {"entity_id", e.id},             {"schema", e.schema},                 {"caption", e.caption}};
}

std::string UserName(StoreReader& r, const std::string& id) {
  if (id.empty()) return "";
  auto u = r.GetUser(id);
  return u ? u->display_name : "";
}

json PairJson(StoreReader& r, const MatchPair& p, const VisiblePair& v, const MatchConfig& config) {
  json reasons = json::parse(p.reasons_json, nullptr, false);
  if (reasons.is_discarded()) reasons = json::array();
  return {{"id", p.id},
          {"status", p.status},
          {"score", p.score},
          {"band", p.score >= config.strong ? "strong" : "review"},
          {"reasons", reasons},
          {"a", SideJson(*v.a, v.ea)},
          {"b", SideJson(*v.b, v.eb)},
          {"created_at", FormatTime(p.created_at)},
          {"updated_at", FormatTime(p.updated_at)},
          {"version", p.version},
          {"decided_by", p.decided_by.empty() ? json(nullptr) : json(p.decided_by)},
          {"decided_by_name", p.decided_by.empty() ? json(nullptr) : json(UserName(r, p.decided_by))},
          {"decided_at", p.decided_at ? json(FormatTime(p.decided_at)) : json(nullptr)},
          {"reason", p.reason.empty() ? json(nullptr) : json(p.reason)}};
}

void AuditPair(RequestContext& ctx, const MatchPair& p) {
  ctx.audit.records.push_back("match:" + p.id);
  ctx.audit.records.push_back("entity:" + p.a_entity);
  ctx.audit.records.push_back("entity:" + p.b_entity);
}

const std::set<std::string> kStatuses = {"proposed", "confirmed", "rejected"};

Result<HttpResponse> ListMatches(RequestContext& ctx) {
  MatchPairQuery q;
  auto limit = LimitParam(ctx.req, 50, 200);
  if (!limit) return Fail(limit.error());
  q.limit = *limit;
  q.status = ctx.req.Query("status").empty() ? "proposed" : ctx.req.Query("status");
  if (!kStatuses.count(q.status))
    return Fail(Error::BadRequest("invalid_value", "status must be proposed, confirmed or rejected", "status"));
  const std::string cursor = ctx.req.Query("cursor");
  if (!cursor.empty()) {
    const size_t dot = cursor.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 18 || cursor.find_first_not_of("0123456789") != dot)
      return Fail(Error::BadRequest("invalid_value", "not a cursor of this list", "cursor"));
    q.before_updated_at = std::stoll(cursor.substr(0, dot));
    q.before_id = cursor.substr(dot + 1);
  }
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());
  q.both_in = &*scope;
  json items = json::array();
  std::string next;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto pairs = r.ListMatchPairs(q);
    if (!pairs) return Fail(pairs.error());
    CaseCache cache;
    for (const MatchPair& p : *pairs) {
      auto v = CheckPair(ctx, r, p, perm::kMatchRead, cache);
      if (!v) continue;
      AuditPair(ctx, p);
      items.push_back(PairJson(r, p, *v, ctx.app.resolver->config()));
    }
    if (static_cast<int>(pairs->size()) == q.limit)
      next = std::to_string(pairs->back().updated_at) + "." + pairs->back().id;
    return Ok();
  }));
  ctx.audit.detail = {{"status", q.status}, {"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"next_cursor", next.empty() ? json(nullptr) : json(next)}});
}

Result<MatchPair> LoadPair(RequestContext& ctx, StoreReader& r) {
  const std::string id = ctx.Param("mid");
  ctx.audit.records.push_back("match:" + id);
  if (!IsUuid(id)) return Fail(Error::NotFound("match"));
  auto p = r.GetMatchPair(id);
  if (!p) return Fail(p.error());
  if (p->status == "withdrawn") return Fail(Error::NotFound("match"));
  return p;
}

json HistoryJson(StoreReader& r, const std::vector<MatchEvent>& events) {
  json out = json::array();
  for (const MatchEvent& e : events)
    out.push_back({{"action", e.action},
                   {"by", e.by.empty() ? json(nullptr) : json(e.by)},
                   {"by_name", e.by.empty() ? json(nullptr) : json(UserName(r, e.by))},
                   {"at", FormatTime(e.at)},
                   {"reason", e.reason.empty() ? json(nullptr) : json(e.reason)}});
  return out;
}

Result<json> FullPair(RequestContext& ctx, StoreReader& r, const MatchPair& p, VisiblePair& v) {
  json out = PairJson(r, p, v, ctx.app.resolver->config());
  out["records"] = {{"a", v.a->view->Render(v.ea, r)}, {"b", v.b->view->Render(v.eb, r)}};
  auto events = r.ListMatchEvents(p.id);
  if (!events) return Fail(events.error());
  out["history"] = HistoryJson(r, *events);
  return out;
}

Result<HttpResponse> GetMatch(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto p = LoadPair(ctx, r);
    if (!p) return Fail(p.error());
    CaseCache cache;
    auto v = CheckPair(ctx, r, *p, perm::kMatchRead, cache);
    if (!v) return Fail(v.error());
    AuditPair(ctx, *p);
    ctx.audit.records.push_back("case:" + p->a_case);
    ctx.audit.records.push_back("case:" + p->b_case);
    auto full = FullPair(ctx, r, *p, *v);
    if (!full) return Fail(full.error());
    out = std::move(*full);
    return Ok();
  }));
  return JsonResponse(200, out);
}

// confirm: proposed -> confirmed; reject: proposed -> rejected (reason required);
// undo: confirmed or rejected -> proposed (reason required).
Result<HttpResponse> Decide(RequestContext& ctx, const std::string& action) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"reason", "version"}));
  auto reason = action == "confirm" ? OptionalString(*body, "reason", 2000) : RequiredString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  const int64_t now = ctx.app.env->NowMillis();
  std::string id;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto p = LoadPair(ctx, w);
    if (!p) return Fail(p.error());
    CaseCache cache;
    auto v = CheckPair(ctx, w, *p, perm::kMatchReview, cache);
    if (!v) return Fail(v.error());
    AuditPair(ctx, *p);
    const bool allowed = action == "undo" ? (p->status == "confirmed" || p->status == "rejected") : p->status == "proposed";
    if (!allowed)
      return Fail(Error::Conflict("match_state", "the match is " + p->status + "; it cannot be " +
                                                     (action == "undo" ? "undone" : action + "ed")));
    const std::string before = p->status;
    const int64_t expected = p->version;
    p->status = action == "confirm" ? "confirmed" : action == "reject" ? "rejected" : "proposed";
    p->decided_by = action == "undo" ? "" : ctx.caller().user_id;
    p->decided_at = action == "undo" ? 0 : now;
    p->reason = action == "undo" ? "" : *reason;
    p->updated_at = now;
    p->version = expected + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateMatchPair(*p, expected));
    ARIADNE_RETURN_IF_ERROR(w.InsertMatchEvent(
        {p->id, action == "confirm" ? "confirmed" : action == "reject" ? "rejected" : "undone", ctx.caller().user_id, now,
         *reason}));
    id = p->id;
    ctx.audit.detail = {{"from", before}, {"to", p->status}};
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto p = r.GetMatchPair(id);
    if (!p) return Fail(p.error());
    CaseCache cache;
    auto v = CheckPair(ctx, r, *p, perm::kMatchRead, cache);
    if (!v) return Fail(v.error());
    out = PairJson(r, *p, *v, ctx.app.resolver->config());
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> Confirm(RequestContext& ctx) { return Decide(ctx, "confirm"); }
Result<HttpResponse> Reject(RequestContext& ctx) { return Decide(ctx, "reject"); }
Result<HttpResponse> Undo(RequestContext& ctx) { return Decide(ctx, "undo"); }

// The record {eid} of case {id}, which the caller may read.
Result<Entity> CaseRecord(RequestContext& ctx, StoreReader& r) {
  auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
  if (!f) return Fail(f.error());
  const std::string eid = ctx.Param("eid");
  ctx.audit.records.push_back("entity:" + eid);
  if (!IsUuid(eid)) return Fail(Error::NotFound("entity"));
  auto e = r.GetEntity(eid);
  if (!e || e->case_id != f->case_id) return Fail(Error::NotFound("entity"));
  return e;
}

Result<HttpResponse> EntityMatches(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto e = CaseRecord(ctx, r);
    if (!e) return Fail(e.error());
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->Check(ctx.caller(), perm::kMatchRead));
    MatchPairQuery q;
    q.entity_id = e->id;
    q.limit = 200;
    auto pairs = r.ListMatchPairs(q);
    if (!pairs) return Fail(pairs.error());
    CaseCache cache;
    for (const MatchPair& p : *pairs) {
      if (p.status != "proposed" && p.status != "confirmed") continue;
      auto v = CheckPair(ctx, r, p, perm::kMatchRead, cache);
      if (!v) continue;
      AuditPair(ctx, p);
      items.push_back(PairJson(r, p, *v, ctx.app.resolver->config()));
    }
    return Ok();
  }));
  ctx.audit.detail = {{"returned", items.size()}};
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> MatchCounts(RequestContext& ctx) {
  json counts = json::object();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->Check(ctx.caller(), perm::kMatchRead));
    auto scope = ctx.app.authz->CaseListScope(ctx.caller());
    if (!scope) return Fail(scope.error());
    MatchPairQuery q;
    q.case_id = f->case_id;
    q.both_in = &*scope;
    q.limit = 5000;
    auto pairs = r.ListMatchPairs(q);
    if (!pairs) return Fail(pairs.error());
    CaseCache cache;
    for (const MatchPair& p : *pairs) {
      if (p.status != "proposed" && p.status != "confirmed") continue;
      if (!CheckPair(ctx, r, p, perm::kMatchRead, cache)) continue;
      for (const auto& [eid, cid] : {std::pair(p.a_entity, p.a_case), std::pair(p.b_entity, p.b_case)}) {
        if (cid != f->case_id) continue;
        json& c = counts[eid];
        if (c.is_null()) c = {{"proposed", 0}, {"confirmed", 0}};
        c[p.status] = c[p.status].get<int>() + 1;
      }
    }
    return Ok();
  }));
  return JsonResponse(200, {{"counts", counts}});
}

// Every record joined to {eid} by confirmed matches, walking only through pairs the caller may
// see: a path through a hidden record is no path.
Result<HttpResponse> Cluster(RequestContext& ctx) {
  json members = json::array(), links = json::array();
  std::string start;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto e = CaseRecord(ctx, r);
    if (!e) return Fail(e.error());
    ARIADNE_RETURN_IF_ERROR(ctx.app.authz->Check(ctx.caller(), perm::kMatchRead));
    start = e->id;
    CaseCache cache;
    auto* own = cache.Get(ctx, r, e->case_id);
    if (!own) return Fail(Error::NotFound("case"));
    members.push_back(SideJson(*own, *e));
    members.back()["via"] = nullptr;
    std::set<std::string> seen = {e->id}, seen_pairs;
    std::deque<std::string> queue = {e->id};
    while (!queue.empty() && seen.size() < 500) {
      const std::string at = queue.front();
      queue.pop_front();
      MatchPairQuery q;
      q.entity_id = at;
      q.status = "confirmed";
      q.limit = 500;
      auto pairs = r.ListMatchPairs(q);
      if (!pairs) return Fail(pairs.error());
      for (const MatchPair& p : *pairs) {
        if (!seen_pairs.insert(p.id).second) continue;
        auto v = CheckPair(ctx, r, p, perm::kMatchRead, cache);
        if (!v) continue;
        AuditPair(ctx, p);
        links.push_back({{"match_id", p.id}, {"a", p.a_entity}, {"b", p.b_entity},
                         {"decided_by_name", UserName(r, p.decided_by)}, {"decided_at", FormatTime(p.decided_at)}});
        const bool a_side = p.a_entity != at;
        const std::string other = a_side ? p.a_entity : p.b_entity;
        if (!seen.insert(other).second) continue;
        json m = a_side ? SideJson(*v->a, v->ea) : SideJson(*v->b, v->eb);
        m["via"] = p.id;
        members.push_back(m);
        queue.push_back(other);
      }
    }
    return Ok();
  }));
  ctx.audit.detail = {{"members", members.size()}};
  return JsonResponse(200, {{"entity_id", start}, {"members", members}, {"links", links}});
}

Result<HttpResponse> ListDeconfliction(RequestContext& ctx) {
  auto limit = LimitParam(ctx.req, 50, 200);
  if (!limit) return Fail(limit.error());
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    const Principal& p = ctx.caller();
    auto notices = r.ListDeconflictionNotices(p.unit_id, *limit);
    if (!notices) return Fail(notices.error());
    CaseCache cache;
    std::map<std::string, json> units;
    for (const DeconflictionNotice& n : *notices) {
      auto* own = cache.Get(ctx, r, n.case_id);
      if (!own || !ctx.app.authz->CheckCase(p, perm::kCaseRead, own->facts)) continue;
      ctx.audit.records.push_back("case:" + n.case_id);
      ctx.audit.records.push_back("entity:" + n.entity_id);
      json caption = nullptr;
      if (auto e = r.GetEntity(n.entity_id); e && own->view) {
        json rendered = own->view->Render(*e, r);
        caption = rendered.value("caption", json(nullptr));
      }
      json& unit = units[n.other_unit_id];
      if (unit.is_null()) {
        auto u = r.GetUnit(n.other_unit_id);
        const std::string contact = UnitContact(r, n.other_unit_id);
        unit = {{"code", u ? u->code : ""}, {"name", u ? u->name : ""}, {"contact", contact}};
      }
      const std::string name = unit["name"], code = unit["code"];
      items.push_back(
          {{"id", n.id}, {"at", FormatTime(n.created_at)}, {"case_id", n.case_id}, {"case_reference", own->c.reference},
           {"entity_id", n.entity_id}, {"caption", caption}, {"other_unit", unit}, {"withheld", n.withheld},
           {"message", "Another unit, " + name + " (" + code + "), holds a record that strongly matches this record. "
                       "Its content is not shown; contact the unit to deconflict."},
           {"message_ru", "Другое подразделение, " + name + " (" + code + "), располагает записью, которая совпадает "
                          "с этой записью. Её содержание не показывается; свяжитесь с подразделением."}});
    }
    return Ok();
  }));
  ctx.audit.detail = {{"returned", items.size()}};
  return JsonResponse(200, {{"items", items}});
}

}  // namespace

void AddMatchRoutes(Router& r) {
  const json reason_body = {{"type", "object"}, {"properties", {{"reason", {{"type", "string"}}}}}};
  r.Add({"GET", "/api/v1/matches", perm::kMatchRead, "match.list",
         "Proposed, confirmed or rejected matches between records of cases one may see", ListMatches, nullptr, "matches"});
  r.Add({"GET", "/api/v1/matches/{mid}", perm::kMatchRead, "match.read",
         "A match with both records side by side, its explanation and history", GetMatch, nullptr, "matches"});
  r.Add({"POST", "/api/v1/matches/{mid}/confirm", perm::kMatchReview, "match.confirm",
         "Confirm that the two records are one person or thing (joins them in a cluster; nothing is merged)", Confirm,
         reason_body, "matches"});
  r.Add({"POST", "/api/v1/matches/{mid}/reject", perm::kMatchReview, "match.reject",
         "Reject a match with a reason; it is not proposed again", Reject, reason_body, "matches"});
  r.Add({"POST", "/api/v1/matches/{mid}/undo", perm::kMatchReview, "match.undo",
         "Undo a confirmation or rejection (back to proposed), with a reason", Undo, reason_body, "matches"});
  r.Add({"GET", "/api/v1/cases/{id}/entities/{eid}/matches", perm::kCaseRead, "match.entity",
         "The matches of one record with records of other cases one may see", EntityMatches, nullptr, "matches"});
  r.Add({"GET", "/api/v1/cases/{id}/match-counts", perm::kMatchRead, "match.counts",
         "How many proposed and confirmed matches each record of a case has", MatchCounts, nullptr, "matches"});
  r.Add({"GET", "/api/v1/cases/{id}/entities/{eid}/cluster", perm::kCaseRead, "match.cluster",
         "All records joined to this one by confirmed matches, in cases one may see", Cluster, nullptr, "matches"});
  r.Add({"GET", "/api/v1/deconfliction", perm::kDeconflictionRead, "deconfliction.list",
         "Deconfliction notices of the caller's unit: another unit holds a matching record", ListDeconfliction,
         nullptr, "matches"});
}

}  // namespace ariadne
