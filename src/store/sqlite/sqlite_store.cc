// The embedded store: a pool of read-only connections and one writer thread doing group commit.
//
// Why group commit: every request writes an audit row, so one transaction per request would
// cap the server at the disk's commit rate. The writer takes every job queued while the last
// group committed (up to max_group), runs each in a savepoint, and commits them together.
#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/wal_checkpointer.h"
#include "store/store.h"

namespace ariadne {
namespace {

using sqlite::Db;
using sqlite::SqliteConnection;

Status Guarded(const std::function<Status()>& fn) {
  try {
    return fn();
  } catch (const std::exception& e) {
    return Fail(Error::Internal(std::string("unexpected exception: ") + e.what()));
  }
}

class SqliteStore : public Store {
 public:
  SqliteStore(std::string path, Env* env, StoreOptions options, std::unique_ptr<SqliteConnection> writer,
              std::unique_ptr<sqlite::WalCheckpointer> checkpointer)
      : path_(std::move(path)),
        env_(env),
        options_(options),
        writer_(std::move(writer)),
        checkpointer_(std::move(checkpointer)) {
    writer_thread_ = std::thread([this] { WriterLoop(); });
  }
  ~SqliteStore() override { Close(); }

  Status Read(const std::function<Status(StoreReader&)>& fn) override {
    // Nested on this thread: the same snapshot. Starting a read transaction after any commit
    // makes SQLite drop the connection's page cache, and every request commits an audit row,
    // so a request that reads in one transaction instead of three is much cheaper.
    if (open_read_.store == this) return Guarded([&] { return fn(*open_read_.conn); });
    auto conn = Acquire();
    if (!conn) return Fail(conn.error());
    Status st = Guarded([&]() -> Status {
      ARIADNE_RETURN_IF_ERROR((*conn)->db().Run("BEGIN"));
      open_read_ = {this, conn->get()};
      Status inner = Guarded([&] { return fn(**conn); });
      open_read_ = {};
      (void)(*conn)->db().Run(inner ? "COMMIT" : "ROLLBACK");
      return inner;
    });
    Release(std::move(*conn));
    return st;
  }

  Status Write(const std::function<Status(StoreWriter&)>& fn) override {
    std::promise<Status> result;
    auto done = result.get_future();
    WriteAsync(fn, [&result](Status st) { result.set_value(std::move(st)); });
    return done.get();
  }

  void WriteAsync(std::function<Status(StoreWriter&)> fn, std::function<void(Status)> done) override {
    auto job = std::make_shared<Job>();
    job->fn = std::move(fn);
    job->done = std::move(done);
    bool wake = false;
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      if (!closing_) {
        // The writer waits either for a first job or for a full group (WriterLoop); any other
        // push would wake it for nothing, one context switch per request under load.
        wake = queue_.empty() || static_cast<int>(queue_.size()) + 1 >= options_.max_group;
        queue_.push_back(std::move(job));
        job = nullptr;
      }
    }
    if (job) return job->done(Fail(Error::Unavailable("the store is closing")));
    if (wake) queue_cv_.notify_one();
  }

  void SetGroupHooks(std::function<Status(StoreWriter&)> before_commit, std::function<void()> after_commit) override {
    std::lock_guard<std::mutex> lock(queue_mu_);
    before_commit_ = std::move(before_commit);
    after_commit_ = std::move(after_commit);
  }

  Status Backup(const std::string& dest) override {
    auto src = Db::Open(path_, true);
    if (!src) return Fail(src.error());
    std::string tmp = dest + ".partial";
    std::remove(tmp.c_str());
    sqlite3* out = nullptr;
    int rc = sqlite3_open(tmp.c_str(), &out);
    if (rc != SQLITE_OK) {
      sqlite3_close(out);
      return Fail(Error::Internal("cannot create " + tmp));
    }
    // One step copies every page inside one read transaction: a consistent snapshot, while the
    // writer keeps committing to the WAL.
    sqlite3_backup* b = sqlite3_backup_init(out, "main", (*src)->raw(), "main");
    if (!b) {
      std::string msg = sqlite3_errmsg(out);
      sqlite3_close(out);
      return Fail(Error::Internal("backup: " + msg));
    }
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc == SQLITE_DONE) rc = sqlite3_exec(out, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(out);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
      std::remove(tmp.c_str());
      return Fail(Error::Unavailable("backup failed: " + std::string(sqlite3_errstr(rc))));
    }
    if (std::rename(tmp.c_str(), dest.c_str()) != 0) return Fail(Error::Internal("cannot rename backup into " + dest));
    return Ok();
  }

