// /api/v1/cases: list, create, view, update, history, team, shares and links.
#include <algorithm>
#include <set>

#include "api/app.h"
#include "api/case_access.h"
#include "api/case_create.h"
#include "api/workflow_runner.h"
#include "api/case_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/case_input.h"
#include "domain/permissions.h"

namespace ariadne {

using nlohmann::json;

Case NewCase(RequestContext& ctx) {
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  Case c;
  c.id = NewUuidV7(*ctx.app.env);
  c.state = "open";
  c.owning_unit_id = p.unit_id;
  c.created_by = p.user_id;
  c.created_at = now;
  c.updated_at = now;
  c.version = 1;
  return c;
}

Status InsertNewCase(RequestContext& ctx, StoreWriter& w, Case& c, const std::vector<FieldChange>& changes) {
  const Principal& p = ctx.caller();
  const int64_t now = c.created_at;
  ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
  // The creator leads the team and may see the victim's details they are recording.
  TeamMember lead;
  lead.user_id = p.user_id;
  lead.team_role = "lead";
  lead.grants = {"victim_data"};
  ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, lead, now));
  // The workflow of its category and approach starts with it (config/workflows).
  if (const WorkflowDefinition* def = WorkflowForNewCase(*ctx.app.workflows, c)) {
    Case with_team = c;
    with_team.team = {lead};
    ARIADNE_RETURN_IF_ERROR(StartWorkflow(ctx.app, w, with_team, *def, p.user_id, now));
    ctx.audit.detail["workflow"] = def->id;
  }
  json fields = json::array();
  for (const auto& ch : changes) fields.push_back(ch.field);
  ARIADNE_RETURN_IF_ERROR(w.InsertCaseHistory(c.id, {1, p.user_id, now, json{{{"field", "*"}, {"after", "created"}}}.dump()}));
  ctx.audit.detail["reference"] = c.reference;
  ctx.audit.detail["fields"] = fields;
  return Ok();
}

namespace {

using nlohmann::json;

// Which restricted fields of this case the caller may read.
std::vector<std::string> VisibleRestricted(const RequestContext& ctx, const CaseAccessFacts& f) {
  std::vector<std::string> out;
  for (const auto& rule : ctx.app.authz->case_schema().restricted())
    if (ctx.app.authz->MayReadCaseField(ctx.caller(), f, rule.name)) out.push_back(rule.name);
  return out;
}

Result<json> RenderCase(RequestContext& ctx, StoreReader& r, const std::string& id,
                        const CaseAccessFacts* known = nullptr) {
  Result<CaseAccessFacts> facts = known ? Result<CaseAccessFacts>(*known) : r.GetCaseAccess(id, ctx.caller().user_id);
  if (!facts) return Fail(facts.error());
  auto c = r.GetCase(id);
  if (!c) return Fail(c.error());
  auto unit = r.GetUnit(c->owning_unit_id);
  if (!unit) return Fail(unit.error());
  auto creator = r.GetUser(c->created_by);
  for (const auto& m : c->team) ctx.audit.records.push_back("user:" + m.user_id);
  return CaseJson(*c, *unit, creator ? &*creator : nullptr, VisibleRestricted(ctx, *facts));
}

Result<HttpResponse> ListCases(RequestContext& ctx) {
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());
  CaseListQuery q;
  q.scope = *scope;
  auto limit = LimitParam(ctx.req, 50, 200);
  if (!limit) return Fail(limit.error());
  q.limit = *limit;
  q.cursor = ctx.req.Query("cursor");
  if (!ctx.req.Query("sort").empty()) q.sort = ctx.req.Query("sort");
  q.state = ctx.req.Query("state");
  q.category = ctx.req.Query("category");
  q.unit_code = ctx.req.Query("unit");
  q.text = ctx.req.Query("q");
  if (!q.state.empty() && !ctx.app.lookups->Has("case_states", q.state))
    return Fail(Error::BadRequest("invalid_value", "unknown state", "state"));
  if (!q.category.empty() && !ctx.app.lookups->Has("categories", q.category))
    return Fail(Error::BadRequest("invalid_value", "unknown category", "category"));
  if (q.text.size() > 500) return Fail(Error::BadRequest("invalid_value", "q is too long", "q"));
  json body;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto page = r.ListCases(q);
    if (!page) return Fail(page.error());
    UnitCache units(r);
    json items = json::array();
    for (const auto& c : page->items) {
      items.push_back(CaseSummaryJson(c, units.Get(c.owning_unit_id)));
      ctx.audit.records.push_back("case:" + c.id);
    }
    body = {{"items", items}, {"total", page->total},
            {"next_cursor", page->next_cursor.empty() ? json(nullptr) : json(page->next_cursor)}};
    return Ok();
  }));
  ctx.audit.detail = {{"q", q.text}, {"state", q.state}, {"category", q.category}, {"unit", q.unit_code},
                      {"returned", body["items"].size()}};
  return JsonResponse(200, body);
}

