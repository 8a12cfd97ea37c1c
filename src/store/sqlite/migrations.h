// Numbered schema migrations, applied in order at open. Each runs in its own transaction with
// its row in schema_migrations, so a failing migration leaves the store exactly as it was.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"
#include "store/sqlite/sqlite_db.h"

namespace ariadne::sqlite {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

const std::vector<Migration>& Migrations();

// Applies every migration newer than the store's version. Returns the resulting version.
Result<int> ApplyMigrations(Db& db, const std::vector<Migration>& migrations, int64_t now_ms);

}  // namespace ariadne::sqlite
