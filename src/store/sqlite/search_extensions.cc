#include "store/sqlite/search_extensions.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace ariadne::sqlite {
namespace {

// Snowball stemmers are not thread-safe; each tokenizer instance (one per FTS table per
// connection, and a connection is used by one thread at a time) owns its own.
struct Stemmers {
  sb_stemmer* russian = sb_stemmer_new("russian", "UTF_8");
  sb_stemmer* english = sb_stemmer_new("english", "UTF_8");
  ~Stemmers() {
    if (russian) sb_stemmer_delete(russian);
    if (english) sb_stemmer_delete(english);
  }
  // The stem of a lower-cased word, or the word itself when it has no letters to stem.
  std::string Stem(const char* word, int n) {
    if (n < 3) return std::string(word, static_cast<size_t>(n));
    bool cyrillic = false, latin = false, digit = false;
    for (int i = 0; i < n; ++i) {
      unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 0xD0 && c <= 0xD3) cyrillic = true;
      else if (c >= 'a' && c <= 'z') latin = true;
      else if (c >= '0' && c <= '9') digit = true;
    }
    sb_stemmer* s = digit ? nullptr : cyrillic && !latin ? russian : latin && !cyrillic ? english : nullptr;
    if (!s) return std::string(word, static_cast<size_t>(n));
    const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word), n);
    if (!out) return std::string(word, static_cast<size_t>(n));
    std::string stem(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s)));
    return s == russian ? SurnameRu(std::move(stem)) : SurnameLatin(std::move(stem));
  }

  // Snowball takes "Каримов" to "карим" but "Каримова", "Каримовым" to "каримов": surnames in
  // -ов/-ев (the region's most common) meet only when that suffix goes too.
  static std::string SurnameRu(std::string stem) {
    auto ends = [&](const char* suffix) {
      size_t n = std::strlen(suffix);
      return stem.size() >= n + 6 && stem.compare(stem.size() - n, n, suffix) == 0;
    };
    if (ends("ов") || ends("ев") || ends("ёв")) stem.resize(stem.size() - 4);
    return stem;
  }
  // "Karimova" and "Karimov" in Latin script.
  static std::string SurnameLatin(std::string stem) {
    auto ends = [&](const char* suffix) {
      size_t n = std::strlen(suffix);
      return stem.size() >= n + 3 && stem.compare(stem.size() - n, n, suffix) == 0;
    };
    if (ends("ova") || ends("eva")) stem.pop_back();
    return stem;
  }
};

struct StemTokenizer {
  fts5_tokenizer parent{};
  Fts5Tokenizer* parent_instance = nullptr;
  Stemmers stemmers;
};

struct TokenCall {
  StemTokenizer* tok;
  void* ctx;
  int (*token)(void*, int, const char*, int, int, int);
};

// Each word goes in as its stem and, when that differs, as itself at the same position (an
// FTS5 colocated token); a query word likewise asks for either. Snowball's stems are not always
// one per word ("подвал" → "подва" but "подвале" → "подвал"): with both, any form finds any.
int OnToken(void* p, int flags, const char* token, int n, int start, int end) {
  auto* call = static_cast<TokenCall*>(p);
  std::string stem = call->tok->stemmers.Stem(token, n);
  int rc = call->token(call->ctx, flags, stem.data(), static_cast<int>(stem.size()), start, end);
  if (rc != SQLITE_OK || (stem.size() == static_cast<size_t>(n) && std::memcmp(stem.data(), token, stem.size()) == 0))
    return rc;
  return call->token(call->ctx, flags | FTS5_TOKEN_COLOCATED, token, n, start, end);
}

