// /api/v1/units, /api/v1/users, /api/v1/directory: administration of accounts. The
// administrator manages people, never case content; changes are audited by security/accounts.
#include "api/app.h"
#include "api/case_json.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Actor ActorOf(const RequestContext& ctx) {
  return {ctx.caller().user_id, ctx.caller().username, ctx.req.method, ctx.req.path, ctx.req.remote_ip};
}

json BriefJson(const UserBrief& b) {
  return {{"id", b.id}, {"username", b.username}, {"display_name", b.display_name}, {"role", RoleId(b.role)},
          {"unit_code", b.unit_code}, {"disabled", b.disabled}};
}

Result<HttpResponse> ListUnits(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto units = r.ListUnits();
    if (!units) return Fail(units.error());
    for (const auto& u : *units) items.push_back(UnitJson(u));
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> CreateUnit(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"code", "name", "country", "region", "agency", "kind"}));
  auto code = RequiredString(*body, "code", 40);
  if (!code) return Fail(code.error());
  auto name = RequiredString(*body, "name", 200);
  if (!name) return Fail(name.error());
  auto country = RequiredString(*body, "country", 10);
  if (!country) return Fail(country.error());
  auto region = OptionalString(*body, "region", 200);
  if (!region) return Fail(region.error());
  auto agency = OptionalString(*body, "agency", 64);
  if (!agency) return Fail(agency.error());
  auto kind = OptionalString(*body, "kind", 40);
  if (!kind) return Fail(kind.error());
  auto u = ctx.app.accounts->CreateUnit(ActorOf(ctx), *code, *name, *country, *region, *agency,
                                        kind->empty() ? "police" : *kind);
  if (!u) return Fail(u.error());
  return JsonResponse(201, UnitJson(*u));
}

Result<HttpResponse> ListUsers(RequestContext& ctx, bool directory) {
  auto limit = LimitParam(ctx.req, directory ? 20 : 200, 500);
  if (!limit) return Fail(limit.error());
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto users = r.ListUsers(ctx.req.Query("q"), *limit);
    if (!users) return Fail(users.error());
    for (const auto& u : *users) {
      // The directory offers only people who can be given case content.
      if (directory && (!RoleSeesCaseContent(u.role) || u.disabled)) continue;
      items.push_back(BriefJson(u));
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<Role> RoleField(const json& body) {
  if (!body["role"].is_string()) return Fail(Error::BadRequest("wrong_type", "role must be a string", "role"));
  auto role = ParseRole(body["role"].get<std::string>());
  if (!role) return Fail(Error::Invalid("invalid_value", "unknown role", "role"));
  return *role;
}

Result<HttpResponse> CreateUser(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"username", "display_name", "role", "unit_code", "password"}));
  auto username = RequiredString(*body, "username", 64);
  if (!username) return Fail(username.error());
  auto display = OptionalString(*body, "display_name", 200);
  if (!display) return Fail(display.error());
  if (!body->contains("role")) return Fail(Error::Invalid("required", "role is required", "role"));
  auto role = RoleField(*body);
  if (!role) return Fail(role.error());
  auto unit = RequiredString(*body, "unit_code", 40);
  if (!unit) return Fail(unit.error());
  auto password = RequiredString(*body, "password", 1024);
  if (!password) return Fail(password.error());
  auto u = ctx.app.accounts->CreateUser(ActorOf(ctx), *username, *display, *role, *unit, *password);
  if (!u) return Fail(u.error());
  return JsonResponse(201, {{"id", u->id}, {"username", u->username}, {"display_name", u->display_name},
                            {"role", RoleId(u->role)}, {"unit_code", *unit}, {"disabled", u->disabled}});
}

Result<HttpResponse> ChangeUser(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"role", "unit_code", "display_name", "disabled"}));
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckUserChange(ctx.caller(), ctx.Param("user")));
  UserChange change;
  if (body->contains("role")) {
    auto role = RoleField(*body);
    if (!role) return Fail(role.error());
    change.role = *role;
  }
  if (body->contains("unit_code")) {
    auto v = RequiredString(*body, "unit_code", 40);
    if (!v) return Fail(v.error());
    change.unit_code = *v;
  }
  if (body->contains("display_name")) {
    auto v = RequiredString(*body, "display_name", 200);
    if (!v) return Fail(v.error());
    change.display_name = *v;
  }
  if (body->contains("disabled")) {
    if (!(*body)["disabled"].is_boolean())
      return Fail(Error::BadRequest("wrong_type", "disabled must be true or false", "disabled"));
    change.disabled = (*body)["disabled"].get<bool>();
  }
  auto u = ctx.app.accounts->ChangeUser(ActorOf(ctx), ctx.Param("user"), change);
  if (!u) return Fail(u.error());
  return JsonResponse(200, {{"id", u->id}, {"username", u->username}, {"display_name", u->display_name},
                            {"role", RoleId(u->role)}, {"disabled", u->disabled}});
}

Result<HttpResponse> ResetPassword(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"password"}));
  auto password = RequiredString(*body, "password", 1024);
  if (!password) return Fail(password.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckUserChange(ctx.caller(), ctx.Param("user")));
  ARIADNE_RETURN_IF_ERROR(ctx.app.accounts->ResetPassword(ActorOf(ctx), ctx.Param("user"), *password));
  HttpResponse r;
  r.status = 204;
  return r;
}

Result<HttpResponse> RevokeSessions(RequestContext& ctx) {
  ARIADNE_RETURN_IF_ERROR(ctx.app.accounts->RevokeSessions(ActorOf(ctx), ctx.Param("user")));
  HttpResponse r;
  r.status = 204;
  return r;
}

}  // namespace

void AddAdminRoutes(Router& r) {
  r.Add({"GET", "/api/v1/units", perm::kSignedIn, "", "List units", ListUnits, nullptr, "admin"});
  r.Add({"POST", "/api/v1/units", perm::kUnitManage, "", "Create a unit (audited as unit.create)", CreateUnit,
         {{"type", "object"}, {"required", {"code", "name", "country"}}}, "admin"});
  r.Add({"GET", "/api/v1/users", perm::kUserManage, "user.list", "List user accounts",
         [](RequestContext& c) { return ListUsers(c, false); }, nullptr, "admin"});
  r.Add({"GET", "/api/v1/directory", perm::kCaseTeam, "", "Find people to add to a team or share with",
         [](RequestContext& c) { return ListUsers(c, true); }, nullptr, "admin"});
  r.Add({"POST", "/api/v1/users", perm::kUserManage, "", "Create a user (audited as user.create)", CreateUser,
         {{"type", "object"}, {"required", {"username", "role", "unit_code", "password"}}}, "admin"});
  r.Add({"PATCH", "/api/v1/users/{user}", perm::kUserManage, "", "Change role, unit, name or status", ChangeUser,
         {{"type", "object"}}, "admin"});
  r.Add({"POST", "/api/v1/users/{user}/reset-password", perm::kUserManage, "", "Set a new password", ResetPassword,
         {{"type", "object"}, {"required", {"password"}}}, "admin"});
  r.Add({"POST", "/api/v1/users/{user}/revoke-sessions", perm::kUserManage, "", "End every session of a user",
         RevokeSessions, nullptr, "admin"});
}

}  // namespace ariadne
