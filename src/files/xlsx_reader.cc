// Reading .xlsx: libzip opens the container from memory and expat streams each XML part
// through a small state machine (a sheet can be hundreds of megabytes, so no DOM). The
// parts are read in dependency order: package and workbook relationships to find the first
// worksheet, styles to know which cells hold dates, shared strings, then the sheet itself.
//
// Every input is assumed hostile: sizes are checked before anything is allocated for them,
// and the bytes unpacked from the zip are counted, since a zip's declared sizes can lie.
#include "files/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "base/encoding.h"

namespace ariadne {
namespace {

static_assert(sizeof(XML_Char) == 1, "expat must be the UTF-8 build (no XML_UNICODE)");

// Excel's own sheet limits; a reference beyond them is a corrupt (or hostile) file, and
// they bound how many empty fields and lines a single cell can make us emit.
constexpr uint64_t kMaxRows = 1'048'576;
constexpr uint32_t kMaxCols = 16'384;

// Caps on bookkeeping that real workbooks never come near (Excel allows 64,000 cell
// formats), so that a part stuffed with millions of tiny elements cannot make us allocate
// many times its own size. Entries past a cap are ignored.
constexpr size_t kMaxSheets = 10'000;
constexpr size_t kMaxRelationships = 100'000;
constexpr size_t kMaxStyles = 1'000'000;

constexpr int kReadChunk = 256 * 1024;

Error Invalid(std::string message) { return Error::Invalid("invalid_xlsx", std::move(message), "file"); }
Error TooLarge(std::string message) { return Error::Invalid("xlsx_too_large", std::move(message), "file"); }
Error UnpacksTooLarge() {
  return TooLarge("the workbook unpacks to more than " + std::to_string(kMaxXlsxUncompressedBytes >> 30) + " GiB");
}

// "x:row" → "row". Parts are parsed without namespace processing: producers differ in
// prefixes (the OpenXML SDK writes <x:c>) and Strict OOXML in namespace URIs, while the
// local names alone tell apart every element read here.
std::string_view LocalName(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

const char* Attr(const char** attrs, std::string_view local) {
  for (; *attrs; attrs += 2)
    if (LocalName(attrs[0]) == local) return attrs[1];
  return nullptr;
}

std::string_view Trim(std::string_view s) {
  const size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<uint64_t> ParseUint(std::string_view s) {
  uint64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// Relationship types are URIs that differ between Transitional and Strict OOXML; their
// last segment ("worksheet", "sharedStrings") is what they have in common.
bool TypeIs(const std::string& type, std::string_view kind) {
  return type.size() > kind.size() && type.compare(type.size() - kind.size(), kind.size(), kind) == 0 &&
         type[type.size() - kind.size() - 1] == '/';
}

// A relationship target, relative to the part's folder unless it starts with '/', as a
// zip entry name.
std::string ResolvePart(const std::string& dir, const std::string& target) {
  std::string joined = !target.empty() && target[0] == '/' ? target.substr(1) : dir + target;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(std::move(seg));
    }
    start = slash + 1;
  }
  std::string path;
  for (const auto& p : parts) path += (path.empty() ? "" : "/") + p;
  return path;
}

// The UTF-16 code unit of an "_xHHHH_" escape starting at `at`, if there is one.
std::optional<uint32_t> EscapeAt(std::string_view s, size_t at) {
  if (at + 7 > s.size() || s[at] != '_' || s[at + 1] != 'x' || s[at + 6] != '_') return std::nullopt;
  uint32_t unit = 0;
  auto [end, ec] = std::from_chars(s.data() + at + 2, s.data() + at + 6, unit, 16);
  if (ec != std::errc() || end != s.data() + at + 6) return std::nullopt;
  return unit;
}

// Excel stores characters XML 1.0 cannot carry (CR, other control characters) as _xHHHH_,
// and a literal "_xHHHH_" in the text as "_x005F_xHHHH_"; this undoes both. NUL is dropped.
void AppendUnescaped(std::string_view s, std::string& out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t u = s.find("_x", i);
    if (u == std::string_view::npos) {
      out.append(s.substr(i));
      return;
    }
    out.append(s.substr(i, u - i));
    std::optional<uint32_t> unit = EscapeAt(s, u);
    if (!unit) {
      out.append("_x");
      i = u + 2;
      continue;
    }
    i = u + 7;
    uint32_t cp = *unit;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::optional<uint32_t> low = EscapeAt(s, i);
      if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
        i += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp != 0) AppendUtf8(cp, out);
  }
}

void AppendCsvField(std::string_view field, std::string& out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// --- Dates ---------------------------------------------------------------------------

bool IsBuiltinDateFormat(uint64_t id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47); }

// Whether a custom number format shows a date or time: it has a d, m, y, h or s that is a
// format token, not text. Quoted text ("d"), escaped characters (\d), padding (_d), fill
// (*d) and bracketed parts ([Red], [$-419], [h]) are skipped.
bool IsDateFormatCode(std::string_view code) {
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      char lower = static_cast<char>(c | 0x20);
      if (lower == 'd' || lower == 'm' || lower == 'y' || lower == 'h' || lower == 's') return true;
    }
  }
  return false;
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void CivilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

