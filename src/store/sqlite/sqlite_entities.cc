// Entities, their values (current and closed), field-level history and case involvements.
#include <nlohmann/json.hpp>

#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

constexpr const char* kEntityColumns =
    "id, case_id, schema, caption, caption_latin, caption_prop, created_by, created_at, updated_at, version, deleted";

Entity ReadEntity(Stmt& s) {
  Entity e;
  e.id = s.Text(0);
  e.case_id = s.Text(1);
  e.schema = s.Text(2);
  e.caption = s.Text(3);
  e.caption_latin = s.Text(4);
  e.caption_prop = s.Text(5);
  e.created_by = s.Text(6);
  e.created_at = s.Int(7);
  e.updated_at = s.Int(8);
  e.version = s.Int(9);
  e.deleted = s.Int(10) != 0;
  return e;
}

}  // namespace

Result<std::vector<EntityValue>> SqliteConnection::LoadValues(const std::string& entity_id, bool current_only) {
  PREPARE(s, current_only
                 ? "SELECT prop, value, normalized, latin, flags, recorded_by, recorded_at, source, grade, since_version, "
                   "until_version FROM entity_values WHERE entity_id = ? AND until_version = 0 ORDER BY rowid"
                 : "SELECT prop, value, normalized, latin, flags, recorded_by, recorded_at, source, grade, since_version, "
                   "until_version FROM entity_values WHERE entity_id = ? ORDER BY since_version, rowid");
  s->Bind(1, entity_id);
  std::vector<EntityValue> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    EntityValue v;
    v.prop = s->Text(0);
    v.value = s->Text(1);
    v.normalized = s->Text(2);
    v.latin = s->Text(3);
    v.flags = StringList(s->Text(4));
    v.recorded_by = s->Text(5);
    v.recorded_at = s->Int(6);
    v.source = s->Text(7);
    v.grade = s->Text(8);
    v.since_version = s->Int(9);
    v.until_version = s->Int(10);
    out.push_back(std::move(v));
  }
  return out;
}

Result<Entity> SqliteConnection::GetEntity(const std::string& id) {
  Entity e;
  {
    PREPARE(s, std::string("SELECT ") + kEntityColumns + " FROM entities WHERE id = ? AND deleted = 0");
    s->Bind(1, id);
    STEP_OR_RETURN(s, row);
    if (!*row) return Fail(Error::NotFound("entity"));
    e = ReadEntity(*s);
  }
  auto values = LoadValues(id, true);
  if (!values) return Fail(values.error());
  e.values = std::move(*values);
  return e;
}

Result<EntityPage> SqliteConnection::ListEntities(const EntityListQuery& q) {
  EntityPage page;
  std::vector<std::string> schemata = q.schemata;
  if (schemata.empty() && !q.schema.empty()) schemata.push_back(q.schema);
  std::string filter;
  if (!schemata.empty()) {
    filter = " AND schema IN (?";
    for (size_t i = 1; i < schemata.size(); ++i) filter += ", ?";
    filter += ")";
  }
  if (!q.references.empty())
    filter += " AND id IN (SELECT entity_id FROM entity_values WHERE normalized = ? AND until_version = 0)";
  auto bind_filter = [&](Stmt& s, int& i) {
    for (const auto& sc : schemata) s.Bind(i++, sc);
    if (!q.references.empty()) s.Bind(i++, q.references);
  };
  {
    PREPARE(s, "SELECT count(*) FROM entities WHERE case_id = ? AND deleted = 0" + filter);
    int i = 1;
    s->Bind(i++, q.case_id);
    bind_filter(*s, i);
    STEP_OR_RETURN(s, row);
    page.total = s->Int(0);
  }
  {
    // The cursor is the last id of the previous page: ids are UUIDv7, so this is creation order.
    PREPARE(s, std::string("SELECT ") + kEntityColumns + " FROM entities WHERE case_id = ? AND deleted = 0" + filter +
                   " AND id > ? ORDER BY id LIMIT ?");
    int i = 1;
    s->Bind(i++, q.case_id);
    bind_filter(*s, i);
    s->Bind(i++, q.cursor);
    s->Bind(i++, static_cast<int64_t>(q.limit + 1));
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      page.items.push_back(ReadEntity(*s));
    }
  }
  if (static_cast<int>(page.items.size()) > q.limit) {
    page.items.pop_back();
    page.next_cursor = page.items.back().id;
  }
  for (auto& e : page.items) {
    auto values = LoadValues(e.id, true);
    if (!values) return Fail(values.error());
    e.values = std::move(*values);
  }
  return page;
}

Result<std::optional<std::string>> SqliteConnection::EntitySchemaOf(const std::string& case_id, const std::string& id) {
  PREPARE(s, "SELECT schema FROM entities WHERE id = ? AND case_id = ? AND deleted = 0");
  s->Bind(1, id).Bind(2, case_id);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(s->Text(0));
}

Result<std::vector<EntityValue>> SqliteConnection::EntityValueHistory(const std::string& entity_id) {
  return LoadValues(entity_id, false);
}

