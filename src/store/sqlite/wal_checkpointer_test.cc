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

TEST(WalCheckpointerTest, TakesCheckpointsOffTheWriterAndRunsThemOnItsOwnThread) {
  test::TempDir dir;
  std::string path = dir.path() + "/t.db";
  auto writer = Db::Open(path, false);
  ASSERT_TRUE(writer.has_value());
  ASSERT_TRUE((*writer)->Exec("CREATE TABLE t(x TEXT)").has_value());
  auto c = WalCheckpointer::Start(path, **writer, 1);
  ASSERT_TRUE(c.has_value()) << c.error().message;
  // The writer no longer checkpoints inside its own commits.
  EXPECT_EQ(PragmaInt(**writer, "PRAGMA wal_autocheckpoint"), 0);
  ASSERT_TRUE((*writer)->Exec("INSERT INTO t VALUES ('a')").has_value());
  EXPECT_TRUE((*c)->WaitForCheckpoints(1, std::chrono::seconds(30)));
  // Stopping unhooks the writer, which goes on committing as before.
  ASSERT_TRUE((*writer)->Exec("INSERT INTO t VALUES ('b')").has_value());
  c->reset();
  ASSERT_TRUE((*writer)->Exec("INSERT INTO t VALUES ('c')").has_value());
  EXPECT_EQ(PragmaInt(**writer, "SELECT count(*) FROM t"), 3);
}

TEST(WalCheckpointerTest, ABulkLoadDoesNotGrowTheWalWithoutBound) {
  test::TempDir dir;
  std::string path = dir.path() + "/t.db";
  auto writer = Db::Open(path, false);
  ASSERT_TRUE(writer.has_value());
  ASSERT_TRUE((*writer)->Exec("CREATE TABLE t(x TEXT)").has_value());
  auto c = WalCheckpointer::Start(path, **writer, 1);
  ASSERT_TRUE(c.has_value()) << c.error().message;
  // 40 commits of about 100 pages each, one after another, as an import's chunks come.
  const std::string row(4000, 'x');
  for (int i = 0; i < 40; ++i) {
    ASSERT_TRUE((*writer)->Exec("BEGIN").has_value());
    for (int k = 0; k < 100; ++k) ASSERT_TRUE((*writer)->Exec("INSERT INTO t VALUES ('" + row + "')").has_value());
    ASSERT_TRUE((*writer)->Exec("COMMIT").has_value());
  }
  // The WAL restarts rather than holding all 4,000 pages (16 MB).
  EXPECT_LT(std::filesystem::file_size(path + "-wal"), 4u * 1024 * 1024);
  EXPECT_EQ(PragmaInt(**writer, "SELECT count(*) FROM t"), 4000);
}

}  // namespace
}  // namespace ariadne::sqlite