Result<HttpResponse> CreateCase(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseCaseInput(*body, *ctx.app.lookups, CaseInputMode::kCreate);
  if (!in) return Fail(in.error());
  Case c = NewCase(ctx);
  auto changes = ApplyCaseInput(*in, c);
  ctx.audit.records.push_back("case:" + c.id);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(InsertNewCase(ctx, w, c, changes));
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto j = RenderCase(ctx, r, c.id);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  HttpResponse res = JsonResponse(201, out);
  res.headers.push_back({"Location", "/api/v1/cases/" + c.id});
  return res;
}

Result<HttpResponse> GetCase(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto facts = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!facts) return Fail(facts.error());
    auto j = RenderCase(ctx, r, ctx.Param("id"), &*facts);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> UpdateCase(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    return Ok();
  }));
  auto in = ParseCaseInput(*body, *ctx.app.lookups, CaseInputMode::kUpdate);
  if (!in) return Fail(in.error());
  // Nobody writes a restricted field they may not read.
  for (const auto& rule : ctx.app.authz->case_schema().restricted())
    if (body->contains(rule.name) && !ctx.app.authz->MayReadCaseField(ctx.caller(), facts, rule.name))
      return Fail(Error::Forbidden("forbidden", "you may not change " + rule.name));
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto c = w.GetCase(facts.case_id);
    if (!c) return Fail(c.error());
    if (c->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the case was changed by someone else; reload it", "version"));
    if (in->state && *in->state != c->state) {
      auto cw = w.GetCaseWorkflow(c->id);
      if (!cw) return Fail(cw.error());
      if (*cw)
        return Fail(Error::Conflict("state_follows_workflow",
                                    "the case's state follows its workflow: take the workflow's next step instead",
                                    "state"));
    }
    auto changes = ApplyCaseInput(*in, *c);
    if (changes.empty()) return Ok();
    const int64_t expected = c->version;
    c->version = expected + 1;
    c->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateCase(*c, expected));
    json history = json::array();
    json fields = json::array();
    for (const auto& ch : changes) {
      history.push_back({{"field", ch.field}, {"before", ch.before}, {"after", ch.after}});
      fields.push_back(ch.field);
    }
    ARIADNE_RETURN_IF_ERROR(w.InsertCaseHistory(c->id, {c->version, ctx.caller().user_id, now, history.dump()}));
    ctx.audit.detail = {{"fields", fields}, {"version", c->version}};
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto j = RenderCase(ctx, r, facts.case_id);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> CaseHistory(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto facts = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!facts) return Fail(facts.error());
    auto visible = VisibleRestricted(ctx, *facts);
    auto entries = r.CaseHistory(facts->case_id);
    if (!entries) return Fail(entries.error());
    for (const auto& e : *entries) {
      json changes = json::parse(e.changes_json, nullptr, false);
      json shown = json::array();
      for (auto& ch : changes) {
        std::string field = ch.value("field", "");
        auto* rule = ctx.app.authz->case_schema().Restriction(field);
        if (rule && std::find(visible.begin(), visible.end(), field) == visible.end()) continue;
        shown.push_back(ch);
      }
      auto who = r.GetUser(e.changed_by);
      items.push_back({{"version", e.version}, {"at", FormatTime(e.at)},
                       {"changed_by", who ? who->username : e.changed_by}, {"changes", shown}});
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

// Shared by team and share routes: the named user, who must be able to hold case content.
Result<User> CaseContentUser(StoreReader& r, const std::string& username) {
  auto u = r.GetUserByName(username);
  if (!u) return Fail(Error::Invalid("invalid_value", "no such user", "username"));
  if (!RoleSeesCaseContent(u->role) || u->disabled)
    return Fail(Error::Invalid("invalid_value", "this user cannot be given case content", "username"));
  return u;
}

Result<HttpResponse> CaseChange(RequestContext& ctx, const std::string& permission,
                                const std::function<Status(StoreWriter&, const CaseAccessFacts&)>& change) {
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, permission);
    if (!f) return Fail(f.error());
    facts = *f;
    return Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(change(w, facts));
    return ctx.AuditIn(w);
  }));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto j = RenderCase(ctx, r, facts.case_id);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> AddTeamMember(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"username", "team_role", "grants"}));
  auto username = RequiredString(*body, "username", 100);
  if (!username) return Fail(username.error());
  auto team_role = OptionalString(*body, "team_role", 50);
  if (!team_role) return Fail(team_role.error());
  TeamMember m;
  m.team_role = team_role->empty() ? "member" : *team_role;
  if (!ctx.app.lookups->Has("team_roles", m.team_role))
    return Fail(Error::Invalid("invalid_value", "unknown team role", "team_role"));
  if (body->contains("grants")) {
    if (!(*body)["grants"].is_array()) return Fail(Error::BadRequest("wrong_type", "grants must be a list", "grants"));
    for (const auto& g : (*body)["grants"]) {
      if (!g.is_string() || !ctx.app.lookups->Has("grants", g.get<std::string>()))
        return Fail(Error::Invalid("invalid_value", "unknown grant", "grants"));
      m.grants.push_back(g.get<std::string>());
    }
  }
  return CaseChange(ctx, perm::kCaseTeam, [&](StoreWriter& w, const CaseAccessFacts& f) -> Status {
    auto u = CaseContentUser(w, *username);
    if (!u) return Fail(u.error());
    m.user_id = u->id;
    ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(f.case_id, m, ctx.app.env->NowMillis()));
    ctx.audit.detail = {{"member", u->username}, {"team_role", m.team_role}, {"grants", m.grants}};
    return Ok();
  });
}

