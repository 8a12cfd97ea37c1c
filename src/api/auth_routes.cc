// /api/v1/auth: sign in and out, the caller's profile, two-factor set-up, personal tokens.
#include "api/app.h"
#include "api/case_json.h"
#include "base/time_format.h"
#include "domain/permissions.h"
#include "security/totp.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<json> UserJson(RequestContext& ctx, const std::string& user_id) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto u = r.GetUser(user_id);
    if (!u) return Fail(u.error());
    auto unit = r.GetUnit(u->unit_id);
    if (!unit) return Fail(unit.error());
    out = {{"id", u->id}, {"username", u->username}, {"display_name", u->display_name},
           {"role", RoleId(u->role)}, {"unit", UnitJson(*unit)}, {"totp_enabled", u->totp_enabled},
           {"permissions", ctx.app.authz->PermissionsOf(u->role)}};
    return Ok();
  }));
  return out;
}

Result<HttpResponse> Login(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"username", "password", "totp_code"}));
  auto username = RequiredString(*body, "username", 100);
  if (!username) return Fail(username.error());
  auto password = RequiredString(*body, "password", 1024);
  if (!password) return Fail(password.error());
  auto totp = OptionalString(*body, "totp_code", 20);
  if (!totp) return Fail(totp.error());
  auto result = ctx.app.auth->Login({*username, *password, *totp, ctx.req.remote_ip, ctx.req.path});
  if (!result) return Fail(result.error());
  ctx.session_cookie_to_set = result->session_cookie;
  auto user = UserJson(ctx, result->principal.user_id);
  if (!user) return Fail(user.error());
  return JsonResponse(200, {{"user", *user}, {"csrf_token", result->principal.csrf_token}});
}

Result<HttpResponse> Logout(RequestContext& ctx) {
  ARIADNE_RETURN_IF_ERROR(ctx.app.auth->Logout(ctx.caller()));
  ctx.clear_session_cookie = true;
  HttpResponse r;
  r.status = 204;
  return r;
}

Result<HttpResponse> Me(RequestContext& ctx) {
  auto user = UserJson(ctx, ctx.caller().user_id);
  if (!user) return Fail(user.error());
  return JsonResponse(200, {{"user", *user}, {"csrf_token", ctx.caller().csrf_token}});
}

Result<HttpResponse> TotpSetup(RequestContext& ctx) {
  std::string secret = NewTotpSecret(*ctx.app.env);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto u = w.GetUser(ctx.caller().user_id);
    if (!u) return Fail(u.error());
    if (u->totp_enabled)
      return Fail(Error::Conflict("already_exists", "two-factor sign-in is already on; ask an administrator to reset it"));
    u->totp_secret = secret;
    ARIADNE_RETURN_IF_ERROR(w.UpdateUser(*u));
    ctx.audit.records.push_back("user:" + u->id);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, {{"secret", secret}, {"otpauth_uri", TotpUri("Ariadne", ctx.caller().username, secret)}});
}

Result<HttpResponse> TotpEnable(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"code"}));
  auto code = RequiredString(*body, "code", 20);
  if (!code) return Fail(code.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto u = w.GetUser(ctx.caller().user_id);
    if (!u) return Fail(u.error());
    if (u->totp_secret.empty()) return Fail(Error::Invalid("required", "call /auth/totp/setup first", "code"));
    if (!VerifyTotp(u->totp_secret, *code, ctx.app.env->NowMillis()))
      return Fail(Error::Invalid("totp_invalid", "the code is wrong or expired", "code"));
    u->totp_enabled = true;
    ARIADNE_RETURN_IF_ERROR(w.UpdateUser(*u));
    ctx.audit.records.push_back("user:" + u->id);
    return ctx.AuditIn(w);
  }));
  HttpResponse r;
  r.status = 204;
  return r;
}

Result<HttpResponse> CreateToken(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"name"}));
  auto name = RequiredString(*body, "name", 100);
  if (!name) return Fail(name.error());
  auto token = ctx.app.auth->CreateToken(ctx.caller().user_id, *name);
  if (!token) return Fail(token.error());
  ctx.audit.detail = {{"token_id", token->first.id}, {"name", *name}};
  return JsonResponse(201, {{"id", token->first.id}, {"name", *name}, {"token", token->second}});
}

}  // namespace

void AddAuthRoutes(Router& r) {
  r.Add({"POST", "/api/v1/auth/login", perm::kPublic, "", "Sign in (audited by the auth service)", Login,
         {{"type", "object"}, {"required", {"username", "password"}}}, "auth"});
  r.Add({"POST", "/api/v1/auth/logout", perm::kSignedIn, "auth.logout", "Sign out", Logout, nullptr, "auth"});
  r.Add({"GET", "/api/v1/auth/me", perm::kSignedIn, "", "The signed-in user and CSRF token", Me, nullptr, "auth"});
  r.Add({"POST", "/api/v1/auth/totp/setup", perm::kSignedIn, "auth.totp_setup", "Start two-factor set-up", TotpSetup,
         nullptr, "auth"});
  r.Add({"POST", "/api/v1/auth/totp/enable", perm::kSignedIn, "auth.totp_enable", "Confirm a code and turn two-factor on",
         TotpEnable, {{"type", "object"}, {"required", {"code"}}}, "auth"});
  r.Add({"POST", "/api/v1/auth/tokens", perm::kSignedIn, "auth.token_create", "Create a personal API token",
         CreateToken, {{"type", "object"}, {"required", {"name"}}}, "auth"});
}

}  // namespace ariadne
