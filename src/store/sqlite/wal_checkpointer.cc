#include "store/sqlite/wal_checkpointer.h"

#include <cstdio>

namespace ariadne::sqlite {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::Start(const std::string& path, Db& writer, int wal_pages) {
  auto own = Db::Open(path, false);
  if (!own) return Fail(own.error());
  ARIADNE_RETURN_IF_ERROR((*own)->Exec("PRAGMA wal_autocheckpoint=0"));
  ARIADNE_RETURN_IF_ERROR(writer.Exec("PRAGMA wal_autocheckpoint=0"));
  std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(std::move(*own), writer, wal_pages));
  sqlite3_wal_hook(writer.raw(), &WalCheckpointer::OnCommit, c.get());
  return c;
}

WalCheckpointer::WalCheckpointer(std::unique_ptr<Db> own, Db& writer, int wal_pages)
    : own_(std::move(own)), writer_(writer), wal_pages_(wal_pages) {
  thread_ = std::thread([this] { Loop(); });
}

WalCheckpointer::~WalCheckpointer() {
  sqlite3_wal_hook(writer_.raw(), nullptr, nullptr);
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    due_ = true;
  }
  cv_.notify_one();
  thread_.join();
}

bool WalCheckpointer::WaitForCheckpoints(int64_t n, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  return done_cv_.wait_for(lock, timeout, [&] { return done_ >= n; });
}

// Runs on the writer thread after each commit, with the WAL's size in pages.
int WalCheckpointer::OnCommit(void* self, sqlite3* db, const char* name, int pages) {
  auto* c = static_cast<WalCheckpointer*>(self);
  // What this commit added: all of the WAL when it restarted since the last one.
  const int added = pages >= c->last_pages_ ? pages - c->last_pages_ : pages;
  c->last_pages_ = pages;
  if (pages < c->wal_pages_) return SQLITE_OK;
  // Only a WAL grown over several commits is the writer's to copy: when one transaction wrote
  // most of it (an import published: hundreds of megabytes of index pages), the thread copies it
  // while the writer goes on, and the publishing request does not wait seconds for the copy.
  if (pages >= c->wal_pages_ * kWriterCatchUpFactor && added < pages / 2) {
    // A bulk load (an import of millions of rows) commits again before the thread's checkpoint
    // has copied everything, so the WAL never restarts and grows past the database (4.7 GB for
    // 1.3 GB in the first 10-million-row run). Here the writer copies it itself, as SQLite's own
    // auto-checkpoint would: it is the writer that falls behind, and nothing is appended while
    // it copies, so the next transaction starts the WAL from its beginning. It first waits for
    // the thread's checkpoint, if one is running: SQLite answers a second checkpointer BUSY at
    // once, and in a CI run a writer that lost that race commit after commit let the WAL grow
    // to 1,040 pages with a catch-up size of 64.
    std::lock_guard<std::mutex> copying(c->checkpoint_mu_);
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
  }
  bool wake = false;
  {
    std::lock_guard<std::mutex> lock(c->mu_);
    wake = !c->due_;
    c->due_ = true;
  }
  if (wake) c->cv_.notify_one();
  return SQLITE_OK;
}

void WalCheckpointer::Loop() {
  while (true) {
    bool last = false;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return due_; });
      due_ = false;
      last = stopping_;
    }
    // PASSIVE: copies every frame no reader still needs, waits for nobody. Whatever it cannot
    // copy now it copies next time; the WAL restarts from its beginning once fully copied.
    int rc = SQLITE_OK;
    {
      std::lock_guard<std::mutex> copying(checkpoint_mu_);
      rc = sqlite3_wal_checkpoint_v2(own_->raw(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        ++done_;
      }
      done_cv_.notify_all();
    } else if (rc != SQLITE_BUSY) {
      std::fprintf(stderr, "WAL checkpoint failed: %s\n", sqlite3_errstr(rc));
    }
    if (last) return;
  }
}

}  // namespace ariadne::sqlite
