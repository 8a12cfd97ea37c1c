// Link analysis: the scans the in-memory graph and ledger are built from, the change feed they
// follow, imported calls and transactions with their jobs, column mappings and saved charts.
// Rows of an import are staged in chunks under a job and moved into the published tables in one
// transaction when the job is published, so no reader ever sees part of a file. A row names its
// job by the job's number (import_jobs.num); its case is the job's.
#include "store/sqlite/row_collect.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

#define JOB_COLUMNS                                                                                              \
  "id, case_id, kind, file_name, sha256, size, mapping, on_error, status, rows_ok, rows_bad, resume_offset, "     \
  "resume_line, errors, created_by, created_at, updated_at, published_at, document_id"

ImportJob ReadJob(Stmt& s) {
  ImportJob j;
  j.id = s.Text(0);
  j.case_id = s.Text(1);
  j.kind = s.Text(2);
  j.file_name = s.Text(3);
  j.sha256 = s.Text(4);
  j.size = s.Int(5);
  j.mapping_json = s.Text(6);
  j.on_error = s.Text(7);
  j.status = s.Text(8);
  j.rows_ok = s.Int(9);
  j.rows_bad = s.Int(10);
  j.resume_offset = s.Int(11);
  j.resume_line = s.Int(12);
  j.errors_json = s.Text(13);
  j.created_by = s.Text(14);
  j.created_at = s.Int(15);
  j.updated_at = s.Int(16);
  j.published_at = s.Int(17);
  j.document_id = s.Text(18);
  return j;
}

LinkChart ReadChart(Stmt& s) {
  LinkChart c;
  c.id = s.Text(0);
  c.case_id = s.Text(1);
  c.name = s.Text(2);
  c.doc = s.Text(3);
  c.created_by = s.Text(4);
  c.created_at = s.Int(5);
  c.updated_at = s.Int(6);
  c.version = s.Int(7);
  return c;
}

std::string Placeholders(size_t n, int first) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
  return out;
}

// The rows of published jobs only (and of one job when job_id is set, published or not: the
// graph reads a job's rows in the moment it learns the job was published). Either way j is the
// row's job, which gives its case.
constexpr const char* kPublished = " JOIN import_jobs j ON j.num = r.job AND j.status = 'published' ";
// A job's rows are found by their id range (migration 18), then told apart by their job.
constexpr const char* kOfJob =
    " JOIN import_jobs j ON j.num = r.job WHERE j.id = ?1 AND r.id BETWEEN j.row_lo AND j.row_hi ";

}  // namespace

Status SqliteConnection::ScanGraphRecords(const std::vector<std::string>& props,
                                          const std::function<void(const GraphRecord&)>& visit) {
  std::string sql =
      "SELECT e.id, e.case_id, e.schema, e.deleted, v.prop, CASE WHEN v.normalized <> '' THEN v.normalized "
      "ELSE v.value END FROM entities e LEFT JOIN entity_values v ON v.entity_id = e.id AND v.until_version = 0 "
      "AND v.prop IN (" +
      Placeholders(props.size(), 1) + ") ORDER BY e.id";
  if (props.empty()) sql = "SELECT id, case_id, schema, deleted, NULL, NULL FROM entities ORDER BY id";
  PREPARE(s, sql);
  for (size_t i = 0; i < props.size(); ++i) s->Bind(static_cast<int>(i + 1), props[i]);
  GraphRecord cur;
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    std::string id = s->Text(0);
    if (id != cur.id) {
      if (!cur.id.empty()) visit(cur);
      cur = GraphRecord{id, s->Text(1), s->Text(2), s->Int(3) != 0, {}};
    }
    if (!s->IsNull(4)) cur.values.emplace_back(s->Text(4), s->Text(5));
  }
  if (!cur.id.empty()) visit(cur);
  return Ok();
}

