#include "store/sqlite/wal_checkpointer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ariadne::sqlite
