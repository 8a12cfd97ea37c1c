#include <atomic>
#include <future>
#include <thread>

#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using test::Describe;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { Open(); }
  void TearDown() override {
    if (store_) store_->Close();
  }
  void Open() { store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_); }
  void Reopen() {
    store_->Close();
    store_.reset();
    Open();
  }
  // Runs `fn` in a read snapshot and returns its result.
  template <typename T>
  Result<T> Get(const std::function<Result<T>(StoreReader&)>& fn) {
    Result<T> out = Fail(Error::Internal("not run"));
    auto st = store_->Read([&](StoreReader& r) {
      out = fn(r);
      return Ok();
    });
    if (!st) return Fail(st.error());
    return out;
  }
  std::string UnitCodes() {
    auto units = Get<std::vector<Unit>>([](StoreReader& r) { return r.ListUnits(); });
    if (!units) return Describe(units);
    std::string out;
    for (const auto& u : *units) out += (out.empty() ? "" : " ") + u.code;
    return out;
  }
  std::string Reference(const Unit& unit, const User& by, int64_t created_at) {
    Case c = test::NewCase(env_, unit, by, "case");
    c.created_at = c.updated_at = created_at;
    auto st = store_->Write([&](StoreWriter& w) { return w.InsertCase(c); });
    return st ? c.reference : Describe(st);
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
};

TEST_F(SqliteStoreTest, WriteAsyncCallsBackOnceCommitted) {
  Unit a = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "ivanov", Role::kInvestigator, a.id);
  Case c = test::NewCase(env_, a, u, "async");
  std::promise<Status> done;
  store_->WriteAsync([&](StoreWriter& w) { return w.InsertCase(c); },
                     [&](Status st) { done.set_value(std::move(st)); });
  EXPECT_EQ(Describe(done.get_future().get()), "ok");
  // Committed by the time of the call back: a fresh snapshot sees it.
  EXPECT_EQ(Describe(Get<Case>([&](StoreReader& r) { return r.GetCase(c.id); })), "ok");

  std::promise<Status> failed;
  store_->WriteAsync([&](StoreWriter& w) { return w.InsertCase(c); },  // same id again
                     [&](Status st) { failed.set_value(std::move(st)); });
  EXPECT_NE(Describe(failed.get_future().get()), "ok");
}

TEST_F(SqliteStoreTest, ReadInsideReadSharesTheSnapshot) {
  Unit a = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "ivanov", Role::kInvestigator, a.id);
  Case c = test::NewCase(env_, a, u, "later");
  std::string outer_sees, inner_sees;
  auto st = store_->Read([&](StoreReader& r) -> Status {
    outer_sees = Describe(r.GetCase(c.id));
    // Committed while the outer snapshot is open: neither it nor a nested read sees it.
    EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertCase(c); })), "ok");
    return store_->Read([&](StoreReader& inner) -> Status {
      inner_sees = Describe(inner.GetCase(c.id));
      return Ok();
    });
  });
  EXPECT_EQ(Describe(st), "ok");
  EXPECT_EQ(outer_sees, "not_found");
  EXPECT_EQ(inner_sees, "not_found");
  EXPECT_EQ(Describe(Get<Case>([&](StoreReader& r) { return r.GetCase(c.id); })), "ok");
}

TEST_F(SqliteStoreTest, WritesAfterCloseFailCleanly) {
  store_->Close();
  std::promise<Status> done;
  store_->WriteAsync([](StoreWriter&) { return Ok(); }, [&](Status st) { done.set_value(std::move(st)); });
  EXPECT_EQ(Describe(done.get_future().get()), "unavailable");
}

TEST_F(SqliteStoreTest, Units) {
  Unit a = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  test::AddUnit(*store_, env_, "KG-BSK-TIP", "KG");
  EXPECT_EQ(UnitCodes(), "KG-BSK-TIP KZ-ALM-CTU");
  auto got = Get<Unit>([&](StoreReader& r) { return r.GetUnitByCode("KZ-ALM-CTU"); });
  ASSERT_TRUE(got);
  EXPECT_EQ(got->id, a.id);
  EXPECT_EQ(got->name, a.name);
  EXPECT_EQ(Describe(Get<Unit>([&](StoreReader& r) { return r.GetUnit("missing"); })), "not_found");
  Unit dup{"other-id", "KZ-ALM-CTU", "dup", "KZ", "", 1};
  EXPECT_EQ(test::Describe(store_->Write([&](StoreWriter& w) { return w.InsertUnit(dup); })), "already_exists");
}

