#include "api/import_service.h"

#include <future>
#include <memory>

#include "base/ids.h"
#include "engine/ingest/column_mapping.h"
#include "engine/ingest/csv_reader.h"
#include "engine/ingest/import_rows.h"
#include "files/xlsx_reader.h"
#include "security/crypto.h"

namespace ariadne {

namespace {

using nlohmann::json;

bool IsXlsx(std::string_view data) { return data.size() > 4 && data.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Status Audit(Store& store, AuditLog* audit, const ImportInput& in, const ImportJob& job, const std::string& action,
             json detail) {
  if (!audit) return Ok();
  return store.Write([&](StoreWriter& w) -> Status {
    AuditEvent e;
    e.user_id = in.user_id;
    e.username = in.username;
    e.action = action;
    e.outcome = "ok";
    e.method = in.method;
    e.path = in.path;
    e.ip = in.ip;
    e.records = {"case:" + in.case_id, "import:" + job.id};
    e.detail = std::move(detail);
    return audit->Append(w, e);
  });
}

// Whether a job would read its file as `mapping` and `on_error` do. An interrupted job resumes
// only so: rows read one way before the stop and another way after it would make one import of
// two readings (another delimiter, another country for local numbers, bad rows kept out or not).
// The mapping's name does not change how rows are read.
bool ReadsAlike(const ImportJob& job, const ingest::ColumnMapping& mapping, const std::string& on_error) {
  json stored = json::parse(job.mapping_json, nullptr, false);
  json given = ingest::MappingJson(mapping);
  if (stored.is_object()) stored.erase("name");
  given.erase("name");
  return job.on_error == on_error && stored == given;
}

}  // namespace

Result<ImportOutcome> RunImport(Store& store, Env& env, AuditLog* audit, std::string_view raw, const ImportInput& in) {
  ingest::ImportKind kind;
  if (!ingest::ParseImportKind(in.kind, &kind))
    return Fail(Error::Invalid("invalid_kind", "kind must be calls or transactions", "kind"));
  if (in.on_error != "skip" && in.on_error != "refuse")
    return Fail(Error::Invalid("invalid_on_error", "on_error must be skip or refuse", "on_error"));
  auto mapping = ingest::ParseMapping(in.mapping);
  if (!mapping) return Fail(mapping.error());
  if (mapping->kind != kind)
    return Fail(Error::Invalid("mapping_kind", "the mapping is for " + std::string(ingest::ImportKindName(mapping->kind)),
                               "mapping.kind"));
  // An XLSX file is read as the CSV of its first sheet, line N being row N.
  std::string converted;
  std::string_view data = raw;
  if (IsXlsx(raw)) {
    auto csv = XlsxFirstSheetToCsv(std::string(raw));
    if (!csv) return Fail(csv.error());
    converted = std::move(*csv);
    data = converted;
    mapping->delimiter = ',';
    mapping->windows_1251 = false;
  }
  if (data.empty()) return Fail(Error::Invalid("empty_file", "the file is empty", "file"));
  const std::string sha = Sha256Hex(std::string(raw));

  ImportOutcome out;
  // The job: the published one (nothing to do), the interrupted one (resume), or a new one.
  ARIADNE_RETURN_IF_ERROR(store.Write([&](StoreWriter& w) -> Status {
    auto c = w.GetCase(in.case_id);
    if (!c) return Fail(c.error());
    auto found = w.FindImportJob(in.case_id, in.kind, sha);
    if (!found) return Fail(found.error());
    if (*found) {
      out.job = **found;
      out.already_imported = out.job.status == "published";
      out.resumed = !out.already_imported;
      if (out.resumed && !ReadsAlike(out.job, *mapping, in.on_error))
        return Fail(Error::Conflict("resume_reads_differently",
                                    "this file's interrupted import reads it with another mapping or bad-row choice; "
                                    "import it with those to go on, or discard the interrupted import first",
                                    "mapping"));
      return Ok();
    }
    ImportJob j;
    j.id = NewUuidV7(env);
    j.case_id = in.case_id;
    j.kind = in.kind;
    j.file_name = in.file_name.substr(0, 255);
    j.document_id = in.document_id;
    j.sha256 = sha;
    j.size = static_cast<int64_t>(raw.size());
    j.mapping_json = ingest::MappingJson(*mapping).dump();
    j.on_error = in.on_error;
    j.created_by = in.user_id;
    j.created_at = j.updated_at = env.NowMillis();
    out.job = j;
    return w.InsertImportJob(j);
  }));
  if (out.already_imported) {
    ARIADNE_RETURN_IF_ERROR(Audit(store, audit, in, out.job, "import.repeat", {{"sha256", sha}, {"added", 0}}));
    return out;
  }
  ImportJob& job = out.job;

  ingest::CsvReader reader(data, mapping->delimiter, mapping->windows_1251);
  ingest::RowReader rows(*mapping);
  ingest::CsvRecord rec;
  if (mapping->header) {
    if (!reader.Next(&rec)) return Fail(Error::Invalid("empty_file", "the file has no header", "file"));
    if (!rec.error.empty())
      return Fail(Error::Invalid("invalid_header", "line 1 cannot be read: " + rec.error, "file"));
    ARIADNE_RETURN_IF_ERROR(rows.Bind(rec.fields));
    if (job.resume_offset == 0) job.resume_offset = rec.end_offset, job.resume_line = rec.line + 1;
  } else {
    ARIADNE_RETURN_IF_ERROR(rows.BindPositions());
  }
  if (job.resume_offset > 0) reader.Seek(job.resume_offset, job.resume_line);

  json errors = json::parse(job.errors_json);
  std::vector<CallRow> calls;
  std::vector<TxnRow> txns;
  int chunks = 0;
  // Refusing: once a bad row is seen no more rows are stored, but reading goes on so the user
  // gets every bad line at once.
  bool refusing = in.on_error == "refuse" && job.rows_bad > 0;
  // A chunk is written on the store's writer thread while the next one is read and normalised
  // here, so the two cores share the work: `writing` holds the rows of the chunk in flight and the
  // job as that chunk leaves it, untouched here until its write has committed.
  struct Chunk {
    std::vector<CallRow> calls;
    std::vector<TxnRow> txns;
    ImportJob job;
  };
  Chunk writing;
  std::future<Status> in_flight;
  // Whatever way this function is left, the writer is done with `writing` first.
  struct WaitOnExit {
    std::future<Status>& f;
    ~WaitOnExit() {
      if (f.valid()) f.wait();
    }
  } wait_on_exit{in_flight};
  auto wait_for_chunk = [&]() -> Status {
    if (!in_flight.valid()) return Ok();
    ARIADNE_RETURN_IF_ERROR(in_flight.get());
    ++chunks;
    if (in.progress) in.progress(writing.job);
    return Ok();
  };
  auto flush = [&](int64_t offset, int64_t next_line) -> Status {
    ARIADNE_RETURN_IF_ERROR(wait_for_chunk());
    job.resume_offset = offset;
    job.resume_line = next_line;
    job.errors_json = errors.dump();
    job.updated_at = env.NowMillis();
    writing.calls.swap(calls);
    writing.txns.swap(txns);
    writing.job = job;
    calls.clear();
    txns.clear();
    auto done = std::make_shared<std::promise<Status>>();
    in_flight = done->get_future();
    const bool store_rows = !refusing;
    store.WriteAsync(
        [&writing, store_rows, kind](StoreWriter& w) -> Status {
          if (store_rows) {
            if (kind == ingest::ImportKind::kCalls) ARIADNE_RETURN_IF_ERROR(w.InsertCallRows(writing.job.id, writing.calls));
            else ARIADNE_RETURN_IF_ERROR(w.InsertTxnRows(writing.job.id, writing.txns));
          }
          return w.UpdateImportJob(writing.job);
        },
        [done](Status st) { done->set_value(std::move(st)); });
    return Ok();
  };
  ingest::RowError err;
  int64_t pending = 0;
  while (reader.Next(&rec)) {
    bool ok;
    if (kind == ingest::ImportKind::kCalls) {
      CallRow r;
      ok = rows.ReadCall(rec, &r, &err);
      if (ok && !refusing) calls.push_back(std::move(r));
    } else {
      TxnRow r;
      ok = rows.ReadTxn(rec, &r, &err);
      if (ok && !refusing) txns.push_back(std::move(r));
    }
    if (ok) {
      ++job.rows_ok;
    } else {
      ++job.rows_bad;
      if (errors.size() < kKeptRowErrors)
        errors.push_back({{"line", err.line}, {"field", err.field}, {"reason", err.reason}, {"value", err.value}});
      if (in.on_error == "refuse") refusing = true;
    }
    if (++pending >= static_cast<int64_t>(in.chunk_rows)) {
      pending = 0;
      ARIADNE_RETURN_IF_ERROR(flush(rec.end_offset, reader.next_line()));
      if (in.interrupt_after_chunks > 0 && chunks + 1 >= in.interrupt_after_chunks) {
        ARIADNE_RETURN_IF_ERROR(wait_for_chunk());  // that chunk is committed, as after a crash
        out.interrupted = true;
        return out;
      }
    }
  }
  ARIADNE_RETURN_IF_ERROR(wait_for_chunk());
  job.errors_json = errors.dump();
  job.updated_at = env.NowMillis();
  job.resume_offset = static_cast<int64_t>(data.size());
  // The last chunk and the publication (or refusal) in one transaction: readers see all or none.
  ARIADNE_RETURN_IF_ERROR(store.Write([&](StoreWriter& w) -> Status {
    if (refusing) {
      ARIADNE_RETURN_IF_ERROR(w.DeleteImportRows(job.id));
      job.status = "refused";
    } else {
      if (kind == ingest::ImportKind::kCalls) ARIADNE_RETURN_IF_ERROR(w.InsertCallRows(job.id, calls));
      else ARIADNE_RETURN_IF_ERROR(w.InsertTxnRows(job.id, txns));
      ARIADNE_RETURN_IF_ERROR(w.PublishImportRows(job.id, job.rows_ok));
      job.status = "published";
      job.published_at = job.updated_at;
    }
    ARIADNE_RETURN_IF_ERROR(w.UpdateImportJob(job));
    if (!audit) return Ok();
    AuditEvent e;
    e.user_id = in.user_id;
    e.username = in.username;
    e.action = job.status == "published" ? "import.publish" : "import.refuse";
    e.outcome = "ok";
    e.method = in.method;
    e.path = in.path;
    e.ip = in.ip;
    e.records = {"case:" + in.case_id, "import:" + job.id};
    e.detail = {{"kind", in.kind}, {"file", job.file_name}, {"sha256", sha}, {"rows_ok", job.rows_ok},
                {"rows_bad", job.rows_bad}, {"resumed", out.resumed}};
    return audit->Append(w, e);
  }));
  if (in.progress) in.progress(job);
  return out;
}

}  // namespace ariadne
