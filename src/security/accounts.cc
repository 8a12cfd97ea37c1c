#include "security/accounts.h"

#include "base/ids.h"
#include "domain/password_policy.h"
#include "security/crypto.h"

namespace ariadne {
namespace {

bool ValidName(const std::string& s, size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

}  // namespace

Status Accounts::Audit(StoreWriter& w, const Actor& a, const std::string& action, const std::string& record,
                       nlohmann::json detail, bool alert) {
  AuditEvent e;
  e.user_id = a.user_id;
  e.username = a.username;
  e.action = action;
  e.outcome = "ok";
  e.method = a.method;
  e.path = a.path;
  e.ip = a.ip;
  e.records = {record};
  e.detail = std::move(detail);
  e.alert = alert;
  return audit_->Append(w, e);
}

Result<Unit> Accounts::CreateUnit(const Actor& a, const std::string& code, const std::string& name,
                                  const std::string& country, const std::string& region, const std::string& agency,
                                  const std::string& kind) {
  if (!ValidName(code, 40))
    return Fail(Error::Invalid("invalid_value", "code: letters, digits, '-', '_' or '.' (up to 40)", "code"));
  if (name.empty() || name.size() > 200) return Fail(Error::Invalid("required", "name is required", "name"));
  if (!lookups_->Has("countries", country))
    return Fail(Error::Invalid("invalid_value", "country: not a known ISO 3166 code", "country"));
  // What kind of body it is decides its recipient class for intelligence (lookups unit_kinds).
  if (!lookups_->Has("unit_kinds", kind))
    return Fail(Error::Invalid("invalid_value", "kind: police, border, prosecution, ngo, social or labour_inspection", "kind"));
  if (agency.size() > 64 || (!agency.empty() && !ValidName(agency, 64)))
    return Fail(Error::Invalid("invalid_value", "agency: letters, digits, '-', '_' or '.' (up to 64)", "agency"));
  // A unit named with no agency is an agency of its own.
  Unit u{NewUuidV7(*env_), code, name, country, region, env_->NowMillis(), agency.empty() ? code : agency, kind};
  ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) -> Status {
    auto st = w.InsertUnit(u);
    if (!st) {
      if (st.error().code == ErrorCode::kConflict)
        return Fail(Error::Conflict("already_exists", "a unit with this code exists", "code"));
      return st;
    }
    return Audit(w, a, "unit.create", "unit:" + u.id, {{"code", code}, {"name", name}}, false);
  }));
  return u;
}

Result<User> Accounts::CreateUser(const Actor& a, const std::string& username, const std::string& display_name,
                                  Role role, const std::string& unit_code, const std::string& password) {
  if (!ValidName(username, 64))
    return Fail(Error::Invalid("invalid_value", "username: letters, digits, '-', '_' or '.' (up to 64)", "username"));
  ARIADNE_RETURN_IF_ERROR(CheckPasswordPolicy(username, password));
  auto hash = HashPassword(password);
  if (!hash) return Fail(hash.error());
  User u;
  u.id = NewUuidV7(*env_);
  u.username = username;
  u.display_name = display_name.empty() ? username : display_name;
  u.role = role;
  u.password_hash = *hash;
  u.created_at = env_->NowMillis();
  ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) -> Status {
    auto unit = w.GetUnitByCode(unit_code);
    if (!unit) return Fail(Error::Invalid("invalid_value", "no unit with this code", "unit_code"));
    u.unit_id = unit->id;
    auto st = w.InsertUser(u);
    if (!st) {
      if (st.error().code == ErrorCode::kConflict)
        return Fail(Error::Conflict("already_exists", "this user name is taken", "username"));
      return st;
    }
    return Audit(w, a, "user.create", "user:" + u.id,
                 {{"username", username}, {"role", RoleId(role)}, {"unit", unit_code}}, RoleSeesCaseContent(role));
  }));
  return u;
}

Result<User> Accounts::ChangeUser(const Actor& a, const std::string& user_id, const UserChange& change) {
  if (a.user_id == user_id)
    return Fail(Error::Invalid("self_grant", "nobody may change their own role, unit or status", "user_id"));
  User out;
  ARIADNE_RETURN_IF_ERROR(store_->Write([&](StoreWriter& w) -> Status {
    auto u = w.GetUser(user_id);
    if (!u) return Fail(u.error());
    nlohmann::json detail = nlohmann::json::object();
    bool alert = false;
    if (change.role && *change.role != u->role) {
      detail["role"] = {{"before", RoleId(u->role)}, {"after", RoleId(*change.role)}};
      alert = RoleSeesCaseContent(*change.role);
      u->role = *change.role;
    }
    if (change.unit_code) {
      auto unit = w.GetUnitByCode(*change.unit_code);
      if (!unit) return Fail(Error::Invalid("invalid_value", "no unit with this code", "unit_code"));
      if (unit->id != u->unit_id) {
        detail["unit"] = *change.unit_code;
        // Moving someone into a unit is a grant too: a supervisor there sees all its cases.
        alert = alert || u->role == Role::kSupervisor;
        u->unit_id = unit->id;
      }
    }
    if (change.display_name) u->display_name = *change.display_name;
    if (change.disabled && *change.disabled != u->disabled) {
      u->disabled = *change.disabled;
      detail["disabled"] = u->disabled;
      if (u->disabled) ARIADNE_RETURN_IF_ERROR(w.RevokeUserSessions(u->id));
    }
    ARIADNE_RETURN_IF_ERROR(w.UpdateUser(*u));
    out = *u;
    return Audit(w, a, "user.update", "user:" + u->id, detail, alert);
  }));
  return out;
}

Status Accounts::ResetPassword(const Actor& a, const std::string& user_id, const std::string& password) {
  std::string username;
  ARIADNE_RETURN_IF_ERROR(store_->Read([&](StoreReader& r) -> Status {
    auto u = r.GetUser(user_id);
    if (!u) return Fail(u.error());
    username = u->username;
    return Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(CheckPasswordPolicy(username, password));
  auto hash = HashPassword(password);
  if (!hash) return Fail(hash.error());
  return store_->Write([&](StoreWriter& w) -> Status {
    auto u = w.GetUser(user_id);
    if (!u) return Fail(u.error());
    u->password_hash = *hash;
    ARIADNE_RETURN_IF_ERROR(w.UpdateUser(*u));
    ARIADNE_RETURN_IF_ERROR(w.RevokeUserSessions(user_id));
    ARIADNE_RETURN_IF_ERROR(w.DeleteThrottle("user:" + u->username));
    return Audit(w, a, "user.reset_password", "user:" + user_id, nlohmann::json::object(), false);
  });
}

Status Accounts::RevokeSessions(const Actor& a, const std::string& user_id) {
  return store_->Write([&](StoreWriter& w) -> Status {
    auto u = w.GetUser(user_id);
    if (!u) return Fail(u.error());
    ARIADNE_RETURN_IF_ERROR(w.RevokeUserSessions(user_id));
    return Audit(w, a, "user.revoke_sessions", "user:" + user_id, nlohmann::json::object(), false);
  });
}

}  // namespace ariadne