int Create(void* api_ptr, const char** /*args*/, int /*n*/, Fts5Tokenizer** out) {
  auto* api = static_cast<fts5_api*>(api_ptr);
  auto tok = std::make_unique<StemTokenizer>();
  void* parent_data = nullptr;
  int rc = api->xFindTokenizer(api, "unicode61", &parent_data, &tok->parent);
  if (rc != SQLITE_OK) return rc;
  const char* parent_args[] = {"remove_diacritics", "2"};
  rc = tok->parent.xCreate(parent_data, parent_args, 2, &tok->parent_instance);
  if (rc != SQLITE_OK) return rc;
  if (!tok->stemmers.russian || !tok->stemmers.english) {
    tok->parent.xDelete(tok->parent_instance);
    return SQLITE_ERROR;
  }
  *out = reinterpret_cast<Fts5Tokenizer*>(tok.release());
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* p) {
  auto* tok = reinterpret_cast<StemTokenizer*>(p);
  tok->parent.xDelete(tok->parent_instance);
  delete tok;
}

int Tokenize(Fts5Tokenizer* p, void* ctx, int flags, const char* text, int n,
             int (*token)(void*, int, const char*, int, int, int)) {
  auto* tok = reinterpret_cast<StemTokenizer*>(p);
  TokenCall call{tok, ctx, token};
  return tok->parent.xTokenize(tok->parent_instance, &call, flags, text, n, OnToken);
}

void InSet(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto* set = static_cast<const Int64Set*>(sqlite3_value_pointer(argv[0], kInt64SetPointerType));
  if (!set) {
    sqlite3_result_error(ctx, "ariadne_in_set: no set bound", -1);
    return;
  }
  sqlite3_result_int(ctx, set->count(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

fts5_api* FtsApi(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  return api;
}

}  // namespace

Status RegisterSearchExtensions(sqlite3* db) {
  fts5_api* api = FtsApi(db);
  if (!api || api->iVersion < 2) return Fail(Error::Internal("this SQLite has no FTS5"));
  fts5_tokenizer tok{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "ariadne_stem", api, &tok, nullptr) != SQLITE_OK)
    return Fail(Error::Internal("cannot register the search tokenizer"));
  if (sqlite3_create_function(db, "ariadne_in_set", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, InSet, nullptr,
                              nullptr) != SQLITE_OK)
    return Fail(Error::Internal("cannot register ariadne_in_set"));
  return Ok();
}

struct TermTokenizer::Impl {
  Fts5Tokenizer* tok = nullptr;
  ~Impl() {
    if (tok) Delete(tok);
  }
};

Result<std::unique_ptr<TermTokenizer>> TermTokenizer::Open(sqlite3* db) {
  fts5_api* api = FtsApi(db);
  if (!api) return Fail(Error::Internal("this SQLite has no FTS5"));
  std::unique_ptr<TermTokenizer> t(new TermTokenizer);
  t->impl_ = std::make_unique<Impl>();
  if (Create(api, nullptr, 0, &t->impl_->tok) != SQLITE_OK) return Fail(Error::Internal("cannot open the search tokenizer"));
  return t;
}

TermTokenizer::~TermTokenizer() = default;

uint32_t TermTokenizer::Hash(const char* p, int n) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (int i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 16777619u;
  }
  return h;
}

std::vector<uint32_t> TermTokenizer::DocumentTerms(const std::string& text) {
  std::vector<uint32_t> out;
  auto add = [](void* ctx, int, const char* token, int n, int, int) {
    static_cast<std::vector<uint32_t>*>(ctx)->push_back(Hash(token, n));
    return SQLITE_OK;
  };
  Tokenize(impl_->tok, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()), add);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::vector<uint32_t>> TermTokenizer::QueryTerms(const std::string& text) {
  std::vector<std::vector<uint32_t>> out;
  auto add = [](void* ctx, int flags, const char* token, int n, int, int) {
    auto& v = *static_cast<std::vector<std::vector<uint32_t>>*>(ctx);
    if (!(flags & FTS5_TOKEN_COLOCATED) || v.empty()) v.emplace_back();
    v.back().push_back(Hash(token, n));
    return SQLITE_OK;
  };
  Tokenize(impl_->tok, &out, FTS5_TOKENIZE_QUERY, text.data(), static_cast<int>(text.size()), add);
  return out;
}

std::string StemWord(const std::string& lower_word) {
  thread_local Stemmers stemmers;
  return stemmers.Stem(lower_word.data(), static_cast<int>(lower_word.size()));
}

}  // namespace ariadne::sqlite
