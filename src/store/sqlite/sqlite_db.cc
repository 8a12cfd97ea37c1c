#include "store/sqlite/sqlite_db.h"

#include <mutex>
#include "store/sqlite/search_extensions.h"

#include <sqlite3.h>

namespace ariadne::sqlite {

Error SqliteError(sqlite3* db, int rc, const std::string& what) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  int primary = rc & 0xff;
  if (primary == SQLITE_CONSTRAINT) return Error::Conflict("already_exists", msg);
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) return Error::Unavailable(msg);
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return Error::Corruption(msg);
  return Error::Internal(msg);
}

Stmt& Stmt::Bind(int i, const std::string& v) {
  sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(s_, i, v);
  return *this;
}
Stmt& Stmt::Bind(int i, double v) {
  sqlite3_bind_double(s_, i, v);
  return *this;
}
Stmt& Stmt::BindPointer(int i, void* p, const char* type) {
  sqlite3_bind_pointer(s_, i, p, type, nullptr);
  return *this;
}
Stmt& Stmt::BindBlob(int i, const void* data, size_t n) {
  sqlite3_bind_blob(s_, i, data, static_cast<int>(n), SQLITE_TRANSIENT);
  return *this;
}
std::string_view Stmt::Blob(int col) const {
  const void* p = sqlite3_column_blob(s_, col);
  int n = sqlite3_column_bytes(s_, col);
  return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string_view();
}
double Stmt::Real(int col) const { return sqlite3_column_double(s_, col); }
Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(s_, i);
  return *this;
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(s_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(SqliteError(sqlite3_db_handle(s_), rc, "step"));
}

Status Stmt::Run() {
  while (true) {
    auto r = Step();
    if (!r) return Fail(r.error());
    if (!*r) return Ok();
  }
}

std::string Stmt::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(s_, col);
  if (!t) return {};
  return std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, col)));
}
int64_t Stmt::Int(int col) const { return sqlite3_column_int64(s_, col); }
bool Stmt::IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }
void Stmt::Reset() {
  sqlite3_reset(s_);
  sqlite3_clear_bindings(s_);
}

Db::~Db() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt->raw());
  cache_.clear();
  sqlite3_close_v2(db_);
}

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool read_only) {
  // SQLite's memory statistics take one process-wide mutex on every allocation, which every
  // request thread then contends for; nothing here reads them. Only possible before SQLite
  // initialises itself, so a later call (another library got there first) is a no-op.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* raw = nullptr;
  int flags = (read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
              SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error e = SqliteError(raw, rc, "open " + path);
    sqlite3_close_v2(raw);
    return Fail(e);
  }
  std::unique_ptr<Db> db(new Db(raw));
  // Busy timeout: the writer holds the lock only for one group commit (milliseconds); a
  // reader or a second process waits rather than failing.
  sqlite3_busy_timeout(raw, 5000);
  sqlite3_extended_result_codes(raw, 1);
  ARIADNE_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys=ON"));
  ARIADNE_RETURN_IF_ERROR(RegisterSearchExtensions(raw));
  if (!read_only) {
    ARIADNE_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
    // NORMAL in WAL mode: a commit survives a process crash; a power cut may lose the last
    // groups but never corrupts. The audit head file outside the store notices such a loss.
    ARIADNE_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=NORMAL"));
  }
  ARIADNE_RETURN_IF_ERROR(db->Exec("PRAGMA cache_size=-32000"));
  // No memory map. Every request writes an audit row, so nearly every read transaction finds
  // the database changed, and SQLite then drops the connection's page cache *and* unmaps its
  // whole mapping: a munmap with a TLB shoot-down on every core and a page fault per page
  // touched afterwards cost more than the preads they were meant to save (docs/performance.md).
  ARIADNE_RETURN_IF_ERROR(db->Exec("PRAGMA mmap_size=0"));
  return db;
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : "error";
    sqlite3_free(err);
    Error e = SqliteError(nullptr, rc, "exec");
    e.message = "exec: " + msg;
    return Fail(e);
  }
  return Ok();
}

Status Db::Run(const std::string& sql) {
  auto s = Prepare(sql);
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  return g->Run();
}

Result<Stmt*> Db::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return it->second.get();
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  if (rc != SQLITE_OK) return Fail(SqliteError(db_, rc, "prepare"));
  auto stmt = std::make_unique<Stmt>(s);
  Stmt* out = stmt.get();
  cache_.emplace(sql, std::move(stmt));
  return out;
}

int64_t Db::Changes() const { return sqlite3_changes64(db_); }
int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
std::string Db::LastError() const { return sqlite3_errmsg(db_); }

}  // namespace ariadne::sqlite
