#include "security/auth_service.h"

#include "base/ids.h"
#include "security/crypto.h"
#include "security/totp.h"

namespace ariadne {

AuthService::AuthService(Store* store, Env* env, AuditLog* audit, const Authorizer* authz, AuthConfig config)
    : store_(store), env_(env), audit_(audit), authz_(authz), config_(config) {
  dummy_hash_ = HashPassword("ariadne-dummy-password-for-timing").value_or("");
}

Result<Principal> AuthService::PrincipalFor(StoreReader& r, const User& u) const {
  (void)r;
  Principal p;
  p.user_id = u.id;
  p.username = u.username;
  p.display_name = u.display_name;
  p.unit_id = u.unit_id;
  p.role = u.role;
  return p;
}

Status AuthService::RecordFailure(const LoginRequest& req, const std::string& user_id, const std::string& why) {
  const int64_t now = env_->NowMillis();
  return store_->Write([&](StoreWriter& w) -> Status {
    bool locked_now = false;
    for (const std::string& key : {"user:" + req.username, "ip:" + req.ip}) {
      auto t = w.GetThrottle(key);
      if (!t) return Fail(t.error());
      if (now - t->window_start > config_.failure_window_ms) {
        t->failures = 0;
        t->window_start = now;
      }
      ++t->failures;
      int limit = key.rfind("user:", 0) == 0 ? config_.max_failures : config_.max_ip_failures;
      if (t->failures >= limit && t->locked_until <= now) {
        t->locked_until = now + config_.lockout_ms;
        locked_now = true;
      }
      ARIADNE_RETURN_IF_ERROR(w.PutThrottle(*t));
    }
    AuditEvent e;
    e.user_id = user_id;
    e.username = req.username;
    e.action = "auth.login";
    e.outcome = "failed";
    e.method = "POST";
    e.path = req.path;
    e.ip = req.ip;
    e.detail = {{"reason", why}};
    if (locked_now) {
      e.detail["locked_out"] = true;
      e.alert = true;  // a lock-out may be someone guessing a password: the DPO should look
    }
    return audit_->Append(w, e);
  });
}

Result<LoginResult> AuthService::Login(const LoginRequest& req) {
  const int64_t now = env_->NowMillis();
  std::optional<User> user;
  bool locked = false;
  ARIADNE_RETURN_IF_ERROR(store_->Read([&](StoreReader& r) -> Status {
    for (const std::string& key : {"user:" + req.username, "ip:" + req.ip}) {
      auto t = r.GetThrottle(key);
      if (!t) return Fail(t.error());
      if (t->locked_until > now) locked = true;
    }
    auto u = r.GetUserByName(req.username);
    if (u) user = *u;
    else if (u.error().code != ErrorCode::kNotFound) return Fail(u.error());
    return Ok();
  }));
  if (locked) {
    ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) {
      AuditEvent e{user ? user->id : "", req.username, "auth.login", "denied", "POST", req.path, req.ip, {},
                   {{"reason", "locked_out"}}, false};
      return audit_->Append(w, e);
    }));
    return Fail(Error::RateLimited("locked_out", "too many failed sign-ins; try again later"));
  }
  // Argon2id runs here, outside the store's writer, so a slow hash never holds up other writes.
  bool password_ok = user ? VerifyPassword(user->password_hash, req.password)
                          : (VerifyPassword(dummy_hash_, req.password), false);
  if (!user || !password_ok || user->disabled) {
    std::string why = !user ? "unknown_user" : (!password_ok ? "wrong_password" : "disabled");
    ARIADNE_RETURN_IF_ERROR(RecordFailure(req, user ? user->id : "", why));
    return Fail(Error::Unauthenticated("invalid_credentials", "wrong user name or password"));
  }
  if (user->totp_enabled) {
    if (req.totp_code.empty())
      return Fail(Error::Unauthenticated("totp_required", "enter the code from your authenticator app"));
    if (!VerifyTotp(user->totp_secret, req.totp_code, now)) {
      ARIADNE_RETURN_IF_ERROR(RecordFailure(req, user->id, "wrong_totp"));
      return Fail(Error::Unauthenticated("totp_invalid", "the one-time code is wrong or expired"));
    }
  }
  LoginResult result;
  result.session_cookie = RandomHex(*env_, 32);
  Session s;
  s.id_hash = Sha256Hex(result.session_cookie);
  s.user_id = user->id;
  s.csrf_token = RandomHex(*env_, 32);
  s.created_at = now;
  s.last_seen_at = now;
  ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertSession(s));
    ARIADNE_RETURN_IF_ERROR(w.DeleteThrottle("user:" + req.username));
    AuditEvent e{user->id, user->username, "auth.login", "ok", "POST", req.path, req.ip, {"user:" + user->id},
                 {{"totp", user->totp_enabled}}, false};
    return audit_->Append(w, e);
  }));
  Principal p;
  ARIADNE_RETURN_IF_ERROR(store_->Read([&](StoreReader& r) -> Status {
    auto pr = PrincipalFor(r, *user);
    if (!pr) return Fail(pr.error());
    p = *pr;
    return Ok();
  }));
  p.session_hash = s.id_hash;
  p.csrf_token = s.csrf_token;
  result.principal = p;
  return result;
}

