// Writing .xlsx with libxlsxwriter. The library only writes to a named file, so the
// workbook goes to a private temporary file (mkstemp: mode 0600, as exports hold client
// data) that is read back and removed. Constant-memory mode flushes each row to disk as it
// is written, so a large export costs the server little memory; its strings are inline
// rather than shared, which Excel reads the same way.
#include "files/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <string_view>

#include "base/encoding.h"

namespace ariadne {
namespace {

constexpr size_t kMaxCellChars = 32'767;               // Excel's limit, which libxlsxwriter enforces
constexpr size_t kMaxSheetNameUnits = LXW_SHEETNAME_MAX;  // 31, in UTF-16 units as Excel counts
constexpr double kMinColumnWidth = 8;                   // Excel's default is 8.43
constexpr double kMaxColumnWidth = 60;                  // longer text wraps out of view anyway

// The code point of the UTF-8 sequence at s[i], advancing i past it. Invalid bytes
// (overlong forms, surrogates, truncated sequences) are U+FFFD, one byte at a time.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = 0;
  uint32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// Whether s[at] starts "_xHHHH_", which Excel reads as an escaped character.
bool LooksLikeEscape(std::string_view s, size_t at) {
  return at + 7 <= s.size() && s[at] == '_' && s[at + 1] == 'x' && IsHex(s[at + 2]) && IsHex(s[at + 3]) &&
         IsHex(s[at + 4]) && IsHex(s[at + 5]) && s[at + 6] == '_';
}

// Text as libxlsxwriter must be given it: valid UTF-8 without NUL (it takes C strings),
// a literal "_xHHHH_" escaped the way Excel escapes it (underscore as _x005F_; the library
// escapes control characters itself, but not this), and at most 32,767 characters, which
// the library counts on the escaped text and otherwise refuses.
std::string CellText(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t chars = 0;
  for (size_t i = 0; i < in.size();) {
    const size_t start = i;
    const uint32_t cp = NextCodePoint(in, i);
    if (cp == 0) continue;
    const bool escape = cp == '_' && LooksLikeEscape(in, start);
    const size_t cost = escape ? 7 : 1;
    if (chars + cost > kMaxCellChars) break;
    if (escape) out += "_x005F_";
    else AppendUtf8(cp, out);
    chars += cost;
  }
  return out;
}

// Case-insensitive key for sheet names: Excel refuses "Итоги" next to "ИТОГИ". Folds ASCII
// and Cyrillic, the scripts our users name sheets in.
std::string FoldCase(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = NextCodePoint(s, i);
    if (cp >= 'A' && cp <= 'Z') cp += 0x20;
    else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;  // А-Я
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;  // Ѐ-Џ (Ё among them)
    AppendUtf8(cp, out);
  }
  return out;
}

// The longest prefix of `s` (valid UTF-8) that is at most `units` UTF-16 units long.
std::string CutToUnits(std::string_view s, size_t units) {
  size_t used = 0, i = 0;
  while (i < s.size()) {
    size_t next = i;
    const uint32_t cp = NextCodePoint(s, next);
    const size_t u = cp >= 0x10000 ? 2 : 1;
    if (used + u > units) break;
    used += u;
    i = next;
  }
  return std::string(s.substr(0, i));
}

std::string SheetName(std::string_view raw, size_t index) {
  std::string name;
  for (size_t i = 0; i < raw.size();) {
    uint32_t cp = NextCodePoint(raw, i);
    if (cp < 0x20 || cp == 0x7F || std::string_view("[]:*?/\\").find(static_cast<char>(cp)) != std::string_view::npos)
      cp = '_';
    AppendUtf8(cp, name);
  }
  name = CutToUnits(name, kMaxSheetNameUnits);
  // Excel quotes sheet names in formulas with apostrophes, so they may not start or end one.
  const size_t first = name.find_first_not_of('\'');
  name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of('\'') - first + 1);
  if (name.empty()) name = "Sheet" + std::to_string(index + 1);
  if (FoldCase(name) == "history") name += "_";  // reserved by Excel for change tracking
  return name;
}

std::string UniqueSheetName(const std::string& name, std::set<std::string>& used) {
  if (used.insert(FoldCase(name)).second) return name;
  for (int k = 2;; ++k) {
    const std::string suffix = " (" + std::to_string(k) + ")";
    std::string candidate = CutToUnits(name, kMaxSheetNameUnits - suffix.size()) + suffix;
    if (used.insert(FoldCase(candidate)).second) return candidate;
  }
}

// Width in characters of the longest line of `text`.
double TextWidth(std::string_view text) {
  size_t longest = 0, line = 0;
  for (size_t i = 0; i < text.size();) {
    if (NextCodePoint(text, i) == '\n') {
      line = 0;
    } else {
      longest = std::max(longest, ++line);
    }
  }
  return static_cast<double>(longest);
}

double NumberWidth(double d) {
  char buf[32];
  return std::snprintf(buf, sizeof buf, "%.10g", d);
}

