// Entity resolution: proposed pairs and their decisions, deconfliction notices, and the scan of
// matchable records the server's index is built from at start.
#include "store/sqlite/row_collect.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

#define PAIR_COLUMNS                                                                                         \
  "id, a_entity, b_entity, a_case, b_case, schema, score, reasons, status, created_at, updated_at, decided_by, " \
  "decided_at, reason, version"

MatchPair ReadPair(Stmt& s) {
  MatchPair p;
  p.id = s.Text(0);
  p.a_entity = s.Text(1);
  p.b_entity = s.Text(2);
  p.a_case = s.Text(3);
  p.b_case = s.Text(4);
  p.schema = s.Text(5);
  p.score = s.Real(6);
  p.reasons_json = s.Text(7);
  p.status = s.Text(8);
  p.created_at = s.Int(9);
  p.updated_at = s.Int(10);
  p.decided_by = s.Text(11);
  p.decided_at = s.Int(12);
  p.reason = s.Text(13);
  p.version = s.Int(14);
  return p;
}

DeconflictionNotice ReadNotice(Stmt& s) {
  DeconflictionNotice n;
  n.id = s.Text(0);
  n.pair_id = s.Text(1);
  n.unit_id = s.Text(2);
  n.case_id = s.Text(3);
  n.entity_id = s.Text(4);
  n.other_unit_id = s.Text(5);
  n.triggered_by = s.Text(6);
  n.created_at = s.Int(7);
  n.withheld = s.Int(8) != 0;
  return n;
}

}  // namespace