// An Excel date serial as text, or false when it is no date Excel could show (negative,
// past 9999-12-31, not a number), in which case the caller keeps the number.
//
// 1900 system: serial 1 is 1900-01-01, and Excel (copying Lotus 1-2-3) counts a 1900-02-29
// as serial 60, so from 61 on the serials line up with an epoch of 1899-12-30 and below 60
// with 1899-12-31. Serial 60 is written as the 1900-02-29 the user sees in Excel. Serials
// below 1 are times of day without a date ("1900-01-00" in Excel).
// 1904 system (old Mac workbooks): serial 0 is 1904-01-01, no leap-year bug.
bool FormatSerial(std::string_view text, bool date1904, std::string& out) {
  double serial = 0;
  text = Trim(text);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
  if (ec != std::errc() || end != text.data() + text.size()) return false;
  if (!(serial >= 0) || serial >= 2958466) return false;  // also rejects NaN
  const int64_t seconds = std::llround(serial * 86400.0);
  const int64_t day = seconds / 86400;
  const int64_t second_of_day = seconds % 86400;
  if (day >= 2958466) return false;
  const int hh = static_cast<int>(second_of_day / 3600);
  const int mm = static_cast<int>(second_of_day / 60 % 60);
  const int ss = static_cast<int>(second_of_day % 60);
  char buf[64];
  if (!date1904 && day == 0) {
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hh, mm, ss);
    out = buf;
    return true;
  }
  int64_t y = 1900;
  unsigned m = 2, d = 29;
  if (date1904 || day != 60) {
    const int64_t unix_days = date1904 ? day - 24107 : day < 60 ? day - 25568 : day - 25569;
    CivilFromDays(unix_days, y, m, d);
  }
  if (second_of_day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(y), m, d, hh, mm, ss);
  }
  out = buf;
  return true;
}

// --- Streaming XML -------------------------------------------------------------------

