// Records of link analysis (issue 8): imported call records and bank transactions, the import
// jobs that stage and publish them, saved column mappings, saved link charts, and the store's
// change feed the in-memory graph follows.
#pragma once

#include <cstdint>
#include <string>

namespace ariadne {

// One call, as imported (phones in E.164).
struct CallRow {
  std::string caller, callee;
  int64_t start = 0;     // epoch seconds, UTC
  int32_t duration = 0;  // seconds
  std::string cell, location;
  double latitude = 0, longitude = 0;
  bool has_position = false;
  int64_t line = 0;  // in the file it came from
};

// One bank transaction, as imported (accounts as AccountKey: compact IBAN or digits and letters).
struct TxnRow {
  std::string from_account, to_account;
  std::string from_name, to_name;
  int64_t amount_minor = 0;  // hundredths of the currency
  std::string currency;
  int64_t at = 0;  // epoch seconds, UTC
  std::string reference;
  int64_t line = 0;
};

// A file being imported into a case. Rows are stored in chunks as the file is read, each chunk
// with the job's progress in one transaction, and stay invisible until the job is published in
// one step; an interrupted import resumes after its last chunk.
struct ImportJob {
  std::string id;
  std::string case_id;
  std::string kind;       // calls | transactions
  std::string file_name;
  std::string sha256;     // of the file: the same file twice into one case adds nothing
  int64_t size = 0;
  std::string mapping_json;
  std::string on_error = "skip";  // skip | refuse
  std::string status = "staging";  // staging | published | refused | discarded
  int64_t rows_ok = 0, rows_bad = 0;
  int64_t resume_offset = 0, resume_line = 1;  // where reading goes on
  std::string errors_json = "[]";  // the first bad rows: [{line, field, reason, value}]
  std::string created_by;
  int64_t created_at = 0, updated_at = 0, published_at = 0;
  std::string document_id;  // the case document it was read from (API imports)
};

// A column mapping saved under the name of its source format.
struct ImportMapping {
  std::string id;
  std::string kind;  // calls | transactions
  std::string name;
  std::string doc;   // the mapping JSON
  std::string created_by;
  int64_t created_at = 0, updated_at = 0;
};

// A link chart an analyst saved to a case: the nodes shown, pinned positions, hidden ones.
struct LinkChart {
  std::string id, case_id, name;
  std::string doc = "{}";
  std::string created_by;
  int64_t created_at = 0, updated_at = 0;
  int64_t version = 1;
};

// One change the graph must follow: kind entity | involvement | match | import.
struct GraphFeedEntry {
  int64_t seq = 0;
  std::string kind, id;
};

}  // namespace ariadne
