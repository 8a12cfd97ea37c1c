#include "domain/property_value.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace ariadne {
namespace {

constexpr size_t kMaxValueBytes = 10'000;
constexpr size_t kMaxTextBytes = 1'000'000;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsSpaceOrControl(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; }
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Calls f(code_point) for each code point; false at the first ill-formed sequence (ICU's
// U8_NEXT also refuses overlong forms, surrogates and anything above U+10FFFF).
template <typename F>
bool ForEachCodePoint(std::string_view s, F f) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
    f(c);
  }
  return true;
}

Status Bad(const char* type, const std::string& property, const std::string& rule) {
  return Fail(Error::Invalid(std::string("invalid_") + type, property + " " + rule, property));
}

bool HasNonAsciiLetter(std::string_view s) {
  bool found = false;
  ForEachCodePoint(s, [&](UChar32 c) { found = found || (c >= 0x80 && u_isalpha(c)); });
  return found;
}

// --- One check per type; each fills v.normalized / v.flags or refuses -------------------

using Check = Status (*)(NormalizedValue& v, const ValueContext& ctx, const std::string& property);

Status CheckText(NormalizedValue& v, const ValueContext&, const std::string&) {
  if (HasNonAsciiLetter(v.value)) {
    std::string latin = TransliterateToLatin(v.value);
    if (latin != v.value) v.latin = std::move(latin);
  }
  return Ok();
}

// Reads n digits at s[pos]; false when they are not all there.
bool Digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(s[i])) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (!Digits(s, 0, 4, year) || year < 1000 || year > 2100) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !Digits(s, 5, 2, month) || month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !Digits(s, 8, 2, day) || day < 1 || day > DaysInMonth(year, month)) return false;
  if (s.size() == 10) return true;
  std::string_view t = s.substr(10);  // "THH:MM", "THH:MM:SS", each optionally with "Z"
  if (t.back() == 'Z') t.remove_suffix(1);
  if (t.size() != 6 && t.size() != 9) return false;
  if (t[0] != 'T' || !Digits(t, 1, 2, hour) || hour > 23 || t[3] != ':' || !Digits(t, 4, 2, minute) || minute > 59)
    return false;
  return t.size() == 6 || (t[6] == ':' && Digits(t, 7, 2, second) && second <= 59);
}

Status CheckDate(NormalizedValue& v, const ValueContext&, const std::string& property) {
  if (!ValidDate(v.value))
    return Bad("date", property,
               "must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD (optionally with THH:MM[:SS][Z]) "
               "in the years 1000-2100");
  v.normalized = v.value;
  return Ok();
}

Status CheckCountry(NormalizedValue& v, const ValueContext&, const std::string& property) {
  static const std::set<std::string> kCodes = [] {
    std::set<std::string> codes = {"xk"};  // Kosovo: user-assigned in ISO, used by FtM
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) codes.insert(Lower(*c));
    return codes;
  }();
  const std::string code = Lower(v.value);
  if (code.size() != 2 || !kCodes.count(code))
    return Bad("country", property, "must be an ISO 3166-1 alpha-2 country code such as KZ");
  v.normalized = code;
  return Ok();
}

// Refuses only what cannot be a phone number; libphonenumber's doubts are a flag.
Status CheckPhone(NormalizedValue& v, const ValueContext& ctx, const std::string& property) {
  size_t digits = 0;
  for (size_t i = 0; i < v.value.size(); ++i) {
    const char c = v.value[i];
    if (IsDigit(c))
      ++digits;
    else if (!(c == '+' && i == 0) && std::string_view(" ()-./").find(c) == std::string_view::npos)
      return Bad("phone", property, "may contain only digits, spaces, ( ) - . / and a leading +");
  }
  if (digits < 5 || digits > 20) return Bad("phone", property, "must have 5 to 20 digits");

  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::string region = ctx.default_country.empty() ? "ZZ" : Upper(ctx.default_country);
  i18n::phonenumbers::PhoneNumber number;
  if (util.Parse(v.value, region, &number) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsPossibleNumber(number)) {
    util.Format(number, PhoneNumberUtil::E164, &v.normalized);
    if (!util.IsValidNumber(number)) v.flags.push_back("phone_unverified");
  } else {
    v.flags.push_back("phone_unverified");
  }
  return Ok();
}

