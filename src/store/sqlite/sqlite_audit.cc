// The audit trail's rows, its record index ("who has seen X") and its checkpoints. The chain
// itself (hashes, MACs, verification) is security/audit_log.cc's business; this only stores.
#include <nlohmann/json.hpp>

#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr const char* kAuditColumns =
    "a.seq, a.at, a.user_id, a.username, a.action, a.outcome, a.method, a.path, a.ip, a.records, a.detail, "
    "a.alert, a.prev_hash, a.hash";

AuditRow ReadRow(Stmt& s) {
  AuditRow r;
  r.seq = s.Int(0);
  r.at = s.Int(1);
  r.user_id = s.Text(2);
  r.username = s.Text(3);
  r.action = s.Text(4);
  r.outcome = s.Text(5);
  r.method = s.Text(6);
  r.path = s.Text(7);
  r.ip = s.Text(8);
  auto records = nlohmann::json::parse(s.Text(9), nullptr, false);
  if (records.is_array())
    for (const auto& v : records)
      if (v.is_string()) r.records.push_back(v.get<std::string>());
  r.detail_json = s.Text(10);
  r.alert = s.Int(11) != 0;
  r.prev_hash = s.Text(12);
  r.hash = s.Text(13);
  return r;
}

}  // namespace

Result<std::vector<AuditRow>> SqliteConnection::ListAudit(const AuditQuery& q) {
  std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit_log a WHERE 1 = 1";
  std::vector<std::string> texts;
  std::vector<int64_t> ints;
  std::vector<std::pair<bool, size_t>> order;  // (is_text, index)
  auto text = [&](const std::string& v) { texts.push_back(v); order.push_back({true, texts.size() - 1}); };
  auto num = [&](int64_t v) { ints.push_back(v); order.push_back({false, ints.size() - 1}); };
  if (!q.record.empty()) {
    sql += " AND a.seq IN (SELECT seq FROM audit_records WHERE record = ?)";
    text(q.record);
  }
  if (!q.user.empty()) {
    sql += " AND (a.user_id = ? OR a.username = ?)";
    text(q.user);
    text(q.user);
  }
  if (!q.action.empty()) {
    if (q.action.back() == '.') {
      sql += " AND substr(a.action, 1, ?) = ?";
      num(static_cast<int64_t>(q.action.size()));
      text(q.action);
    } else {
      sql += " AND a.action = ?";
      text(q.action);
    }
  }
  if (!q.outcome.empty()) {
    sql += " AND a.outcome = ?";
    text(q.outcome);
  }
  if (q.from) {
    sql += " AND a.at >= ?";
    num(*q.from);
  }
  if (q.to) {
    sql += " AND a.at < ?";
    num(*q.to);
  }
  if (q.alerts_only) sql += " AND a.alert = 1";
  if (q.before_seq) {
    sql += " AND a.seq < ?";
    num(*q.before_seq);
  }
  sql += " ORDER BY a.seq DESC LIMIT ?";
  num(q.limit);
  auto s = db_->Prepare(sql);
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  int i = 1;
  for (auto [is_text, idx] : order) {
    if (is_text) g->Bind(i++, texts[idx]);
    else g->Bind(i++, ints[idx]);
  }
  std::vector<AuditRow> out;
  while (true) {
    auto row = g->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    out.push_back(ReadRow(*g));
  }
  return out;
}

Result<std::vector<AuditViewer>> SqliteConnection::AuditViewers(const std::string& record) {
  PREPARE(s,
          "SELECT a.user_id, a.username, COUNT(*), MIN(a.at), MAX(a.at) FROM audit_records r "
          "JOIN audit_log a ON a.seq = r.seq WHERE r.record = ? AND a.outcome = 'ok' "
          "GROUP BY a.user_id, a.username ORDER BY MAX(a.at) DESC");
  s->Bind(1, record);
  std::vector<AuditViewer> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Text(0), s->Text(1), s->Int(2), s->Int(3), s->Int(4)});
  }
  return out;
}

Status SqliteConnection::ScanAudit(int64_t from_seq, const std::function<bool(const AuditRow&)>& visit) {
  PREPARE(s, std::string("SELECT ") + kAuditColumns + " FROM audit_log a WHERE a.seq >= ? ORDER BY a.seq");
  s->Bind(1, from_seq);
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) return Ok();
    if (!visit(ReadRow(*s))) return Ok();
  }
}

Result<std::optional<AuditRow>> SqliteConnection::LastAuditRow() {
  PREPARE(s, std::string("SELECT ") + kAuditColumns + " FROM audit_log a ORDER BY a.seq DESC LIMIT 1");
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<AuditRow>{};
  return std::optional<AuditRow>(ReadRow(*s));
}

Result<std::optional<AuditHead>> SqliteConnection::LastAuditHead() {
  PREPARE(s, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<AuditHead>{};
  return std::optional<AuditHead>(AuditHead{s->Int(0), s->Text(1)});
}

Result<std::vector<AuditCheckpoint>> SqliteConnection::ListCheckpoints() {
  PREPARE(s, "SELECT seq, hash, mac, at FROM audit_checkpoints ORDER BY seq");
  std::vector<AuditCheckpoint> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back({s->Int(0), s->Text(1), s->Text(2), s->Int(3)});
  }
  return out;
}

Result<int64_t> SqliteConnection::CountAudit() {
  PREPARE(s, "SELECT COUNT(*) FROM audit_log");
  STEP_OR_RETURN(s, row);
  return s->Int(0);
}

Status SqliteConnection::AppendAudit(const AuditRow& r) {
  {
    PREPARE(s,
            "INSERT INTO audit_log(seq, at, user_id, username, action, outcome, method, path, ip, records, detail, "
            "alert, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, r.seq).Bind(2, r.at).Bind(3, r.user_id).Bind(4, r.username)
                                .Bind(5, r.action).Bind(6, r.outcome).Bind(7, r.method).Bind(8, r.path)
                                .Bind(9, r.ip).Bind(10, nlohmann::json(r.records).dump()).Bind(11, r.detail_json)
                                .Bind(12, r.alert).Bind(13, r.prev_hash).Bind(14, r.hash).Run());
  }
  PREPARE(x, "INSERT OR IGNORE INTO audit_records(record, seq) VALUES (?, ?)");
  for (const auto& rec : r.records) {
    ARIADNE_RETURN_IF_ERROR(x->Bind(1, rec).Bind(2, r.seq).Run());
    x->Reset();
  }
  return Ok();
}

Status SqliteConnection::InsertCheckpoint(const AuditCheckpoint& cp) {
  PREPARE(s, "INSERT OR REPLACE INTO audit_checkpoints(seq, hash, mac, at) VALUES (?, ?, ?, ?)");
  return s->Bind(1, cp.seq).Bind(2, cp.hash).Bind(3, cp.mac).Bind(4, cp.at).Run();
}

}  // namespace ariadne::sqlite
