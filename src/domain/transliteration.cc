// TransliterateToLatin (declared in property_value.h): ICU transform rules for Cyrillic, with
// the Central Asian letters ICU's own Cyrillic-Latin leaves alone, then ICU for other scripts.
#include "domain/property_value.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <string_view>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace ariadne {
namespace {

// ASCII only: the table's Latin side.
std::string Cased(std::string_view s, bool upper) {
  std::string out(s);
  for (char& c : out) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ICAO Doc 9303 for Cyrillic, plus the Kazakh, Kyrgyz, Uzbek and Tajik letters.
struct CyrillicLetter {
  const char* upper;
  const char* lower;
  const char* latin;  // as a capital is written at the start of a word
};
// clang-format off
constexpr CyrillicLetter kCyrillic[] = {
    // Russian
    {"А", "а", "A"},    {"Б", "б", "B"},    {"В", "в", "V"},    {"Г", "г", "G"},    {"Д", "д", "D"},    {"Е", "е", "E"},
    {"Ё", "ё", "E"},    {"Ж", "ж", "Zh"},   {"З", "з", "Z"},    {"И", "и", "I"},    {"Й", "й", "I"},    {"К", "к", "K"},
    {"Л", "л", "L"},    {"М", "м", "M"},    {"Н", "н", "N"},    {"О", "о", "O"},    {"П", "п", "P"},    {"Р", "р", "R"},
    {"С", "с", "S"},    {"Т", "т", "T"},    {"У", "у", "U"},    {"Ф", "ф", "F"},    {"Х", "х", "Kh"},   {"Ц", "ц", "Ts"},
    {"Ч", "ч", "Ch"},   {"Ш", "ш", "Sh"},   {"Щ", "щ", "Shch"}, {"Ъ", "ъ", "Ie"},   {"Ы", "ы", "Y"},    {"Ь", "ь", ""},
    {"Э", "э", "E"},    {"Ю", "ю", "Iu"},   {"Я", "я", "Ia"},
    // Ukrainian, Belarusian, Serbian, Macedonian
    {"Ґ", "ґ", "G"},    {"Є", "є", "Ie"},   {"І", "і", "I"},    {"Ї", "ї", "I"},    {"Ў", "ў", "U"},    {"Ђ", "ђ", "D"},
    {"Ѓ", "ѓ", "G"},    {"Ѕ", "ѕ", "Dz"},   {"Ј", "ј", "J"},    {"Љ", "љ", "Lj"},   {"Њ", "њ", "Nj"},   {"Ќ", "ќ", "K"},
    {"Ћ", "ћ", "C"},    {"Џ", "џ", "Dz"},
    // Kazakh, Kyrgyz, Uzbek, Tajik
    {"Ә", "ә", "A"},    {"Ғ", "ғ", "G"},    {"Қ", "қ", "K"},    {"Ң", "ң", "N"},    {"Ө", "ө", "O"},    {"Ұ", "ұ", "U"},
    {"Ү", "ү", "U"},    {"Һ", "һ", "H"},    {"Ҳ", "ҳ", "H"},    {"Ҷ", "ҷ", "J"},    {"Ӣ", "ӣ", "I"},    {"Ӯ", "ӯ", "U"},
};
// clang-format on

// ICU transform rules: NFC first (a decomposed Й), then the table, then ICU for other scripts.
// A capital with a two-letter form is all capitals next to another capital: "ЖУК" -> "ZHUK".
std::string TransliterationRules() {
  std::string rules = "::NFC;\n";
  for (const CyrillicLetter& l : kCyrillic) {
    const std::string upper = l.upper, latin = l.latin;
    if (latin.size() > 1) {
      rules += upper + " } [:Lu:] > " + Cased(latin, true) + ";\n";
      rules += "[:Lu:] { " + upper + " > " + Cased(latin, true) + ";\n";
    }
    rules += upper + " > " + latin + ";\n";
    rules += std::string(l.lower) + " > " + Cased(latin, false) + ";\n";
  }
  return rules + "::Any-Latin;\n::Latin-ASCII;\n";
}

// Transliterator is not thread-safe: one prototype, never freed, and a clone per thread.
icu::Transliterator* ThreadTransliterator() {
  static const icu::Transliterator* const prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    icu::Transliterator* t = icu::Transliterator::createFromRules(
        "ariadne-latin", icu::UnicodeString::fromUTF8(TransliterationRules()), UTRANS_FORWARD, parse_error, status);
    if (U_FAILURE(status)) {
      delete t;
      return static_cast<icu::Transliterator*>(nullptr);
    }
    return t;
  }();
  static std::mutex clone_mutex;
  thread_local std::unique_ptr<icu::Transliterator> mine;
  if (!mine && prototype) {
    std::lock_guard<std::mutex> lock(clone_mutex);
    mine.reset(prototype->clone());
  }
  return mine.get();
}

}  // namespace

std::string TransliterateToLatin(const std::string& text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return text;
  icu::Transliterator* t = ThreadTransliterator();
  if (!t) return {};  // ICU without its data: no transliteration rather than a wrong one
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });  // drops whole code points
  return out;
}

}  // namespace ariadne
