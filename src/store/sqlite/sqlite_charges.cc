// The charges of a case.
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr const char* kChargeColumns =
    "id, case_id, suspect_entity_id, jurisdiction, article, status, prosecutor, filed_at, outcome, sentence, "
    "sentence_months, note, created_by, created_at, updated_at, version";

Charge ReadCharge(Stmt& s) {
  Charge c;
  c.id = s.Text(0);
  c.case_id = s.Text(1);
  c.suspect_entity_id = s.Text(2);
  c.jurisdiction = s.Text(3);
  c.article = s.Text(4);
  c.status = s.Text(5);
  c.prosecutor = s.Text(6);
  c.filed_at = s.Int(7);
  c.outcome = s.Text(8);
  c.sentence = s.Text(9);
  c.sentence_months = s.Int(10);
  c.note = s.Text(11);
  c.created_by = s.Text(12);
  c.created_at = s.Int(13);
  c.updated_at = s.Int(14);
  c.version = s.Int(15);
  return c;
}

}  // namespace

Result<Charge> SqliteConnection::GetCharge(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kChargeColumns + " FROM charges WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("charge"));
  return ReadCharge(*s);
}

Result<std::vector<Charge>> SqliteConnection::ListCharges(const std::string& case_id) {
  PREPARE(s, std::string("SELECT ") + kChargeColumns + " FROM charges WHERE case_id = ? ORDER BY created_at, id");
  s->Bind(1, case_id);
  std::vector<Charge> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadCharge(*s));
  }
  return out;
}

Status SqliteConnection::InsertCharge(const Charge& c) {
  PREPARE(s, std::string("INSERT INTO charges(") + kChargeColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, c.id)
      .Bind(2, c.case_id)
      .Bind(3, c.suspect_entity_id)
      .Bind(4, c.jurisdiction)
      .Bind(5, c.article)
      .Bind(6, c.status)
      .Bind(7, c.prosecutor)
      .Bind(8, c.filed_at)
      .Bind(9, c.outcome)
      .Bind(10, c.sentence)
      .Bind(11, c.sentence_months)
      .Bind(12, c.note)
      .Bind(13, c.created_by)
      .Bind(14, c.created_at)
      .Bind(15, c.updated_at)
      .Bind(16, c.version)
      .Run();
}

Status SqliteConnection::UpdateCharge(const Charge& c, int64_t expected_version) {
  PREPARE(s, "UPDATE charges SET suspect_entity_id = ?, jurisdiction = ?, article = ?, status = ?, prosecutor = ?, "
             "filed_at = ?, outcome = ?, sentence = ?, sentence_months = ?, note = ?, updated_at = ?, version = ? "
             "WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, c.suspect_entity_id)
                              .Bind(2, c.jurisdiction)
                              .Bind(3, c.article)
                              .Bind(4, c.status)
                              .Bind(5, c.prosecutor)
                              .Bind(6, c.filed_at)
                              .Bind(7, c.outcome)
                              .Bind(8, c.sentence)
                              .Bind(9, c.sentence_months)
                              .Bind(10, c.note)
                              .Bind(11, c.updated_at)
                              .Bind(12, c.version)
                              .Bind(13, c.id)
                              .Bind(14, expected_version)
                              .Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the charge was changed by someone else; reload it", "version"));
  return Ok();
}

Status SqliteConnection::InsertChargeHistory(const std::string& charge_id, const EntityHistoryEntry& h) {
  PREPARE(s, "INSERT INTO charge_history(charge_id, version, changed_by, at, changes) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, charge_id).Bind(2, h.version).Bind(3, h.changed_by).Bind(4, h.at).Bind(5, h.changes_json).Run();
}

}  // namespace ariadne::sqlite