Result<HttpResponse> RemoveTeamMember(RequestContext& ctx) {
  std::string user_id = ctx.Param("user_id");
  return CaseChange(ctx, perm::kCaseTeam, [&](StoreWriter& w, const CaseAccessFacts& f) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.RemoveTeamMember(f.case_id, user_id));
    ctx.audit.detail = {{"removed", user_id}};
    return Ok();
  });
}

Result<HttpResponse> ShareCase(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"username"}));
  auto username = RequiredString(*body, "username", 100);
  if (!username) return Fail(username.error());
  return CaseChange(ctx, perm::kCaseShare, [&](StoreWriter& w, const CaseAccessFacts& f) -> Status {
    auto u = CaseContentUser(w, *username);
    if (!u) return Fail(u.error());
    ARIADNE_RETURN_IF_ERROR(w.PutShare(f.case_id, u->id, ctx.caller().user_id, ctx.app.env->NowMillis()));
    ctx.audit.detail = {{"shared_with", u->username}};
    return Ok();
  });
}

Result<HttpResponse> LinkCase(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"case_id", "reason"}));
  auto other = RequiredString(*body, "case_id", 100);
  if (!other) return Fail(other.error());
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  return CaseChange(ctx, perm::kCaseUpdate, [&](StoreWriter& w, const CaseAccessFacts& f) -> Status {
    // The other case must be one the caller can see: linking is no way to learn what exists.
    auto of = IsUuid(*other) ? w.GetCaseAccess(*other, ctx.caller().user_id) : Result<CaseAccessFacts>(Fail(Error::NotFound()));
    if (!of || !ctx.app.authz->CheckCase(ctx.caller(), perm::kCaseRead, *of) || *other == f.case_id)
      return Fail(Error::Invalid("invalid_value", "no such case", "case_id"));
    ARIADNE_RETURN_IF_ERROR(w.PutLink(f.case_id, *other, *reason, ctx.caller().user_id, ctx.app.env->NowMillis()));
    ARIADNE_RETURN_IF_ERROR(w.PutLink(*other, f.case_id, *reason, ctx.caller().user_id, ctx.app.env->NowMillis()));
    ctx.audit.records.push_back("case:" + *other);
    ctx.audit.detail = {{"linked", *other}};
    return Ok();
  });
}

}  // namespace

void AddCaseRoutes(Router& r) {
  const json case_body = {{"$ref", "#/components/schemas/CaseInput"}};
  r.Add({"GET", "/api/v1/cases", perm::kCaseRead, "case.list", "List the cases you may see", ListCases, nullptr, "cases"});
  r.Add({"POST", "/api/v1/cases", perm::kCaseCreate, "case.create", "Open a case", CreateCase, case_body, "cases"});
  r.Add({"GET", "/api/v1/cases/{id}", perm::kCaseRead, "case.read", "View a case", GetCase, nullptr, "cases"});
  r.Add({"PATCH", "/api/v1/cases/{id}", perm::kCaseUpdate, "case.update", "Change a case (with its version)", UpdateCase,
         case_body, "cases"});
  r.Add({"GET", "/api/v1/cases/{id}/history", perm::kCaseRead, "case.history", "Field-level history of a case",
         CaseHistory, nullptr, "cases"});
  r.Add({"POST", "/api/v1/cases/{id}/team", perm::kCaseTeam, "case.team.add", "Add or change a team member",
         AddTeamMember, {{"type", "object"}}, "cases"});
  r.Add({"DELETE", "/api/v1/cases/{id}/team/{user_id}", perm::kCaseTeam, "case.team.remove", "Remove a team member",
         RemoveTeamMember, nullptr, "cases"});
  r.Add({"POST", "/api/v1/cases/{id}/shares", perm::kCaseShare, "case.share", "Share a case with a user", ShareCase,
         {{"type", "object"}}, "cases"});
  r.Add({"POST", "/api/v1/cases/{id}/links", perm::kCaseUpdate, "case.link", "Link two cases", LinkCase,
         {{"type", "object"}}, "cases"});
}

}  // namespace ariadne
