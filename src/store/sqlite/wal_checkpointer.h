// Copies the write-ahead log back into the database file on a thread of its own.
//
// Left to itself SQLite checkpoints inside the COMMIT that crosses its threshold, so the writer
// thread — and every request waiting for its audit row — stalls for the copy and its fsync
// (tens of milliseconds on a large store). Instead the writer's automatic checkpoints are
// turned off and its WAL hook wakes this thread, which runs a PASSIVE checkpoint on its own
// connection: it never blocks the writer or the readers, and copies what no reader still needs.
// Only when the WAL has grown far past its threshold over several commits (a bulk import
// outrunning the thread) does the writer copy it itself, so that the WAL restarts instead of
// growing without bound; one large transaction is left to the thread. The two never checkpoint
// at once: SQLite would refuse the second with BUSY rather than wait, and a writer refused on
// every commit would let the WAL grow after all.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/error.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::sqlite {

class WalCheckpointer {
 public:
  // Past wal_pages times this the writer checkpoints in its own commit (see OnCommit).
  static constexpr int kWriterCatchUpFactor = 64;

  // Opens its own connection to `path` and hooks `writer` (whose auto-checkpoint it turns off).
  static Result<std::unique_ptr<WalCheckpointer>> Start(const std::string& path, Db& writer, int wal_pages);
  ~WalCheckpointer();  // a last checkpoint, then the thread ends; unhooks the writer first
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Waits until `n` checkpoints have completed or `timeout` passes (tests); true if they did.
  bool WaitForCheckpoints(int64_t n, std::chrono::milliseconds timeout);

 private:
  WalCheckpointer(std::unique_ptr<Db> own, Db& writer, int wal_pages);
  static int OnCommit(void* self, sqlite3*, const char*, int pages);
  void Loop();

  std::unique_ptr<Db> own_;
  Db& writer_;
  const int wal_pages_;
  int last_pages_ = 0;  // the WAL's size at the last commit; read and written by OnCommit only
  std::mutex checkpoint_mu_;  // held around each checkpoint, the thread's and the writer's
  std::mutex mu_;
  std::condition_variable cv_;       // wakes Loop
  std::condition_variable done_cv_;  // wakes WaitForCheckpoints
  bool due_ = false;       // GUARDED_BY(mu_)
  bool stopping_ = false;  // GUARDED_BY(mu_)
  int64_t done_ = 0;       // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace ariadne::sqlite
