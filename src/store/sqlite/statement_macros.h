// Shorthand for the repetitive prepare-bind-step pattern inside SqliteConnection methods.
// Only for store/sqlite/*.cc; never include from a header.
#pragma once

#include "store/sqlite/sqlite_db.h"

// Declares `var`, a StmtGuard over the cached statement for `sql` (reset when it leaves scope).
#define PREPARE(var, sql)                     \
  auto var##_p = db_->Prepare(sql);           \
  if (!var##_p) return Fail(var##_p.error()); \
  ::ariadne::sqlite::StmtGuard var(**var##_p)

// Steps `var` once; `found` becomes true when a row is there.
#define STEP_OR_RETURN(var, found) \
  auto found = var->Step();        \
  if (!found) return Fail(found.error())
