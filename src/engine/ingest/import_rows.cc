#include "engine/ingest/import_rows.h"

#include <cstdlib>

#include "engine/normalise/identifiers.h"
#include "engine/normalise/phone_cache.h"

namespace ariadne::ingest {

namespace {

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

bool Digits(const std::string& s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool ValidDate(int y, int m, int d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  return true;
}

// "hh:mm[:ss]" at pos, or nothing at all.
bool ClockAt(const std::string& s, size_t pos, int* secs) {
  *secs = 0;
  if (pos >= s.size()) return true;
  if (s[pos] != ' ' && s[pos] != 'T') return false;
  int h, mi, se = 0;
  if (!Digits(s, pos + 1, 2, &h) || s.size() < pos + 6 || s[pos + 3] != ':' || !Digits(s, pos + 4, 2, &mi)) return false;
  size_t end = pos + 6;
  if (end < s.size() && s[end] == ':') {
    if (!Digits(s, end + 1, 2, &se)) return false;
    end += 3;
  }
  if (end < s.size() && s[end] == '.') {  // fractions of a second are dropped
    ++end;
    while (end < s.size() && isdigit(static_cast<unsigned char>(s[end]))) ++end;
  }
  if (end < s.size() && s[end] == 'Z') ++end;
  if (end != s.size() || h > 23 || mi > 59 || se > 59) return false;
  *secs = h * 3600 + mi * 60 + se;
  return true;
}

std::string Trim(const std::string& s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
  return s.substr(a, b - a);
}

bool Fill(RowError* err, int64_t line, const std::string& field, const std::string& reason, const std::string& value) {
  err->line = line;
  err->field = field;
  err->reason = reason;
  err->value = value.substr(0, 80);
  return false;
}

}  // namespace

bool ParseTime(const std::string& raw, const std::string& format, int utc_offset_minutes, int64_t* out) {
  const std::string s = Trim(raw);
  if (format == "epoch") {
    if (s.empty() || s.size() > 12) return false;
    char* end = nullptr;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (*end != '\0' || v < 0) return false;
    *out = v;
    return true;
  }
  int y, m, d, secs;
  size_t clock;
  if (format == "dmy") {
    if (!Digits(s, 0, 2, &d) || s.size() < 10 || s[2] != '.' || !Digits(s, 3, 2, &m) || s[5] != '.' ||
        !Digits(s, 6, 4, &y))
      return false;
    clock = 10;
  } else {
    if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &m) || s[7] != '-' ||
        !Digits(s, 8, 2, &d))
      return false;
    clock = 10;
  }
  if (!ValidDate(y, m, d) || !ClockAt(s, clock, &secs)) return false;
  *out = DaysFromCivil(y, m, d) * 86400 + secs - static_cast<int64_t>(utc_offset_minutes) * 60;
  return true;
}

bool ParseDuration(const std::string& raw, const std::string& format, int32_t* out) {
  const std::string s = Trim(raw);
  if (s.empty()) return false;
  if (format == "hms") {
    int parts[3] = {0, 0, 0}, n = 0;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find(':', i);
      if (j == std::string::npos) j = s.size();
      if (j == i || j - i > 4 || n == 3) return false;
      int v;
      if (!Digits(s, i, j - i, &v)) return false;
      parts[n++] = v;
      i = j + 1;
    }
    if (n < 2) return false;
    *out = n == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
    return true;
  }
  if (s.size() > 7) return false;
  int v;
  if (!Digits(s, 0, s.size(), &v)) return false;
  *out = v;
  return true;
}

bool ParseAmount(const std::string& raw, char decimal, int64_t* out) {
  const std::string s = Trim(raw);
  if (s.empty()) return false;
  size_t i = 0;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') neg = s[0] == '-', i = 1;
  int64_t whole = 0;
  int frac_digits = 0, frac = 0, digits = 0;
  bool in_frac = false;
  const char group = decimal == '.' ? ',' : '.';
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (in_frac) {
        if (++frac_digits > 2) {
          if (c != '0') return false;  // more than cents: refused rather than rounded
          continue;
        }
        frac = frac * 10 + (c - '0');
      } else {
        if (++digits > 15) return false;
        whole = whole * 10 + (c - '0');
      }
    } else if (c == decimal && !in_frac) {
      in_frac = true;
    } else if ((c == ' ' || c == '\'' || c == group || c == '\xC2' || c == '\xA0') && !in_frac) {
      continue;  // thousands separators, including a no-break space
    } else {
      return false;
    }
  }
  if (digits == 0 && frac_digits == 0) return false;
  if (frac_digits == 1) frac *= 10;
  *out = (whole * 100 + frac) * (neg ? -1 : 1);
  return true;
}

Status RowReader::Bind(const std::vector<std::string>& header) {
  index_.clear();
  for (const auto& [field, col] : m_.columns) {
    int at = -1;
    if (col.size() > 1 && col[0] == '#') {
      at = std::atoi(col.c_str() + 1) - 1;
      if (at < 0 || at >= static_cast<int>(header.size())) at = -1;
    } else {
      for (size_t i = 0; i < header.size(); ++i)
        if (Trim(header[i]) == col) at = static_cast<int>(i);
    }
    if (at < 0)
      return Fail(Error::Invalid("column_missing", "the file has no column \"" + col + "\" for " + field,
                                 "mapping.columns." + field));
    index_.emplace_back(field, at);
  }
  return Ok();
}

