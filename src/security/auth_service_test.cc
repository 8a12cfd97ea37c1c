#include "security/auth_service.h"

#include <gtest/gtest.h>

#include "security/accounts.h"
#include "security/crypto.h"
#include "security/totp.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

constexpr const char* kPassword = "correct horse battery staple";
constexpr int64_t kMinute = 60 * 1000;

class AuthServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(InitCrypto());
    hash_ = new std::string(HashPassword(kPassword).value());  // Argon2id is slow: once
  }
  static void TearDownTestSuite() { delete hash_; }

  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    unit_ = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
    user_ = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, unit_.id, *hash_);
    auth_ = std::make_unique<AuthService>(store_.get(), &env_, &audit_, &authz_);
  }
  void TearDown() override { store_->Close(); }

  Result<LoginResult> Login(const std::string& password, const std::string& totp = "") {
    return auth_->Login({"aigerim", password, totp, "10.0.0.7", "/api/v1/auth/login"});
  }
  LoginThrottle Throttle(const std::string& key) {
    LoginThrottle t;
    EXPECT_TRUE(store_->Read([&](StoreReader& r) -> Status {
      auto got = r.GetThrottle(key);
      if (!got) return Fail(got.error());
      t = *got;
      return Ok();
    }));
    return t;
  }
  // The newest audit row as "action outcome detail".
  std::string LastAudit() {
    std::string out;
    EXPECT_TRUE(store_->Read([&](StoreReader& r) -> Status {
      auto row = r.LastAuditRow();
      if (!row) return Fail(row.error());
      if (*row) out = (*row)->action + " " + (*row)->outcome + " " + (*row)->detail_json + ((*row)->alert ? " alert" : "");
      return Ok();
    }));
    return out;
  }
  void ChangeUser(const std::function<void(User&)>& change) {
    ASSERT_TRUE(store_->Write([&](StoreWriter& w) -> Status {
      auto u = w.GetUser(user_.id);
      if (!u) return Fail(u.error());
      change(*u);
      return w.UpdateUser(*u);
    }));
  }

  static std::string* hash_;
  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  AuditLog audit_{&env_, std::string(64, 'k'), ""};
  Authorizer authz_{test::ConfigMatrix(), test::ConfigCaseSchema()};
  std::unique_ptr<AuthService> auth_;
  Unit unit_;
  User user_;
};
std::string* AuthServiceTest::hash_ = nullptr;

TEST_F(AuthServiceTest, LoginCreatesASession) {
  auto r = Login(kPassword);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->principal.user_id, user_.id);
  EXPECT_EQ(r->principal.role, Role::kInvestigator);
  EXPECT_EQ(r->principal.unit_id, unit_.id);
  EXPECT_EQ(r->session_cookie.size(), 64u);
  EXPECT_EQ(r->principal.session_hash, Sha256Hex(r->session_cookie));  // only the hash is stored
  EXPECT_EQ(LastAudit(), R"(auth.login ok {"totp":false})");
  auto p = auth_->FromSession(r->session_cookie);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->user_id, user_.id);
  EXPECT_EQ(p->csrf_token, r->principal.csrf_token);
  EXPECT_FALSE(p->via_token);
  EXPECT_EQ(test::Describe(auth_->FromSession(std::string(64, '0'))), "unauthenticated");
  EXPECT_EQ(test::Describe(auth_->FromSession(r->principal.session_hash)), "unauthenticated");
}

TEST_F(AuthServiceTest, WrongPasswordAndUnknownUserLookTheSameAndAreCounted) {
  EXPECT_EQ(test::Describe(Login("wrong password!")), "invalid_credentials");
  EXPECT_EQ(LastAudit(), R"(auth.login failed {"reason":"wrong_password"})");
  EXPECT_EQ(test::Describe(auth_->Login({"nobody", kPassword, "", "10.0.0.7", "/"})), "invalid_credentials");
  EXPECT_EQ(LastAudit(), R"(auth.login failed {"reason":"unknown_user"})");
  EXPECT_EQ(Throttle("user:aigerim").failures, 1);
  EXPECT_EQ(Throttle("user:nobody").failures, 1);
  EXPECT_EQ(Throttle("ip:10.0.0.7").failures, 2);
  ASSERT_TRUE(Login(kPassword));
  EXPECT_EQ(Throttle("user:aigerim").failures, 0);  // a good login clears the user's count
}

TEST_F(AuthServiceTest, LockOutAfterFiveFailuresForFifteenMinutes) {
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(test::Describe(Login("wrong password!")), "invalid_credentials");
    env_.Advance(kMinute);
  }
  EXPECT_EQ(test::Describe(Login("wrong password!")), "invalid_credentials");
  EXPECT_EQ(LastAudit(), R"(auth.login failed {"locked_out":true,"reason":"wrong_password"} alert)");
  EXPECT_EQ(test::Describe(Login(kPassword)), "locked_out");  // even the right password
  EXPECT_EQ(LastAudit(), R"(auth.login denied {"reason":"locked_out"})");
  env_.Advance(15 * kMinute - 1);
  EXPECT_EQ(test::Describe(Login(kPassword)), "locked_out");
  env_.Advance(1);
  EXPECT_EQ(test::Describe(Login(kPassword)), "ok");
}

TEST_F(AuthServiceTest, FailuresOutsideTheWindowDoNotAddUp) {
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(test::Describe(Login("wrong password!")), "invalid_credentials");
    env_.Advance(4 * kMinute);  // four failures per 15-minute window at most
  }
  EXPECT_EQ(test::Describe(Login(kPassword)), "ok");
}

