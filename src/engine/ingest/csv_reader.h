// A streaming CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF) that knows the line each record starts on, so a bad row is reported by its line
// number as the user sees it in a spreadsheet or editor. Text must be UTF-8, or is converted
// from Windows-1251 when the mapping says so; a record that is neither is an error of its own
// line, never a crash or mojibake in the store.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne::ingest {

struct CsvRecord {
  int64_t line = 0;            // 1-based line the record starts on
  int64_t end_offset = 0;      // byte offset just past the record (for resuming)
  std::vector<std::string> fields;
  std::string error;           // "" or e.g. "invalid_utf8", "unterminated_quote"
};

class CsvReader {
 public:
  // `data` must outlive the reader. delimiter 0: guessed from the first line (, ; \t |).
  CsvReader(std::string_view data, char delimiter = 0, bool windows_1251 = false);
  // Starts at a byte offset a previous reader returned as end_offset, on line `line`.
  void Seek(int64_t offset, int64_t line);
  bool Next(CsvRecord* out);  // false at the end
  char delimiter() const { return delim_; }
  int64_t next_line() const { return line_; }  // the line the next record starts on (or after)

 private:
  std::string_view data_;
  size_t pos_ = 0;
  int64_t line_ = 1;
  char delim_;
  bool cp1251_;
};

bool ValidUtf8(std::string_view s);
std::string Cp1251ToUtf8(std::string_view s);

}  // namespace ariadne::ingest