  void Close() override {
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      if (closing_) return;
      closing_ = true;
    }
    queue_cv_.notify_all();
    if (writer_thread_.joinable()) writer_thread_.join();
    std::lock_guard<std::mutex> lock(pool_mu_);
    pool_.clear();
    checkpointer_.reset();  // its last checkpoint, while nobody reads or writes
    writer_.reset();
  }

 private:
  struct Job {
    std::function<Status(StoreWriter&)> fn;
    std::function<void(Status)> done;
  };

  Result<std::unique_ptr<SqliteConnection>> Acquire() {
    std::unique_lock<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      auto c = std::move(pool_.back());
      pool_.pop_back();
      return c;
    }
    lock.unlock();
    auto db = Db::Open(path_, true);
    if (!db) return Fail(db.error());
    ARIADNE_RETURN_IF_ERROR((*db)->Exec("PRAGMA query_only=ON"));
    return std::make_unique<SqliteConnection>(std::move(*db));
  }

  void Release(std::unique_ptr<SqliteConnection> c) {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (static_cast<int>(pool_.size()) < options_.read_connections) pool_.push_back(std::move(c));
  }

  void WriterLoop() {
    while (true) {
      std::vector<std::shared_ptr<Job>> group;
      std::function<Status(StoreWriter&)> before;
      std::function<void()> after;
      {
        std::unique_lock<std::mutex> lock(queue_mu_);
        queue_cv_.wait(lock, [&] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;  // closing and drained
        // Pace commits under load: every commit makes each reader's next transaction drop its
        // page cache, so at most one commit per interval; jobs arriving meanwhile join the
        // group. A write after a quiet spell commits at once.
        const auto due = last_commit_ + std::chrono::microseconds(options_.min_commit_interval_us);
        queue_cv_.wait_until(lock, due, [&] {
          return closing_ || static_cast<int>(queue_.size()) >= options_.max_group;
        });
        while (!queue_.empty() && static_cast<int>(group.size()) < options_.max_group) {
          group.push_back(std::move(queue_.front()));
          queue_.pop_front();
        }
        before = before_commit_;
        after = after_commit_;
      }
      // Paced from the start of a group, not its end: jobs that queued while this group ran
      // wait only for the rest of the interval, so a connection's round trip is one interval.
      last_commit_ = std::chrono::steady_clock::now();
      RunGroup(group, before, after);
    }
  }

  void RunGroup(std::vector<std::shared_ptr<Job>>& group, const std::function<Status(StoreWriter&)>& before,
                const std::function<void()>& after) {
    Db& db = writer_->db();
    auto fail_all = [&](const Error& e) {
      for (auto& job : group) job->done(Fail(e));
    };
    if (auto st = db.Run("BEGIN IMMEDIATE"); !st) return fail_all(st.error());
    std::vector<Status> results;
    results.reserve(group.size());
    for (auto& job : group) {
      Status st = db.Run("SAVEPOINT job");
      if (st) {
        st = Guarded([&] { return job->fn(*writer_); });
        if (!st) (void)db.Run("ROLLBACK TO job");
        (void)db.Run("RELEASE job");
      }
      results.push_back(st);
    }
    Status hook = before ? Guarded([&] { return before(*writer_); }) : Ok();
    if (hook) hook = db.Run("COMMIT");
    if (!hook) {
      (void)db.Run("ROLLBACK");
      return fail_all(hook.error());
    }
    // The after-commit hook (the audit head file) runs before any caller is answered, so an
    // acknowledged write is always covered by the head file.
    if (after) after();
    for (size_t i = 0; i < group.size(); ++i) group[i]->done(std::move(results[i]));
  }

  struct OpenRead {
    const SqliteStore* store = nullptr;
    SqliteConnection* conn = nullptr;
  };
  static thread_local OpenRead open_read_;  // the read transaction this thread is inside

  const std::string path_;
  Env* env_;
  const StoreOptions options_;
  std::unique_ptr<SqliteConnection> writer_;  // used only by writer_thread_
  std::unique_ptr<sqlite::WalCheckpointer> checkpointer_;  // hooked to writer_
  std::chrono::steady_clock::time_point last_commit_;  // used only by writer_thread_

  std::mutex queue_mu_;
  std::condition_variable queue_cv_;
  std::deque<std::shared_ptr<Job>> queue_;  // GUARDED_BY(queue_mu_)
  bool closing_ = false;                    // GUARDED_BY(queue_mu_)
  std::function<Status(StoreWriter&)> before_commit_;  // GUARDED_BY(queue_mu_)
  std::function<void()> after_commit_;                 // GUARDED_BY(queue_mu_)

  std::mutex pool_mu_;
  std::vector<std::unique_ptr<SqliteConnection>> pool_;  // GUARDED_BY(pool_mu_)
  std::thread writer_thread_;
};

thread_local SqliteStore::OpenRead SqliteStore::open_read_;

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, Env* env, const StoreOptions& options) {
  auto db = Db::Open(path, false);
  if (!db) return Fail(db.error());
  ARIADNE_RETURN_IF_ERROR((*db)->Exec("PRAGMA cache_size=-" + std::to_string(options.writer_cache_mb * 1024)));
  auto version = sqlite::ApplyMigrations(**db, sqlite::Migrations(), env->NowMillis());
  if (!version) return Fail(version.error());
  auto checkpointer = sqlite::WalCheckpointer::Start(path, **db, options.checkpoint_wal_pages);
  if (!checkpointer) return Fail(checkpointer.error());
  auto writer = std::make_unique<SqliteConnection>(std::move(*db));
  return std::unique_ptr<Store>(new SqliteStore(path, env, options, std::move(writer), std::move(*checkpointer)));
}

}  // namespace ariadne