Result<std::optional<GraphRecord>> SqliteConnection::GetGraphRecord(const std::string& id,
                                                                   const std::vector<std::string>& props) {
  std::optional<GraphRecord> out;
  {
    PREPARE(s, "SELECT id, case_id, schema, deleted FROM entities WHERE id = ?");
    s->Bind(1, id);
    STEP_OR_RETURN(s, row);
    if (!*row) return out;
    out = GraphRecord{s->Text(0), s->Text(1), s->Text(2), s->Int(3) != 0, {}};
  }
  if (props.empty()) return out;
  PREPARE(v, "SELECT prop, CASE WHEN normalized <> '' THEN normalized ELSE value END FROM entity_values "
             "WHERE entity_id = ?1 AND until_version = 0 AND prop IN (" + Placeholders(props.size(), 2) + ")");
  v->Bind(1, id);
  for (size_t i = 0; i < props.size(); ++i) v->Bind(static_cast<int>(i + 2), props[i]);
  auto rows = Collect<std::pair<std::string, std::string>>(v, [](Stmt& r) { return std::pair(r.Text(0), r.Text(1)); });
  if (!rows) return Fail(rows.error());
  out->values = std::move(*rows);
  return out;
}

Status SqliteConnection::ScanInvolvements(const std::function<void(const Involvement&)>& visit) {
  PREPARE(s, "SELECT case_id, entity_id, role, network_role FROM case_involvements");
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return Ok();
    Involvement i;
    i.case_id = s->Text(0);
    i.entity_id = s->Text(1);
    i.role = s->Text(2);
    i.network_role = s->Text(3);
    visit(i);
  }
}

Result<std::vector<Involvement>> SqliteConnection::InvolvementsOfEntity(const std::string& entity_id) {
  PREPARE(s, "SELECT case_id, entity_id, role, network_role FROM case_involvements WHERE entity_id = ?");
  s->Bind(1, entity_id);
  return Collect<Involvement>(s, [](Stmt& r) {
    Involvement i;
    i.case_id = r.Text(0);
    i.entity_id = r.Text(1);
    i.role = r.Text(2);
    i.network_role = r.Text(3);
    return i;
  });
}

Status SqliteConnection::ScanConfirmedMatches(const std::function<void(const MatchPair&)>& visit) {
  PREPARE(s, "SELECT id, a_entity, b_entity, a_case, b_case, schema FROM match_pairs WHERE status = 'confirmed'");
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return Ok();
    MatchPair p;
    p.id = s->Text(0);
    p.a_entity = s->Text(1);
    p.b_entity = s->Text(2);
    p.a_case = s->Text(3);
    p.b_case = s->Text(4);
    p.schema = s->Text(5);
    p.status = "confirmed";
    visit(p);
  }
}

Status SqliteConnection::ScanCallAggregates(const std::string& job_id,
                                            const std::function<void(const CallAggregate&)>& visit) {
  const std::string sql =
      "SELECT j.case_id, r.caller, r.callee, count(*), min(r.start), max(r.start), sum(r.duration) FROM call_records r" +
      std::string(job_id.empty() ? kPublished : kOfJob) + "GROUP BY j.case_id, r.caller, r.callee";
  PREPARE(s, sql);
  if (!job_id.empty()) s->Bind(1, job_id);
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return Ok();
    visit(CallAggregate{s->Text(0), s->Text(1), s->Text(2), s->Int(3), s->Int(4), s->Int(5), s->Int(6)});
  }
}

Status SqliteConnection::ScanTxnAggregates(const std::string& job_id,
                                           const std::function<void(const TxnAggregate&)>& visit) {
  const std::string sql =
      "SELECT j.case_id, r.from_account, r.to_account, r.currency, count(*), min(r.at), max(r.at), "
      "sum(r.amount_minor) FROM bank_transactions r" +
      std::string(job_id.empty() ? kPublished : kOfJob) + "GROUP BY j.case_id, r.from_account, r.to_account, r.currency";
  PREPARE(s, sql);
  if (!job_id.empty()) s->Bind(1, job_id);
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return Ok();
    visit(TxnAggregate{s->Text(0), s->Text(1), s->Text(2), s->Text(3), s->Int(4), s->Int(5), s->Int(6), s->Int(7)});
  }
}