Status RowReader::BindPositions() {
  index_.clear();
  for (const auto& [field, col] : m_.columns) {
    int at = std::atoi(col.c_str() + 1) - 1;
    if (at < 0) return Fail(Error::Invalid("column_missing", "bad column " + col, "mapping.columns." + field));
    index_.emplace_back(field, at);
  }
  return Ok();
}

int RowReader::Col(const char* field) const {
  for (const auto& [f, c] : index_)
    if (f == field) return c;
  return -1;
}

const std::string* RowReader::Cell(const CsvRecord& rec, const char* field) const {
  int c = Col(field);
  if (c < 0 || c >= static_cast<int>(rec.fields.size())) return nullptr;
  return &rec.fields[static_cast<size_t>(c)];
}

bool RowReader::ReadCall(const CsvRecord& rec, CallRow* out, RowError* err) const {
  if (!rec.error.empty()) return Fill(err, rec.line, "", rec.error, "");
  *out = CallRow{};
  out->line = rec.line;
  for (const char* f : {"caller", "callee"}) {
    const std::string* v = Cell(rec, f);
    if (!v || Trim(*v).empty()) return Fill(err, rec.line, f, "missing_value", "");
    std::string e164 = PhoneE164(*v, m_.region);
    if (e164.empty()) return Fill(err, rec.line, f, "invalid_phone", *v);
    (std::string_view(f) == "caller" ? out->caller : out->callee) = std::move(e164);
  }
  const std::string* start = Cell(rec, "start");
  if (!start || Trim(*start).empty()) return Fill(err, rec.line, "start", "missing_value", "");
  if (!ParseTime(*start, m_.time_format, m_.utc_offset_minutes, &out->start))
    return Fill(err, rec.line, "start", "invalid_time", *start);
  if (const std::string* d = Cell(rec, "duration"); d && !Trim(*d).empty())
    if (!ParseDuration(*d, m_.duration_format, &out->duration))
      return Fill(err, rec.line, "duration", "invalid_duration", *d);
  if (const std::string* c = Cell(rec, "cell")) out->cell = Trim(*c).substr(0, 64);
  if (const std::string* l = Cell(rec, "location")) out->location = Trim(*l).substr(0, 200);
  const std::string* lat = Cell(rec, "latitude");
  const std::string* lon = Cell(rec, "longitude");
  if (lat && lon && !Trim(*lat).empty() && !Trim(*lon).empty()) {
    char* e1 = nullptr;
    char* e2 = nullptr;
    const std::string a = Trim(*lat), b = Trim(*lon);
    out->latitude = std::strtod(a.c_str(), &e1);
    out->longitude = std::strtod(b.c_str(), &e2);
    if (*e1 || out->latitude < -90 || out->latitude > 90) return Fill(err, rec.line, "latitude", "invalid_number", a);
    if (*e2 || out->longitude < -180 || out->longitude > 180)
      return Fill(err, rec.line, "longitude", "invalid_number", b);
    out->has_position = true;
  }
  return true;
}

bool RowReader::ReadTxn(const CsvRecord& rec, TxnRow* out, RowError* err) const {
  if (!rec.error.empty()) return Fill(err, rec.line, "", rec.error, "");
  *out = TxnRow{};
  out->line = rec.line;
  for (const char* f : {"from_account", "to_account"}) {
    const std::string* v = Cell(rec, f);
    if (!v || Trim(*v).empty()) return Fill(err, rec.line, f, "missing_value", "");
    std::string key = AccountKey(*v);
    if (key.size() < 4) return Fill(err, rec.line, f, "invalid_account", *v);
    (f[0] == 'f' ? out->from_account : out->to_account) = std::move(key);
  }
  const std::string* amount = Cell(rec, "amount");
  if (!amount || Trim(*amount).empty()) return Fill(err, rec.line, "amount", "missing_value", "");
  if (!ParseAmount(*amount, m_.decimal, &out->amount_minor) || out->amount_minor <= 0)
    return Fill(err, rec.line, "amount", "invalid_amount", *amount);
  const std::string* date = Cell(rec, "date");
  if (!date || Trim(*date).empty()) return Fill(err, rec.line, "date", "missing_value", "");
  if (!ParseTime(*date, m_.time_format, m_.utc_offset_minutes, &out->at))
    return Fill(err, rec.line, "date", "invalid_time", *date);
  out->currency = m_.currency;
  if (const std::string* c = Cell(rec, "currency"); c && !Trim(*c).empty()) {
    std::string cur = Trim(*c);
    for (auto& ch : cur) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
    if (cur.size() != 3 || !isalpha(static_cast<unsigned char>(cur[0])) || !isalpha(static_cast<unsigned char>(cur[1])) ||
        !isalpha(static_cast<unsigned char>(cur[2])))
      return Fill(err, rec.line, "currency", "invalid_currency", *c);
    out->currency = cur;
  }
  if (out->currency.empty()) return Fill(err, rec.line, "currency", "missing_value", "");
  if (const std::string* r = Cell(rec, "reference")) out->reference = Trim(*r).substr(0, 200);
  if (const std::string* n = Cell(rec, "from_name")) out->from_name = Trim(*n).substr(0, 200);
  if (const std::string* n = Cell(rec, "to_name")) out->to_name = Trim(*n).substr(0, 200);
  return true;
}

}  // namespace ariadne::ingest
