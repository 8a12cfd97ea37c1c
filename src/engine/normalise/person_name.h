// A person's name as parts: given names, surnames and patronymics told apart by their endings
// (-ovich/-evna, -uly/-kyzy, uulu, oʻgʻli/qizi, -ov/-ova, -ev/-eva, -in/-ina, -zoda), initials
// kept as initials, and a phonetic key per part for blocking. Order is not trusted: a name may
// be written surname first or last. Pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/normalise/name_fold.h"

namespace ariadne {

enum class NamePartKind { kName, kPatronymic, kInitial };

struct NamePart {
  NamePartKind kind = NamePartKind::kName;
  std::string folded;  // as FoldName gives it
  std::string stem;    // without a surname or patronymic ending (rakhimov, rakhimova -> rahim)
  std::string key;     // phonetic: first letter and the consonants of the stem
  char gender = 0;     // 'm' or 'f' when an ending says so
  bool surname_ending = false;
};

struct PersonName {
  std::vector<NamePart> parts;  // written order
  uint32_t script = 0;
  char gender = 0;  // from the endings, 0 when none or when they disagree
  bool empty() const { return parts.empty(); }
};

PersonName ParsePersonName(std::string_view raw);
// The phonetic key of a folded token (also used for the stems of name parts).
std::string PhoneticKey(std::string_view folded);

}  // namespace ariadne