Status SqliteConnection::ScanTransactions(const std::string& job_id,
                                          const std::function<void(const StoredTxn&)>& visit) {
  const std::string sql =
      "SELECT r.id, j.case_id, r.from_account, r.to_account, r.from_name, r.to_name, r.amount_minor, r.currency, "
      "r.at, r.reference, r.line FROM bank_transactions r" +
      std::string(job_id.empty() ? kPublished : kOfJob);
  PREPARE(s, sql);
  if (!job_id.empty()) s->Bind(1, job_id);
  StoredTxn t;
  while (true) {
    auto row = s->Step();
    if (!row) return Fail(row.error());
    if (!*row) return Ok();
    t.id = s->Int(0);
    t.case_id = s->Text(1);
    t.row.from_account = s->Text(2);
    t.row.to_account = s->Text(3);
    t.row.from_name = s->Text(4);
    t.row.to_name = s->Text(5);
    t.row.amount_minor = s->Int(6);
    t.row.currency = s->Text(7);
    t.row.at = s->Int(8);
    t.row.reference = s->Text(9);
    t.row.line = s->Int(10);
    visit(t);
  }
}

Result<std::vector<StoredCall>> SqliteConnection::ListCalls(const CallQuery& q) {
  if (q.case_ids.empty() || q.numbers.empty()) return std::vector<StoredCall>{};
  // One indexed range per number and side, then the cases filter.
  const std::string cases = Placeholders(q.case_ids.size(), 5);
  const std::string cols =
      "SELECT r.id, j.case_id, r.caller, r.callee, r.start, r.duration, r.cell, r.location, r.latitude, r.longitude, "
      "r.line FROM call_records r" + std::string(kPublished);
  const std::string where = " AND r.start >= ?2 AND r.start < ?3 AND j.case_id IN (" + cases + ")";
  const std::string sql = cols + "WHERE r.caller = ?1" + where + " UNION ALL " + cols + "WHERE r.callee = ?1 AND r.caller <> ?1" +
                          where + " ORDER BY 5 LIMIT ?4";
  std::vector<StoredCall> out;
  for (const auto& number : q.numbers) {
    PREPARE(s, sql);
    s->Bind(1, number).Bind(2, q.from).Bind(3, q.to > 0 ? q.to : INT64_MAX).Bind(4, q.limit);
    for (size_t i = 0; i < q.case_ids.size(); ++i) s->Bind(static_cast<int>(i + 5), q.case_ids[i]);
    while (true) {
      auto row = s->Step();
      if (!row) return Fail(row.error());
      if (!*row) break;
      StoredCall c;
      c.id = s->Int(0);
      c.case_id = s->Text(1);
      c.row.caller = s->Text(2);
      c.row.callee = s->Text(3);
      c.row.start = s->Int(4);
      c.row.duration = static_cast<int32_t>(s->Int(5));
      c.row.cell = s->Text(6);
      c.row.location = s->Text(7);
      c.row.has_position = !s->IsNull(8);
      if (c.row.has_position) c.row.latitude = s->Real(8), c.row.longitude = s->Real(9);
      c.row.line = s->Int(10);
      out.push_back(std::move(c));
    }
  }
  return out;
}

Result<std::vector<std::string>> SqliteConnection::CaseIdsInScope(const CaseScope& scope) {
  PREPARE(s, "SELECT c.id FROM cases c WHERE ?1 = ?1 AND ?2 = ?2 AND " + InScope("c.id", scope));
  s->Bind(1, 0).Bind(2, 0).Bind(3, scope.user_id);
  if (scope.supervised_unit) s->Bind(4, *scope.supervised_unit);
  return Collect<std::string>(s, [](Stmt& r) { return r.Text(0); });
}

Result<int64_t> SqliteConnection::GraphFeedHead() {
  PREPARE(s, "SELECT COALESCE(max(seq), 0) FROM graph_feed");
  STEP_OR_RETURN(s, row);
  return s->Int(0);
}