Result<std::vector<EntityHistoryEntry>> SqliteConnection::EntityHistory(const std::string& entity_id) {
  PREPARE(s, "SELECT version, changed_by, at, changes FROM entity_history WHERE entity_id = ? ORDER BY version");
  s->Bind(1, entity_id);
  std::vector<EntityHistoryEntry> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Int(0), s->Text(1), s->Int(2), s->Text(3)});
  }
  return out;
}

Result<std::vector<Involvement>> SqliteConnection::ListInvolvements(const std::string& case_id) {
  PREPARE(s, "SELECT i.case_id, i.entity_id, i.role, i.network_role, i.note, i.added_by, i.added_at "
             "FROM case_involvements i JOIN entities e ON e.id = i.entity_id "
             "WHERE i.case_id = ? AND e.deleted = 0 ORDER BY i.added_at, i.role");
  s->Bind(1, case_id);
  std::vector<Involvement> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Text(0), s->Text(1), s->Text(2), s->Text(3), s->Text(4), s->Text(5), s->Int(6)});
  }
  return out;
}

Status SqliteConnection::InsertValue(const std::string& entity_id, const EntityValue& v) {
  PREPARE(s, "INSERT INTO entity_values(entity_id, prop, value, normalized, latin, flags, recorded_by, recorded_at, "
             "source, grade, since_version, until_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
  return s->Bind(1, entity_id)
      .Bind(2, v.prop)
      .Bind(3, v.value)
      .Bind(4, v.normalized)
      .Bind(5, v.latin)
      .Bind(6, json(v.flags).dump())
      .Bind(7, v.recorded_by)
      .Bind(8, v.recorded_at)
      .Bind(9, v.source)
      .Bind(10, v.grade)
      .Bind(11, v.since_version)
      .Run();
}

Status SqliteConnection::InsertEntity(const Entity& e) {
  MarkForIndex("entity", e.id);
  {
    PREPARE(s, "INSERT INTO entities(id, case_id, schema, caption, caption_latin, caption_prop, created_by, created_at, "
               "updated_at, version, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, e.id)
                                .Bind(2, e.case_id)
                                .Bind(3, e.schema)
                                .Bind(4, e.caption)
                                .Bind(5, e.caption_latin)
                                .Bind(6, e.caption_prop)
                                .Bind(7, e.created_by)
                                .Bind(8, e.created_at)
                                .Bind(9, e.updated_at)
                                .Bind(10, e.version)
                                .Run());
  }
  for (const auto& v : e.values) ARIADNE_RETURN_IF_ERROR(InsertValue(e.id, v));
  return Ok();
}

Status SqliteConnection::UpdateEntity(const Entity& e, int64_t expected_version, const std::vector<EntityValue>& closed) {
  MarkForIndex("entity", e.id);
  {
    PREPARE(s, "UPDATE entities SET caption = ?, caption_latin = ?, caption_prop = ?, updated_at = ?, version = ?, "
               "deleted = ? WHERE id = ? AND version = ? AND deleted = 0");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, e.caption)
                                .Bind(2, e.caption_latin)
                                .Bind(3, e.caption_prop)
                                .Bind(4, e.updated_at)
                                .Bind(5, e.version)
                                .Bind(6, e.deleted)
                                .Bind(7, e.id)
                                .Bind(8, expected_version)
                                .Run());
  }
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the record was changed by someone else; reload it", "version"));
  for (const auto& v : closed) {
    PREPARE(s, "UPDATE entity_values SET until_version = ? WHERE entity_id = ? AND prop = ? AND value = ? "
               "AND until_version = 0");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, v.until_version).Bind(2, e.id).Bind(3, v.prop).Bind(4, v.value).Run());
  }
  for (const auto& v : e.values)
    if (v.since_version == e.version) ARIADNE_RETURN_IF_ERROR(InsertValue(e.id, v));
  return Ok();
}

Status SqliteConnection::InsertEntityHistory(const std::string& entity_id, const EntityHistoryEntry& h) {
  PREPARE(s, "INSERT INTO entity_history(entity_id, version, changed_by, at, changes) VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, entity_id).Bind(2, h.version).Bind(3, h.changed_by).Bind(4, h.at).Bind(5, h.changes_json).Run();
}

Status SqliteConnection::PutInvolvement(const Involvement& i) {
  PREPARE(s, "INSERT INTO case_involvements(case_id, entity_id, role, network_role, note, added_by, added_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(case_id, entity_id, role) DO UPDATE SET "
             "network_role = excluded.network_role, note = excluded.note");
  return s->Bind(1, i.case_id)
      .Bind(2, i.entity_id)
      .Bind(3, i.role)
      .Bind(4, i.network_role)
      .Bind(5, i.note)
      .Bind(6, i.added_by)
      .Bind(7, i.added_at)
      .Run();
}

Status SqliteConnection::RemoveInvolvement(const std::string& case_id, const std::string& entity_id,
                                           const std::string& role) {
  PREPARE(s, "DELETE FROM case_involvements WHERE case_id = ? AND entity_id = ? AND role = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, case_id).Bind(2, entity_id).Bind(3, role).Run());
  if (db_->Changes() == 0) return Fail(Error::NotFound("involvement"));
  return Ok();
}

}  // namespace ariadne::sqlite
