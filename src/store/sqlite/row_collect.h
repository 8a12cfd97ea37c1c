// Two helpers of the store's SQL code: collecting every row of a statement, and the
// need-to-know condition on a case column. Only for store/sqlite/*.cc.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite/sqlite_db.h"
#include "store/store.h"

namespace ariadne::sqlite {

// Every row of `s`, each read by `read`.
template <typename T, typename Read>
Result<std::vector<T>> Collect(StmtGuard& s, Read read) {
  std::vector<T> out;
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back(read(*s));
  }
}

// "the case in `column` is one the scope may see": its team and shares (?3), and a
// supervisor's unit (?4, bound only when there is one).
inline std::string InScope(const std::string& column, const CaseScope& scope) {
  std::string sql = "(" + column + " IN (SELECT case_id FROM case_team WHERE user_id = ?3 UNION "
                    "SELECT case_id FROM case_shares WHERE user_id = ?3)";
  if (scope.supervised_unit) sql += " OR " + column + " IN (SELECT id FROM cases WHERE owning_unit_id = ?4)";
  return sql + ")";
}


}  // namespace ariadne::sqlite