// What a part's parser calls back. A handler that finds the content wrong calls Reject, and
// the parse stops there with that error.
class SaxHandler {
 public:
  virtual ~SaxHandler() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view) {}

  void Reject(Error e) {
    if (!error_) error_ = std::move(e);
  }
  bool failed() const { return error_.has_value(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

struct ParseContext {
  XML_Parser parser;
  SaxHandler* handler;
};

// Expat is C: an exception must not unwind through it, so each callback catches its own
// and turns it into an error that stops the parse.
template <typename F>
void Guarded(void* user_data, F&& f) {
  auto* ctx = static_cast<ParseContext*>(user_data);
  if (ctx->handler->failed()) return;  // expat may deliver a few callbacks after a stop
  try {
    f(*ctx->handler);
  } catch (const std::bad_alloc&) {
    ctx->handler->Reject(TooLarge("the spreadsheet does not fit in memory"));
  } catch (const std::length_error&) {
    ctx->handler->Reject(TooLarge("the spreadsheet does not fit in memory"));
  }
  if (ctx->handler->failed()) XML_StopParser(ctx->parser, XML_FALSE);
}

void XMLCALL OnStart(void* user_data, const XML_Char* name, const XML_Char** attrs) {
  Guarded(user_data, [&](SaxHandler& h) { h.Start(LocalName(name), attrs); });
}
void XMLCALL OnEnd(void* user_data, const XML_Char* name) {
  Guarded(user_data, [&](SaxHandler& h) { h.End(LocalName(name)); });
}
void XMLCALL OnText(void* user_data, const XML_Char* s, int len) {
  Guarded(user_data, [&](SaxHandler& h) { h.Text(std::string_view(s, static_cast<size_t>(len))); });
}
// OOXML parts never have a DTD; refusing one rules out entity expansion tricks entirely.
void XMLCALL OnDoctype(void* user_data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  Guarded(user_data, [](SaxHandler& h) { h.Reject(Invalid("the workbook has a DTD, which .xlsx files never have")); });
}

// The zip container, read from memory.
class Archive {
 public:
  // `bytes` must outlive the archive: libzip reads it in place.
  static Result<std::unique_ptr<Archive>> Open(const std::string& bytes) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) {
      zip_error_fini(&err);
      return Fail(Error::Internal("zip_source_buffer_create failed"));
    }
    zip_t* zip = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!zip) {
      std::string why = zip_error_strerror(&err);
      zip_source_free(src);
      zip_error_fini(&err);
      return Fail(Invalid("not an .xlsx file (not a readable zip archive: " + why + ")"));
    }
    zip_error_fini(&err);
    return std::unique_ptr<Archive>(new Archive(zip));
  }

  ~Archive() { zip_discard(zip_); }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  bool Has(const std::string& name) const { return Locate(name) >= 0; }

  // Streams entry `name` through expat into `handler`.
  Status Parse(const std::string& name, SaxHandler& handler) {
    const zip_int64_t index = Locate(name);
    if (index < 0) return Fail(Invalid(name + " is missing"));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0)
      return Fail(Invalid(name + ": " + zip_strerror(zip_)));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
      return Fail(Invalid(name + " is encrypted"));
    // Refused before reading a byte; the declared size may also understate, which the
    // count below catches.
    if ((st.valid & ZIP_STAT_SIZE) && st.size > budget_)
      return Fail(UnpacksTooLarge());

    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0),
                                                          zip_fclose);
    if (!file) return Fail(Invalid(name + ": " + zip_strerror(zip_)));
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreate(nullptr),
                                                                                    XML_ParserFree);
    if (!parser) return Fail(TooLarge("the spreadsheet does not fit in memory"));
    ParseContext ctx{parser.get(), &handler};
    XML_SetUserData(parser.get(), &ctx);
    XML_SetElementHandler(parser.get(), OnStart, OnEnd);
    XML_SetCharacterDataHandler(parser.get(), OnText);
    XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);

    for (;;) {
      void* buf = XML_GetBuffer(parser.get(), kReadChunk);
      if (!buf) return Fail(TooLarge("the spreadsheet does not fit in memory"));
      const zip_int64_t n = zip_fread(file.get(), buf, kReadChunk);
      if (n < 0) return Fail(Invalid(name + " is damaged: " + zip_file_strerror(file.get())));
      if (static_cast<uint64_t>(n) > budget_)
        return Fail(UnpacksTooLarge());
      budget_ -= static_cast<uint64_t>(n);
      const bool last = n == 0;
      if (XML_ParseBuffer(parser.get(), static_cast<int>(n), last) != XML_STATUS_OK) {
        if (handler.failed()) return Fail(handler.error());
        return Fail(Invalid(name + " line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": " +
                            XML_ErrorString(XML_GetErrorCode(parser.get()))));
      }
      if (handler.failed()) return Fail(handler.error());
      if (last) return Ok();
    }
  }

 private:
  explicit Archive(zip_t* zip) : zip_(zip) {}

  // Entry names are case-sensitive in zip, but some producers get the case wrong and Excel
  // does not mind, so an exact match is preferred and a case-insensitive one accepted.
  zip_int64_t Locate(const std::string& name) const {
    zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    return index >= 0 ? index : zip_name_locate(zip_, name.c_str(), ZIP_FL_NOCASE);
  }

  zip_t* zip_;
  uint64_t budget_ = kMaxXlsxUncompressedBytes;
};

// --- Parts ---------------------------------------------------------------------------

struct Relationship {
  std::string id, type, target;
};

