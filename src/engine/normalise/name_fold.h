// A name as comparable tokens: Unicode case folding, Cyrillic (Russian, Kazakh, Kyrgyz, Uzbek,
// Tajik) and Latin with diacritics brought to one Latin spelling, then the romanisation
// variants in real use folded together (х kh/h/x, ж zh/j, ч ch, ш sh, ц ts, й y/i, ё е/yo,
// ю yu/iu, я ya/ia, ы y, ъ ь dropped, Uzbek oʻ gʻ with any apostrophe). Pure and thread-safe;
// a table, not ICU, for the scripts of the region (ICU only for other scripts), because it runs
// a million times in a batch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne {

// Which writing systems a raw name showed: used to explain a match ("under Uzbek Latin").
enum NameScript : uint32_t {
  kScriptCyrillic = 1u << 0,
  kScriptLatin = 1u << 1,
  kMarkUzbekLatin = 1u << 2,    // oʻ gʻ (any apostrophe), x or q
  kMarkTurkicLatin = 1u << 3,   // ş ç ğ ı ü ö ä ə: Kazakh, Kyrgyz or Turkish-style Latin
  kMarkTajikLatin = 1u << 4,    // ī ū ǧ č ҷ-as-j
  kMarkPassportIcao = 1u << 5,  // iu ia ie: Russian passports since 2013 (ICAO 9303)
  kMarkBgnPcgn = 1u << 6,       // yu ya ye yo: BGN/PCGN and older passports
  kMarkOtherScript = 1u << 7,   // went through ICU
};

struct FoldedName {
  std::vector<std::string> tokens;  // folded, in written order; "." and "," split; "-" joins
  uint32_t script = 0;              // NameScript bits
};

// The single Latin spelling of a raw name, lower case, before variant folding ("рахимов" ->
// "rakhimov"); tokens separated by one space. For display of how a name was read.
std::string LatinSpelling(std::string_view raw);
FoldedName FoldName(std::string_view raw);
// Folds one already-Latin lower-case token (the second half of FoldName).
std::string FoldLatinToken(std::string_view latin);
// Human name of the romanisation a name's marks show, English and Russian; empty when none.
std::string SchemeName(uint32_t script, bool russian);

}  // namespace ariadne
