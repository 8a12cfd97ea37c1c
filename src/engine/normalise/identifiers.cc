#include "engine/normalise/identifiers.h"

#include <cctype>

namespace ariadne {
namespace {

int32_t DaysFromCivil(int y, unsigned m, unsigned d) {  // H. Hinnant's algorithm
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : kDays[m - 1];
}

// Reads exactly n digits at s[i].
bool Digits(std::string_view s, size_t i, size_t n, int& out) {
  if (i + n > s.size()) return false;
  out = 0;
  for (size_t k = i; k < i + n; ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    out = out * 10 + (s[k] - '0');
  }
  return true;
}

}  // namespace

std::string DocumentNumberKey(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      out += static_cast<char>(std::toupper(c));
      continue;
    }
    if ((c == 0xD0 || c == 0xD1) && i + 1 < s.size()) {  // two-byte Cyrillic
      const unsigned cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      ++i;
      const unsigned up = cp >= 0x430 && cp <= 0x44F ? cp - 0x20 : cp;
      static const struct { unsigned cp; char latin; } kLook[] = {
          {0x410, 'A'}, {0x412, 'B'}, {0x415, 'E'}, {0x41A, 'K'}, {0x41C, 'M'}, {0x41D, 'H'},
          {0x41E, 'O'}, {0x420, 'P'}, {0x421, 'C'}, {0x422, 'T'}, {0x423, 'Y'}, {0x425, 'X'}};
      for (const auto& l : kLook)
        if (l.cp == up) out += l.latin;
    }
  }
  return out;
}

std::string AccountKey(std::string_view raw) {
  std::string k = DocumentNumberKey(raw);
  if (k.size() >= 15 && k.size() <= 34 && std::isalpha(static_cast<unsigned char>(k[0])) &&
      std::isalpha(static_cast<unsigned char>(k[1])) && std::isdigit(static_cast<unsigned char>(k[2]))) {
    // An IBAN: keep it only when its check digits hold, so a mistyped one matches nothing.
    const std::string moved = k.substr(4) + k.substr(0, 4);
    int rem = 0;
    for (char c : moved) {
      const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
      rem = (v >= 10 ? rem * 100 + v : rem * 10 + v) % 97;
    }
    if (rem != 1) return {};
  }
  return k;
}

std::string EmailKey(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    if (c == ' ' || c == '\t') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const size_t at = out.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= out.size() || out.find('@', at + 1) != std::string::npos)
    return {};
  return out;
}

std::optional<DateRange> ParseDateRange(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  DateRange r;
  int y = 0, m = 0, d = 0;
  if (s.size() >= 4 && Digits(s, 0, 4, y)) {  // ISO: YYYY[-MM[-DD]]
    if (s.size() == 4) {
    } else if (s.size() == 7 && s[4] == '-' && Digits(s, 5, 2, m)) {
    } else if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && Digits(s, 5, 2, m) && Digits(s, 8, 2, d)) {
    } else {
      return std::nullopt;
    }
  } else if (s.size() == 10 && (s[2] == '.' || s[2] == '/') && s[5] == s[2] && Digits(s, 0, 2, d) &&
             Digits(s, 3, 2, m) && Digits(s, 6, 4, y)) {  // DD.MM.YYYY as written in the region
  } else if (s.size() == 7 && (s[2] == '.' || s[2] == '/') && Digits(s, 0, 2, m) && Digits(s, 3, 4, y)) {
  } else {
    return std::nullopt;
  }
  if (y < 1850 || y > 2200 || m < 0 || m > 12 || (d != 0 && m == 0)) return std::nullopt;
  if (d != 0 && d > DaysInMonth(y, m)) return std::nullopt;
  r.year = y;
  r.month = m;
  r.day = d;
  r.first = DaysFromCivil(y, m ? m : 1, d ? d : 1);
  r.last = DaysFromCivil(y, m ? m : 12, d ? d : (m ? DaysInMonth(y, m) : 31));
  return r;
}

}  // namespace ariadne