TEST_F(SqliteStoreTest, Users) {
  Unit unit = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, unit.id, "hash-1");
  test::AddUser(*store_, env_, "Bolat", Role::kAnalyst, unit.id);
  auto got = Get<User>([&](StoreReader& r) { return r.GetUserByName("aigerim"); });
  ASSERT_TRUE(got);
  EXPECT_EQ(got->id, u.id);
  EXPECT_EQ(got->role, Role::kInvestigator);
  EXPECT_EQ(got->password_hash, "hash-1");
  EXPECT_EQ(Describe(Get<User>([&](StoreReader& r) { return r.GetUserByName("AIGERIM"); })), "not_found");
  User dup = u;
  dup.id = "other-id";
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertUser(dup); })), "already_exists");

  u.role = Role::kSupervisor;
  u.disabled = true;
  u.display_name = "Айгерим Нурланова";
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.UpdateUser(u); }));
  got = Get<User>([&](StoreReader& r) { return r.GetUser(u.id); });
  EXPECT_EQ(got->role, Role::kSupervisor);
  EXPECT_TRUE(got->disabled);
  EXPECT_EQ(got->display_name, "Айгерим Нурланова");
  User ghost = u;
  ghost.id = "missing";
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.UpdateUser(ghost); })), "not_found");

  auto list = Get<std::vector<UserBrief>>([](StoreReader& r) { return r.ListUsers("bol", 10); });
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].username, "Bolat");
  EXPECT_EQ((*list)[0].unit_code, "KZ-ALM-CTU");
  list = Get<std::vector<UserBrief>>([](StoreReader& r) { return r.ListUsers("Нурл", 10); });
  EXPECT_EQ(list->size(), 1u);
  list = Get<std::vector<UserBrief>>([](StoreReader& r) { return r.ListUsers("", 1); });
  EXPECT_EQ(list->size(), 1u);
}

TEST_F(SqliteStoreTest, SessionsTokensThrottleIdempotency) {
  Unit unit = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, unit.id);
  Session a{"hash-a", u.id, "csrf-a", 100, 100, false}, b{"hash-b", u.id, "csrf-b", 100, 100, false};
  ApiToken t{"token-id", u.id, "script", "token-hash", 100, false};
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertSession(a));
    ARIADNE_RETURN_IF_ERROR(w.InsertSession(b));
    ARIADNE_RETURN_IF_ERROR(w.InsertToken(t));
    ARIADNE_RETURN_IF_ERROR(w.TouchSession("hash-a", 500));
    ARIADNE_RETURN_IF_ERROR(w.RevokeSession("hash-b"));
    ARIADNE_RETURN_IF_ERROR(w.PutThrottle({"user:aigerim", 3, 10, 20}));
    return w.PutIdempotent(u.id, "key-1", {201, "{\"id\":1}"}, 100);
  }));
  auto s = Get<Session>([](StoreReader& r) { return r.GetSession("hash-a"); });
  EXPECT_EQ(s->last_seen_at, 500);
  EXPECT_EQ(s->csrf_token, "csrf-a");
  EXPECT_FALSE(s->revoked);
  EXPECT_TRUE(Get<Session>([](StoreReader& r) { return r.GetSession("hash-b"); })->revoked);
  EXPECT_EQ(Describe(Get<Session>([](StoreReader& r) { return r.GetSession("nope"); })), "not_found");
  EXPECT_EQ(Get<ApiToken>([](StoreReader& r) { return r.GetTokenByHash("token-hash"); })->name, "script");
  EXPECT_EQ(Get<LoginThrottle>([](StoreReader& r) { return r.GetThrottle("user:aigerim"); })->failures, 3);
  EXPECT_EQ(Get<LoginThrottle>([](StoreReader& r) { return r.GetThrottle("user:nobody"); })->failures, 0);
  auto reply = Get<std::optional<IdempotentReply>>([&](StoreReader& r) { return r.GetIdempotent(u.id, "key-1"); });
  ASSERT_TRUE(reply && *reply);
  EXPECT_EQ((*reply)->status, 201);
  EXPECT_FALSE(*Get<std::optional<IdempotentReply>>([&](StoreReader& r) { return r.GetIdempotent(u.id, "key-2"); }));
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.PutIdempotent(u.id, "key-1", {200, ""}, 1); })),
            "already_exists");

  ASSERT_TRUE(store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.DeleteThrottle("user:aigerim"));
    return w.RevokeUserSessions(u.id);
  }));
  EXPECT_TRUE(Get<Session>([](StoreReader& r) { return r.GetSession("hash-a"); })->revoked);
  EXPECT_TRUE(Get<ApiToken>([](StoreReader& r) { return r.GetTokenByHash("token-hash"); })->revoked);
  EXPECT_EQ(Get<LoginThrottle>([](StoreReader& r) { return r.GetThrottle("user:aigerim"); })->failures, 0);
}