const char* NonFiniteText(double d) { return std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"; }

// Column widths from the content: Excel sizes nothing by itself.
std::vector<double> ColumnWidths(const XlsxSheet& sheet) {
  std::vector<double> widths(sheet.header.size(), 0);
  for (size_t c = 0; c < sheet.header.size(); ++c) widths[c] = TextWidth(sheet.header[c]) * 1.1;  // bold is wider
  for (const auto& row : sheet.rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (size_t c = 0; c < row.size(); ++c) {
      const XlsxCell& cell = row[c];
      const double w = cell.kind == XlsxCell::kNumber ? NumberWidth(cell.number) : TextWidth(cell.text);
      widths[c] = std::max(widths[c], w);
    }
  }
  for (double& w : widths) w = std::clamp(w + 2, kMinColumnWidth, kMaxColumnWidth);
  return widths;
}

Error LibraryError(const std::string& what, lxw_error err) {
  return Error::Internal("xlsx: " + what + ": " + lxw_strerror(err));
}

// The temporary file, removed whatever happens.
class TempFile {
 public:
  ~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  Status Create() {
    const char* env = std::getenv("TMPDIR");
    dir_ = env && *env ? env : "/tmp";
    std::string pattern = dir_ + "/ariadne-xlsx-XXXXXX";
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return Fail(Error::Internal("xlsx: cannot create a temporary file in " + dir_));
    close(fd);  // libxlsxwriter reopens it by name
    path_ = pattern;
    return Ok();
  }
  Result<std::string> Read() const {
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path_.c_str(), "rb"), std::fclose);
    if (!f) return Fail(Error::Internal("xlsx: cannot read back " + path_));
    std::string data;
    char buf[64 * 1024];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) data.append(buf, n);
    if (std::ferror(f.get())) return Fail(Error::Internal("xlsx: cannot read back " + path_));
    return data;
  }
  const std::string& path() const { return path_; }
  std::string& dir() { return dir_; }

 private:
  std::string path_, dir_;
};

Status WriteSheet(lxw_workbook* wb, lxw_format* bold, const XlsxSheet& sheet, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) return Fail(Error::Internal("xlsx: cannot add sheet \"" + name + "\""));

  // Column widths and panes must come before the first row: constant-memory mode writes
  // each row out when the next one starts.
  const std::vector<double> widths = ColumnWidths(sheet);
  for (size_t c = 0; c < widths.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (lxw_error err = worksheet_set_column(ws, col, col, widths[c], nullptr))
      return Fail(LibraryError("column width", err));
  }

  lxw_row_t row = 0;
  if (!sheet.header.empty()) {
    worksheet_freeze_panes(ws, 1, 0);
    for (size_t c = 0; c < sheet.header.size(); ++c) {
      const std::string text = CellText(sheet.header[c]);
      if (text.empty()) continue;
      if (lxw_error err = worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), text.c_str(), bold))
        return Fail(LibraryError("header", err));
    }
    ++row;
  }
  for (const auto& cells : sheet.rows) {
    for (size_t c = 0; c < cells.size(); ++c) {
      const XlsxCell& cell = cells[c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error err = LXW_NO_ERROR;
      if (cell.kind == XlsxCell::kNumber && std::isfinite(cell.number)) {
        err = worksheet_write_number(ws, row, col, cell.number, nullptr);
      } else if (cell.kind == XlsxCell::kNumber) {
        err = worksheet_write_string(ws, row, col, NonFiniteText(cell.number), nullptr);
      } else {
        const std::string text = CellText(cell.text);
        if (!text.empty()) err = worksheet_write_string(ws, row, col, text.c_str(), nullptr);
      }
      if (err) return Fail(LibraryError("row " + std::to_string(row + 1), err));
    }
    ++row;
  }
  return Ok();
}

}  // namespace

Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& input) {
  std::vector<XlsxSheet> empty;
  if (input.empty()) empty.push_back({});
  const std::vector<XlsxSheet>& sheets = input.empty() ? empty : input;

  for (const auto& sheet : sheets) {
    const size_t rows = sheet.rows.size() + (sheet.header.empty() ? 0 : 1);
    size_t cols = sheet.header.size();
    for (const auto& r : sheet.rows) cols = std::max(cols, r.size());
    if (rows > LXW_ROW_MAX || cols > LXW_COL_MAX)
      return Fail(Error::Invalid("xlsx_too_large", "a sheet has " + std::to_string(rows) + " rows and " +
                                                       std::to_string(cols) + " columns; Excel allows " +
                                                       std::to_string(LXW_ROW_MAX) + " and " +
                                                       std::to_string(LXW_COL_MAX)));
  }

  TempFile file;
  ARIADNE_RETURN_IF_ERROR(file.Create());
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = file.dir().data();  // the library's own scratch files go there too
  std::unique_ptr<lxw_workbook, void (*)(lxw_workbook*)> wb(workbook_new_opt(file.path().c_str(), &options),
                                                            lxw_workbook_free);
  if (!wb) return Fail(Error::Internal("xlsx: cannot start a workbook in " + file.path()));

  lxw_format* bold = workbook_add_format(wb.get());
  format_set_bold(bold);
  std::set<std::string> used;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const std::string name = UniqueSheetName(SheetName(sheets[i].name, i), used);
    ARIADNE_RETURN_IF_ERROR(WriteSheet(wb.get(), bold, sheets[i], name));
  }
  // workbook_close writes the file and frees the workbook, whether or not it succeeds.
  if (lxw_error err = workbook_close(wb.release())) return Fail(LibraryError("writing the workbook", err));
  return file.Read();
}

}  // namespace ariadne
