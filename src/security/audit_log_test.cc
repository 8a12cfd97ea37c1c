// The audit chain against a real SQLite store, tampered with through a second raw connection
// the way someone with file access would (DESIGN.md §5).
#include "security/audit_log.h"

#include <sys/stat.h>

#include <fstream>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "security/crypto.h"
#include "store/sqlite/sqlite_db.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

class AuditLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(InitCrypto());
    key_ = AuditLog::LoadKey(env_, dir_.File("audit.key"), true).value();
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    audit_ = std::make_unique<AuditLog>(&env_, key_, head_);
    // As src/cli/runtime.cc wires them.
    AuditLog* audit = audit_.get();
    store_->SetGroupHooks([audit](StoreWriter& w) { return audit->BeforeCommit(w); }, [audit] { audit->AfterCommit(); });
  }
  void TearDown() override { store_->Close(); }

  // Appends one row per Write. A checkpoint is taken on the first commit and whenever a
  // second has passed, so `checkpoint_at` rows are written one second after the row before.
  void Append(int n, std::set<int> checkpoint_at = {}) {
    for (int i = 0; i < n; ++i) {
      env_.Advance(checkpoint_at.count(++appended_) ? 1000 : 10);
      AuditEvent e{"u" + std::to_string(appended_), "user" + std::to_string(appended_), "case.read", "ok", "GET",
                   "/api/v1/cases/c", "10.0.0.1", {"case:c" + std::to_string(appended_)}, {{"n", appended_}}, false};
      ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return audit_->Append(w, e); }));
    }
  }

  // "ok <rows>" or "bad <first_bad_seq>: <reason>".
  std::string Verify(const std::string& key, const std::string& head) {
    std::string out;
    EXPECT_TRUE(store_->Read([&](StoreReader& r) -> Status {
      auto rep = AuditLog::Verify(r, key, head);
      if (!rep) return Fail(rep.error());
      out = rep->ok ? "ok " + std::to_string(rep->rows) : "bad " + std::to_string(rep->first_bad_seq) + ": " + rep->reason;
      return Ok();
    }));
    return out;
  }
  std::string Verify() { return Verify(key_, head_); }

  // Runs SQL on a second, raw connection to the store's file.
  void Tamper(const std::string& sql) {
    auto db = sqlite::Db::Open(dir_.File("ariadne.db"), false);
    ASSERT_TRUE(db) << db.error().message;
    auto st = (*db)->Exec(sql);
    ASSERT_TRUE(st) << st.error().message;
  }

  std::vector<AuditRow> Rows() {
    std::vector<AuditRow> rows;
    EXPECT_TRUE(store_->Read([&](StoreReader& r) {
      return r.ScanAudit(1, [&](const AuditRow& row) {
        rows.push_back(row);
        return true;
      });
    }));
    return rows;
  }

  static std::string Quote(const std::string& s) { return "'" + s + "'"; }

  test::TempDir dir_;
  FakeEnv env_;
  std::string key_;
  const std::string head_ = dir_.File("audit.head");
  std::unique_ptr<Store> store_;
  std::unique_ptr<AuditLog> audit_;
  int appended_ = 0;
};

TEST_F(AuditLogTest, IntactChainVerifies) {
  EXPECT_EQ(Verify(), "ok 0");
  Append(10, {6});
  EXPECT_EQ(Verify(), "ok 10");
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 10u);
  EXPECT_EQ(rows[0].prev_hash, std::string(64, '0'));
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].prev_hash, rows[i - 1].hash);
  for (const auto& row : rows) EXPECT_EQ(AuditLog::RowHash(row), row.hash);
  std::vector<int64_t> checkpoints;
  ASSERT_TRUE(store_->Read([&](StoreReader& r) -> Status {
    auto cps = r.ListCheckpoints();
    if (!cps) return Fail(cps.error());
    for (const auto& cp : *cps) checkpoints.push_back(cp.seq);
    return Ok();
  }));
  EXPECT_EQ(checkpoints, (std::vector<int64_t>{1, 6}));
}

// Write used to return before the after-commit hook wrote the head file, so an acknowledged
// row could be missing from the head (and a test reading the head right after saw the one before).
TEST_F(AuditLogTest, HeadFileCoversEveryAcknowledgedWrite) {
  for (int i = 1; i <= 5; ++i) {
    Append(1);
    std::ifstream in(head_);
    int64_t head = 0, seq = 0;
    for (std::string hash, mac; in >> seq >> hash >> mac;)  // the newest slot whose MAC holds
      if (mac == AuditLog::CheckpointMac(key_, seq, hash)) head = std::max(head, seq);
    EXPECT_EQ(head, i);
  }
}

TEST_F(AuditLogTest, EditedFieldIsFound) {
  Append(10, {6});
  Tamper("UPDATE audit_log SET username = 'someone_else' WHERE seq = 4");
  EXPECT_EQ(Verify(), "bad 4: row content does not match its hash (edited)");
}

