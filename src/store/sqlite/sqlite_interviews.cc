// Interview records and the versions of their statements.
#include <nlohmann/json.hpp>

#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kInterviewColumns =
    "id, case_id, kind, subject_entity_id, started_at, ended_at, place, language, peace_stage, consent, consent_note, "
    "present, checklist, recordings, created_by, created_at, updated_at, version";

json PresentJson(const std::vector<InterviewParticipant>& present) {
  json out = json::array();
  for (const auto& p : present) out.push_back({{"role", p.role}, {"name", p.name}, {"entity_id", p.entity_id}});
  return out;
}

Interview ReadInterview(Stmt& s) {
  Interview iv;
  iv.id = s.Text(0);
  iv.case_id = s.Text(1);
  iv.kind = s.Text(2);
  iv.subject_entity_id = s.Text(3);
  iv.started_at = s.Int(4);
  iv.ended_at = s.Int(5);
  iv.place = s.Text(6);
  iv.language = s.Text(7);
  iv.peace_stage = s.Text(8);
  iv.consent = s.Int(9) != 0;
  iv.consent_note = s.Text(10);
  auto present = json::parse(s.Text(11), nullptr, false);
  if (present.is_array())
    for (const auto& p : present)
      if (p.is_object()) iv.present.push_back({p.value("role", ""), p.value("name", ""), p.value("entity_id", "")});
  auto checklist = json::parse(s.Text(12), nullptr, false);
  if (checklist.is_array())
    for (const auto& c : checklist)
      if (c.is_string()) iv.checklist.insert(c.get<std::string>());
  auto recordings = json::parse(s.Text(13), nullptr, false);
  if (recordings.is_array())
    for (const auto& r : recordings)
      if (r.is_string()) iv.recordings.push_back(r.get<std::string>());
  iv.created_by = s.Text(14);
  iv.created_at = s.Int(15);
  iv.updated_at = s.Int(16);
  iv.version = s.Int(17);
  return iv;
}

}  // namespace

Result<Interview> SqliteConnection::GetInterview(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kInterviewColumns + " FROM interviews WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("interview"));
  return ReadInterview(*s);
}

Result<std::vector<Interview>> SqliteConnection::ListInterviews(const std::string& case_id) {
  PREPARE(s, std::string("SELECT ") + kInterviewColumns + " FROM interviews WHERE case_id = ? ORDER BY started_at, id");
  s->Bind(1, case_id);
  std::vector<Interview> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(ReadInterview(*s));
  }
  return out;
}

Result<std::vector<Statement>> SqliteConnection::ListStatements(const std::string& interview_id) {
  PREPARE(s, "SELECT interview_id, version, text, language, note, recorded_by, recorded_at FROM statements "
             "WHERE interview_id = ? ORDER BY version");
  s->Bind(1, interview_id);
  std::vector<Statement> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Text(0), s->Int(1), s->Text(2), s->Text(3), s->Text(4), s->Text(5), s->Int(6)});
  }
  return out;
}

Status SqliteConnection::InsertInterview(const Interview& iv) {
  MarkForIndex("interview", iv.id);
  PREPARE(s, std::string("INSERT INTO interviews(") + kInterviewColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, iv.id)
      .Bind(2, iv.case_id)
      .Bind(3, iv.kind)
      .Bind(4, iv.subject_entity_id)
      .Bind(5, iv.started_at)
      .Bind(6, iv.ended_at)
      .Bind(7, iv.place)
      .Bind(8, iv.language)
      .Bind(9, iv.peace_stage)
      .Bind(10, iv.consent)
      .Bind(11, iv.consent_note)
      .Bind(12, PresentJson(iv.present).dump())
      .Bind(13, json(iv.checklist).dump())
      .Bind(14, json(iv.recordings).dump())
      .Bind(15, iv.created_by)
      .Bind(16, iv.created_at)
      .Bind(17, iv.updated_at)
      .Bind(18, iv.version)
      .Run();
}

Status SqliteConnection::UpdateInterview(const Interview& iv, int64_t expected_version) {
  MarkForIndex("interview", iv.id);
  PREPARE(s, "UPDATE interviews SET kind = ?, subject_entity_id = ?, started_at = ?, ended_at = ?, place = ?, "
             "language = ?, peace_stage = ?, consent = ?, consent_note = ?, present = ?, checklist = ?, "
             "recordings = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, iv.kind)
                              .Bind(2, iv.subject_entity_id)
                              .Bind(3, iv.started_at)
                              .Bind(4, iv.ended_at)
                              .Bind(5, iv.place)
                              .Bind(6, iv.language)
                              .Bind(7, iv.peace_stage)
                              .Bind(8, iv.consent)
                              .Bind(9, iv.consent_note)
                              .Bind(10, PresentJson(iv.present).dump())
                              .Bind(11, json(iv.checklist).dump())
                              .Bind(12, json(iv.recordings).dump())
                              .Bind(13, iv.updated_at)
                              .Bind(14, iv.version)
                              .Bind(15, iv.id)
                              .Bind(16, expected_version)
                              .Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the interview was changed by someone else; reload it", "version"));
  return Ok();
}

Status SqliteConnection::InsertInterviewHistory(const std::string& interview_id, const EntityHistoryEntry& h) {
  PREPARE(s, "INSERT INTO interview_history(interview_id, version, changed_by, at, changes) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, interview_id).Bind(2, h.version).Bind(3, h.changed_by).Bind(4, h.at).Bind(5, h.changes_json).Run();
}

Status SqliteConnection::InsertStatement(const Statement& st) {
  MarkForIndex("interview", st.interview_id);
  PREPARE(s, "INSERT INTO statements(interview_id, version, text, language, note, recorded_by, recorded_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, st.interview_id)
      .Bind(2, st.version)
      .Bind(3, st.text)
      .Bind(4, st.language)
      .Bind(5, st.note)
      .Bind(6, st.recorded_by)
      .Bind(7, st.recorded_at)
      .Run();
}

}  // namespace ariadne::sqlite