Status CheckEmail(NormalizedValue& v, const ValueContext&, const std::string& property) {
  const std::string& s = v.value;
  const size_t at = s.find('@');
  const std::string_view domain = at == std::string::npos ? std::string_view() : std::string_view(s).substr(at + 1);
  if (at == std::string::npos || at == 0 || domain.find('@') != std::string_view::npos ||
      std::any_of(s.begin(), s.end(), IsSpaceOrControl) || domain.find('.') == std::string_view::npos ||
      domain.front() == '.' || domain.back() == '.' || domain.find("..") != std::string_view::npos)
    return Bad("email", property, "must be an e-mail address such as name@example.org");
  v.normalized = s.substr(0, at + 1) + Lower(domain);
  return Ok();
}

Status CheckIban(NormalizedValue& v, const ValueContext&, const std::string& property) {
  std::string iban;
  for (char c : v.value)
    if (c != ' ') iban += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool shape = iban.size() >= 15 && iban.size() <= 34 && IsAlpha(iban[0]) && IsAlpha(iban[1]) &&
                     IsDigit(iban[2]) && IsDigit(iban[3]) &&
                     std::all_of(iban.begin(), iban.end(), [](char c) { return IsDigit(c) || IsAlpha(c); });
  if (!shape) return Bad("iban", property, "must be an IBAN: country code, check digits, 11 to 30 letters or digits");
  // ISO 7064 MOD 97-10 over the rearranged IBAN, letters as 10..35, one digit at a time.
  int remainder = 0;
  for (char c : iban.substr(4) + iban.substr(0, 4)) {
    if (IsDigit(c))
      remainder = (remainder * 10 + (c - '0')) % 97;
    else
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
  }
  if (remainder != 1) return Bad("iban", property, "has a wrong checksum (check the digits)");
  v.normalized = iban;
  return Ok();
}

// Cyrillic capitals that passport clerks and OCR confuse with Latin ones.
UChar32 LatinLookalike(UChar32 c) {
  switch (c) {
    case 0x0410: return 'A';
    case 0x0412: return 'B';
    case 0x0415: return 'E';
    case 0x041A: return 'K';
    case 0x041C: return 'M';
    case 0x041D: return 'H';
    case 0x041E: return 'O';
    case 0x0420: return 'P';
    case 0x0421: return 'C';
    case 0x0422: return 'T';
    case 0x0423: return 'Y';
    case 0x0425: return 'X';
    default: return c;
  }
}

Status CheckIdentifier(NormalizedValue& v, const ValueContext&, const std::string& property) {
  icu::UnicodeString out;
  bool ok = true;
  ForEachCodePoint(v.value, [&](UChar32 c) {
    if (c == ' ' || c == '-' || c == '.' || c == '/') return;
    c = LatinLookalike(u_toupper(c));
    UErrorCode status = U_ZERO_ERROR;
    const bool cyrillic = u_isalpha(c) && uscript_getScript(c, &status) == USCRIPT_CYRILLIC && U_SUCCESS(status);
    ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || cyrillic);
    out.append(c);
  });
  if (!ok || out.isEmpty())
    return Bad("identifier", property, "may contain only letters and digits (and spaces - . /)");
  out.toUTF8String(v.normalized);
  return Ok();
}

// Byte length of a thousands separator at s[i]: space, no-break space, narrow no-break space.
size_t ThousandsSeparator(std::string_view s, size_t i) {
  for (std::string_view sep : {" ", "\xC2\xA0", "\xE2\x80\xAF"})
    if (s.substr(i).starts_with(sep)) return sep.size();
  return 0;
}

// [+-] digits in groups of three separated by spaces (or ungrouped), then [.,] digits.
Status CheckNumber(NormalizedValue& v, const ValueContext&, const std::string& property) {
  const std::string_view s = v.value;
  std::string out;
  size_t i = 0;
  if (s[0] == '+' || s[0] == '-') {
    if (s[0] == '-') out += '-';
    i = 1;
  }
  size_t group = 0;  // digits in the current group
  bool first_group = true, ok = true;
  while (ok && i < s.size()) {
    if (IsDigit(s[i])) {
      out += s[i++];
      ++group;
      continue;
    }
    const size_t sep = ThousandsSeparator(s, i);
    if (sep == 0) break;
    ok = group >= 1 && group <= 3 && (first_group || group == 3);
    first_group = false;
    group = 0;
    i += sep;
  }
  ok = ok && group > 0 && (first_group || group == 3);
  if (ok && i < s.size()) {
    ok = s[i] == '.' || s[i] == ',';
    out += '.';
    const size_t fraction = ++i;
    while (i < s.size() && IsDigit(s[i])) out += s[i++];
    ok = ok && i > fraction && i == s.size();
  }
  if (!ok) return Bad("number", property, "must be a number such as -1 234,5 or 1234.5");
  v.normalized = out;
  return Ok();
}

