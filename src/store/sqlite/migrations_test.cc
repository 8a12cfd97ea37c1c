#include "store/sqlite/migrations.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne::sqlite {
namespace {

// The first column of every row of `sql`, one per line.
std::string Query(Db& db, const std::string& sql) {
  auto s = db.Prepare(sql);
  if (!s) return "error: " + s.error().message;
  StmtGuard g(**s);
  std::string out;
  while (true) {
    auto row = g->Step();
    if (!row) return "error: " + row.error().message;
    if (!*row) return out;
    out += (out.empty() ? "" : "\n") + g->Text(0);
  }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  for (size_t a = 0, b = 0; a < text.size(); a = b + 1) {
    b = text.find('\n', a);
    if (b == std::string::npos) b = text.size();
    out.push_back(text.substr(a, b - a));
  }
  return out;
}

// Every object of the schema and every row of every table, as text: equal dumps mean the
// database is exactly as it was.
std::string Dump(Db& db) {
  std::string out = Query(db, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
  for (const auto& table : Lines(Query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
    std::string row = Query(db, "SELECT group_concat('quote(\"' || name || '\")', ' || ''|'' || ') FROM pragma_table_info('" +
                                    table + "')");
    out += "\n[" + table + "]\n" + Query(db, "SELECT " + row + " FROM \"" + table + "\" ORDER BY 1");
  }
  return out;
}

class MigrationsTest : public ::testing::Test {
 protected:
  std::unique_ptr<Db> OpenDb() {
    auto db = Db::Open(dir_.File("ariadne.db"), false);
    if (!db) throw std::runtime_error(db.error().message);
    return std::move(*db);
  }
  test::TempDir dir_;
  FakeEnv env_;
};

TEST_F(MigrationsTest, AppliedOnOpenAndIdempotentOnReopen) {
  const int latest = Migrations().back().version;
  test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_)->Close();
  const std::string applied = std::to_string(env_.NowMillis());
  {
    auto db = OpenDb();
    std::string expected;
    for (const auto& m : Migrations()) expected += (expected.empty() ? "" : " ") + std::to_string(m.version) + ":" + applied;
    EXPECT_EQ(Query(*db, "SELECT group_concat(version || ':' || applied_at, ' ') FROM schema_migrations"), expected);
    EXPECT_EQ(Query(*db, "SELECT count(*) FROM sqlite_master WHERE name IN ('units', 'cases', 'cases_fts', 'audit_log')"), "4");
  }
  env_.Advance(60'000);
  test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_)->Close();  // reopen: nothing re-applied
  auto db = OpenDb();
  const std::string before = Dump(*db);
  EXPECT_EQ(ApplyMigrations(*db, Migrations(), env_.NowMillis()), latest);
  EXPECT_EQ(Dump(*db), before);
  EXPECT_EQ(Query(*db, "SELECT max(applied_at) FROM schema_migrations"), applied);
}

TEST_F(MigrationsTest, VersionsAreIncreasingAndNamed) {
  int last = 0;
  for (const auto& m : Migrations()) {
    EXPECT_EQ(m.version, last + 1) << m.name;
    EXPECT_FALSE(m.name.empty());
    last = m.version;
  }
}

// A migration that fails part-way leaves the schema and data exactly as before it.
TEST_F(MigrationsTest, FailingMigrationChangesNothing) {
  auto db = OpenDb();
  const int latest = Migrations().back().version;
  ASSERT_EQ(ApplyMigrations(*db, Migrations(), env_.NowMillis()), latest);
  ASSERT_TRUE(db->Exec("INSERT INTO units(id, code, name, country, created_at) VALUES ('u1', 'KZ-ALM', 'Almaty', 'KZ', 1)"));
  const std::string before = Dump(*db);
  ASSERT_NE(before.find("'u1'|'KZ-ALM'|'Almaty'|'KZ'|''|1"), std::string::npos) << before;
  std::vector<Migration> list = Migrations();
  list.push_back({latest + 1, "half done", R"SQL(
CREATE TABLE evidence (id TEXT PRIMARY KEY);
INSERT INTO units(id, code, name, country, created_at) VALUES ('u2', 'KG-BSK', 'Bishkek', 'KG', 2);
UPDATE units SET name = 'renamed';
ALTER TABLE units ADD COLUMN phone TEXT;
DROP INDEX cases_title;
CREATE TABLE broken (;
)SQL"});
  auto r = ApplyMigrations(*db, list, env_.NowMillis());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("migration " + std::to_string(latest + 1) + " (half done) failed"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(Dump(*db), before);
  EXPECT_EQ(ApplyMigrations(*db, Migrations(), env_.NowMillis()), latest);  // still usable
}

TEST_F(MigrationsTest, EarlierMigrationsOfTheListStayApplied) {
  auto db = OpenDb();
  std::vector<Migration> list = {{1, "one", "CREATE TABLE a (x);"},
                                 {2, "two", "CREATE TABLE b (x); INSERT INTO a VALUES (1); SELECT * FROM missing;"}};
  EXPECT_FALSE(ApplyMigrations(*db, list, 1));
  EXPECT_EQ(Query(*db, "SELECT group_concat(version) FROM schema_migrations"), "1");
  EXPECT_EQ(Query(*db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)"),
            "a,schema_migrations");
  EXPECT_EQ(Query(*db, "SELECT count(*) FROM a"), "0");
}

}  // namespace
}  // namespace ariadne::sqlite
