// A thin RAII wrapper over one sqlite3 connection and its prepared statements. With
// search_extensions.cc, the only files that include sqlite3.h; nothing outside store/sqlite sees it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ariadne::sqlite {

class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  Stmt& Bind(int i, const std::string& v);
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& Bind(int i, bool v) { return Bind(i, static_cast<int64_t>(v ? 1 : 0)); }
  Stmt& Bind(int i, double v);
  Stmt& BindNull(int i);
  Stmt& BindBlob(int i, const void* data, size_t n);
  // A C++ object for an extension function (sqlite3_bind_pointer); it must outlive the step.
  Stmt& BindPointer(int i, void* p, const char* type);
  Stmt& BindOpt(int i, const std::optional<std::string>& v) { return v ? Bind(i, *v) : BindNull(i); }
  // True while there is a row; errors become Error (Conflict for constraint violations).
  Result<bool> Step();
  Status Run();  // steps to completion
  std::string Text(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  // Valid until the next step or reset.
  std::string_view Blob(int col) const;
  bool IsNull(int col) const;
  // Resets bindings so the cached statement can be reused.
  void Reset();
  sqlite3_stmt* raw() const { return s_; }

 private:
  sqlite3_stmt* s_;
};

// Resets the statement when it leaves scope, so cached statements never stay mid-step.
class StmtGuard {
 public:
  explicit StmtGuard(Stmt& s) : s_(s) {}
  ~StmtGuard() { s_.Reset(); }
  Stmt* operator->() { return &s_; }
  Stmt& operator*() { return s_; }

 private:
  Stmt& s_;
};

class Db {
 public:
  ~Db();
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool read_only);
  Status Exec(const std::string& sql);
  // One statement, prepared once and cached: for BEGIN, COMMIT, SAVEPOINT and the like, which
  // run several times per request (sqlite3_exec would compile them every time).
  Status Run(const std::string& sql);
  // A cached prepared statement for `sql`. Valid while this Db lives.
  Result<Stmt*> Prepare(const std::string& sql);
  int64_t Changes() const;
  int64_t LastInsertRowid() const;
  std::string LastError() const;
  sqlite3* raw() const { return db_; }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::map<std::string, std::unique_ptr<Stmt>> cache_;
};

// Runs `sql` with `binder` then returns the statement guarded; convenience for one-shot use.
Error SqliteError(sqlite3* db, int rc, const std::string& what);

}  // namespace ariadne::sqlite
