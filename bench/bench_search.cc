// Case-file search benchmark of issue 3: 1,000,000 indexed text items over 100,000 cases,
// searched as an ordinary investigator who may see 1% of the cases, with rare and very common
// two-word queries, straight through the store interface the API uses (need-to-know applied,
// guarded items checked, snippets made for the first page).
//
//   bench_search --data DIR [--cases 100000] [--items 1000000] [--runs 300]
// Seeds DIR when it has no store yet; then measures.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

#include "base/ids.h"
#include "cli/runtime.h"
#include "bench_args.h"

using namespace ariadne;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

int64_t Arg(int argc, char** argv, const char* name, int64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::stoll(argv[i + 1]);
  return fallback;
}
// A vocabulary of 30,000 made-up words, half Cyrillic and half Latin, drawn with a Zipf law
// (s = 1), so the first words are in most items and the last in a handful — as in real notes.
struct Vocabulary {
  std::vector<std::string> words;
  std::vector<double> cdf;
  explicit Vocabulary(size_t n) {
    const char* cyr[] = {"ка", "ра", "ми", "но", "ту", "бе", "ло", "жа", "шу", "хи", "ве", "да", "зо", "ны", "пё", "ся"};
    const char* lat[] = {"ka", "ra", "mi", "no", "tu", "be", "lo", "zha", "shu", "khi", "ve", "da", "zo", "ny", "pe", "sya"};
    std::mt19937 rng(11);
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
      std::string w;
      int syl = 2 + static_cast<int>(rng() % 3);
      for (int k = 0; k < syl; ++k) w += (i % 2 ? lat : cyr)[rng() % 16];
      w += (i % 2) ? "s" : "ов";
      words.push_back(w);  // a word made twice just shares two ranks
      sum += 1.0 / static_cast<double>(i + 1);
      cdf.push_back(sum);
    }
    for (auto& c : cdf) c /= sum;
  }
  size_t Draw(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<size_t>(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
  }
};

