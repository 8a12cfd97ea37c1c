// Case-list latency as an ordinary investigator (access filtering on), straight through the
// store interface the API uses: 50 rows sorted by last change, with and without free text.
//
//   bench_case_list --data DIR [--user bench.investigator] [--runs 2000]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>

#include "cli/runtime.h"
#include "bench_args.h"

using namespace ariadne;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

void Report(const char* label, std::vector<double>& us) {
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[std::min(us.size() - 1, static_cast<size_t>(p * us.size()))] / 1000.0; };
  std::printf("%-44s n=%zu  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms\n", label, us.size(), pct(0.50), pct(0.95), pct(0.99));
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = StrArg(argc, argv, "--data", "");
  std::string username = StrArg(argc, argv, "--user", "bench.investigator");
  int runs = std::stoi(StrArg(argc, argv, "--runs", "2000"));
  auto rt = OpenRuntime(ResolvePaths(data, "", ""), Env::Default(), false);
  if (!rt) {
    std::fprintf(stderr, "%s\n", rt.error().message.c_str());
    return 1;
  }
  Runtime& r = **rt;
  Principal p;
  (void)r.store->Read([&](StoreReader& rd) -> Status {
    auto u = rd.GetUserByName(username);
    if (!u) return Fail(u.error());
    p.user_id = u->id;
    p.username = u->username;
    p.role = u->role;
    p.unit_id = u->unit_id;
    return Ok();
  });
  auto scope = r.authz->CaseListScope(p);
  if (!scope) {
    std::fprintf(stderr, "%s\n", scope.error().message.c_str());
    return 1;
  }
  const char* words[] = {"Рахимов", "Rakhimov", "Almaty", "Алматы", "passports", "Kim", "Dubai"};
  std::mt19937 rng(1);
  auto measure = [&](const char* label, bool text, bool next_page) {
    std::vector<double> us;
    int64_t total = 0;
    for (int i = 0; i < runs; ++i) {
      CaseListQuery q;
      q.scope = *scope;
      q.limit = 50;
      q.sort = "-updated_at";
      if (text) q.text = words[rng() % std::size(words)];
      auto t0 = std::chrono::steady_clock::now();
      auto st = r.store->Read([&](StoreReader& rd) -> Status {
        auto page = rd.ListCases(q);
        if (!page) return Fail(page.error());
        total = page->total;
        if (next_page && !page->next_cursor.empty()) {
          q.cursor = page->next_cursor;
          auto second = rd.ListCases(q);
          if (!second) return Fail(second.error());
        }
        return Ok();
      });
      auto t1 = std::chrono::steady_clock::now();
      if (!st) {
        std::fprintf(stderr, "%s\n", st.error().message.c_str());
        return;
      }
      us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::printf("(%s: total visible %lld) ", username.c_str(), static_cast<long long>(total));
    Report(label, us);
  };
  measure("list 50, -updated_at", false, false);
  measure("list 50, -updated_at, q=<word>", true, false);
  measure("list 50, -updated_at, first + second page", false, true);
  return 0;
}