class RelsHandler : public SaxHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name != "Relationship" || rels.size() >= kMaxRelationships) return;
    const char* mode = Attr(attrs, "TargetMode");
    if (mode && std::strcmp(mode, "External") == 0) return;
    const char* id = Attr(attrs, "Id");
    const char* type = Attr(attrs, "Type");
    const char* target = Attr(attrs, "Target");
    if (id && type && target) rels.push_back({id, type, target});
  }
  void End(std::string_view) override {}

  std::vector<Relationship> rels;
};

struct SheetEntry {
  std::string name, rel_id;
  bool hidden = false;
};

class WorkbookHandler : public SaxHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name == "sheet") {
      const char* rel_id = Attr(attrs, "id");  // r:id
      const char* sheet_name = Attr(attrs, "name");
      const char* state = Attr(attrs, "state");  // "hidden", "veryHidden"
      const bool hidden = state && std::strcmp(state, "visible") != 0;
      if (rel_id && sheets.size() < kMaxSheets) sheets.push_back({sheet_name ? sheet_name : "", rel_id, hidden});
    } else if (name == "workbookPr") {
      const char* d = Attr(attrs, "date1904");
      date1904 = d && (std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0);
    }
  }
  void End(std::string_view) override {}

  std::vector<SheetEntry> sheets;
  bool date1904 = false;
};

// Which cell styles (the s="N" of a cell, an index into cellXfs) show numbers as dates.
class StylesHandler : public SaxHandler {
 public:
  void Start(std::string_view name, const char** attrs) override {
    if (name == "numFmts") {
      in_num_fmts_ = true;
    } else if (name == "numFmt" && in_num_fmts_) {  // dxfs hold numFmts too; those are not cell styles
      const char* id = Attr(attrs, "numFmtId");
      const char* code = Attr(attrs, "formatCode");
      auto parsed = id ? ParseUint(id) : std::nullopt;
      if (parsed && code && custom_.size() < kMaxStyles) custom_[*parsed] = IsDateFormatCode(code);
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_ && xf_formats_.size() < kMaxStyles) {
      const char* id = Attr(attrs, "numFmtId");
      auto parsed = id ? ParseUint(id) : std::nullopt;
      xf_formats_.push_back(parsed.value_or(0));
    }
  }
  void End(std::string_view name) override {
    if (name == "numFmts") in_num_fmts_ = false;
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

  std::vector<bool> DateStyles() const {
    std::vector<bool> dates(xf_formats_.size());
    for (size_t i = 0; i < xf_formats_.size(); ++i) {
      auto it = custom_.find(xf_formats_[i]);  // a workbook may redefine a built-in id
      dates[i] = it != custom_.end() ? it->second : IsBuiltinDateFormat(xf_formats_[i]);
    }
    return dates;
  }

 private:
  bool in_num_fmts_ = false, in_cell_xfs_ = false;
  std::unordered_map<uint64_t, bool> custom_;
  std::vector<uint64_t> xf_formats_;
};

// The shared string table, packed into one buffer: millions of small strings as separate
// std::strings would cost several times the part's own size.
class SharedStrings {
 public:
  size_t size() const { return starts_.size() - 1; }
  std::string_view Get(size_t i) const {
    return std::string_view(text_).substr(starts_[i], starts_[i + 1] - starts_[i]);
  }
  Status Add(std::string_view raw) {
    AppendUnescaped(raw, text_);
    if (text_.size() > std::numeric_limits<uint32_t>::max()) return Fail(TooLarge("the shared strings are too large"));
    starts_.push_back(static_cast<uint32_t>(text_.size()));
    return Ok();
  }

 private:
  std::string text_;
  std::vector<uint32_t> starts_{0};
};

// <sst><si><t>plain</t></si><si><r><t>rich </t></r><r><t>text</t></r><rPh>..</rPh></si>.
// A string is all its <t> text, except phonetic guides (<rPh>, furigana) which Excel does
// not show in the cell.
class SharedStringsHandler : public SaxHandler {
 public:
  SharedStringsHandler(SharedStrings& strings, size_t max_strings) : strings_(strings), max_strings_(max_strings) {}