void Report(const char* label, std::vector<double>& us, double mean_total) {
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[std::min(us.size() - 1, static_cast<size_t>(p * us.size()))] / 1000.0; };
  std::printf("%-34s n=%zu  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", label, us.size(), pct(0.50), pct(0.95), pct(0.99));
  if (mean_total >= 0) std::printf("  (mean hits the user may see: %.0f)", mean_total);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = StrArg(argc, argv, "--data");
  if (data.empty()) {
    std::fprintf(stderr, "usage: bench_search --data DIR [--cases N] [--items N] [--runs N]\n");
    return 2;
  }
  const int64_t n_cases = Arg(argc, argv, "--cases", 100000);
  const int64_t n_items = Arg(argc, argv, "--items", 1000000);
  const int runs = static_cast<int>(Arg(argc, argv, "--runs", 300));
  const Vocabulary vocab(30000);
  FILE* probe = std::fopen((data + "/ariadne.db").c_str(), "r");
  const bool seed = !probe;
  if (probe) std::fclose(probe);
  StoreOptions bulk;
  bulk.writer_cache_mb = 2048;
  auto rt = OpenRuntime(ResolvePaths(data, "", ""), Env::Default(), seed, bulk);
  if (!rt) Die(rt.error());
  Runtime& r = **rt;

  if (seed) {
    Actor actor{"", "bench", "CLI", "bench", "local"};
    auto unit = r.accounts->CreateUnit(actor, "BENCH-S", "Search bench unit", "KZ", "");
    if (!unit) Die(unit.error());
    auto me = r.accounts->CreateUser(actor, "bench.search", "bench.search", Role::kInvestigator, unit->code, "bench-password-2026");
    auto other = r.accounts->CreateUser(actor, "bench.other", "bench.other", Role::kInvestigator, unit->code, "bench-password-2026");
    if (!me || !other) Die(Error::Internal("users"));
    std::mt19937_64 rng(5);
    const int64_t per_case = std::max<int64_t>(1, n_items / n_cases);
    auto t0 = std::chrono::steady_clock::now();
    const int64_t batch = 1000;
    for (int64_t start = 0; start < n_cases; start += batch) {
      auto st = r.store->Write([&](StoreWriter& w) -> Status {
        for (int64_t i = start; i < std::min(n_cases, start + batch); ++i) {
          const User& owner = (i % 100 == 0) ? *me : *other;  // 1% are the measured user's
          Case c;
          c.id = NewUuidV7(*r.env);
          c.title = "Bench case " + std::to_string(i);
          c.category = "tip";
          c.approach = "reactive";
          c.trigger = "complaint";
          c.jurisdiction_country = "KZ";
          c.owning_unit_id = unit->id;
          c.created_by = owner.id;
          c.created_at = c.updated_at = r.env->NowMillis();
          ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
          ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, {owner.id, "lead", {"victim_data"}}, c.created_at));
          for (int64_t k = 0; k < per_case; ++k) {
            std::string text;
            int words = 20 + static_cast<int>(rng() % 40);
            for (int j = 0; j < words; ++j) {
              if (j) text += ' ';
              text += vocab.words[vocab.Draw(rng)];
            }
            // One item in ten is a statement, checked by the access function hit by hit.
            bool guarded = k % 10 == 9;
            std::string rec = NewUuidV7(*r.env);
            ARIADNE_RETURN_IF_ERROR(w.ReplaceSearchItems(
                c.id, rec, {{guarded ? "statement" : "entity", rec, guarded ? "statement:witness" : "", "", text}}));
          }
        }
        return Ok();
      });
      if (!st) Die(st.error());
      if ((start / batch) % 10 == 0) {
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::fprintf(stderr, "\rseeded %lld cases, %.0f s", static_cast<long long>(start + batch), s);
      }
    }
    std::fprintf(stderr, "\n");
    auto st = r.store->Write([&](StoreWriter& w) -> Status {
      return w.PutSetting("search_index_version", SearchIndexer::kVersion);
    });
    if (!st) Die(st.error());
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("seeded %lld cases and %lld items in %.0f s\n", static_cast<long long>(n_cases),
                static_cast<long long>(per_case * n_cases), s);
  }

  if (Arg(argc, argv, "--optimize", 0)) {
    auto t0 = std::chrono::steady_clock::now();
    auto st = r.store->Write([&](StoreWriter& w) { return w.OptimizeSearchIndex(); });
    if (!st) Die(st.error());
    std::printf("optimize: %.1f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  Principal p;
  (void)r.store->Read([&](StoreReader& rd) -> Status {
    auto u = rd.GetUserByName("bench.search");
    if (!u) return Fail(u.error());
    p.user_id = u->id;
    p.role = u->role;
    p.unit_id = u->unit_id;
    return Ok();
  });
  auto scope = r.authz->CaseListScope(p);
  if (!scope) Die(scope.error());
  std::mt19937_64 rng(99);
  auto run = [&](const char* label, size_t lo, size_t hi) {
    std::vector<double> us;
    double totals = 0;
    for (int i = 0; i < runs; ++i) {
      size_t a = lo + rng() % (hi - lo), b = lo + rng() % (hi - lo);
      SearchQuery q;
      q.text = vocab.words[a] + " " + vocab.words[b];
      q.scope = *scope;
      q.limit = 20;
      q.may_read = [](const std::string&, const std::string&, const std::string&) { return true; };
      auto t0 = std::chrono::steady_clock::now();
      int64_t total = 0;
      auto st = r.store->Read([&](StoreReader& rd) -> Status {
        auto res = rd.Search(q);
        if (!res) return Fail(res.error());
        total = res->total;
        return Ok();
      });
      if (!st) Die(st.error());
      us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
      totals += static_cast<double>(total);
    }
    Report(label, us, totals / runs);
    return us;
  };
  std::printf("== search as bench.search (sees 1%% of %lld cases), 20 hits with snippets\n", static_cast<long long>(n_cases));
  auto common = run("very common words (top 10)", 0, 10);
  auto frequent = run("frequent words (ranks 10-200)", 10, 200);
  auto rare = run("rare words (ranks 5,000-30,000)", 5000, 30000);
  std::vector<double> all;
  for (auto* v : {&common, &frequent, &rare}) all.insert(all.end(), v->begin(), v->end());
  Report("all queries", all, -1);
  return 0;
}
