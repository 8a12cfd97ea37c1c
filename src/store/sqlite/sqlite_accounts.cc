// Units, users, sessions, tokens, login throttling and idempotency keys.
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr const char* kUserColumns =
    "id, username, display_name, role, unit_id, password_hash, totp_secret, totp_enabled, disabled, created_at";

User ReadUser(Stmt& s) {
  User u;
  u.id = s.Text(0);
  u.username = s.Text(1);
  u.display_name = s.Text(2);
  u.role = ParseRole(s.Text(3)).value_or(Role::kFrontlineOfficer);
  u.unit_id = s.Text(4);
  u.password_hash = s.Text(5);
  u.totp_secret = s.Text(6);
  u.totp_enabled = s.Int(7) != 0;
  u.disabled = s.Int(8) != 0;
  u.created_at = s.Int(9);
  return u;
}

Unit ReadUnit(Stmt& s) {
  return Unit{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6), s.Text(7)};
}

}  // namespace

Result<Unit> SqliteConnection::GetUnit(const std::string& id) {
  PREPARE(s, "SELECT id, code, name, country, region, created_at, agency, kind FROM units WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("unit"));
  return ReadUnit(*s);
}

Result<Unit> SqliteConnection::GetUnitByCode(const std::string& code) {
  PREPARE(s, "SELECT id, code, name, country, region, created_at, agency, kind FROM units WHERE code = ?");
  s->Bind(1, code);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("unit"));
  return ReadUnit(*s);
}

Result<std::vector<Unit>> SqliteConnection::ListUnits() {
  PREPARE(s, "SELECT id, code, name, country, region, created_at, agency, kind FROM units ORDER BY code");
  std::vector<Unit> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadUnit(*s));
  }
  return out;
}

Result<User> SqliteConnection::GetUser(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("user"));
  return ReadUser(*s);
}

Result<User> SqliteConnection::GetUserByName(const std::string& username) {
  PREPARE(s, std::string("SELECT ") + kUserColumns + " FROM users WHERE username = ?");
  s->Bind(1, username);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("user"));
  return ReadUser(*s);
}

Result<std::vector<UserBrief>> SqliteConnection::ListUsers(const std::string& text, int limit) {
  PREPARE(s,
          "SELECT u.id, u.username, u.display_name, u.role, un.code, u.disabled FROM users u "
          "JOIN units un ON un.id = u.unit_id "
          "WHERE (?1 = '' OR instr(lower(u.username), lower(?1)) > 0 OR instr(lower(u.display_name), lower(?1)) > 0) "
          "ORDER BY u.username LIMIT ?2");
  s->Bind(1, text).Bind(2, limit);
  std::vector<UserBrief> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    UserBrief b;
    b.id = s->Text(0);
    b.username = s->Text(1);
    b.display_name = s->Text(2);
    b.role = ParseRole(s->Text(3)).value_or(Role::kFrontlineOfficer);
    b.unit_code = s->Text(4);
    b.disabled = s->Int(5) != 0;
    out.push_back(std::move(b));
  }
  return out;
}

Result<Session> SqliteConnection::GetSession(const std::string& id_hash) {
  PREPARE(s, "SELECT id_hash, user_id, csrf_token, created_at, last_seen_at, revoked FROM sessions WHERE id_hash = ?");
  s->Bind(1, id_hash);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("session"));
  return Session{s->Text(0), s->Text(1), s->Text(2), s->Int(3), s->Int(4), s->Int(5) != 0};
}

Result<ApiToken> SqliteConnection::GetTokenByHash(const std::string& token_hash) {
  PREPARE(s, "SELECT id, user_id, name, token_hash, created_at, revoked FROM api_tokens WHERE token_hash = ?");
  s->Bind(1, token_hash);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("token"));
  return ApiToken{s->Text(0), s->Text(1), s->Text(2), s->Text(3), s->Int(4), s->Int(5) != 0};
}

Result<LoginThrottle> SqliteConnection::GetThrottle(const std::string& key) {
  PREPARE(s, "SELECT key, failures, window_start, locked_until FROM login_throttle WHERE key = ?");
  s->Bind(1, key);
  STEP_OR_RETURN(s, row);
  if (!*row) return LoginThrottle{key, 0, 0, 0};
  return LoginThrottle{s->Text(0), static_cast<int>(s->Int(1)), s->Int(2), s->Int(3)};
}

