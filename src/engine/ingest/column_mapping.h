// How the columns of one source format (an operator's call-record export, a bank's statement)
// map onto Ariadne's fields. Saved per source format, so the next file from the same operator or
// bank is read the same way. Validated with the field named.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne::ingest {

enum class ImportKind { kCalls, kTransactions };
const char* ImportKindName(ImportKind k);  // "calls", "transactions"
bool ParseImportKind(const std::string& s, ImportKind* out);

struct ColumnMapping {
  ImportKind kind = ImportKind::kCalls;
  std::string name;            // the source format, e.g. "Beeline KZ CDR"
  char delimiter = 0;          // 0: guessed
  bool windows_1251 = false;   // encoding: "utf-8" (default) or "windows-1251"
  bool header = true;          // the first record names the columns
  // Ariadne field -> the column's header text, or "#N" for the N-th column (1-based).
  std::map<std::string, std::string> columns;
  std::string time_format = "iso";     // iso | dmy (dd.mm.yyyy hh:mm[:ss]) | epoch
  std::string duration_format = "seconds";  // seconds | hms (h:mm:ss or mm:ss)
  std::string region;          // phones without a country code are read in this region (KZ)
  char decimal = '.';          // amounts: '.' or ','
  std::string currency;        // when the file has no currency column
  int utc_offset_minutes = 0;  // the file's local time, e.g. 300 for Asia/Almaty
};

// The fields of each kind; the required ones first.
const std::vector<std::string>& RequiredFields(ImportKind k);
const std::vector<std::string>& OptionalFields(ImportKind k);

// Refuses unknown keys and fields, missing required columns, bad formats: field "mapping.<key>".
Result<ColumnMapping> ParseMapping(const nlohmann::json& j);
nlohmann::json MappingJson(const ColumnMapping& m);

}  // namespace ariadne::ingest
