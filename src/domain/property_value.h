// Validation and normalisation of one entity property value by its FollowTheMoney-style
// property type ("name", "phone", "iban", ...). Pure: no file or network I/O. A value is
// refused only when it cannot be what its type says; doubts that an investigator may know
// better about (a phone number libphonenumber does not know) are flags, never refusals.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace ariadne {

// A value as recorded, plus what Ariadne derives from it.
struct NormalizedValue {
  std::string value;       // as written (trimmed of surrounding whitespace only)
  std::string normalized;  // canonical form for matching: E.164 phone, upper-case IBAN without spaces, ... ; empty when there is none
  std::string latin;       // Latin transliteration of a name/string in another script; empty when the value is already Latin/ASCII or the type has none
  std::vector<std::string> flags;  // warnings that never refuse the value, e.g. "phone_unverified"
};

struct ValueContext {
  std::string default_country;  // ISO 3166-1 alpha-2 of the case's jurisdiction, e.g. "KZ"; may be empty
};

// Types: "name", "string", "text", "date", "country", "phone", "email", "iban", "identifier", "number", "url", "gender", "entity".
// `property` is the property name, used as Error::field so a 422 names it (e.g. "phone").
// Refusals are Error::Invalid with reason "required", "too_long", "invalid_utf8" or
// "invalid_<type>"; messages name the property but never repeat the value (it may be personal
// data and messages reach the logs). An unknown type is Error::Internal (a schema bug).
Result<NormalizedValue> NormalizeValue(const std::string& type, const std::string& raw, const ValueContext& ctx, const std::string& property);

// True when `type` is one of the types above.
bool IsKnownPropertyType(const std::string& type);

// Latin transliteration of any-script text (Cyrillic incl. Kazakh/Kyrgyz/Uzbek/Tajik letters, etc.) to ASCII; returns the input when it is already ASCII.
// Cyrillic follows ICAO Doc 9303 (the passport MRZ scheme: Ж Zh, Х Kh, Ц Ts, Щ Shch, Ю Iu, Я Ia,
// Й I, Ь dropped, Ъ Ie), extended with the Central Asian letters Ә A, Ғ G, Қ K, Ң N, Ө O, Ұ U,
// Ү U, Һ H, Ҳ H, Ҷ J, Ӣ I, Ӯ U, Ў U, І I; a capital becomes "ZH" rather than "Zh" inside an
// upper-case word. Other scripts go through ICU's "Any-Latin; Latin-ASCII"; whatever is still
// not ASCII after that (emoji, unassigned scripts) is dropped. Thread-safe.
std::string TransliterateToLatin(const std::string& text);

}  // namespace ariadne