TEST_F(SqliteStoreTest, ReferencesCountPerUnitAndYear) {
  Unit kz = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  Unit kg = test::AddUnit(*store_, env_, "KG-BSK-TIP", "KG");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, kz.id);
  const int64_t y2026 = 1'767'225'600'000, y2027 = 1'798'761'600'000;  // 1 January, 00:00 UTC
  EXPECT_EQ(Reference(kz, u, y2026), "KZ-ALM-CTU-2026-0001");
  EXPECT_EQ(Reference(kz, u, y2026 + 5), "KZ-ALM-CTU-2026-0002");
  EXPECT_EQ(Reference(kg, u, y2026), "KG-BSK-TIP-2026-0001");
  EXPECT_EQ(Reference(kz, u, y2027 - 1), "KZ-ALM-CTU-2026-0003");
  EXPECT_EQ(Reference(kz, u, y2027), "KZ-ALM-CTU-2027-0001");
  Reopen();
  EXPECT_EQ(Reference(kz, u, y2026), "KZ-ALM-CTU-2026-0004");
  // A failed insert does not use up a number.
  Case bad = test::NewCase(env_, kz, u, "bad");
  bad.created_by = "no-such-user";
  EXPECT_FALSE(store_->Write([&](StoreWriter& w) { return w.InsertCase(bad); }));
  EXPECT_EQ(Reference(kz, u, y2026), "KZ-ALM-CTU-2026-0005");
}

TEST_F(SqliteStoreTest, CaseRoundTripAndStaleVersion) {
  Unit kz = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, kz.id);
  Case c = test::NewCase(env_, kz, u, "Дело Ивановой");
  c.forms_of_exploitation = {"labour", "sexual"};
  c.countries_of_destination = {"AE"};
  c.covert = true;
  c.victim_notes = "shelter B";
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.InsertCase(c); }));
  auto got = Get<Case>([&](StoreReader& r) { return r.GetCase(c.id); });
  ASSERT_TRUE(got);
  EXPECT_EQ(got->title, "Дело Ивановой");
  EXPECT_EQ(got->forms_of_exploitation, c.forms_of_exploitation);
  EXPECT_EQ(got->countries_of_destination, c.countries_of_destination);
  EXPECT_TRUE(got->covert);
  EXPECT_EQ(got->victim_notes, "shelter B");
  EXPECT_EQ(got->version, 1);

  Case v2 = *got;
  v2.title = "Дело Ивановой и др.";
  v2.version = 2;
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.UpdateCase(v2, 1); }));
  Case stale = *got;  // still at version 1
  stale.title = "lost update";
  stale.version = 2;
  auto st = store_->Write([&](StoreWriter& w) { return w.UpdateCase(stale, 1); });
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Describe(st), "version_conflict version");
  EXPECT_EQ(Get<Case>([&](StoreReader& r) { return r.GetCase(c.id); })->title, "Дело Ивановой и др.");
}