Result<std::optional<IdempotentReply>> SqliteConnection::GetIdempotent(const std::string& user_id,
                                                                       const std::string& key) {
  PREPARE(s, "SELECT status, body FROM idempotency WHERE user_id = ? AND key = ?");
  s->Bind(1, user_id).Bind(2, key);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<IdempotentReply>{};
  return std::optional<IdempotentReply>(IdempotentReply{static_cast<int>(s->Int(0)), s->Text(1)});
}

Status SqliteConnection::InsertUnit(const Unit& u) {
  PREPARE(s, "INSERT INTO units(id, code, name, country, region, created_at, agency, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, u.id).Bind(2, u.code).Bind(3, u.name).Bind(4, u.country).Bind(5, u.region).Bind(6, u.created_at)
      .Bind(7, u.agency).Bind(8, u.kind).Run();
}

Status SqliteConnection::InsertUser(const User& u) {
  PREPARE(s, std::string("INSERT INTO users(") + kUserColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, u.id).Bind(2, u.username).Bind(3, u.display_name).Bind(4, std::string(RoleId(u.role)))
      .Bind(5, u.unit_id).Bind(6, u.password_hash).Bind(7, u.totp_secret).Bind(8, u.totp_enabled)
      .Bind(9, u.disabled).Bind(10, u.created_at).Run();
}

Status SqliteConnection::UpdateUser(const User& u) {
  PREPARE(s,
          "UPDATE users SET display_name = ?, role = ?, unit_id = ?, password_hash = ?, totp_secret = ?, "
          "totp_enabled = ?, disabled = ? WHERE id = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, u.display_name).Bind(2, std::string(RoleId(u.role))).Bind(3, u.unit_id)
                              .Bind(4, u.password_hash).Bind(5, u.totp_secret).Bind(6, u.totp_enabled)
                              .Bind(7, u.disabled).Bind(8, u.id).Run());
  if (db_->Changes() == 0) return Fail(Error::NotFound("user"));
  return Ok();
}

Status SqliteConnection::InsertSession(const Session& x) {
  PREPARE(s, "INSERT INTO sessions(id_hash, user_id, csrf_token, created_at, last_seen_at, revoked) VALUES (?, ?, ?, ?, ?, ?)");
  return s->Bind(1, x.id_hash).Bind(2, x.user_id).Bind(3, x.csrf_token).Bind(4, x.created_at).Bind(5, x.last_seen_at)
      .Bind(6, x.revoked).Run();
}

Status SqliteConnection::TouchSession(const std::string& id_hash, int64_t now) {
  PREPARE(s, "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?");
  return s->Bind(1, now).Bind(2, id_hash).Run();
}

Status SqliteConnection::RevokeSession(const std::string& id_hash) {
  PREPARE(s, "UPDATE sessions SET revoked = 1 WHERE id_hash = ?");
  return s->Bind(1, id_hash).Run();
}

Status SqliteConnection::RevokeUserSessions(const std::string& user_id) {
  {
    PREPARE(s, "UPDATE sessions SET revoked = 1 WHERE user_id = ?");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, user_id).Run());
  }
  PREPARE(t, "UPDATE api_tokens SET revoked = 1 WHERE user_id = ?");
  return t->Bind(1, user_id).Run();
}

Status SqliteConnection::InsertToken(const ApiToken& t) {
  PREPARE(s, "INSERT INTO api_tokens(id, user_id, name, token_hash, created_at, revoked) VALUES (?, ?, ?, ?, ?, ?)");
  return s->Bind(1, t.id).Bind(2, t.user_id).Bind(3, t.name).Bind(4, t.token_hash).Bind(5, t.created_at)
      .Bind(6, t.revoked).Run();
}

Status SqliteConnection::PutThrottle(const LoginThrottle& t) {
  PREPARE(s,
          "INSERT INTO login_throttle(key, failures, window_start, locked_until) VALUES (?, ?, ?, ?) "
          "ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, "
          "locked_until = excluded.locked_until");
  return s->Bind(1, t.key).Bind(2, t.failures).Bind(3, t.window_start).Bind(4, t.locked_until).Run();
}

Status SqliteConnection::DeleteThrottle(const std::string& key) {
  PREPARE(s, "DELETE FROM login_throttle WHERE key = ?");
  return s->Bind(1, key).Run();
}

Status SqliteConnection::PutIdempotent(const std::string& user_id, const std::string& key,
                                       const IdempotentReply& reply, int64_t now) {
  PREPARE(s, "INSERT INTO idempotency(user_id, key, status, body, created_at) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, user_id).Bind(2, key).Bind(3, reply.status).Bind(4, reply.body).Bind(5, now).Run();
}

}  // namespace ariadne::sqlite
