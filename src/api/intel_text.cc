#include "api/intel_text.h"

#include <vector>

#include "engine/normalise/name_fold.h"

namespace ariadne {
namespace {

std::vector<std::string> Words(const std::string& s) { return FoldName(s).tokens; }

std::string Digits(const std::string& s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

}  // namespace

bool TermFoundIn(const std::string& term, const std::string& text) {
  const auto q = Words(term);
  if (q.empty()) return false;
  const auto t = Words(text);
  for (const auto& w : q) {
    bool found = false;
    for (const auto& x : t)
      if (x.rfind(w, 0) == 0) found = true;
    if (!found) {
      // A number is found by its digits whatever its punctuation.
      const std::string dq = Digits(w);
      if (dq.size() >= 5 && dq.size() == w.size() && Digits(text).find(dq) != std::string::npos) continue;
      return false;
    }
  }
  return true;
}

bool RemovedTextIn(const std::string& removed, const std::string& text) {
  const std::string dr = Digits(removed);
  if (dr.size() >= 6) {
    // A phone or document number: its last seven digits anywhere, however written.
    const std::string tail = dr.size() > 7 ? dr.substr(dr.size() - 7) : dr;
    if (Digits(text).find(tail) != std::string::npos) return true;
  }
  const auto r = Words(removed);
  if (r.empty()) return false;
  const auto t = Words(text);
  for (size_t i = 0; i + r.size() <= t.size(); ++i) {
    bool all = true;
    for (size_t j = 0; j < r.size() && all; ++j) all = t[i + j] == r[j];
    if (all) return true;
  }
  return false;
}

std::string FoldedTerms(const std::string& term) {
  std::string out;
  for (const auto& w : Words(term)) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace ariadne
