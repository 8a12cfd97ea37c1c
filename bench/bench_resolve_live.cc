// The server's case: an index of every record, and a newly saved record matched against it.
// Loads the first N-Q records of a generated set into the live index (as `serve` does at start),
// then matches the last Q, one at a time, and reports p50/p95/p99 of Match() and the index's
// build time and memory.
//
//   bench_resolve_live ENTITIES.jsonl [QUERIES=1000] [CONFIG_DIR=config]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "engine/match/live_index.h"
#include "engine/match/record_input.h"

using namespace ariadne;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_resolve_live ENTITIES.jsonl [QUERIES] [CONFIG_DIR]\n");
    return 2;
  }
  const size_t queries = argc > 2 ? std::stoul(argv[2]) : 1000;
  auto config = LoadMatchConfig(argc > 3 ? argv[3] : "config");
  if (!config) {
    std::fprintf(stderr, "%s\n", config.error().message.c_str());
    return 1;
  }
  std::vector<PreparedRecord> records;
  {
    std::ifstream in(argv[1]);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (auto mi = InputFromFtm(j, "")) records.push_back(Prepare(*mi));
    }
  }
  if (records.size() <= queries) return 1;
  // The queries are records spread through the set (every k-th), so they have matches in it.
  std::vector<PreparedRecord> asked;
  const size_t step = records.size() / queries;
  for (size_t i = 0; i < queries; ++i) asked.push_back(records[i * step]);
  for (size_t i = queries; i-- > 0;) records.erase(records.begin() + static_cast<long>(i * step));
  LiveIndex ix(*config);
  const auto t0 = Clock::now();
  for (auto& r : records) ix.Upsert(std::move(r));
  const double build = std::chrono::duration<double>(Clock::now() - t0).count();
  std::vector<double> ms;
  size_t found = 0;
  for (const PreparedRecord& q : asked) {
    const auto t = Clock::now();
    auto m = ix.Match(q, config->review);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    found += m.size();
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf("{\"indexed\": %zu, \"index_build_s\": %.2f, \"queries\": %zu, \"proposals\": %zu, \"p50_ms\": %.3f, "
              "\"p95_ms\": %.3f, \"p99_ms\": %.3f, \"max_ms\": %.3f, \"peak_rss_mb\": %ld}\n",
              ix.size(), build, ms.size(), found, pct(0.5), pct(0.95), pct(0.99), ms.back(), u.ru_maxrss / 1024);
  return 0;
}
