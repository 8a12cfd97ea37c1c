#include "base/time_format.h"

#include <cstdio>
#include <ctime>

namespace ariadne {
namespace {

// Days from civil date, Howard Hinnant's algorithm (public domain), so no time-zone library
// is needed for UTC.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::string FormatTime(int64_t ms) {
  int64_t secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
  int millis = static_cast<int>(ms - secs * 1000);
  time_t t = static_cast<time_t>(secs);
  struct tm tm {};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
  return buf;
}

std::optional<int64_t> ParseTime(const std::string& s) {
  // Strict, character by character: sscanf's %d would also take signs, spaces and short fields.
  auto digits = [&s](size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
  if (!digits(0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' || !digits(8, 2, d))
    return std::nullopt;
  if (s.size() != 10) {
    if (s.size() < 20 || s[10] != 'T' || !digits(11, 2, h) || s[13] != ':' || !digits(14, 2, mi) ||
        s[16] != ':' || !digits(17, 2, sec))
      return std::nullopt;
    size_t pos = 19;
    if (s[pos] == '.') {
      // One to three digits of a decimal fraction: ".5" is 500 ms.
      size_t n = 0;
      while (pos + 1 + n < s.size() && n < 4 && s[pos + 1 + n] >= '0' && s[pos + 1 + n] <= '9') ++n;
      if (n == 0 || n > 3 || !digits(pos + 1, n, ms)) return std::nullopt;
      for (size_t i = n; i < 3; ++i) ms *= 10;
      pos += 1 + n;
    }
    if (s.size() != pos + 1 || s[pos] != 'Z') return std::nullopt;
  }
  static constexpr int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDaysIn[mo - 1] + (mo == 2 && leap ? 1 : 0)) return std::nullopt;
  int64_t days = DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
  return ((days * 24 + h) * 60 + mi) * 60000LL + sec * 1000LL + ms;
}

}  // namespace ariadne
