// One record of a call-record or bank-statement file, read through its column mapping into
// Ariadne's fields, phones to E.164 and accounts to their key by the resolution engine's own
// normalisers, so an imported number meets the same number recorded in a case file. A row that
// cannot be read gives the line, the field and why; it never stops the reader.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/link_records.h"
#include "engine/ingest/column_mapping.h"
#include "engine/ingest/csv_reader.h"

namespace ariadne::ingest {

using ariadne::CallRow;
using ariadne::TxnRow;

struct RowError {
  int64_t line = 0;
  std::string field;   // the Ariadne field, or "" for the record as a whole
  std::string reason;  // missing_value, invalid_phone, invalid_time, invalid_amount, ...
  std::string value;   // what the cell held (cut to 80 bytes)
};

class RowReader {
 public:
  explicit RowReader(ColumnMapping m) : m_(std::move(m)) {}
  // Binds the mapping to the header record: a mapped column that is absent is refused, naming it.
  Status Bind(const std::vector<std::string>& header);
  // Without a header ("#N" columns only).
  Status BindPositions();
  bool ReadCall(const CsvRecord& rec, CallRow* out, RowError* err) const;
  bool ReadTxn(const CsvRecord& rec, TxnRow* out, RowError* err) const;
  const ColumnMapping& mapping() const { return m_; }

 private:
  int Col(const char* field) const;
  const std::string* Cell(const CsvRecord& rec, const char* field) const;
  ColumnMapping m_;
  std::vector<std::pair<std::string, int>> index_;  // field -> column
};

// Times as the mapping says: "2026-03-01 14:05:09", "2026-03-01T14:05", "01.03.2026 14:05:09",
// or seconds since 1970. false when the text is none of them or not a real date.
bool ParseTime(const std::string& s, const std::string& format, int utc_offset_minutes, int64_t* out);
bool ParseDuration(const std::string& s, const std::string& format, int32_t* out);
// "1 234,50", "1234.5", "-20" -> hundredths; false for anything else.
bool ParseAmount(const std::string& s, char decimal, int64_t* out);

}  // namespace ariadne::ingest
