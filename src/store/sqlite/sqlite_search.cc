// The case-file search index (migration 10): items per record, FTS5 with the stemming
// tokenizer, need-to-know applied to every hit before it is counted.
#include <algorithm>

#include "domain/property_value.h"
#include "store/sqlite/search_extensions.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr int kCaseShift = 24;
// Up to this many visible cases, each case's range is searched on its own (see Search).
constexpr size_t kPerCaseRanges = 4000;

// The user's words: each word, or each "quoted phrase", must all be present. Nothing the user
// types is FTS5 syntax. Invalid when a quote is left open.
Result<std::vector<std::string>> SplitSearchTerms(const std::string& text) {
  std::vector<std::string> out;
  std::string term;
  bool in_quote = false;
  auto flush = [&] {
    if (!term.empty()) out.push_back(term);
    term.clear();
  };
  for (char ch : text) {
    if (ch == '"') {
      flush();
      in_quote = !in_quote;
    } else if (!in_quote && (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
      flush();
    } else {
      term += ch;
    }
  }
  if (in_quote) return Fail(Error::Invalid("invalid_value", "a quotation mark is not closed", "q"));
  flush();
  return out;
}

std::string FtsString(const std::string& term) {
  std::string out = "\"";
  for (char ch : term) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

}  // namespace

Result<TermTokenizer*> SqliteConnection::Terms() {
  if (!terms_) {
    auto t = TermTokenizer::Open(db_->raw());
    if (!t) return Fail(t.error());
    terms_ = std::move(*t);
  }
  return terms_.get();
}

namespace {

std::string PackTerms(const std::vector<uint32_t>& terms) {
  std::string out(terms.size() * 4, '\0');
  for (size_t i = 0; i < terms.size(); ++i)
    for (int b = 0; b < 4; ++b) out[i * 4 + b] = static_cast<char>((terms[i] >> (8 * b)) & 0xff);
  return out;
}

// Whether the sorted packed set holds `term`.
bool HasTerm(std::string_view packed, uint32_t term) {
  size_t lo = 0, hi = packed.size() / 4;
  auto at = [&](size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(packed.data() + i * 4);
    return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
           static_cast<uint32_t>(p[3]) << 24;
  };
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    uint32_t v = at(mid);
    if (v == term) return true;
    if (v < term) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

// Every word of the query (one of its alternatives) is in the set.
bool MatchesAll(std::string_view packed, const std::vector<std::vector<uint32_t>>& words) {
  for (const auto& alternatives : words) {
    bool any = false;
    for (uint32_t t : alternatives) any = any || HasTerm(packed, t);
    if (!any) return false;
  }
  return true;
}

// Ranking, best first: more of the words in the title, then the newest record.
int TitleScore(std::string_view title_terms, const std::vector<std::vector<uint32_t>>& words) {
  int n = 0;
  for (const auto& alternatives : words)
    for (uint32_t t : alternatives)
      if (HasTerm(title_terms, t)) {
        ++n;
        break;
      }
  return n;
}

}  // namespace

Result<SearchResult> SqliteConnection::Search(const SearchQuery& q) {
  auto split = SplitSearchTerms(q.text);
  if (!split) return Fail(split.error());
  auto terms = Terms();
  if (!terms) return Fail(terms.error());
  // Each term as FTS5 and as term sets. A word in Cyrillic also stands for its Latin
  // transliteration, so "Иванов" finds a name recorded only as "Ivanov" (the other way round,
  // Latin records of Cyrillic names carry their transliteration already).
  std::string fts_text;
  std::vector<std::vector<uint32_t>> words;
  bool phrase = false;
  for (const auto& term : *split) {
    auto positions = (*terms)->QueryTerms(term);
    if (positions.empty()) continue;  // punctuation only
    std::string latin = TransliterateToLatin(term);
    auto latin_positions = latin == term ? decltype(positions)() : (*terms)->QueryTerms(latin);
    std::string part = FtsString(term);
    if (!latin_positions.empty()) part = "(" + part + " OR " + FtsString(latin) + ")";
    fts_text += (fts_text.empty() ? "" : " AND ") + part;
    if (positions.size() > 1 || latin_positions.size() > 1) {
      phrase = true;  // several words in one term: only FTS5 knows where they stand
      continue;
    }
    if (!latin_positions.empty()) positions[0].insert(positions[0].end(), latin_positions[0].begin(), latin_positions[0].end());
    words.push_back(std::move(positions[0]));
  }
  if (fts_text.empty()) return Fail(Error::Invalid("required", "the search has no words", "q"));
  const std::string* fts = &fts_text;

  // 1. The cases the caller may see, by their search numbers.
  Int64Set visible;
  std::unordered_map<int64_t, std::string> case_of;
  auto collect = [&](Stmt& s) -> Status {
    while (true) {
      STEP_OR_RETURN((&s), row);
      if (!*row) break;
      if (!q.case_id.empty() && s.Text(1) != q.case_id) continue;
      visible.insert(s.Int(0));
      case_of[s.Int(0)] = s.Text(1);
    }
    return Ok();
  };
  {
    PREPARE(s, "SELECT sc.seq, sc.case_id FROM search_cases sc WHERE sc.case_id IN "
               "(SELECT case_id FROM case_team WHERE user_id = ? UNION SELECT case_id FROM case_shares WHERE user_id = ?)");
    s->Bind(1, q.scope.user_id).Bind(2, q.scope.user_id);
    ARIADNE_RETURN_IF_ERROR(collect(*s));
  }
  if (q.scope.supervised_unit) {
    PREPARE(s, "SELECT sc.seq, sc.case_id FROM cases c JOIN search_cases sc ON sc.case_id = c.id "
               "WHERE c.owning_unit_id = ?");
    s->Bind(1, *q.scope.supervised_unit);
    ARIADNE_RETURN_IF_ERROR(collect(*s));
  }
  SearchResult result;
  if (visible.empty()) return result;

  // 2. Every hit in those cases.
  struct Scored {
    int64_t id;
    int score;
  };
  std::vector<Scored> hits;
  auto invalid = [](const Error& e) {
    if (e.code == ErrorCode::kInvalidArgument || e.message.find("fts5") != std::string::npos)
      return Error::Invalid("invalid_value", "the search cannot be read: " + e.message, "q");
    return e;
  };
  if (visible.size() <= kPerCaseRanges && !phrase) {
    // A caller who sees few cases is answered from their cases' items alone: each case is one
    // range of ids, and each item keeps its set of terms. The work follows what the caller may
    // see, not how common the words are across every case.
    std::vector<int64_t> seqs(visible.begin(), visible.end());
    std::sort(seqs.begin(), seqs.end());
    PREPARE(s, "SELECT id, terms, title_terms FROM search_items WHERE id >= ? AND id < ?");
    for (size_t i = 0; i < seqs.size();) {
      size_t j = i + 1;
      while (j < seqs.size() && seqs[j] == seqs[j - 1] + 1) ++j;  // neighbouring cases: one range
      s->Reset();
      s->Bind(1, seqs[i] << kCaseShift).Bind(2, (seqs[j - 1] + 1) << kCaseShift);
      while (true) {
        STEP_OR_RETURN(s, row);
        if (!*row) break;
        if (MatchesAll(s->Blob(1), words)) hits.push_back({s->Int(0), TitleScore(s->Blob(2), words)});
      }
      i = j;
    }
  } else {
    // Many cases (a supervisor's unit), or a phrase: one pass over FTS5's matches, each kept
    // when its case is in the set.
    PREPARE(s, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND ariadne_in_set(?, rowid >> 24)");
    s->Bind(1, *fts).BindPointer(2, &visible, kInt64SetPointerType);
    while (true) {
      auto row = s->Step();
      if (!row) return Fail(invalid(row.error()));
      if (!*row) break;
      hits.push_back({s->Int(0), 0});
    }
    PREPARE(t, "SELECT title_terms FROM search_items WHERE id = ?");
    for (auto& h : hits) {
      t->Reset();
      t->Bind(1, h.id);
      STEP_OR_RETURN(t, row);
      if (*row) h.score = TitleScore(t->Blob(0), words);
    }
  }
  auto item_row = [&](int64_t id, SearchHit& h) -> Status {
    PREPARE(s, "SELECT kind, record_id, guard, title FROM search_items WHERE id = ?");
    s->Bind(1, id);
    STEP_OR_RETURN(s, row);
    if (!*row) return Fail(Error::Corruption("search item " + std::to_string(id) + " is missing"));
    h.kind = s->Text(0);
    h.record_id = s->Text(1);
    h.guard = s->Text(2);
    h.title = s->Text(3);
    h.case_id = case_of[id >> kCaseShift];
    return Ok();
  };
  // Guarded items must pass the caller's check before they count.
  std::vector<Scored> allowed;
  allowed.reserve(hits.size());
  for (const auto& h : hits) {
    if (h.id & 1) {
      SearchHit item;
      ARIADNE_RETURN_IF_ERROR(item_row(h.id, item));
      if (!q.may_read || !q.may_read(item.case_id, item.record_id, item.guard)) continue;
    }
    allowed.push_back(h);
  }
  result.total = static_cast<int64_t>(allowed.size());
  std::sort(allowed.begin(), allowed.end(),
            [](const Scored& a, const Scored& b) { return a.score != b.score ? a.score > b.score : a.id > b.id; });

  // 3. The page, with snippets.
  for (size_t i = static_cast<size_t>(std::max(0, q.offset));
       i < allowed.size() && result.hits.size() < static_cast<size_t>(std::max(0, q.limit)); ++i) {
    SearchHit h;
    ARIADNE_RETURN_IF_ERROR(item_row(allowed[i].id, h));
    h.score = allowed[i].score;
    PREPARE(s, "SELECT snippet(search_fts, -1, char(1), char(2), '…', 24) FROM search_fts "
               "WHERE search_fts MATCH ? AND rowid = ?");
    s->Bind(1, *fts).Bind(2, allowed[i].id);
    auto row = s->Step();
    if (!row) return Fail(invalid(row.error()));
    if (*row) h.snippet = s->Text(0);
    result.hits.push_back(std::move(h));
  }
  return result;
}

Status SqliteConnection::ReplaceSearchItems(const std::string& case_id, const std::string& record_id,
                                            const std::vector<SearchItem>& items) {
  {
    PREPARE(s, "SELECT id, title, text FROM search_items WHERE record_id = ?");
    s->Bind(1, record_id);
    std::vector<std::tuple<int64_t, std::string, std::string>> old;
    while (true) {
      STEP_OR_RETURN(s, row);
      if (!*row) break;
      old.emplace_back(s->Int(0), s->Text(1), s->Text(2));
    }
    for (const auto& [id, title, text] : old) {
      PREPARE(d, "INSERT INTO search_fts(search_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)");
      ARIADNE_RETURN_IF_ERROR(d->Bind(1, id).Bind(2, title).Bind(3, text).Run());
      PREPARE(r, "DELETE FROM search_items WHERE id = ?");
      ARIADNE_RETURN_IF_ERROR(r->Bind(1, id).Run());
    }
  }
  if (items.empty()) return Ok();
  int64_t seq = 0;
  {
    PREPARE(s, "INSERT INTO search_cases(case_id) VALUES (?) ON CONFLICT(case_id) DO NOTHING");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, case_id).Run());
    PREPARE(g, "SELECT seq FROM search_cases WHERE case_id = ?");
    g->Bind(1, case_id);
    STEP_OR_RETURN(g, row);
    if (!*row) return Fail(Error::Internal("no search number for case " + case_id));
    seq = g->Int(0);
  }
  const int64_t base = seq << kCaseShift, top = base + ((int64_t{1} << kCaseShift) - 1);
  int64_t next = 0;
  {
    PREPARE(s, "SELECT MAX(id) FROM search_items WHERE id BETWEEN ? AND ?");
    s->Bind(1, base).Bind(2, top);
    STEP_OR_RETURN(s, row);
    next = (*row && !s->IsNull(0)) ? ((s->Int(0) - base) >> 1) + 1 : 1;
  }
  for (const auto& item : items) {
    if (next >= (int64_t{1} << (kCaseShift - 1)))
      return Fail(Error::Unavailable("the search index of case " + case_id + " is full"));
    int64_t id = base + (next++ << 1) + (item.guard.empty() ? 0 : 1);
    auto terms = Terms();
    if (!terms) return Fail(terms.error());
    // The title is indexed as a column of its own, so its terms are in both sets.
    std::string all_terms = PackTerms((*terms)->DocumentTerms(item.title + "\n" + item.text));
    std::string title_terms = PackTerms((*terms)->DocumentTerms(item.title));
    PREPARE(s, "INSERT INTO search_items(id, record_id, kind, guard, title, text, terms, title_terms) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ARIADNE_RETURN_IF_ERROR(s->Bind(1, id)
                                .Bind(2, record_id)
                                .Bind(3, item.kind)
                                .Bind(4, item.guard)
                                .Bind(5, item.title)
                                .Bind(6, item.text)
                                .BindBlob(7, all_terms.data(), all_terms.size())
                                .BindBlob(8, title_terms.data(), title_terms.size())
                                .Run());
    PREPARE(f, "INSERT INTO search_fts(rowid, title, text) VALUES (?, ?, ?)");
    ARIADNE_RETURN_IF_ERROR(f->Bind(1, id).Bind(2, item.title).Bind(3, item.text).Run());
  }
  return Ok();
}

void SqliteConnection::MarkForIndex(const char* kind, const std::string& id) {
  IndexTask t{kind, id};
  for (const auto& x : index_tasks_)
    if (x == t) return;
  index_tasks_.push_back(std::move(t));
}

std::vector<IndexTask> SqliteConnection::TakeIndexTasks() {
  std::vector<IndexTask> out;
  out.swap(index_tasks_);
  return out;
}

Result<std::string> SqliteConnection::GetSetting(const std::string& key) {
  PREPARE(s, "SELECT value FROM store_settings WHERE key = ?");
  s->Bind(1, key);
  STEP_OR_RETURN(s, row);
  return *row ? s->Text(0) : std::string();
}

Status SqliteConnection::PutSetting(const std::string& key, const std::string& value) {
  PREPARE(s, "INSERT INTO store_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  return s->Bind(1, key).Bind(2, value).Run();
}

Result<std::vector<std::string>> SqliteConnection::AllCaseIds() {
  PREPARE(s, "SELECT id FROM cases ORDER BY created_at, id");
  std::vector<std::string> out;
  while (true) {
    STEP_OR_RETURN(s, row);
    if (!*row) break;
    out.push_back(s->Text(0));
  }
  return out;
}

Status SqliteConnection::OptimizeSearchIndex() {
  return db_->Exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
}

Status SqliteConnection::ClearSearchIndex() {
  ARIADNE_RETURN_IF_ERROR(db_->Exec("DELETE FROM search_items"));
  return db_->Exec("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
}

}  // namespace ariadne::sqlite