TEST_F(AuditLogTest, DeletedMiddleRowIsFound) {
  Append(10, {6});
  Tamper("DELETE FROM audit_log WHERE seq = 5");
  EXPECT_EQ(Verify(), "bad 5: row 5 is missing");
}

TEST_F(AuditLogTest, SwappedRowsAreFound) {
  Append(10, {6});
  Tamper("UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; "
         "UPDATE audit_log SET seq = 4 WHERE seq = -3");
  EXPECT_EQ(Verify(), "bad 3: row does not follow the row before it (removed, inserted or re-ordered rows)");
}

// Rewrites row `seq` and recomputes its hash and every later one, as an attacker who knows
// the hash scheme (but not the key) would, leaving the chain self-consistent.
void Rewrite(std::vector<AuditRow> rows, int64_t seq, std::string* sql) {
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].seq < seq) continue;
    if (rows[i].seq == seq) rows[i].username = "nobody";
    if (i > 0) rows[i].prev_hash = rows[i - 1].hash;
    rows[i].hash = AuditLog::RowHash(rows[i]);
    *sql += "UPDATE audit_log SET username = '" + rows[i].username + "', prev_hash = '" + rows[i].prev_hash +
            "', hash = '" + rows[i].hash + "' WHERE seq = " + std::to_string(rows[i].seq) + ";";
  }
}

TEST_F(AuditLogTest, RecomputedHashesAreCaughtByTheCheckpoint) {
  Append(10, {6});
  std::string sql;
  Rewrite(Rows(), 4, &sql);
  Tamper(sql);
  EXPECT_EQ(Verify(), "bad 2: rows 2..6 were rewritten (checkpoint 6 does not match)");
}

TEST_F(AuditLogTest, RecomputedHashesAfterTheLastCheckpointAreCaughtByTheHeadFile) {
  Append(10, {3});
  std::string sql;
  Rewrite(Rows(), 7, &sql);
  Tamper(sql);
  EXPECT_EQ(Verify(), "bad 4: rows 4..10 were rewritten (head file does not match)");
  // Without the head file (kept outside the data directory) this attack would pass.
  EXPECT_EQ(Verify(key_, ""), "ok 10");
}

TEST_F(AuditLogTest, DeletedTailIsFound) {
  Append(10, {6});
  Tamper("DELETE FROM audit_log WHERE seq >= 9");
  EXPECT_EQ(Verify(), "bad 9: rows 9..10 were removed from the end");
  Tamper("DELETE FROM audit_log");
  EXPECT_EQ(Verify(), "bad 1: checkpoint at row 1 has no row (rows removed)");
}

TEST_F(AuditLogTest, DeletedTailWithItsCheckpointIsFoundByTheHeadFile) {
  Append(10, {6});
  Tamper("DELETE FROM audit_log WHERE seq >= 6; DELETE FROM audit_checkpoints WHERE seq >= 6");
  EXPECT_EQ(Verify(), "bad 6: rows 6..10 were removed from the end");
}

TEST_F(AuditLogTest, WrongKeyOrEditedHeadFileFails) {
  Append(5);
  EXPECT_EQ(Verify(std::string(64, 'a'), head_).substr(0, 6), "bad 1:");
  std::ofstream(head_) << "5 " << std::string(64, 'f') << " " << std::string(64, '0') << "\n";
  EXPECT_EQ(Verify(), "bad 2: the head file's MAC does not match (wrong key, or the head file was edited)");
}

TEST_F(AuditLogTest, FailedJobLeavesNoRowAndChainStaysIntact) {
  Append(3);
  AuditEvent e{"u", "user", "case.update", "ok", "PATCH", "/x", "ip", {}, {}, false};
  auto st = store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(audit_->Append(w, e));
    return Fail(Error::Conflict("version_conflict", "stale"));
  });
  EXPECT_EQ(test::Describe(st), "version_conflict");
  Append(2);
  EXPECT_EQ(Verify(), "ok 5");
}

TEST_F(AuditLogTest, ConcurrentAppendsMakeOneChain) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        AuditEvent e{"u" + std::to_string(t), "user", "case.list", "ok", "GET", "/x", "ip", {}, {}, false};
        EXPECT_TRUE(store_->Write([&](StoreWriter& w) { return audit_->Append(w, e); }));
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(Verify(), "ok 160");
}

TEST_F(AuditLogTest, KeyFileIsCreatedOnceAndPrivate) {
  const std::string path = dir_.File("audit.key");
  EXPECT_EQ(key_.size(), 64u);
  EXPECT_EQ(AuditLog::LoadKey(env_, path, false).value(), key_);
  struct stat st {};
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(test::Describe(AuditLog::LoadKey(env_, dir_.File("missing.key"), false)), "not_found");
  std::ofstream(dir_.File("short.key")) << "abc\n";
  EXPECT_EQ(test::Describe(AuditLog::LoadKey(env_, dir_.File("short.key"), true)), "corruption");
}

}  // namespace
}  // namespace ariadne
