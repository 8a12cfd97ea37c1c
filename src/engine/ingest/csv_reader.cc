#include "engine/ingest/csv_reader.h"

#include <unicode/ucnv.h>

namespace ariadne::ingest {

namespace {

char GuessDelimiter(std::string_view data) {
  size_t end = data.find('\n');
  std::string_view first = data.substr(0, end);
  const char candidates[] = {',', ';', '\t', '|'};
  char best = ',';
  size_t best_n = 0;
  for (char c : candidates) {
    size_t n = 0;
    bool quoted = false;
    for (char ch : first) {
      if (ch == '"') quoted = !quoted;
      else if (ch == c && !quoted) ++n;
    }
    if (n > best_n) best = c, best_n = n;
  }
  return best;
}

}  // namespace

CsvReader::CsvReader(std::string_view data, char delimiter, bool windows_1251)
    : data_(data), delim_(delimiter), cp1251_(windows_1251) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // byte-order mark
  if (delim_ == 0) delim_ = GuessDelimiter(data_.substr(pos_));
}

void CsvReader::Seek(int64_t offset, int64_t line) {
  pos_ = static_cast<size_t>(offset);
  line_ = line;
}

bool CsvReader::Next(CsvRecord* out) {
  // Blank lines are skipped, as spreadsheets write them at the end.
  while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= data_.size()) return false;
  out->line = line_;
  out->fields.clear();
  out->error.clear();
  std::string field;
  bool quoted = false, was_quoted = false;
  size_t i = pos_;
  const size_t n = data_.size();
  for (; i < n; ++i) {
    char c = data_[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < n && data_[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == delim_) {
      out->fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      break;
    } else {
      field += c;
    }
  }
  if (quoted) out->error = "unterminated_quote";
  out->fields.push_back(std::move(field));
  // Past the record's line break (CRLF or LF).
  if (i < n && data_[i] == '\r') ++i;
  if (i < n && data_[i] == '\n') ++i, ++line_;
  pos_ = i;
  out->end_offset = static_cast<int64_t>(pos_);
  for (auto& f : out->fields) {
    if (cp1251_) {
      f = Cp1251ToUtf8(f);
    } else if (!ValidUtf8(f)) {
      if (out->error.empty()) out->error = "invalid_utf8";
      f.clear();
    }
  }
  return true;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    uint32_t cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms and surrogates are not text.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

std::string Cp1251ToUtf8(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(s);
  std::string out(s.size() * 3 + 1, '\0');
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = ucnv_convert("UTF-8", "windows-1251", out.data(), static_cast<int32_t>(out.size()), s.data(),
                             static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err)) return {};
  out.resize(static_cast<size_t>(len));
  return out;
}

}  // namespace ariadne::ingest