  void Start(std::string_view name, const char**) override {
    if (name == "si") {
      in_si_ = true;
      phonetic_depth_ = 0;
      buf_.clear();
    } else if (in_si_) {
      if (name == "rPh") ++phonetic_depth_;
      else if (name == "t" && phonetic_depth_ == 0) in_t_ = true;
    }
  }
  void End(std::string_view name) override {
    if (name == "t") {
      in_t_ = false;
    } else if (name == "rPh") {
      if (phonetic_depth_ > 0) --phonetic_depth_;
    } else if (name == "si" && in_si_) {
      in_si_ = false;
      // A table can hold strings no cell uses, but not more than the cells we would accept.
      if (strings_.size() >= max_strings_) return Reject(TooLarge("the shared string table has too many entries"));
      auto added = strings_.Add(buf_);
      if (!added) Reject(added.error());
    }
  }
  void Text(std::string_view s) override {
    if (in_t_) buf_.append(s);
  }

 private:
  SharedStrings& strings_;
  const size_t max_strings_;
  bool in_si_ = false, in_t_ = false;
  int phonetic_depth_ = 0;
  std::string buf_;
};

// The worksheet, written out as CSV row by row while it streams past.
class SheetHandler : public SaxHandler {
 public:
  SheetHandler(const SharedStrings& strings, const std::vector<bool>& date_styles, bool date1904, size_t max_cells,
               std::string& out)
      : strings_(strings), date_styles_(date_styles), date1904_(date1904), max_cells_(max_cells), out_(out) {}

  void Start(std::string_view name, const char** attrs) override {
    if (!in_sheet_data_) {
      if (name == "sheetData") in_sheet_data_ = true;
      return;
    }
    if (in_cell_) {
      if (name == "v") {
        collecting_ = true;
        has_value_ = true;
      } else if (name == "is") {
        in_inline_ = true;
        has_value_ = true;
      } else if (in_inline_) {
        if (name == "rPh") ++phonetic_depth_;
        else if (name == "t" && phonetic_depth_ == 0) collecting_ = true;
      }
      return;  // <f> (formula) and anything else: only the cached value matters
    }
    if (name == "row") StartRow(attrs);
    else if (name == "c") StartCell(attrs);
  }

  void End(std::string_view name) override {
    if (!in_sheet_data_) return;
    if (in_cell_) {
      if (name == "v" || name == "t") collecting_ = false;
      else if (name == "rPh" && phonetic_depth_ > 0) --phonetic_depth_;
      else if (name == "is") in_inline_ = false;
      else if (name == "c") EndCell();
      return;
    }
    if (name == "row") EndRow();
    else if (name == "sheetData") in_sheet_data_ = false;
  }

  void Text(std::string_view s) override {
    if (!collecting_) return;
    if (value_.size() + s.size() > kMaxXlsxCsvBytes) return RejectCsvTooLarge();
    value_.append(s);
  }

 private:
  enum class CellType { kNumber, kShared, kInline, kString, kBool, kOther };

  static CellType TypeOf(const char* t) {
    if (!t || std::strcmp(t, "n") == 0) return CellType::kNumber;
    if (std::strcmp(t, "s") == 0) return CellType::kShared;
    if (std::strcmp(t, "inlineStr") == 0) return CellType::kInline;
    if (std::strcmp(t, "str") == 0) return CellType::kString;  // a formula's text result
    if (std::strcmp(t, "b") == 0) return CellType::kBool;
    return CellType::kOther;  // "e" (#N/A and the like), "d" (ISO 8601 date): kept as written
  }

  void StartRow(const char** attrs) {
    uint64_t row = last_row_ + 1;  // r is optional; rows then follow each other
    if (const char* r = Attr(attrs, "r")) {
      auto parsed = ParseUint(r);
      if (!parsed || *parsed == 0 || *parsed > kMaxRows)
        return Reject(Invalid(std::string("row number \"") + r + "\" is out of range"));
      row = *parsed;
    }
    if (row <= last_row_)
      return Reject(Invalid("row " + std::to_string(row) + " comes after row " + std::to_string(last_row_)));
    if (row > kMaxRows) return Reject(Invalid("more than " + std::to_string(kMaxRows) + " rows"));
    in_row_ = true;
    row_ = row;
    last_col_ = 0;
  }