Result<MatchPair> SqliteConnection::GetMatchPair(const std::string& id) {
  PREPARE(s, "SELECT " PAIR_COLUMNS " FROM match_pairs WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("match"));
  return ReadPair(*s);
}

Result<std::optional<MatchPair>> SqliteConnection::FindMatchPair(const std::string& a, const std::string& b) {
  PREPARE(s, "SELECT " PAIR_COLUMNS " FROM match_pairs WHERE a_entity = ? AND b_entity = ?");
  s->Bind(1, a < b ? a : b).Bind(2, a < b ? b : a);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<MatchPair>();
  return std::optional<MatchPair>(ReadPair(*s));
}

Result<std::vector<MatchPair>> SqliteConnection::ListMatchPairs(const MatchPairQuery& q) {
  std::string sql;
  sql.reserve(1024);
  sql += "SELECT " PAIR_COLUMNS " FROM match_pairs WHERE 1";
  if (!q.status.empty()) sql += " AND status = ?1";
  if (!q.entity_id.empty()) sql += " AND (a_entity = ?2 OR b_entity = ?2)";
  if (!q.case_id.empty()) sql += " AND (a_case = ?5 OR b_case = ?5)";
  if (q.both_in) sql += " AND " + InScope("a_case", *q.both_in) + " AND " + InScope("b_case", *q.both_in);
  if (q.before_updated_at > 0) sql += " AND (updated_at < ?6 OR (updated_at = ?6 AND id < ?7))";
  sql += " ORDER BY updated_at DESC, id DESC LIMIT ?8";
  PREPARE(s, sql);
  if (!q.status.empty()) s->Bind(1, q.status);
  if (!q.entity_id.empty()) s->Bind(2, q.entity_id);
  if (!q.case_id.empty()) s->Bind(5, q.case_id);
  if (q.both_in) {
    s->Bind(3, q.both_in->user_id);
    if (q.both_in->supervised_unit) s->Bind(4, *q.both_in->supervised_unit);
  }
  if (q.before_updated_at > 0) s->Bind(6, q.before_updated_at).Bind(7, q.before_id);
  s->Bind(8, static_cast<int64_t>(q.limit));
  return Collect<MatchPair>(s, ReadPair);
}

Result<std::vector<MatchEvent>> SqliteConnection::ListMatchEvents(const std::string& pair_id) {
  PREPARE(s, "SELECT pair_id, action, by_user, at, reason FROM match_events WHERE pair_id = ? ORDER BY seq");
  s->Bind(1, pair_id);
  return Collect<MatchEvent>(s, [](Stmt& r) {
    return MatchEvent{r.Text(0), r.Text(1), r.Text(2), r.Int(3), r.Text(4)};
  });
}

Result<std::vector<DeconflictionNotice>> SqliteConnection::ListDeconflictionNotices(const std::string& unit_id,
                                                                                   int limit) {
  PREPARE(s, "SELECT id, pair_id, unit_id, case_id, entity_id, other_unit_id, triggered_by, created_at, withheld "
             "FROM deconfliction_notices WHERE unit_id = ? AND withheld = 0 ORDER BY created_at DESC, id DESC LIMIT ?");
  s->Bind(1, unit_id).Bind(2, static_cast<int64_t>(limit));
  return Collect<DeconflictionNotice>(s, ReadNotice);
}

Result<int64_t> SqliteConnection::CountNoticesTriggeredBy(const std::string& user_id, int64_t since) {
  PREPARE(s, "SELECT COUNT(DISTINCT pair_id) FROM deconfliction_notices WHERE triggered_by = ? AND created_at >= ?");
  s->Bind(1, user_id).Bind(2, since);
  STEP_OR_RETURN(s, row);
  return s->Int(0);
}

Status SqliteConnection::ScanMatchableEntities(
    const std::function<void(const Entity&, const std::string& country)>& visit) {
  std::vector<std::pair<std::string, std::string>> ids;
  {
    PREPARE(s, "SELECT e.id, c.jurisdiction_country FROM entities e JOIN cases c ON c.id = e.case_id WHERE e.deleted = 0 "
               "AND e.schema IN ('Person', 'Organization', 'BankAccount', 'Passport', 'Identification', 'Vehicle') "
               "ORDER BY e.id");
    auto rows = Collect<std::pair<std::string, std::string>>(s, [](Stmt& r) { return std::pair(r.Text(0), r.Text(1)); });
    if (!rows) return Fail(rows.error());
    ids = std::move(*rows);
  }
  for (const auto& [id, country] : ids) {
    auto e = GetEntity(id);
    if (!e) return Fail(e.error());
    visit(*e, country);
  }
  return Ok();
}

Status SqliteConnection::InsertMatchPair(const MatchPair& p) {
  PREPARE(s, "INSERT INTO match_pairs(" PAIR_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s->Bind(1, p.id).Bind(2, p.a_entity).Bind(3, p.b_entity).Bind(4, p.a_case).Bind(5, p.b_case).Bind(6, p.schema);
  s->Bind(7, p.score).Bind(8, p.reasons_json).Bind(9, p.status).Bind(10, p.created_at).Bind(11, p.updated_at);
  s->Bind(12, p.decided_by).Bind(13, p.decided_at).Bind(14, p.reason).Bind(15, p.version);
  return s->Run();
}

Status SqliteConnection::UpdateMatchPair(const MatchPair& p, int64_t expected) {
  PREPARE(s, "UPDATE match_pairs SET score = ?, reasons = ?, status = ?, updated_at = ?, decided_by = ?, "
             "decided_at = ?, reason = ?, version = ? WHERE id = ? AND version = ?");
  s->Bind(1, p.score).Bind(2, p.reasons_json).Bind(3, p.status).Bind(4, p.updated_at).Bind(5, p.decided_by);
  s->Bind(6, p.decided_at).Bind(7, p.reason).Bind(8, p.version).Bind(9, p.id).Bind(10, expected);
  ARIADNE_RETURN_IF_ERROR(s->Run());
  if (db_->Changes() == 0) return Fail(Error::Conflict("version_conflict", "the match was decided by someone else; reload it"));
  return Ok();
}

Status SqliteConnection::InsertMatchEvent(const MatchEvent& e) {
  PREPARE(s, "INSERT INTO match_events(pair_id, action, by_user, at, reason) VALUES (?, ?, ?, ?, ?)");
  s->Bind(1, e.pair_id).Bind(2, e.action).Bind(3, e.by).Bind(4, e.at).Bind(5, e.reason);
  return s->Run();
}

Status SqliteConnection::InsertDeconflictionNotice(const DeconflictionNotice& n) {
  PREPARE(s, "INSERT INTO deconfliction_notices(id, pair_id, unit_id, case_id, entity_id, other_unit_id, triggered_by, "
             "created_at, withheld) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s->Bind(1, n.id).Bind(2, n.pair_id).Bind(3, n.unit_id).Bind(4, n.case_id).Bind(5, n.entity_id);
  s->Bind(6, n.other_unit_id).Bind(7, n.triggered_by).Bind(8, n.created_at).Bind(9, static_cast<int64_t>(n.withheld));
  return s->Run();
}

}  // namespace ariadne::sqlite
