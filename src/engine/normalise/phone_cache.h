// Phones to E.164 with a default region: the everyday forms of the region's numbering plans from
// a table, the rest through libphonenumber, remembered (the same numbers recur millions of times
// in call records and a parse costs microseconds). Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace ariadne {

// "+996555123456", or "" when the text cannot be a phone number. `region` is ISO 3166-1
// alpha-2 in either case ("kg", "KG"), or empty for international numbers only. Numbers
// libphonenumber finds possible but not valid (new ranges it does not know yet) are kept.
std::string PhoneE164(std::string_view raw, std::string_view region);

}  // namespace ariadne