Result<Principal> AuthService::FromSession(const std::string& cookie) {
  const int64_t now = env_->NowMillis();
  const std::string hash = Sha256Hex(cookie);
  Session s;
  Principal p;
  ARIADNE_RETURN_IF_ERROR(store_->Read([&](StoreReader& r) -> Status {
    auto found = r.GetSession(hash);
    if (!found) return Fail(Error::Unauthenticated("unauthenticated", "please sign in"));
    s = *found;
    if (s.revoked) return Fail(Error::Unauthenticated("session_expired", "this session was ended; sign in again"));
    if (now - s.last_seen_at > config_.idle_timeout_ms || now - s.created_at > config_.absolute_timeout_ms)
      return Fail(Error::Unauthenticated("session_expired", "the session timed out; sign in again"));
    auto u = r.GetUser(s.user_id);
    if (!u) return Fail(u.error());
    if (u->disabled) return Fail(Error::Unauthenticated("session_expired", "the account is disabled"));
    auto pr = PrincipalFor(r, *u);
    if (!pr) return Fail(pr.error());
    p = *pr;
    return Ok();
  }));
  if (now - s.last_seen_at >= config_.touch_interval_ms)
    ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) { return w.TouchSession(hash, now); }));
  p.session_hash = hash;
  p.csrf_token = s.csrf_token;
  return p;
}

Result<Principal> AuthService::FromToken(const std::string& token) {
  Principal p;
  ARIADNE_RETURN_IF_ERROR(store_->Read([&](StoreReader& r) -> Status {
    auto t = r.GetTokenByHash(Sha256Hex(token));
    if (!t || t->revoked) return Fail(Error::Unauthenticated("unauthenticated", "the token is not valid"));
    auto u = r.GetUser(t->user_id);
    if (!u) return Fail(u.error());
    if (u->disabled) return Fail(Error::Unauthenticated("unauthenticated", "the account is disabled"));
    auto pr = PrincipalFor(r, *u);
    if (!pr) return Fail(pr.error());
    p = *pr;
    return Ok();
  }));
  p.via_token = true;
  return p;
}

Status AuthService::Logout(const Principal& p) {
  if (p.session_hash.empty()) return Ok();
  return store_->Write([&](StoreWriter& w) { return w.RevokeSession(p.session_hash); });
}

Result<std::pair<ApiToken, std::string>> AuthService::CreateToken(const std::string& user_id,
                                                                  const std::string& name) {
  std::string secret = "ari_" + RandomHex(*env_, 32);
  ApiToken t{NewUuidV7(*env_), user_id, name, Sha256Hex(secret), env_->NowMillis(), false};
  ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) { return w.InsertToken(t); }));
  return std::make_pair(t, secret);
}

}  // namespace ariadne
