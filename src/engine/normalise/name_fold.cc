// FoldName: one pass over the UTF-8 bytes with tables for Cyrillic and Latin diacritics, then
// a longest-match scan that folds the romanisation variants together.
#include "engine/normalise/name_fold.h"

#include <array>
#include <cstring>

#include "domain/property_value.h"  // TransliterateToLatin, for scripts outside the tables

namespace ariadne {
namespace {

// Decodes one code point at s[i], advancing i; U+FFFD for a malformed sequence.
char32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += len;
  return cp;
}

// Russian а..я (U+0430..U+044F); capitals U+0410..U+042F map the same.
constexpr std::array<const char*, 32> kRussian = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
// U+0450..U+045F (capitals U+0400..U+040F): ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ. Ў is the Uzbek oʻ.
constexpr std::array<const char*, 16> kCyrillicExtra = {"e", "yo", "d", "g", "ye", "dz", "i", "yi",
                                                        "j", "lj", "nj", "c", "k", "i", "o", "dzh"};

// Latin of a Cyrillic code point, or nullptr when it is not Cyrillic we know. Sets marks.
const char* CyrillicLatin(char32_t cp) {
  if (cp >= 0x430 && cp <= 0x44F) return kRussian[cp - 0x430];
  if (cp >= 0x410 && cp <= 0x42F) return kRussian[cp - 0x410];
  if (cp >= 0x450 && cp <= 0x45F) return kCyrillicExtra[cp - 0x450];
  if (cp >= 0x400 && cp <= 0x40F) return kCyrillicExtra[cp - 0x400];
  switch (cp | 1) {  // capital and small letter are neighbours from U+0460 on
    case 0x491: return "g";   // Ґ ґ
    case 0x493: return "gh";  // Ғ ғ (Kazakh, Uzbek, Tajik)
    case 0x497: return "zh";  // Җ җ
    case 0x49B: return "q";   // Қ қ
    case 0x4A3: return "ng";  // Ң ң
    case 0x4AF: return "u";   // Ү ү
    case 0x4B1: return "u";   // Ұ ұ
    case 0x4B3: return "h";   // Ҳ ҳ
    case 0x4B7: return "j";   // Ҷ ҷ
    case 0x4BB: return "h";   // Һ һ
    case 0x4D9: return "a";   // Ә ә
    case 0x4E3: return "i";   // Ӣ ӣ
    case 0x4E9: return "o";   // Ө ө
    case 0x4EF: return "u";   // Ӯ ӯ
    default: return nullptr;
  }
}

struct LatinMark {
  char32_t cp;
  const char* latin;
  uint32_t mark;
};
// clang-format off
constexpr LatinMark kLatin[] = {
    {0xC0, "a", 0}, {0xC1, "a", 0}, {0xC2, "a", 0}, {0xC3, "a", 0}, {0xC4, "a", kMarkTurkicLatin}, {0xC5, "a", 0},
    {0xC6, "ae", 0}, {0xC7, "ch", kMarkTurkicLatin}, {0xC8, "e", 0}, {0xC9, "e", 0}, {0xCA, "e", 0}, {0xCB, "e", kMarkBgnPcgn},
    {0xCC, "i", 0}, {0xCD, "i", 0}, {0xCE, "i", 0}, {0xCF, "i", 0}, {0xD1, "ng", kMarkTurkicLatin}, {0xD2, "o", 0},
    {0xD3, "o", 0}, {0xD4, "o", 0}, {0xD5, "o", 0}, {0xD6, "o", kMarkTurkicLatin}, {0xD8, "o", 0}, {0xD9, "u", 0},
    {0xDA, "u", 0}, {0xDB, "u", 0}, {0xDC, "u", kMarkTurkicLatin}, {0xDD, "y", 0}, {0xDF, "ss", 0},
    {0x100, "a", 0}, {0x102, "a", 0}, {0x104, "a", 0}, {0x106, "ch", 0}, {0x10C, "ch", kMarkTajikLatin},
    {0x10E, "d", 0}, {0x110, "d", 0}, {0x112, "e", 0}, {0x116, "e", 0}, {0x118, "e", 0}, {0x11A, "e", 0},
    {0x11E, "gh", kMarkTurkicLatin}, {0x12A, "i", kMarkTajikLatin}, {0x12E, "i", 0}, {0x130, "i", kMarkTurkicLatin},
    {0x131, "y", kMarkTurkicLatin}, {0x141, "l", 0}, {0x142, "l", 0}, {0x143, "n", 0}, {0x147, "n", 0}, {0x14A, "ng", kMarkTurkicLatin}, {0x14C, "o", 0},
    {0x150, "o", 0}, {0x152, "oe", 0}, {0x158, "r", 0}, {0x15A, "sh", 0}, {0x15E, "sh", kMarkTurkicLatin},
    {0x160, "sh", 0}, {0x162, "ts", 0}, {0x164, "t", 0}, {0x16A, "u", kMarkTajikLatin}, {0x16E, "u", 0},
    {0x170, "u", 0}, {0x178, "y", 0}, {0x179, "zh", 0}, {0x17B, "zh", 0}, {0x17D, "zh", 0},
    {0x1E6, "gh", kMarkTajikLatin}, {0x218, "sh", 0}, {0x21A, "ts", 0}, {0x18F, "a", kMarkTurkicLatin},
};
// clang-format on

// Latin-1 and Latin Extended-A/B letters: capitals and small letters share a row (small = +0x20
// in Latin-1, +1 in Extended-A).
const LatinMark* LatinLetter(char32_t cp) {
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) cp -= 0x20;
  else if (cp == 0xFF) cp = 0x178;
  else if (cp == 0x259) cp = 0x18F;  // ə
  for (const LatinMark& m : kLatin) {
    if (m.cp == cp) return &m;
    if (cp >= 0x100 && m.cp >= 0x100 && m.cp + 1 == cp && m.cp != 0x130 && cp != 0x131) return &m;
  }
  return nullptr;
}

bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2018 || cp == 0x2019 || cp == 0x2BB || cp == 0x2BC ||
         cp == 0x2B9 || cp == 0x2032 || cp == 0x201C || cp == 0x201D || cp == 0x2033 || cp == 0x2BA || cp == 0x2EE;
}
bool IsJoiner(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015); }

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Splits a raw name into lower-case Latin tokens, recording the scripts seen.
std::vector<std::string> LatinTokens(std::string_view raw, uint32_t& script) {
  std::vector<std::string> tokens;
  std::string cur, foreign;  // foreign: code points of other scripts, for ICU
  auto flush = [&] {
    if (!foreign.empty()) {
      std::string lat = TransliterateToLatin(foreign);
      for (char c : lat)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) cur += c;
        else if (c >= 'A' && c <= 'Z') cur += static_cast<char>(c - 'A' + 'a');
      foreign.clear();
    }
    if (!cur.empty()) tokens.push_back(std::move(cur));
    cur.clear();
  };
  size_t i = 0;
  while (i < raw.size()) {
    const char32_t cp = NextCodePoint(raw, i);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      cur += static_cast<char>(cp);
      script |= kScriptLatin;
    } else if (cp >= 'A' && cp <= 'Z') {
      cur += static_cast<char>(cp - 'A' + 'a');
      script |= kScriptLatin;
    } else if (IsApostrophe(cp)) {
      if (!cur.empty() && (cur.back() == 'o' || cur.back() == 'g')) script |= kMarkUzbekLatin;
    } else if (IsJoiner(cp)) {
      continue;
    } else if (cp < 0x80 || cp == 0xA0 || cp == 0xAB || cp == 0xBB || (cp >= 0x2000 && cp <= 0x206F)) {
      flush();  // space and punctuation separate tokens
    } else if (const char* c = CyrillicLatin(cp)) {
      cur += c;
      script |= kScriptCyrillic;
    } else if (const LatinMark* m = LatinLetter(cp)) {
      cur += m->latin;
      script |= kScriptLatin | m->mark;
    } else if (cp == 0x301 || cp == 0x308 || cp == 0x306 || cp == 0x304 || cp == 0x30C) {
      continue;  // a combining accent after a decomposed letter
    } else {
      AppendUtf8(foreign, cp);
      script |= kMarkOtherScript;
    }
  }
  flush();
  return tokens;
}


