// Importing a call-record or bank-statement file into a case, shared by the API route and
// `ariadne import`: read through a column mapping, rows normalised, bad rows reported by line,
// staged in chunks (each chunk and the job's progress in one transaction) and published in one
// step at the end. An interrupted import resumes after its last chunk; the same file imported
// into the same case again adds nothing.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/env.h"
#include "security/audit_log.h"
#include "store/store.h"

namespace ariadne {

struct ImportInput {
  std::string case_id;
  std::string kind;  // calls | transactions
  std::string file_name;
  std::string document_id;  // when the file is a document of the case
  std::string on_error = "skip";  // skip: bad rows are reported and left out; refuse: none is stored
  nlohmann::json mapping;         // ingest::ParseMapping's input
  std::string user_id, username;  // who imports (audit)
  std::string method = "CLI", path = "ariadne import", ip;
  // Rows per staged chunk (one commit each, and the unit an interrupted import resumes from).
  // Large, because each commit rewrites the index pages it touched: 20,000 gave 80,000 rows/s and
  // a WAL 7 times the database, 200,000 gives about 175,000 rows/s (docs/performance.md).
  size_t chunk_rows = 200000;
  // Test hook: stop (as a crash would) after this many chunks have committed; 0 never.
  int interrupt_after_chunks = 0;
  std::function<void(const ImportJob&)> progress;  // after each chunk
};

struct ImportOutcome {
  ImportJob job;
  bool already_imported = false;  // the same file was published before: nothing added
  bool resumed = false;           // went on after an earlier interrupted run
  bool interrupted = false;       // stopped by the test hook; run again to resume
};

// `data` is the whole file (CSV, or XLSX, whose first sheet is read).
Result<ImportOutcome> RunImport(Store& store, Env& env, AuditLog* audit, std::string_view data, const ImportInput& in);

// How many bad rows a job keeps with their line numbers (all are counted).
constexpr size_t kKeptRowErrors = 1000;

}  // namespace ariadne
