// What the search index adds to every SQLite connection: the `ariadne_stem` FTS5 tokenizer
// (unicode61 words, Russian and English words reduced to their Snowball stem, so "паспорта"
// finds "паспорт" and "рахимова" finds "Рахимов") and `ariadne_in_set(set, value)`, a
// membership test against a C++ set bound as a pointer, so need-to-know filtering of search
// hits costs a hash lookup per hit rather than a join.
#pragma once

#include <cstdint>
#include <string>
#include <memory>
#include <unordered_set>
#include <vector>

#include "base/error.h"

struct sqlite3;

namespace ariadne::sqlite {

inline constexpr const char* kInt64SetPointerType = "ariadne_int64_set";
using Int64Set = std::unordered_set<int64_t>;

Status RegisterSearchExtensions(sqlite3* db);

// The words of a text exactly as the `ariadne_stem` tokenizer gives them to FTS5, for the
// search index's own per-item term sets (sqlite_search.cc). One per connection.
class TermTokenizer {
 public:
  static Result<std::unique_ptr<TermTokenizer>> Open(sqlite3* db);
  ~TermTokenizer();
  // Every token of a document (stems and the words beside them), hashed, sorted, unique.
  std::vector<uint32_t> DocumentTerms(const std::string& text);
  // The positions of a query text, each with its alternatives (a stem and the word itself).
  std::vector<std::vector<uint32_t>> QueryTerms(const std::string& text);
  static uint32_t Hash(const char* p, int n);

 private:
  TermTokenizer() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The stemmed form of one word as the tokenizer indexes it (tests and query building).
std::string StemWord(const std::string& lower_word);

}  // namespace ariadne::sqlite