struct Fold {
  const char* from;
  char to;
};
// Longest first. Output letters are never scanned again: 'w' stands for sh, 'q' for ts, 'c' for
// ch, 'j' for zh/dzh/j, 'h' for kh/h/x. Kazakh and Kyrgyz ң is ng or n: both fold to n.
constexpr Fold kFolds[] = {
    {"shch", 'w'}, {"sch", 'w'}, {"dzh", 'j'}, {"tch", 'c'}, {"iya", 'a'}, {"iia", 'a'}, {"iyu", 'u'},
    {"iiu", 'u'},  {"iye", 'e'}, {"iie", 'e'}, {"sh", 'w'},  {"zh", 'j'},  {"dj", 'j'},  {"kh", 'h'},
    {"ch", 'c'},   {"ng", 'n'},  {"ts", 'q'},  {"tz", 'q'},  {"gh", 'g'},  {"ck", 'k'},  {"ph", 'f'},  {"yo", 'e'},
    {"io", 'e'},   {"ye", 'e'},  {"ie", 'e'},  {"yu", 'u'},  {"iu", 'u'},  {"ya", 'a'},  {"ia", 'a'},
};

}  // namespace

std::string FoldLatinToken(std::string_view s) {
  // The folds by their first letter, each with its length: the scan is on every letter of a
  // million names.
  struct Indexed {
    std::string_view from;
    char to;
  };
  static const std::array<std::vector<Indexed>, 128> kByFirst = [] {
    std::array<std::vector<Indexed>, 128> by;
    for (const Fold& f : kFolds) by[static_cast<unsigned char>(f.from[0])].push_back({f.from, f.to});
    return by;
  }();
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char to = 0;
    const auto first = static_cast<unsigned char>(s[i]);
    if (first < 128) {
      for (const Indexed& f : kByFirst[first]) {
        if (s.compare(i, f.from.size(), f.from) == 0) {
          to = f.to;
          i += f.from.size();
          break;
        }
      }
    }
    if (!to) {
      const char c = s[i++];
      to = c == 'x' ? 'h' : c == 'q' ? 'k' : c == 'w' ? 'v' : c == 'y' ? 'i' : c == 'c' ? 'k' : c;
    }
    if (out.empty() || out.back() != to) out += to;  // doubled letters count once
  }
  return out;
}

std::string LatinSpelling(std::string_view raw) {
  uint32_t script = 0;
  std::string out;
  for (const std::string& t : LatinTokens(raw, script)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

FoldedName FoldName(std::string_view raw) {
  FoldedName n;
  std::vector<std::string> latin = LatinTokens(raw, n.script);
  n.tokens.reserve(latin.size());
  for (const std::string& t : latin) {
    if (n.script & kScriptLatin) {
      if (t.find("iu") != std::string::npos || t.find("ia") != std::string::npos) n.script |= kMarkPassportIcao;
      if (t.find("yu") != std::string::npos || t.find("ya") != std::string::npos || t.find("yo") != std::string::npos)
        n.script |= kMarkBgnPcgn;
      if (!(n.script & kScriptCyrillic) && (t.find('x') != std::string::npos || t.find('q') != std::string::npos))
        n.script |= kMarkUzbekLatin;
    }
    n.tokens.push_back(FoldLatinToken(t));
  }
  return n;
}

std::string SchemeName(uint32_t script, bool ru) {
  if (script & kMarkUzbekLatin) return ru ? "узбекской латиницы" : "Uzbek Latin";
  if (script & kMarkTajikLatin) return ru ? "таджикской латиницы" : "Tajik Latin";
  if (script & kMarkTurkicLatin) return ru ? "казахской или кыргызской латиницы" : "Kazakh or Kyrgyz Latin";
  if (script & kMarkPassportIcao) return ru ? "паспортной транслитерации (ИКАО)" : "passport (ICAO) transliteration";
  if (script & kMarkBgnPcgn) return ru ? "транслитерации BGN/PCGN" : "BGN/PCGN transliteration";
  if (script & kMarkOtherScript) return ru ? "транслитерации ICU" : "ICU transliteration";
  return {};
}

}  // namespace ariadne
