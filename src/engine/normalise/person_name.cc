#include "engine/normalise/person_name.h"

namespace ariadne {
namespace {

struct Ending {
  const char* folded;  // in FoldLatinToken's alphabet: c is ch, w is sh
  char gender;
  bool patronymic;
};
// Longest first within a kind. Patronymics: Russian-style, Kazakh -uly/-kyzy, Kyrgyz uulu/kyzy,
// Uzbek oʻgʻli/qizi, Azerbaijani-style -ogly. Surnames: Russian-style endings and Tajik -zoda.
constexpr Ending kEndings[] = {
    {"ovic", 'm', true}, {"evic", 'm', true}, {"ovna", 'f', true}, {"evna", 'f', true}, {"icna", 'f', true},
    {"inicna", 'f', true}, {"ulu", 'm', true}, {"uli", 'm', true}, {"kizi", 'f', true}, {"ogli", 'm', true},
    {"ugli", 'm', true}, {"ova", 'f', false}, {"eva", 'f', false}, {"ina", 'f', false}, {"skaa", 'f', false},
    {"ska", 'f', false}, {"ski", 'm', false}, {"ov", 'm', false}, {"ev", 'm', false}, {"in", 'm', false},
    {"zoda", 0, false}, {"zade", 0, false},
};
// Particles written as separate words after the father's name: "Bakyt uulu", "Alisher oʻgʻli".
bool IsParticle(std::string_view t) { return t == "ulu" || t == "uli" || t == "kizi" || t == "ogli" || t == "ugli"; }

bool EndsWith(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

NamePart MakePart(std::string folded) {
  NamePart p;
  p.folded = std::move(folded);
  p.stem = p.folded;
  if (p.folded.size() == 1) {
    p.kind = NamePartKind::kInitial;
    p.key = p.folded;
    return p;
  }
  for (const Ending& e : kEndings) {
    const size_t n = std::char_traits<char>::length(e.folded);
    // A stem of at least three letters: "Ina" and "Olga" are not surnames with endings.
    if (p.folded.size() < n + 3 || !EndsWith(p.folded, e.folded)) continue;
    p.stem = p.folded.substr(0, p.folded.size() - n);
    p.gender = e.gender;
    if (e.patronymic) p.kind = NamePartKind::kPatronymic;
    else p.surname_ending = true;
    break;
  }
  p.key = PhoneticKey(p.stem);
  return p;
}

}  // namespace

std::string PhoneticKey(std::string_view f) {
  std::string key;
  for (size_t i = 0; i < f.size() && key.size() < 6; ++i) {
    const char c = f[i];
    if (i > 0 && (IsVowel(c) || c == 'h')) continue;
    // b/p, d/t, g/k, z/s and v/f are confused in hearing and in typing names heard aloud.
    const char k = c == 'p' ? 'b' : c == 't' ? 'd' : c == 'g' ? 'k' : c == 'z' ? 's' : c == 'f' ? 'v' : c;
    if (key.empty() || key.back() != k) key += k;
  }
  return key;
}

PersonName ParsePersonName(std::string_view raw) {
  PersonName n;
  FoldedName f = FoldName(raw);
  n.script = f.script;
  for (std::string& t : f.tokens) {
    if (IsParticle(t) && !n.parts.empty() && n.parts.back().kind == NamePartKind::kName) {
      NamePart& father = n.parts.back();  // "Bakyt uulu": the father's name is the patronymic
      father.kind = NamePartKind::kPatronymic;
      father.gender = t == "kizi" ? 'f' : 'm';
      continue;
    }
    if (IsParticle(t)) continue;
    n.parts.push_back(MakePart(std::move(t)));
  }
  for (const NamePart& p : n.parts) {
    if (!p.gender) continue;
    if (n.gender && n.gender != p.gender) {
      n.gender = 0;
      break;
    }
    n.gender = p.gender;
  }
  return n;
}

}  // namespace ariadne
