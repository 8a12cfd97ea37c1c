// The exhibit register and the custody events of each exhibit.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kExhibitColumns =
    "id, case_id, number, evidence_type, description, seized_at, seized_place, seized_by, authority, "
    "warrant_number, packaging, seal_numbers, created_by, created_at, updated_at, version";

Exhibit ReadExhibit(Stmt& s) {
  Exhibit x;
  x.id = s.Text(0);
  x.case_id = s.Text(1);
  x.number = s.Text(2);
  x.evidence_type = s.Text(3);
  x.description = s.Text(4);
  x.seized_at = s.Int(5);
  x.seized_place = s.Text(6);
  x.seized_by = s.Text(7);
  x.authority = s.Text(8);
  x.warrant_number = s.Text(9);
  x.packaging = s.Text(10);
  x.seal_numbers = StringList(s.Text(11));
  x.created_by = s.Text(12);
  x.created_at = s.Int(13);
  x.updated_at = s.Int(14);
  x.version = s.Int(15);
  return x;
}

}  // namespace

Result<Exhibit> SqliteConnection::GetExhibit(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kExhibitColumns + " FROM exhibits WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("exhibit"));
  return ReadExhibit(*s);
}

Result<std::vector<Exhibit>> SqliteConnection::ListExhibits(const std::string& case_id) {
  PREPARE(s, std::string("SELECT ") + kExhibitColumns + " FROM exhibits WHERE case_id = ? ORDER BY number");
  s->Bind(1, case_id);
  std::vector<Exhibit> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadExhibit(*s));
  }
  return out;
}

Result<std::vector<CustodyEvent>> SqliteConnection::ListCustody(const std::string& exhibit_id) {
  PREPARE(s, "SELECT id, exhibit_id, seq, kind, at, recorded_at, recorded_by, holder, location, seal_numbers, note, "
             "prev_hash, hash FROM custody_events WHERE exhibit_id = ? ORDER BY seq");
  s->Bind(1, exhibit_id);
  std::vector<CustodyEvent> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    CustodyEvent e;
    e.id = s->Text(0);
    e.exhibit_id = s->Text(1);
    e.seq = s->Int(2);
    e.kind = s->Text(3);
    e.at = s->Int(4);
    e.recorded_at = s->Int(5);
    e.recorded_by = s->Text(6);
    e.holder = s->Text(7);
    e.location = s->Text(8);
    e.seal_numbers = StringList(s->Text(9));
    e.note = s->Text(10);
    e.prev_hash = s->Text(11);
    e.hash = s->Text(12);
    out.push_back(std::move(e));
  }
  return out;
}

Status SqliteConnection::InsertExhibit(Exhibit& x) {
  MarkForIndex("exhibit", x.id);
  {
    PREPARE(s, "SELECT count(*) FROM exhibits WHERE case_id = ?");
    s->Bind(1, x.case_id);
    STEP_OR_RETURN(s, row);
    char number[32];
    std::snprintf(number, sizeof number, "EX-%04lld", static_cast<long long>(s->Int(0) + 1));
    x.number = number;
  }
  PREPARE(s, std::string("INSERT INTO exhibits(") + kExhibitColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, x.id)
      .Bind(2, x.case_id)
      .Bind(3, x.number)
      .Bind(4, x.evidence_type)
      .Bind(5, x.description)
      .Bind(6, x.seized_at)
      .Bind(7, x.seized_place)
      .Bind(8, x.seized_by)
      .Bind(9, x.authority)
      .Bind(10, x.warrant_number)
      .Bind(11, x.packaging)
      .Bind(12, json(x.seal_numbers).dump())
      .Bind(13, x.created_by)
      .Bind(14, x.created_at)
      .Bind(15, x.updated_at)
      .Bind(16, x.version)
      .Run();
}

Status SqliteConnection::UpdateExhibit(const Exhibit& x, int64_t expected_version) {
  MarkForIndex("exhibit", x.id);
  PREPARE(s, "UPDATE exhibits SET evidence_type = ?, description = ?, seized_at = ?, seized_place = ?, seized_by = ?, "
             "authority = ?, warrant_number = ?, packaging = ?, seal_numbers = ?, updated_at = ?, version = ? "
             "WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, x.evidence_type)
                              .Bind(2, x.description)
                              .Bind(3, x.seized_at)
                              .Bind(4, x.seized_place)
                              .Bind(5, x.seized_by)
                              .Bind(6, x.authority)
                              .Bind(7, x.warrant_number)
                              .Bind(8, x.packaging)
                              .Bind(9, json(x.seal_numbers).dump())
                              .Bind(10, x.updated_at)
                              .Bind(11, x.version)
                              .Bind(12, x.id)
                              .Bind(13, expected_version)
                              .Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the exhibit was changed by someone else; reload it", "version"));
  return Ok();
}

Status SqliteConnection::InsertExhibitHistory(const std::string& exhibit_id, const EntityHistoryEntry& h) {
  PREPARE(s, "INSERT INTO exhibit_history(exhibit_id, version, changed_by, at, changes) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, exhibit_id).Bind(2, h.version).Bind(3, h.changed_by).Bind(4, h.at).Bind(5, h.changes_json).Run();
}

Status SqliteConnection::AppendCustody(const CustodyEvent& e) {
  PREPARE(s, "INSERT INTO custody_events(id, exhibit_id, seq, kind, at, recorded_at, recorded_by, holder, location, "
             "seal_numbers, note, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, e.id)
      .Bind(2, e.exhibit_id)
      .Bind(3, e.seq)
      .Bind(4, e.kind)
      .Bind(5, e.at)
      .Bind(6, e.recorded_at)
      .Bind(7, e.recorded_by)
      .Bind(8, e.holder)
      .Bind(9, e.location)
      .Bind(10, json(e.seal_numbers).dump())
      .Bind(11, e.note)
      .Bind(12, e.prev_hash)
      .Bind(13, e.hash)
      .Run();
}

}  // namespace ariadne::sqlite