  void StartCell(const char** attrs) {
    in_cell_ = true;
    has_value_ = collecting_ = in_inline_ = false;
    phonetic_depth_ = 0;
    value_.clear();

    type_ = TypeOf(Attr(attrs, "t"));
    is_date_ = false;
    if (const char* s = Attr(attrs, "s")) {
      auto style = ParseUint(s);
      is_date_ = style && *style < date_styles_.size() && date_styles_[*style];
    }

    uint32_t col = last_col_ + 1;  // r is optional; cells then follow each other
    if (const char* r = Attr(attrs, "r")) {
      col = 0;
      const char* p = r;
      for (; ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) && p - r < 3; ++p)
        col = col * 26 + static_cast<uint32_t>((*p | 0x20) - 'a' + 1);
      bool digits_only = true;
      for (const char* q = p; *q; ++q) digits_only = digits_only && *q >= '0' && *q <= '9';
      if (col == 0 || !digits_only) return Reject(Invalid(std::string("bad cell reference \"") + r + "\""));
    }
    if (col > kMaxCols) return Reject(Invalid("a cell lies past column XFD, the last one Excel has"));
    col_ = col;
    last_col_ = col;
  }

  void EndCell() {
    in_cell_ = collecting_ = false;
    if (!in_row_ || !has_value_) return;  // a blank cell that only carries a style
    if (fields_.size() < col_) fields_.resize(col_);
    std::string& field = fields_[col_ - 1];
    row_bytes_ -= field.size();  // a repeated reference replaces the earlier cell
    field.clear();
    switch (type_) {
      case CellType::kShared: {
        auto index = ParseUint(Trim(value_));
        if (!index || *index >= strings_.size())
          return Reject(Invalid("row " + std::to_string(row_) + " refers to a shared string that does not exist"));
        std::string_view s = strings_.Get(*index);
        // Checked before copying: one long string referenced from many cells would
        // otherwise multiply in memory.
        if (out_.size() + row_bytes_ + s.size() > kMaxXlsxCsvBytes) return RejectCsvTooLarge();
        field.assign(s);
        break;
      }
      case CellType::kInline:
      case CellType::kString:
        AppendUnescaped(value_, field);
        break;
      case CellType::kBool:
        field = value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_;
        break;
      case CellType::kNumber:
        if (!is_date_ || !FormatSerial(value_, date1904_, field)) field = value_;
        break;
      case CellType::kOther:
        field = value_;
        break;
    }
    row_bytes_ += field.size();
    if (out_.size() + row_bytes_ > kMaxXlsxCsvBytes) return RejectCsvTooLarge();
    if (!field.empty() && col_ > width_) width_ = col_;
  }

  void EndRow() {
    if (!in_row_) return;
    in_row_ = false;
    last_row_ = row_;
    if (width_ == 0) return;  // empty rows are written, as blank lines, only before a non-empty one
    cells_ += width_;
    if (cells_ > max_cells_)
      return Reject(TooLarge("the sheet has more than " + std::to_string(max_cells_) + " cells"));
    out_.append(row_ - 1 - lines_, '\n');  // blank lines keep CSV line N on sheet row N
    for (uint32_t i = 0; i < width_; ++i) {
      if (i > 0) out_.push_back(',');
      AppendCsvField(fields_[i], out_);
      fields_[i].clear();
    }
    out_.push_back('\n');
    lines_ = row_;
    width_ = 0;
    row_bytes_ = 0;
    if (out_.size() > kMaxXlsxCsvBytes) RejectCsvTooLarge();
  }

  void RejectCsvTooLarge() {
    Reject(TooLarge("the sheet as CSV would be larger than " + std::to_string(kMaxXlsxCsvBytes >> 30) + " GiB"));
  }

  const SharedStrings& strings_;
  const std::vector<bool>& date_styles_;
  const bool date1904_;
  const size_t max_cells_;
  std::string& out_;

  bool in_sheet_data_ = false, in_row_ = false, in_cell_ = false, in_inline_ = false;
  bool collecting_ = false, has_value_ = false, is_date_ = false;
  int phonetic_depth_ = 0;
  CellType type_ = CellType::kNumber;
  uint64_t row_ = 0, last_row_ = 0, lines_ = 0;
  uint32_t col_ = 0, last_col_ = 0;
  std::string value_;

  // The current row. Only fields_[0, width_) can be non-empty; they are cleared as the row
  // is written, so the buffers are reused row after row.
  std::vector<std::string> fields_;
  uint32_t width_ = 0;
  size_t row_bytes_ = 0;
  uint64_t cells_ = 0;
};

