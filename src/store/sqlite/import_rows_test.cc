// Imported call rows: staged, published into the indexes as they are (small imports) or with
// them rebuilt (large ones), by moving the staged rows or by making the staging table the table.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using test::Describe;

class ImportRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    unit_ = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
    user_ = test::AddUser(*store_, env_, "ivanov", Role::kInvestigator, unit_.id);
    case_ = test::NewCase(env_, unit_, user_, "calls");
    ASSERT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertCase(case_); })), "ok");
  }
  void TearDown() override { store_->Close(); }

  ImportJob NewJob(const std::string& id) {
    ImportJob j;
    j.id = id, j.case_id = case_.id, j.kind = "calls", j.file_name = id + ".csv", j.sha256 = id, j.mapping_json = "{}";
    j.created_by = user_.id;
    EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertImportJob(j); })), "ok");
    return j;
  }
  // Stages `rows` calls of `caller` for the job, in one chunk.
  void Stage(const ImportJob& j, int rows, const std::string& caller) {
    std::vector<CallRow> calls(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i) {
      calls[i].caller = caller;
      calls[i].callee = "+7701" + std::to_string(1000000 + i % 5000);
      calls[i].start = 1700000000 + i, calls[i].duration = 30, calls[i].line = i + 2;
    }
    EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertCallRows(j.id, calls); })), "ok");
  }
  ImportJob Staged(const std::string& id, int rows, const std::string& caller) {
    ImportJob j = NewJob(id);
    Stage(j, rows, caller);
    return j;
  }
  std::string Publish(ImportJob& j, int rows) {
    j.status = "published", j.rows_ok = rows;
    return Describe(store_->Write([&](StoreWriter& w) -> Status {
      ARIADNE_RETURN_IF_ERROR(w.PublishImportRows(j.id, rows));
      return w.UpdateImportJob(j);
    }));
  }
  // The published calls of `caller`, in time order.
  std::vector<StoredCall> Calls(const std::string& caller) {
    CallQuery q;
    q.case_ids = {case_.id};
    q.numbers = {caller};
    q.limit = 1000000;
    std::vector<StoredCall> out;
    auto st = store_->Read([&](StoreReader& r) -> Status {
      auto calls = r.ListCalls(q);
      if (!calls) return Fail(calls.error());
      out = std::move(*calls);
      return Ok();
    });
    EXPECT_EQ(Describe(st), "ok");
    return out;
  }
  int Count(const std::string& caller) { return static_cast<int>(Calls(caller).size()); }
  // `sql`'s rows, read from the file by a connection of its own, one per line.
  std::string Query(const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(dir_.File("ariadne.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_stmt* s = nullptr;
      sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
      while (s && sqlite3_step(s) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) + std::string("\n");
      sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
  }
  std::string Indexes() {
    return Query("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'call_records' ORDER BY name");
  }
  std::string Staging() { return Query("SELECT job || ' ' || count(*) FROM call_records_staging GROUP BY job ORDER BY job"); }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  Unit unit_;
  User user_;
  Case case_;
};

// Staged rows are in no published table until the job is published; a small job joins the
// indexes as they are, a large one (100,000 rows and more) has them rebuilt; both answer the same.
TEST_F(ImportRowsTest, StagedUntilPublishedAndIndexedEitherWay) {
  const std::string before = Indexes();
  EXPECT_NE(before.find("call_records_callee: CREATE INDEX call_records_callee ON call_records(callee, start)"), std::string::npos) << before;
  ImportJob big = Staged("job-big", 120000, "+77770000001");
  ImportJob small = Staged("job-small", 300, "+77770000002");
  EXPECT_EQ(Count("+77770000001"), 0);  // staged: not there
  EXPECT_EQ(Publish(big, 120000), "ok");  // rebuilds the indexes; the small job stays staged
  EXPECT_EQ(Indexes(), before);  // the same indexes, as the migrations made them
  EXPECT_EQ(Count("+77770000001"), 120000);
  EXPECT_EQ(Count("+77770000002"), 0);
  EXPECT_EQ(Staging(), "2 300\n");
  EXPECT_EQ(Publish(small, 300), "ok");  // into the indexes as they are
  EXPECT_EQ(Count("+77770000002"), 300);
  EXPECT_EQ(Staging(), "");
  std::vector<std::string> aggregates;
  auto st = store_->Read([&](StoreReader& r) {
    return r.ScanCallAggregates("job-small", [&](const CallAggregate& x) { aggregates.push_back(x.caller); });
  });
  EXPECT_EQ(Describe(st), "ok");
  EXPECT_EQ(aggregates.size(), 300u);  // 300 distinct callees
}

// A large import alone in the staging table, into a table holding fewer rows: the table's rows
// join it and the staging table becomes the table. Published rows keep their ids, the indexes
// and an empty staging table are there again, and the next import stages and publishes as usual.
TEST_F(ImportRowsTest, LargeImportBecomesTheTable) {
  const std::string indexes = Indexes();
  const std::string staging_sql = Query("SELECT sql FROM sqlite_master WHERE name = 'call_records_staging'");
  ImportJob first = Staged("job-first", 500, "+77770000001");
  ASSERT_EQ(Publish(first, 500), "ok");
  const std::vector<StoredCall> kept = Calls("+77770000001");
  ASSERT_EQ(kept.size(), 500u);
  ImportJob big = Staged("job-big", 120000, "+77770000002");
  EXPECT_EQ(Publish(big, 120000), "ok");
  EXPECT_EQ(Indexes(), indexes);
  EXPECT_EQ(Query("SELECT sql FROM sqlite_master WHERE name = 'call_records_staging'"), staging_sql);
  EXPECT_EQ(Staging(), "");
  const std::vector<StoredCall> after = Calls("+77770000001");
  ASSERT_EQ(after.size(), kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(after[i].id, kept[i].id);
    EXPECT_EQ(after[i].row.line, kept[i].row.line);
  }
  EXPECT_EQ(Count("+77770000002"), 120000);
  ImportJob next = Staged("job-next", 10, "+77770000003");
  EXPECT_EQ(Count("+77770000003"), 0);
  EXPECT_EQ(Publish(next, 10), "ok");
  EXPECT_EQ(Count("+77770000003"), 10);
  EXPECT_EQ(Query("SELECT count(*) || ' ' || count(DISTINCT id) FROM call_records"), "120510 120510\n");
  // A job's rows are read by its id range: the aggregates of one job are that job's alone.
  int64_t calls = 0;
  auto st = store_->Read([&](StoreReader& r) {
    return r.ScanCallAggregates("job-next", [&](const CallAggregate& x) { calls += x.count; });
  });
  EXPECT_EQ(Describe(st), "ok");
  EXPECT_EQ(calls, 10);
}

// Two imports staged at the same time, their chunks interleaved: their id ranges overlap, and
// publishing or dropping one leaves every row of the other where it was.
TEST_F(ImportRowsTest, InterleavedImportsStayApart) {
  ImportJob a = NewJob("job-a"), b = NewJob("job-b"), c = NewJob("job-c");
  for (int chunk = 0; chunk < 3; ++chunk) {
    Stage(a, 40000, "+77770000001");
    Stage(b, 100, "+77770000002");
    Stage(c, 50, "+77770000003");
  }
  EXPECT_EQ(Query("SELECT row_lo < row_hi FROM import_jobs WHERE id = 'job-b' AND row_lo < "
                  "(SELECT row_hi FROM import_jobs WHERE id = 'job-a')"),
            "1\n");  // b's range lies inside a's
  EXPECT_EQ(Publish(a, 120000), "ok");  // large, with others staged: moved, indexes rebuilt
  EXPECT_EQ(Count("+77770000001"), 120000);
  EXPECT_EQ(Count("+77770000002"), 0);
  EXPECT_EQ(Staging(), "2 300\n3 150\n");
  c.status = "refused";
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) -> Status {
              ARIADNE_RETURN_IF_ERROR(w.DeleteImportRows(c.id));
              return w.UpdateImportJob(c);
            })),
            "ok");
  EXPECT_EQ(Staging(), "2 300\n");
  EXPECT_EQ(Publish(b, 300), "ok");
  EXPECT_EQ(Count("+77770000002"), 300);
  EXPECT_EQ(Count("+77770000003"), 0);
  EXPECT_EQ(Staging(), "");
  EXPECT_EQ(Query("SELECT count(*) FROM call_records"), "120300\n");
}

