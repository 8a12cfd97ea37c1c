#include "store/sqlite/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "testing/test_util.h"

namespace ariadne::sqlite {
namespace {

int64_t PragmaInt(Db& db, const std::string& sql) {
  auto s = db.Prepare(sql);
  EXPECT_TRUE(s.has_value());
  StmtGuard g(**s);
  auto row = g->Step();
  EXPECT_TRUE(row.has_value() && *row);
  return g->Int(0);
}

// A database with one table, its writer, and a checkpointer that checkpoints after every page.
class WalCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Db::Open(path_, false);
    ASSERT_TRUE(db.has_value());
    writer_ = std::move(*db);
    ASSERT_TRUE(writer_->Exec("CREATE TABLE t(x TEXT)").has_value());
    auto c = WalCheckpointer::Start(path_, *writer_, 1);
    ASSERT_TRUE(c.has_value()) << c.error().message;
    checkpointer_ = std::move(*c);
  }
  void TearDown() override { checkpointer_.reset(); }

  test::TempDir dir_;
  std::string path_ = dir_.path() + "/t.db";
  std::unique_ptr<Db> writer_;
  std::unique_ptr<WalCheckpointer> checkpointer_;
};

TEST_F(WalCheckpointerTest, TakesCheckpointsOffTheWriterAndRunsThemOnItsOwnThread) {
  // The writer no longer checkpoints inside its own commits.
  EXPECT_EQ(PragmaInt(*writer_, "PRAGMA wal_autocheckpoint"), 0);
  ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('a')").has_value());
  EXPECT_TRUE(checkpointer_->WaitForCheckpoints(1, std::chrono::seconds(30)));
  // Stopping unhooks the writer, which goes on committing as before.
  ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('b')").has_value());
  checkpointer_.reset();
  ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('c')").has_value());
  EXPECT_EQ(PragmaInt(*writer_, "SELECT count(*) FROM t"), 3);
}

TEST_F(WalCheckpointerTest, ABulkLoadDoesNotGrowTheWalWithoutBound) {
  // 40 commits of about 100 pages each, one after another, as an import's chunks come.
  const std::string row(4000, 'x');
  for (int i = 0; i < 40; ++i) {
    ASSERT_TRUE(writer_->Exec("BEGIN").has_value());
    for (int k = 0; k < 100; ++k) ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('" + row + "')").has_value());
    ASSERT_TRUE(writer_->Exec("COMMIT").has_value());
  }
  // The WAL restarts rather than holding all 4,000 pages (16 MB).
  EXPECT_LT(std::filesystem::file_size(path_ + "-wal"), 4u * 1024 * 1024);
  EXPECT_EQ(PragmaInt(*writer_, "SELECT count(*) FROM t"), 4000);
}

TEST_F(WalCheckpointerTest, OneLargeTransactionIsCopiedByTheThreadNotTheWriter) {
  ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('a')").has_value());
  ASSERT_TRUE(checkpointer_->WaitForCheckpoints(1, std::chrono::seconds(30)));
  // About 200 pages in one commit, past the writer's catch-up size (64 pages here): the thread
  // is woken for it and takes the checkpoint; the writer did not copy it in its commit.
  const std::string row(4000, 'x');
  ASSERT_TRUE(writer_->Exec("BEGIN").has_value());
  for (int k = 0; k < 200; ++k) ASSERT_TRUE(writer_->Exec("INSERT INTO t VALUES ('" + row + "')").has_value());
  ASSERT_TRUE(writer_->Exec("COMMIT").has_value());
  EXPECT_TRUE(checkpointer_->WaitForCheckpoints(2, std::chrono::seconds(30)));
  EXPECT_EQ(PragmaInt(*writer_, "SELECT count(*) FROM t"), 201);
}

}  // namespace
}  // namespace ariadne::sqlite