Result<std::string> Convert(const std::string& bytes, size_t max_cells) {
  if (bytes.empty()) return Fail(Invalid("the file is empty"));
  // Both legacy .xls files and password-protected .xlsx files are OLE compound documents.
  if (bytes.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
    return Fail(Invalid("an old .xls or a password-protected workbook; save it as .xlsx without a password"));
  auto archive = Archive::Open(bytes);
  if (!archive) return Fail(archive.error());
  Archive& zip = **archive;

  // The workbook part is named by the package relationships; it is xl/workbook.xml in
  // practice, which is also the fallback.
  std::string workbook_path = "xl/workbook.xml";
  if (zip.Has("_rels/.rels")) {
    RelsHandler root;
    ARIADNE_RETURN_IF_ERROR(zip.Parse("_rels/.rels", root));
    for (const auto& rel : root.rels) {
      if (!TypeIs(rel.type, "officeDocument")) continue;
      std::string path = ResolvePart("", rel.target);
      if (zip.Has(path)) workbook_path = path;
      break;
    }
  }
  const std::string dir = workbook_path.substr(0, workbook_path.rfind('/') + 1);
  const std::string rels_path = dir + "_rels/" + workbook_path.substr(dir.size()) + ".rels";

  WorkbookHandler workbook;
  RelsHandler rels;
  if (zip.Has(workbook_path)) ARIADNE_RETURN_IF_ERROR(zip.Parse(workbook_path, workbook));
  if (zip.Has(rels_path)) ARIADNE_RETURN_IF_ERROR(zip.Parse(rels_path, rels));

  std::string sheet_path, strings_path = dir + "sharedStrings.xml", styles_path = dir + "styles.xml";
  std::unordered_map<std::string, const Relationship*> by_id;
  for (const auto& rel : rels.rels) {
    by_id.emplace(rel.id, &rel);
    if (TypeIs(rel.type, "sharedStrings")) strings_path = ResolvePart(dir, rel.target);
    if (TypeIs(rel.type, "styles")) styles_path = ResolvePart(dir, rel.target);
  }
  // The first worksheet in tab order (chart sheets have no cells) that the user can see:
  // templates often keep the lists behind their drop-downs in a hidden first sheet.
  // Only when every worksheet is hidden does a hidden one do.
  const SheetEntry* first = nullptr;
  for (bool allow_hidden : {false, true}) {
    for (const auto& sheet : workbook.sheets) {
      auto it = by_id.find(sheet.rel_id);
      if ((sheet.hidden && !allow_hidden) || it == by_id.end() || !TypeIs(it->second->type, "worksheet")) continue;
      first = &sheet;
      sheet_path = ResolvePart(dir, it->second->target);
      break;
    }
    if (first) break;
  }
  if (first && !zip.Has(sheet_path))
    return Fail(Invalid("worksheet \"" + first->name + "\" (" + sheet_path + ") is missing"));
  if (sheet_path.empty() && zip.Has("xl/worksheets/sheet1.xml")) sheet_path = "xl/worksheets/sheet1.xml";
  if (sheet_path.empty()) return Fail(Invalid("the workbook has no worksheet"));

  std::vector<bool> date_styles;
  if (zip.Has(styles_path)) {
    StylesHandler styles;
    ARIADNE_RETURN_IF_ERROR(zip.Parse(styles_path, styles));
    date_styles = styles.DateStyles();
  }
  SharedStrings strings;
  if (zip.Has(strings_path)) {
    SharedStringsHandler handler(strings, max_cells);
    ARIADNE_RETURN_IF_ERROR(zip.Parse(strings_path, handler));
  }

  std::string csv;
  SheetHandler sheet(strings, date_styles, workbook.date1904, max_cells, csv);
  ARIADNE_RETURN_IF_ERROR(zip.Parse(sheet_path, sheet));
  return csv;
}

}  // namespace

Result<std::string> XlsxFirstSheetToCsv(const std::string& bytes, size_t max_cells) {
  try {
    return Convert(bytes, max_cells);
  } catch (const std::bad_alloc&) {
    return Fail(TooLarge("the spreadsheet does not fit in memory"));
  } catch (const std::length_error&) {
    return Fail(TooLarge("the spreadsheet does not fit in memory"));
  }
}

}  // namespace ariadne
