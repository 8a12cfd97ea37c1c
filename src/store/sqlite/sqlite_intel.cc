// SQLite rows of intelligence work: report events, the dissemination log, the search log and
// deconfliction notices (migration 14).
#include "store/sqlite/row_collect.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kDisseminationColumns =
    "id, report_id, unit_id, path, handling, by_user, by_originator, at, note, acknowledged_by, acknowledged_at";

IntelDissemination ReadDissemination(Stmt& s) {
  IntelDissemination d;
  d.id = s.Text(0);
  d.report_id = s.Text(1);
  d.unit_id = s.Text(2);
  d.path = s.Text(3);
  d.handling = s.Text(4);
  d.by = s.Text(5);
  d.by_originator = s.Int(6) != 0;
  d.at = s.Int(7);
  d.note = s.Text(8);
  d.acknowledged_by = s.Text(9);
  d.acknowledged_at = s.Int(10);
  return d;
}

}  // namespace

Result<std::vector<IntelEvent>> SqliteConnection::ListIntelEvents(const std::string& report_id) {
  PREPARE(s, "SELECT report_id, at, by_user, kind, detail FROM intel_events WHERE report_id = ? ORDER BY seq");
  s->Bind(1, report_id);
  return Collect<IntelEvent>(s, [](Stmt& s) {
    IntelEvent e{s.Text(0), s.Int(1), s.Text(2), s.Text(3)};
    e.detail = json::parse(s.Text(4), nullptr, false);
    if (e.detail.is_discarded()) e.detail = json::object();
    return e;
  });
}

Result<IntelDissemination> SqliteConnection::GetDissemination(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kDisseminationColumns + " FROM intel_disseminations WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("dissemination"));
  return ReadDissemination(*s);
}

Result<std::vector<IntelDissemination>> SqliteConnection::ListDisseminations(const std::string& report_id,
                                                                             const std::string& unit_id) {
  const bool by_report = !report_id.empty();
  PREPARE(s, std::string("SELECT ") + kDisseminationColumns + " FROM intel_disseminations WHERE " +
                 (by_report ? "report_id" : "unit_id") + " = ? ORDER BY at, id LIMIT 1000");
  s->Bind(1, by_report ? report_id : unit_id);
  return Collect<IntelDissemination>(s, ReadDissemination);
}

Result<std::vector<IntelSearch>> SqliteConnection::ListIntelSearches(int limit) {
  PREPARE(s, "SELECT id, user_id, terms, folded, results, at FROM intel_searches ORDER BY at DESC, id LIMIT ?");
  s->Bind(1, static_cast<int64_t>(limit));
  return Collect<IntelSearch>(s, [](Stmt& s) {
    return IntelSearch{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Int(5)};
  });
}

Result<std::vector<IntelNotice>> SqliteConnection::ListIntelNotices(const std::string& unit_id, int limit) {
  PREPARE(s, "SELECT id, unit_id, report_id, case_id, item_id, other_unit_id, pair_key, created_at FROM intel_notices "
             "WHERE unit_id = ? ORDER BY created_at DESC, id LIMIT ?");
  s->Bind(1, unit_id).Bind(2, static_cast<int64_t>(limit));
  return Collect<IntelNotice>(s, [](Stmt& s) {
    return IntelNotice{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6), s.Int(7)};
  });
}

Status SqliteConnection::InsertIntelEvent(const IntelEvent& e) {
  PREPARE(s, "INSERT INTO intel_events(report_id, at, by_user, kind, detail) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, e.report_id).Bind(2, e.at).Bind(3, e.by).Bind(4, e.kind).Bind(5, e.detail.dump()).Run();
}

Status SqliteConnection::InsertDissemination(const IntelDissemination& d) {
  PREPARE(s, std::string("INSERT INTO intel_disseminations(") + kDisseminationColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, d.id).Bind(2, d.report_id).Bind(3, d.unit_id).Bind(4, d.path).Bind(5, d.handling).Bind(6, d.by)
      .Bind(7, static_cast<int64_t>(d.by_originator)).Bind(8, d.at).Bind(9, d.note).Bind(10, d.acknowledged_by)
      .Bind(11, d.acknowledged_at).Run();
}

Status SqliteConnection::AcknowledgeDissemination(const std::string& id, const std::string& by, int64_t at) {
  PREPARE(s, "UPDATE intel_disseminations SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at = 0");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, by).Bind(2, at).Bind(3, id).Run());
  if (db_->Changes() == 0) return Fail(Error::Conflict("already_acknowledged", "the dissemination was acknowledged already"));
  return Ok();
}

Status SqliteConnection::InsertIntelSearch(const IntelSearch& x) {
  PREPARE(s, "INSERT INTO intel_searches(id, user_id, terms, folded, results, at) VALUES (?, ?, ?, ?, ?, ?)");
  return s->Bind(1, x.id).Bind(2, x.user_id).Bind(3, x.terms).Bind(4, x.folded).Bind(5, x.results).Bind(6, x.at).Run();
}

Result<bool> SqliteConnection::InsertIntelNotice(const IntelNotice& n) {
  PREPARE(s, "INSERT OR IGNORE INTO intel_notices(id, unit_id, report_id, case_id, item_id, other_unit_id, pair_key, "
             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, n.id).Bind(2, n.unit_id).Bind(3, n.report_id).Bind(4, n.case_id).Bind(5, n.item_id)
                              .Bind(6, n.other_unit_id).Bind(7, n.pair_key).Bind(8, n.created_at).Run());
  return db_->Changes() > 0;
}

}  // namespace ariadne::sqlite
