// Sign-in and the credentials that follow it: password check with throttling and lock-out,
// TOTP, browser sessions (kept in the store, with idle time-out and revocation) and personal
// API tokens. Every login and failed login is audited here.
#pragma once

#include <string>

#include "base/env.h"
#include "base/error.h"
#include "security/audit_log.h"
#include "security/authorize.h"
#include "store/store.h"

namespace ariadne {

struct AuthConfig {
  int64_t idle_timeout_ms = 30 * 60 * 1000;          // a session unused this long is dead
  int64_t absolute_timeout_ms = 12 * 60 * 60 * 1000;  // and every session dies after a shift
  int max_failures = 5;                               // per user name, within the window
  int max_ip_failures = 30;                           // per client address, within the window
  int64_t failure_window_ms = 15 * 60 * 1000;
  int64_t lockout_ms = 15 * 60 * 1000;
  int64_t touch_interval_ms = 60 * 1000;  // last_seen_at is written at most this often
};

struct LoginRequest {
  std::string username, password, totp_code, ip, path;
};

struct LoginResult {
  Principal principal;
  std::string session_cookie;  // the secret the browser keeps; only its hash is stored
};

class AuthService {
 public:
  AuthService(Store* store, Env* env, AuditLog* audit, const Authorizer* authz, AuthConfig config = {});

  // Unauthenticated "invalid_credentials" for a wrong name or password (never which),
  // "totp_required"/"totp_invalid", RateLimited "locked_out".
  Result<LoginResult> Login(const LoginRequest& req);
  // Resolves a session cookie to its user; Unauthenticated when unknown, revoked or idle.
  Result<Principal> FromSession(const std::string& cookie);
  Result<Principal> FromToken(const std::string& token);
  Status Logout(const Principal& p);
  // A new personal token; the secret is returned once and only its hash kept.
  Result<std::pair<ApiToken, std::string>> CreateToken(const std::string& user_id, const std::string& name);

  const AuthConfig& config() const { return config_; }

 private:
  Result<Principal> PrincipalFor(StoreReader& r, const User& u) const;
  Status RecordFailure(const LoginRequest& req, const std::string& user_id, const std::string& why);
  Store* store_;
  Env* env_;
  AuditLog* audit_;
  const Authorizer* authz_;
  AuthConfig config_;
  std::string dummy_hash_;  // verified against for unknown names, so timing does not tell
};

}  // namespace ariadne