Status CheckUrl(NormalizedValue& v, const ValueContext&, const std::string& property) {
  const std::string& s = v.value;
  const std::string lower = Lower(s);
  const size_t scheme = lower.starts_with("http://") ? 7 : lower.starts_with("https://") ? 8 : 0;
  const size_t end = std::min(s.find_first_of("/?#", scheme), s.size());
  const std::string authority = s.substr(scheme, end - scheme);
  const size_t at = authority.rfind('@');
  const std::string userinfo = at == std::string::npos ? "" : authority.substr(0, at + 1);
  std::string host = authority.substr(userinfo.size()), port;
  const size_t close = host.starts_with('[') ? host.find(']') : 0;  // "[::1]:8080"
  const size_t colon = host.starts_with('[') ? (close == std::string::npos ? close : close + 1) : host.rfind(':');
  if (colon != std::string::npos && colon < host.size()) {
    port = host.substr(colon);
    host.resize(colon);
  }
  const bool port_ok = port.empty() || (port.size() >= 2 && port.size() <= 6 && port[0] == ':' &&
                                        std::all_of(port.begin() + 1, port.end(), IsDigit));
  if (scheme == 0 || host.empty() || host == "[]" || (host.starts_with('[') && !host.ends_with(']')) || !port_ok ||
      std::any_of(s.begin(), s.end(), IsSpaceOrControl))
    return Bad("url", property, "must be a web address starting with http:// or https://");
  v.normalized = lower.substr(0, scheme) + userinfo + Lower(host) + port + s.substr(end);
  return Ok();
}

Status CheckGender(NormalizedValue& v, const ValueContext&, const std::string& property) {
  const std::string g = Lower(v.value);
  if (g != "male" && g != "female" && g != "other") return Bad("gender", property, "must be male, female or other");
  v.normalized = g;
  return Ok();
}

Status CheckEntity(NormalizedValue& v, const ValueContext&, const std::string& property) {
  const std::string& s = v.value;
  bool ok = s.size() == 36;
  for (size_t i = 0; ok && i < s.size(); ++i)
    ok = (i == 8 || i == 13 || i == 18 || i == 23) ? s[i] == '-' : IsHex(s[i]);
  if (!ok) return Bad("entity", property, "must be an entity id (a UUID)");
  v.normalized = Lower(s);
  return Ok();
}

struct TypeRule {
  std::string_view type;
  Check check;
};
constexpr TypeRule kTypes[] = {
    {"name", CheckText},     {"string", CheckText},   {"text", CheckText},
    {"date", CheckDate},     {"country", CheckCountry}, {"phone", CheckPhone},
    {"email", CheckEmail},   {"iban", CheckIban},     {"identifier", CheckIdentifier},
    {"number", CheckNumber}, {"url", CheckUrl},       {"gender", CheckGender},
    {"entity", CheckEntity},
};

const TypeRule* FindType(std::string_view type) {
  for (const TypeRule& t : kTypes)
    if (t.type == type) return &t;
  return nullptr;
}

}  // namespace

bool IsKnownPropertyType(const std::string& type) { return FindType(type) != nullptr; }

Result<NormalizedValue> NormalizeValue(const std::string& type, const std::string& raw, const ValueContext& ctx,
                                       const std::string& property) {
  const TypeRule* rule = FindType(type);
  if (!rule) return Fail(Error::Internal("unknown property type '" + type + "' for " + property));
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const size_t begin = raw.find_first_not_of(kSpace);
  if (begin == std::string::npos) return Fail(Error::Invalid("required", property + " is required", property));
  const size_t length = raw.find_last_not_of(kSpace) + 1 - begin;
  const size_t limit = type == "text" ? kMaxTextBytes : kMaxValueBytes;
  if (length > limit)
    return Fail(Error::Invalid("too_long", property + " is longer than " + std::to_string(limit) + " bytes", property));
  NormalizedValue v;
  v.value = raw.substr(begin, length);
  if (!ForEachCodePoint(v.value, [](UChar32) {}))
    return Fail(Error::Invalid("invalid_utf8", property + " is not valid UTF-8 text", property));
  ARIADNE_RETURN_IF_ERROR(rule->check(v, ctx, property));
  return v;
}

}  // namespace ariadne