TEST_F(SqliteStoreTest, DataSurvivesCloseAndReopen) {
  Unit kz = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, kz.id);
  Case c = test::NewCase(env_, kz, u, "kept");
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.InsertCase(c); }));
  store_->Close();
  store_->Close();  // idempotent
  EXPECT_EQ(Describe(store_->Write([](StoreWriter&) { return Ok(); })), "unavailable");
  Reopen();
  EXPECT_EQ(UnitCodes(), "KZ-ALM-CTU");
  EXPECT_EQ(Get<User>([&](StoreReader& r) { return r.GetUser(u.id); })->username, "aigerim");
  EXPECT_EQ(Get<Case>([&](StoreReader& r) { return r.GetCase(c.id); })->reference, c.reference);
}

TEST_F(SqliteStoreTest, BackupOpensWithTheSameRows) {
  Unit kz = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
  User u = test::AddUser(*store_, env_, "aigerim", Role::kInvestigator, kz.id);
  Case c = test::NewCase(env_, kz, u, "backed up");
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.InsertCase(c); }));
  const std::string path = dir_.File("backup.db");
  ASSERT_TRUE(store_->Backup(path));
  test::AddUnit(*store_, env_, "LATER");  // after the backup: not in it
  ASSERT_TRUE(store_->Backup(dir_.File("second.db")));
  auto copy = test::OpenStoreOrDie(path, &env_);
  std::string codes;
  ASSERT_TRUE(copy->Read([&](StoreReader& r) -> Status {
    auto units = r.ListUnits();
    if (!units) return Fail(units.error());
    for (const auto& unit : *units) codes += unit.code + " ";
    auto got = r.GetCase(c.id);
    if (!got) return Fail(got.error());
    EXPECT_EQ(got->title, "backed up");
    EXPECT_EQ(got->reference, c.reference);
    return Ok();
  }));
  EXPECT_EQ(codes, "KZ-ALM-CTU ");
  copy->Close();
}

// Several jobs in flight at once: the failing one (by error or exception) is rolled back
// alone; the others commit, and none sees the failed job's changes.
TEST_F(SqliteStoreTest, GroupCommitRollsBackOnlyTheFailedJob) {
  std::promise<void> running, release;
  std::shared_future<void> released = release.get_future().share();
  std::thread holder([&] {  // keeps the writer busy so the jobs below queue up together
    EXPECT_TRUE(store_->Write([&](StoreWriter&) {
      running.set_value();
      released.wait();
      return Ok();
    }));
  });
  running.get_future().wait();
  constexpr int kJobs = 8;
  std::vector<std::string> results(kJobs);
  std::vector<std::thread> threads;
  for (int i = 0; i < kJobs; ++i)
    threads.emplace_back([&, i] {
      Unit u{"id-" + std::to_string(i), "U" + std::to_string(i), "n", "KZ", "", 1};
      results[i] = Describe(store_->Write([&](StoreWriter& w) -> Status {
        ARIADNE_RETURN_IF_ERROR(w.InsertUnit(u));
        if (i == 3) return Fail(Error::Invalid("boom", "job 3 fails"));
        if (i == 5) throw std::runtime_error("job 5 throws");
        for (const char* gone : {"U3", "U5"})
          if (w.GetUnitByCode(gone)) return Fail(Error::Internal(std::string("saw ") + gone));
        return Ok();
      }));
    });
  release.set_value();
  for (auto& t : threads) t.join();
  holder.join();
  for (int i = 0; i < kJobs; ++i)
    EXPECT_EQ(results[i], i == 3 ? "boom" : i == 5 ? "internal" : "ok") << "job " << i;
  EXPECT_EQ(UnitCodes(), "U0 U1 U2 U4 U6 U7");
}

TEST_F(SqliteStoreTest, FailingCommitHookFailsTheWholeGroup) {
  std::atomic<bool> fail{true};
  store_->SetGroupHooks([&](StoreWriter&) -> Status {
    if (fail.exchange(false)) return Fail(Error::Unavailable("disk full"));
    return Ok();
  }, nullptr);
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertUnit({"a", "A", "n", "KZ", "", 1}); })),
            "unavailable");
  EXPECT_EQ(UnitCodes(), "");
  test::AddUnit(*store_, env_, "B");
  EXPECT_EQ(UnitCodes(), "B");
}

}  // namespace
}  // namespace ariadne