Result<std::vector<GraphFeedEntry>> SqliteConnection::GraphFeedSince(int64_t seq, int limit) {
  PREPARE(s, "SELECT seq, kind, id FROM graph_feed WHERE seq > ? ORDER BY seq LIMIT ?");
  s->Bind(1, seq).Bind(2, limit);
  return Collect<GraphFeedEntry>(s, [](Stmt& r) { return GraphFeedEntry{r.Int(0), r.Text(1), r.Text(2)}; });
}

Result<ImportJob> SqliteConnection::GetImportJob(const std::string& id) {
  PREPARE(s, "SELECT " JOB_COLUMNS " FROM import_jobs WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("import"));
  return ReadJob(*s);
}

Result<std::optional<ImportJob>> SqliteConnection::FindImportJob(const std::string& case_id, const std::string& kind,
                                                                const std::string& sha256) {
  PREPARE(s, "SELECT " JOB_COLUMNS " FROM import_jobs WHERE case_id = ? AND kind = ? AND sha256 = ? AND status IN "
             "('staging', 'published')");
  s->Bind(1, case_id).Bind(2, kind).Bind(3, sha256);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<ImportJob>{};
  return std::optional<ImportJob>(ReadJob(*s));
}

Result<std::vector<ImportJob>> SqliteConnection::ListImportJobs(const std::string& case_id) {
  PREPARE(s, "SELECT " JOB_COLUMNS " FROM import_jobs WHERE case_id = ? ORDER BY created_at DESC, id");
  s->Bind(1, case_id);
  return Collect<ImportJob>(s, ReadJob);
}

Result<std::vector<ImportMapping>> SqliteConnection::ListImportMappings(const std::string& kind) {
  PREPARE(s, "SELECT id, kind, name, doc, created_by, created_at, updated_at FROM import_mappings WHERE ?1 = '' OR "
             "kind = ?1 ORDER BY kind, name");
  s->Bind(1, kind);
  return Collect<ImportMapping>(s, [](Stmt& r) {
    return ImportMapping{r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Int(5), r.Int(6)};
  });
}

Result<std::optional<ImportMapping>> SqliteConnection::FindImportMapping(const std::string& kind,
                                                                        const std::string& name) {
  PREPARE(s, "SELECT id, kind, name, doc, created_by, created_at, updated_at FROM import_mappings WHERE kind = ? AND "
             "name = ?");
  s->Bind(1, kind).Bind(2, name);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<ImportMapping>{};
  return std::optional<ImportMapping>(
      ImportMapping{s->Text(0), s->Text(1), s->Text(2), s->Text(3), s->Text(4), s->Int(5), s->Int(6)});
}

Result<LinkChart> SqliteConnection::GetLinkChart(const std::string& id) {
  PREPARE(s, "SELECT id, case_id, name, doc, created_by, created_at, updated_at, version FROM link_charts WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("chart"));
  return ReadChart(*s);
}

Result<std::vector<LinkChart>> SqliteConnection::ListLinkCharts(const std::string& case_id) {
  PREPARE(s, "SELECT id, case_id, name, doc, created_by, created_at, updated_at, version FROM link_charts "
             "WHERE case_id = ? ORDER BY updated_at DESC, id");
  s->Bind(1, case_id);
  return Collect<LinkChart>(s, ReadChart);
}

Status SqliteConnection::InsertImportJob(const ImportJob& j) {
  // Numbers are never reused: jobs are never deleted, only marked.
  PREPARE(s, "INSERT INTO import_jobs(" JOB_COLUMNS ", num) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "(SELECT COALESCE(MAX(num), 0) + 1 FROM import_jobs))");
  s->Bind(1, j.id).Bind(2, j.case_id).Bind(3, j.kind).Bind(4, j.file_name).Bind(5, j.sha256).Bind(6, j.size);
  s->Bind(7, j.mapping_json).Bind(8, j.on_error).Bind(9, j.status).Bind(10, j.rows_ok).Bind(11, j.rows_bad);
  s->Bind(12, j.resume_offset).Bind(13, j.resume_line).Bind(14, j.errors_json).Bind(15, j.created_by);
  s->Bind(16, j.created_at).Bind(17, j.updated_at).Bind(18, j.published_at).Bind(19, j.document_id);
  auto r = s->Run();
  if (!r && r.error().code == ErrorCode::kConflict)
    return Fail(Error::Conflict("import_exists", "this file is already imported into this case"));
  return r;
}

Status SqliteConnection::UpdateImportJob(const ImportJob& j) {
  PREPARE(s, "UPDATE import_jobs SET status = ?, rows_ok = ?, rows_bad = ?, resume_offset = ?, resume_line = ?, "
             "errors = ?, updated_at = ?, published_at = ? WHERE id = ? AND status = 'staging'");
  s->Bind(1, j.status).Bind(2, j.rows_ok).Bind(3, j.rows_bad).Bind(4, j.resume_offset).Bind(5, j.resume_line);
  s->Bind(6, j.errors_json).Bind(7, j.updated_at).Bind(8, j.published_at).Bind(9, j.id);
  ARIADNE_RETURN_IF_ERROR(s->Run());
  if (db_->Changes() == 0) return NotStaging(j.id);
  return Ok();
}

Status SqliteConnection::DiscardImportJob(const std::string& job_id, int64_t at) {
  PREPARE(s, "UPDATE import_jobs SET status = 'discarded', updated_at = ? WHERE id = ? AND status = 'staging'");
  s->Bind(1, at).Bind(2, job_id);
  ARIADNE_RETURN_IF_ERROR(s->Run());
  if (db_->Changes() == 0) return NotStaging(job_id);
  return DeleteImportRows(job_id);
}

// Why a job could not be changed: it does not exist, or it is no longer staging.
Status SqliteConnection::NotStaging(const std::string& job_id) {
  auto j = GetImportJob(job_id);
  if (!j) return Fail(j.error());
  return Fail(Error::Conflict("import_not_staging", "this import is " + j->status + ", no longer staging"));
}

namespace {

// The number a job's rows are stored under, its kind and the ids its rows lie between.
struct JobRows {
  int64_t num = 0;
  std::string kind;
  int64_t lo = 0, hi = -1;  // hi < lo: no rows yet
};

Result<JobRows> JobRowsOf(Db& db, const std::string& job_id) {
  auto s = db.Prepare("SELECT num, kind, row_lo, row_hi FROM import_jobs WHERE id = ?1");
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  g->Bind(1, job_id);
  auto row = g->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(Error::NotFound("import"));
  return JobRows{g->Int(0), g->Text(1), g->Int(2), g->Int(3)};
}

// Runs `sql` with the job's number as ?1 and its id range as ?2, ?3.
Status RunForJob(Db& db, const std::string& sql, const JobRows& job) {
  auto s = db.Prepare(sql);
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  return g->Bind(1, job.num).Bind(2, job.lo).Bind(3, job.hi).Run();
}

Result<int64_t> QueryInt(Db& db, const std::string& sql) {
  auto s = db.Prepare(sql);
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  auto row = g->Step();
  if (!row) return Fail(row.error());
  return *row ? g->Int(0) : 0;
}

// Staged rows take ids above every id of the table and of its staging twin, so that an id stays
// the row's when it is published and a job's rows lie in one range. Writers are serialised: no
// other chunk can take the same ids.
Result<int64_t> FirstFreeId(Db& db, const char* table, const char* staging) {
  auto max = QueryInt(db, std::string("SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM ") + table +
                              "), (SELECT COALESCE(MAX(id), 0) FROM " + staging + "))");
  if (!max) return Fail(max.error());
  return *max + 1;
}

// The chunk's first row is given its id; the others take the next ones as SQLite appends them,
// which costs no look-up of an explicit id (a third of the staging time on 10 M rows).
void BindStagedId(Stmt& s, int64_t first, int64_t id) {
  if (id == first) s.Bind(1, id);
  else s.BindNull(1);
}

Status WidenJobRange(Db& db, int64_t num, int64_t lo, int64_t hi) {
  auto s = db.Prepare(
      "UPDATE import_jobs SET row_lo = CASE WHEN row_hi < row_lo THEN ?2 ELSE MIN(row_lo, ?2) END, "
      "row_hi = CASE WHEN row_hi < row_lo THEN ?3 ELSE MAX(row_hi, ?3) END WHERE num = ?1");
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  return g->Bind(1, num).Bind(2, lo).Bind(3, hi).Run();
}

}  // namespace

// The case is the job's: it is not stored again with every row.
Status SqliteConnection::InsertCallRows(const std::string& job_id, const std::vector<CallRow>& rows) {
  if (rows.empty()) return Ok();
  auto job = JobRowsOf(*db_, job_id);
  if (!job) return Fail(job.error());
  auto first = FirstFreeId(*db_, "call_records", "call_records_staging");
  if (!first) return Fail(first.error());
  PREPARE(s, "INSERT INTO call_records_staging(id, job, caller, callee, start, duration, cell, location, latitude, "
             "longitude, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int64_t id = *first;
  for (const auto& r : rows) {
    BindStagedId(*s, *first, id++);
    s->Bind(2, job->num).Bind(3, r.caller).Bind(4, r.callee).Bind(5, r.start);
    s->Bind(6, static_cast<int64_t>(r.duration)).Bind(7, r.cell).Bind(8, r.location);
    if (r.has_position) s->Bind(9, r.latitude).Bind(10, r.longitude);
    else s->BindNull(9).BindNull(10);
    s->Bind(11, r.line);
    ARIADNE_RETURN_IF_ERROR(s->Run());
    s->Reset();
  }
  if (db_->LastInsertRowid() != id - 1) return Fail(Error::Internal("staged ids are not consecutive"));
  return WidenJobRange(*db_, job->num, *first, id - 1);
}

Status SqliteConnection::InsertTxnRows(const std::string& job_id, const std::vector<TxnRow>& rows) {
  if (rows.empty()) return Ok();
  auto job = JobRowsOf(*db_, job_id);
  if (!job) return Fail(job.error());
  auto first = FirstFreeId(*db_, "bank_transactions", "bank_transactions_staging");
  if (!first) return Fail(first.error());
  PREPARE(s, "INSERT INTO bank_transactions_staging(id, job, from_account, to_account, from_name, to_name, "
             "amount_minor, currency, at, reference, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int64_t id = *first;
  for (const auto& r : rows) {
    BindStagedId(*s, *first, id++);
    s->Bind(2, job->num).Bind(3, r.from_account).Bind(4, r.to_account).Bind(5, r.from_name);
    s->Bind(6, r.to_name).Bind(7, r.amount_minor).Bind(8, r.currency).Bind(9, r.at).Bind(10, r.reference);
    s->Bind(11, r.line);
    ARIADNE_RETURN_IF_ERROR(s->Run());
    s->Reset();
  }
  if (db_->LastInsertRowid() != id - 1) return Fail(Error::Internal("staged ids are not consecutive"));
  return WidenJobRange(*db_, job->num, *first, id - 1);
}

Status SqliteConnection::DeleteImportRows(const std::string& job_id) {
  auto job = JobRowsOf(*db_, job_id);
  if (!job) return job.error().code == ErrorCode::kNotFound ? Ok() : Fail(job.error());
  if (job->hi < job->lo) return Ok();
  for (const char* table : {"call_records", "call_records_staging", "bank_transactions", "bank_transactions_staging"})
    ARIADNE_RETURN_IF_ERROR(
        RunForJob(*db_, std::string("DELETE FROM ") + table + " WHERE id BETWEEN ?2 AND ?3 AND job = ?1", *job));
  return Ok();
}

namespace {

// A published table, its staging twin (of the same shape: migration 18) and its columns. Its
// indexes are whatever the migrations made: a rebuild reads their definitions back from
// sqlite_master.
struct ImportTable {
  const char* kind;  // import_jobs.kind of the jobs whose rows these are
  const char* table;
  const char* staging;
  const char* columns;
  const char* order;  // the first index's key: rows go in in this order when indexes stay
};

const ImportTable kImportTables[] = {
    {"calls", "call_records", "call_records_staging",
     "id, job, caller, callee, start, duration, cell, location, latitude, longitude, line", "caller, start"},
    {"transactions", "bank_transactions", "bank_transactions_staging",
     "id, job, from_account, to_account, from_name, to_name, amount_minor, currency, at, reference, line",
     "from_account, at"},
};

// The CREATE statements of a table's own indexes (not those SQLite makes for constraints), or of
// the table itself.
Result<std::vector<std::pair<std::string, std::string>>> SchemaOf(Db& db, const char* type, const char* table) {
  auto s = db.Prepare("SELECT name, sql FROM sqlite_master WHERE type = ?1 AND tbl_name = ?2 AND sql IS NOT NULL "
                      "ORDER BY name");
  if (!s) return Fail(s.error());
  StmtGuard g(**s);
  g->Bind(1, std::string(type)).Bind(2, std::string(table));
  std::vector<std::pair<std::string, std::string>> out;
  while (true) {
    auto row = g->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.emplace_back(g->Text(0), g->Text(1));
  }
}

// CREATE INDEX sorts its keys in runs as large as the page cache (256 MB on the writer) and
// merges them. A run that size is a linked list spread over memory, and sorting it is a cache miss
// per comparison: with 8 MB runs the two (number, start) indexes of 10 M calls were built in 5 s
// each instead of 12.5 (sqlite3 shell, docs/performance.md). The sorter reads the cache size when
// each statement starts, so the writer's cache is set back as soon as the indexes are built.
Status BuildIndexes(Db& db, const std::vector<std::pair<std::string, std::string>>& indexes) {
  auto cache = QueryInt(db, "PRAGMA cache_size");
  if (!cache) return Fail(cache.error());
  ARIADNE_RETURN_IF_ERROR(db.Exec("PRAGMA threads=2"));  // the sorter's helper threads
  ARIADNE_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size=-8192"));
  Status built = Ok();
  for (const auto& [name, sql] : indexes)
    if (built = db.Exec(sql); !built) break;
  ARIADNE_RETURN_IF_ERROR(db.Exec("PRAGMA cache_size=" + std::to_string(*cache)));
  return built;
}

// Below this many rows an import goes into the indexes as they are.
constexpr int64_t kRebuildIndexesFrom = 100000;

}  // namespace

Status SqliteConnection::PublishImportRows(const std::string& job_id, int64_t rows) {
  auto found_job = JobRowsOf(*db_, job_id);
  if (!found_job) return Fail(found_job.error());
  const JobRows& job = *found_job;
  if (job.hi < job.lo) return Ok();  // nothing was staged
  for (const ImportTable& t : kImportTables) {
    if (job.kind != t.kind) continue;
    const std::string staging = t.staging, table = t.table;
    // Rows of other jobs in the staging table: below or above this job's range, or inside it
    // when another job of the kind was staged at the same time.
    int64_t others = 0;
    {
      auto s = db_->Prepare("SELECT EXISTS (SELECT 1 FROM " + staging + " WHERE id < ?2) OR EXISTS (SELECT 1 FROM " +
                            staging + " WHERE id > ?3) OR EXISTS (SELECT 1 FROM import_jobs WHERE num <> ?1 AND "
                            "kind = ?4 AND status = 'staging' AND row_lo <= ?3 AND row_hi >= ?2)");
      if (!s) return Fail(s.error());
      StmtGuard g(**s);
      g->Bind(1, job.num).Bind(2, job.lo).Bind(3, job.hi).Bind(4, job.kind);
      auto row = g->Step();
      if (!row) return Fail(row.error());
      others = g->Int(0);
    }
    // A large import into a table not much larger: the indexes are dropped and built again from
    // sorted runs (CREATE INDEX), which is several times faster than inserting millions of keys at
    // random places in B-trees. In this transaction: readers keep the old table and indexes until
    // it commits, and a failure leaves both as they were.
    const bool large = rows >= kRebuildIndexesFrom;
    int64_t published = 0;
    if (large) {
      auto n = QueryInt(*db_, "SELECT COUNT(*) FROM " + table);
      if (!n) return Fail(n.error());
      published = *n;
    }
    const bool rebuild = large && rows * 2 >= published;
    std::vector<std::pair<std::string, std::string>> indexes;
    if (rebuild) {
      auto found = SchemaOf(*db_, "index", t.table);
      if (!found) return Fail(found.error());
      indexes = std::move(*found);
    }
    if (rebuild && !others && published <= rows) {
      // The staging table holds this import alone and more rows than the table: the fewer rows
      // move. The table's rows join the staged ones (ids are unique across both), the staging
      // table becomes the table, and an empty staging table is made from its own definition.
      auto def = SchemaOf(*db_, "table", t.staging);
      if (!def) return Fail(def.error());
      if (def->size() != 1) return Fail(Error::Internal("no definition of " + staging));
      if (published > 0)
        ARIADNE_RETURN_IF_ERROR(db_->Exec("INSERT INTO " + staging + "(" + t.columns + ") SELECT " + t.columns +
                                          " FROM " + table + " ORDER BY id"));
      ARIADNE_RETURN_IF_ERROR(db_->Exec("DROP TABLE " + table));
      ARIADNE_RETURN_IF_ERROR(db_->Exec("ALTER TABLE " + staging + " RENAME TO " + table));
      ARIADNE_RETURN_IF_ERROR(db_->Exec((*def)[0].second));
    } else {
      for (const auto& [name, sql] : indexes) ARIADNE_RETURN_IF_ERROR(db_->Exec("DROP INDEX \"" + name + "\""));
      ARIADNE_RETURN_IF_ERROR(RunForJob(*db_,
                                        "INSERT INTO " + table + "(" + t.columns + ") SELECT " + t.columns + " FROM " +
                                            staging + " WHERE id BETWEEN ?2 AND ?3 AND job = ?1 ORDER BY " +
                                            (rebuild ? std::string("id") : std::string(t.order)),
                                        job));
      // Alone in the staging table (the usual case), it is emptied whole: SQLite frees its pages
      // without visiting each row.
      if (!others) ARIADNE_RETURN_IF_ERROR(db_->Exec("DELETE FROM " + staging));
      else ARIADNE_RETURN_IF_ERROR(RunForJob(*db_, "DELETE FROM " + staging + " WHERE id BETWEEN ?2 AND ?3 AND job = ?1", job));
    }
    if (rebuild) ARIADNE_RETURN_IF_ERROR(BuildIndexes(*db_, indexes));
  }
  return Ok();
}

Status SqliteConnection::PutImportMapping(const ImportMapping& m) {
  PREPARE(s, "INSERT INTO import_mappings(id, kind, name, doc, created_by, created_at, updated_at) VALUES "
             "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, name) DO UPDATE SET doc = excluded.doc, "
             "updated_at = excluded.updated_at");
  s->Bind(1, m.id).Bind(2, m.kind).Bind(3, m.name).Bind(4, m.doc).Bind(5, m.created_by).Bind(6, m.created_at);
  s->Bind(7, m.updated_at);
  return s->Run();
}

Status SqliteConnection::InsertLinkChart(const LinkChart& c) {
  PREPARE(s, "INSERT INTO link_charts(id, case_id, name, doc, created_by, created_at, updated_at, version) VALUES "
             "(?, ?, ?, ?, ?, ?, ?, ?)");
  s->Bind(1, c.id).Bind(2, c.case_id).Bind(3, c.name).Bind(4, c.doc).Bind(5, c.created_by).Bind(6, c.created_at);
  s->Bind(7, c.updated_at).Bind(8, c.version);
  return s->Run();
}

Status SqliteConnection::UpdateLinkChart(const LinkChart& c, int64_t expected_version) {
  PREPARE(s, "UPDATE link_charts SET name = ?, doc = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?");
  s->Bind(1, c.name).Bind(2, c.doc).Bind(3, c.updated_at).Bind(4, c.version).Bind(5, c.id).Bind(6, expected_version);
  ARIADNE_RETURN_IF_ERROR(s->Run());
  if (db_->Changes() == 0) return Fail(Error::Conflict("version_conflict", "the chart was changed meanwhile"));
  return Ok();
}

}  // namespace ariadne::sqlite
