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

// The migrations up to and including `version`: a database as an older release left it.
std::vector<Migration> MigrationsUpTo(int version) {
  std::vector<Migration> out;
  for (const Migration& m : Migrations())
    if (m.version <= version) out.push_back(m);
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

// Migration 17 keys import rows by their job's number: published and staged rows keep their ids,
// their order and their values, and get their case from their job.
TEST_F(MigrationsTest, ImportRowsMoveToJobNumbers) {
  auto db = OpenDb();
  ASSERT_EQ(ApplyMigrations(*db, MigrationsUpTo(16), env_.NowMillis()), 16);
  ASSERT_TRUE(db->Exec("PRAGMA foreign_keys = OFF"));  // jobs of cases this test does not make
  auto job = [&](const std::string& id, const std::string& case_id, const std::string& status) {
    ASSERT_TRUE(db->Exec("INSERT INTO import_jobs(id, case_id, kind, file_name, sha256, size, mapping, on_error, status, "
                         "created_by, created_at, updated_at) VALUES ('" + id + "', '" + case_id + "', 'calls', 'f.csv', '" +
                         id + "', 1, '{}', 'skip', '" + status + "', 'u', 1, 1)"));
  };
  job("j-pub", "case-a", "published");
  job("j-stage", "case-b", "staging");
  ASSERT_TRUE(db->Exec("INSERT INTO call_records(id, job_id, case_id, caller, callee, start, duration, cell, location, line) "
                       "VALUES (5, 'j-pub', 'case-a', '+77010000001', '+77010000002', 100, 30, 'c1', '', 2), "
                       "(9, 'j-pub', 'case-a', '+77010000002', '+77010000001', 200, 40, '', 'Almaty', 3)"));
  ASSERT_TRUE(db->Exec("INSERT INTO call_records_staging(job_id, case_id, caller, callee, start, duration, cell, location, line) "
                       "VALUES ('j-stage', 'case-b', '+77010000003', '+77010000004', 300, 50, '', '', 7), "
                       "('j-stage', 'case-b', '+77010000004', '+77010000003', 250, 10, '', '', 8)"));
  ASSERT_TRUE(db->Exec("INSERT INTO bank_transactions(id, job_id, case_id, from_account, to_account, from_name, to_name, "
                       "amount_minor, currency, at, reference, line) VALUES (3, 'j-pub', 'case-a', 'KZ1', 'KZ2', 'A', 'B', "
                       "12500, 'KZT', 400, 'loan', 2)"));
  ASSERT_EQ(ApplyMigrations(*db, MigrationsUpTo(17), env_.NowMillis()), 17);
  EXPECT_EQ(Query(*db, "SELECT r.id || ' ' || j.case_id || ' ' || r.caller || ' ' || r.start || ' ' || r.cell || r.location || "
                       "' ' || r.line FROM call_records r JOIN import_jobs j ON j.num = r.job ORDER BY r.id"),
            "5 case-a +77010000001 100 c1 2\n9 case-a +77010000002 200 Almaty 3");
  EXPECT_EQ(Query(*db, "SELECT j.id || ' ' || r.caller || ' ' || r.line FROM call_records_staging r "
                       "JOIN import_jobs j ON j.num = r.job ORDER BY r.rowid"),
            "j-stage +77010000003 7\nj-stage +77010000004 8");
  EXPECT_EQ(Query(*db, "SELECT r.id || ' ' || j.case_id || ' ' || r.amount_minor FROM bank_transactions r "
                       "JOIN import_jobs j ON j.num = r.job"),
            "3 case-a 12500");
  EXPECT_EQ(Query(*db, "SELECT count(DISTINCT num) FROM import_jobs"), "2");
  EXPECT_EQ(Query(*db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name = 'call_records' ORDER BY name)"),
            "call_records_callee,call_records_caller,call_records_job");
}

// Migration 18 finds a job's rows by id range instead of the (job) indexes: published rows keep
// their ids and give their job its range; staged rows take ids above the published ones, in their
// order, and the staging tables take the published tables' shape.
TEST_F(MigrationsTest, ImportRowsFoundByIdRange) {
  auto db = OpenDb();
  ASSERT_EQ(ApplyMigrations(*db, MigrationsUpTo(17), env_.NowMillis()), 17);
  ASSERT_TRUE(db->Exec("PRAGMA foreign_keys = OFF"));
  auto job = [&](const std::string& id, int num, const std::string& kind, const std::string& status) {
    ASSERT_TRUE(db->Exec("INSERT INTO import_jobs(id, case_id, kind, file_name, sha256, size, mapping, on_error, status, "
                         "created_by, created_at, updated_at, num) VALUES ('" + id + "', 'case-a', '" + kind +
                         "', 'f.csv', '" + id + "', 1, '{}', 'skip', '" + status + "', 'u', 1, 1, " +
                         std::to_string(num) + ")"));
  };
  job("calls-pub", 1, "calls", "published");
  job("calls-stage", 2, "calls", "staging");
  job("txns-pub", 3, "transactions", "published");
  job("empty", 4, "calls", "published");
  ASSERT_TRUE(db->Exec("INSERT INTO call_records(id, job, caller, callee, start, duration, cell, location, line) "
                       "VALUES (5, 1, '+77010000001', '+77010000002', 100, 30, '', '', 2), "
                       "(9, 1, '+77010000002', '+77010000001', 200, 40, '', '', 3)"));
  ASSERT_TRUE(db->Exec("INSERT INTO call_records_staging(job, caller, callee, start, duration, cell, location, line) "
                       "VALUES (2, '+77010000003', '+77010000004', 300, 50, '', '', 7), "
                       "(2, '+77010000004', '+77010000003', 250, 10, '', '', 8)"));
  ASSERT_TRUE(db->Exec("INSERT INTO bank_transactions(id, job, from_account, to_account, from_name, to_name, "
                       "amount_minor, currency, at, reference, line) VALUES (3, 3, 'KZ1', 'KZ2', 'A', 'B', 12500, 'KZT', "
                       "400, 'loan', 2)"));
  ASSERT_EQ(ApplyMigrations(*db, Migrations(), env_.NowMillis()), Migrations().back().version);
  EXPECT_EQ(Query(*db, "SELECT id || ' ' || row_lo || '-' || row_hi FROM import_jobs ORDER BY num"),
            "calls-pub 5-9\ncalls-stage 10-11\ntxns-pub 3-3\nempty 0--1");
  EXPECT_EQ(Query(*db, "SELECT id || ' ' || job || ' ' || caller || ' ' || line FROM call_records_staging ORDER BY id"),
            "10 2 +77010000003 7\n11 2 +77010000004 8");
  EXPECT_EQ(Query(*db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND "
                       "tbl_name IN ('call_records', 'bank_transactions') ORDER BY name)"),
            "bank_transactions_from,bank_transactions_to,call_records_callee,call_records_caller");
  // The same columns, in the same order, as the published tables.
  for (const std::string t : {"call_records", "bank_transactions"})
    EXPECT_EQ(Query(*db, "SELECT group_concat(name || ' ' || type || ' ' || pk) FROM pragma_table_info('" + t + "')"),
              Query(*db, "SELECT group_concat(name || ' ' || type || ' ' || pk) FROM pragma_table_info('" + t +
                             "_staging')"))
        << t;
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