// Guessing across many names from one address locks the address, for every name.
TEST_F(AuthServiceTest, AddressLockOut) {
  AuthConfig config;
  config.max_ip_failures = 3;
  AuthService auth(store_.get(), &env_, &audit_, &authz_, config);
  for (const char* name : {"a", "b", "c"})
    EXPECT_EQ(test::Describe(auth.Login({name, kPassword, "", "10.6.6.6", "/"})), "invalid_credentials");
  EXPECT_EQ(test::Describe(auth.Login({"aigerim", kPassword, "", "10.6.6.6", "/"})), "locked_out");
  EXPECT_EQ(test::Describe(auth.Login({"aigerim", kPassword, "", "10.0.0.8", "/"})), "ok");
}

TEST_F(AuthServiceTest, IdleTimeoutAfterThirtyMinutes) {
  auto r = Login(kPassword);
  ASSERT_TRUE(r);
  for (int i = 0; i < 4; ++i) {  // use keeps the session alive
    env_.Advance(29 * kMinute);
    EXPECT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "ok") << i;
  }
  env_.Advance(30 * kMinute);
  EXPECT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "ok");  // exactly 30 minutes idle
  env_.Advance(30 * kMinute + 1);
  EXPECT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "session_expired");
}

TEST_F(AuthServiceTest, AbsoluteTimeoutAfterTwelveHours) {
  auto r = Login(kPassword);
  ASSERT_TRUE(r);
  for (int64_t t = 0; t + 20 * kMinute <= 12 * 60 * kMinute; t += 20 * kMinute) {
    env_.Advance(20 * kMinute);
    ASSERT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "ok") << t;
  }
  env_.Advance(1);
  EXPECT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "session_expired");
}

TEST_F(AuthServiceTest, LogoutAndRevokeEndSessions) {
  auto a = Login(kPassword);
  auto b = Login(kPassword);
  auto c = Login(kPassword);
  ASSERT_TRUE(a && b && c);
  ASSERT_TRUE(auth_->Logout(a->principal));
  EXPECT_EQ(test::Describe(auth_->FromSession(a->session_cookie)), "session_expired");
  EXPECT_EQ(test::Describe(auth_->FromSession(b->session_cookie)), "ok");
  const Lookups lookups = test::ConfigLookups();
  Accounts accounts(store_.get(), &env_, &audit_, &lookups);
  ASSERT_TRUE(accounts.RevokeSessions(Actor{"admin-id", "admin"}, user_.id));
  EXPECT_EQ(test::Describe(auth_->FromSession(b->session_cookie)), "session_expired");
  EXPECT_EQ(test::Describe(auth_->FromSession(c->session_cookie)), "session_expired");
  EXPECT_EQ(test::Describe(Login(kPassword)), "ok");  // revoking sessions does not lock the account
}

TEST_F(AuthServiceTest, DisabledUserCannotSignInAndLosesSessions) {
  auto r = Login(kPassword);
  ASSERT_TRUE(r);
  ChangeUser([](User& u) { u.disabled = true; });
  EXPECT_EQ(test::Describe(auth_->FromSession(r->session_cookie)), "session_expired");
  EXPECT_EQ(test::Describe(Login(kPassword)), "invalid_credentials");  // never says "disabled"
  EXPECT_EQ(LastAudit(), R"(auth.login failed {"reason":"disabled"})");
}

TEST_F(AuthServiceTest, TotpRequiredWhenEnabled) {
  const std::string secret = NewTotpSecret(env_);
  ChangeUser([&](User& u) {
    u.totp_secret = secret;
    u.totp_enabled = true;
  });
  EXPECT_EQ(test::Describe(Login(kPassword)), "totp_required");
  EXPECT_EQ(test::Describe(Login("wrong password!", TotpCode(secret, env_.NowMillis()).value())),
            "invalid_credentials");  // the code never bypasses the password
  std::string good = TotpCode(secret, env_.NowMillis()).value();
  std::string bad = good == "000000" ? "000001" : "000000";
  EXPECT_EQ(test::Describe(Login(kPassword, bad)), "totp_invalid");
  EXPECT_EQ(LastAudit(), R"(auth.login failed {"reason":"wrong_totp"})");
  EXPECT_EQ(Throttle("user:aigerim").failures, 2);
  auto r = Login(kPassword, good);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(LastAudit(), R"(auth.login ok {"totp":true})");
  env_.Advance(2 * kMinute);
  EXPECT_EQ(test::Describe(Login(kPassword, good)), "totp_invalid");  // an old code expires
}

TEST_F(AuthServiceTest, ApiTokens) {
  auto t = auth_->CreateToken(user_.id, "script");
  ASSERT_TRUE(t);
  const auto& [token, secret] = *t;
  EXPECT_EQ(secret.rfind("ari_", 0), 0u);
  EXPECT_EQ(token.token_hash, Sha256Hex(secret));
  auto p = auth_->FromToken(secret);
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->via_token);
  EXPECT_EQ(p->user_id, user_.id);
  EXPECT_EQ(test::Describe(auth_->FromToken("ari_" + std::string(64, '0'))), "unauthenticated");
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.RevokeUserSessions(user_.id); }));
  EXPECT_EQ(test::Describe(auth_->FromToken(secret)), "unauthenticated");
}

}  // namespace
}  // namespace ariadne
