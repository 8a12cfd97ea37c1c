// Identifiers and dates as matching compares them: passport and ID numbers, IBANs and account
// numbers, vehicle plates, e-mail addresses, and dates that may be partial ("1985",
// "1985-03", "12.03.1985") compared as day ranges. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ariadne {

// Upper-case letters and digits only; Cyrillic letters that look like Latin ones (А В Е К М Н
// О Р С Т У Х) read as those, as on plates and in machine-readable zones. "" when nothing is left.
std::string DocumentNumberKey(std::string_view raw);
// A vehicle plate: as DocumentNumberKey.
inline std::string PlateKey(std::string_view raw) { return DocumentNumberKey(raw); }
// An IBAN compacted and checked (mod 97); other account numbers as their digits and letters.
std::string AccountKey(std::string_view raw);
// Lower case; "" when it is not an address.
std::string EmailKey(std::string_view raw);

// Days since 1970-01-01 of the first and last day a date may mean.
struct DateRange {
  int32_t first = 0, last = 0;
  int year = 0, month = 0, day = 0;  // as written, 0 when absent
  bool full() const { return day != 0; }
};
// "1985", "1985-03", "1985-03-12", "12.03.1985", "03.1985"; nullopt for anything else.
std::optional<DateRange> ParseDateRange(std::string_view raw);

}  // namespace ariadne
