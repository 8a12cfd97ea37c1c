// Text matching for intelligence: a search term against a report's texts, and a sanitised copy
// checked for every string the analyst removed — in any script (names folded across Cyrillic
// and Latin) and, for numbers, by their digits however they are written.
#pragma once

#include <string>

namespace ariadne {

// Whether every word of `term` begins a word of `text`, across scripts.
bool TermFoundIn(const std::string& term, const std::string& text);
// Whether `removed` still shows in `text`: its words in order in any script, or its digits.
bool RemovedTextIn(const std::string& removed, const std::string& text);
// The term folded for the search log ("who searched for this name").
std::string FoldedTerms(const std::string& term);

}  // namespace ariadne