// A discarded import loses its staged rows and takes no more: the next chunk of a run it overtook
// is refused with the rows it brought, and the same file can then be imported as a new job.
TEST_F(ImportRowsTest, ADiscardedImportLosesItsRowsAndTakesNoMore) {
  ImportJob a = Staged("job-a", 200, "+77770000001");
  ImportJob b = Staged("job-b", 50, "+77770000002");
  EXPECT_EQ(Staging(), "1 200\n2 50\n");
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.DiscardImportJob(a.id, 1234); })), "ok");
  EXPECT_EQ(Staging(), "2 50\n");
  EXPECT_EQ(Query("SELECT status || ' ' || updated_at FROM import_jobs WHERE id = 'job-a'"), "discarded 1234\n");

  // A run still reading the file commits its next chunk: rows and progress are refused together.
  std::vector<CallRow> more(10);
  for (auto& c : more) c.caller = "+77770000001", c.callee = "+77010000000", c.start = 1700000000, c.line = 2;
  a.rows_ok = 210;
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) -> Status {
              ARIADNE_RETURN_IF_ERROR(w.InsertCallRows(a.id, more));
              return w.UpdateImportJob(a);
            })),
            "import_not_staging");
  EXPECT_EQ(Staging(), "2 50\n");
  EXPECT_EQ(Publish(a, 210), "import_not_staging");
  EXPECT_EQ(Count("+77770000001"), 0);
  // Discarding twice, or a published job, or one that does not exist, is refused.
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.DiscardImportJob(a.id, 1235); })),
            "import_not_staging");
  EXPECT_EQ(Publish(b, 50), "ok");
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.DiscardImportJob(b.id, 1236); })),
            "import_not_staging");
  EXPECT_EQ(Count("+77770000002"), 50);
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.DiscardImportJob("job-x", 1237); })),
            "not_found");
  // The same file again is a new job: the discarded one no longer holds its place.
  EXPECT_EQ(Describe(store_->Read([&](StoreReader& r) -> Status {
              auto found = r.FindImportJob(case_.id, "calls", "job-a");
              if (!found) return Fail(found.error());
              return *found ? Fail(Error::Conflict("still_found", (*found)->status)) : Ok();
            })),
            "ok");
  ImportJob again;
  again.id = "job-a2", again.case_id = case_.id, again.kind = "calls", again.sha256 = "job-a", again.mapping_json = "{}";
  again.created_by = user_.id;
  EXPECT_EQ(Describe(store_->Write([&](StoreWriter& w) { return w.InsertImportJob(again); })), "ok");
}

}  // namespace
}  // namespace ariadne
