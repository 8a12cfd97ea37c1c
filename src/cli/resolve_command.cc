// `ariadne resolve --input FILE --output FILE`: FollowTheMoney JSON lines in, one JSON line per
// proposed pair and per cluster out, through the same normalisation and scorer as the server.
// A line that is not a JSON object, or an entity with nothing to match on, is counted and
// skipped (its line number on standard error); nothing else stops the run.
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <functional>
#include <thread>

#include "cli/commands.h"
#include "engine/match/batch_resolver.h"
#include "engine/match/record_input.h"
#include "engine/match/scorer.h"

namespace ariadne {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int RunResolve(const std::string& config_dir, const std::string& input, const std::string& output,
               const std::string& region, int threads, bool quiet) {
  auto config = LoadMatchConfig(config_dir.empty() ? ResolvePaths("", "", "").config_dir : config_dir);
  if (!config) {
    std::fprintf(stderr, "ariadne: %s — field: %s\n", config.error().message.c_str(), config.error().field.c_str());
    return 1;
  }
  std::ifstream in(input);
  if (!in) {
    std::fprintf(stderr, "ariadne: cannot read %s\n", input.c_str());
    return 1;
  }
  std::ofstream out(output);
  if (!out) {
    std::fprintf(stderr, "ariadne: cannot write %s\n", output.c_str());
    return 1;
  }
  if (threads <= 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const auto start = std::chrono::steady_clock::now();

  // Read and parse in chunks, each chunk's lines shared out among the threads.
  std::vector<MatchInput> inputs;
  uint64_t line_no = 0, bad = 0, skipped = 0;
  constexpr size_t kChunk = 1 << 16;
  std::vector<std::string> lines;
  std::vector<std::optional<MatchInput>> parsed;
  std::vector<char> malformed;
  auto parallel = [&](size_t n, const std::function<void(size_t)>& each) {
    auto work = [&](int t) {
      for (size_t i = t; i < n; i += threads) each(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& th : pool) th.join();
  };
  for (bool more = true; more;) {
    lines.clear();
    std::string line;
    while (lines.size() < kChunk && (more = static_cast<bool>(std::getline(in, line)))) lines.push_back(std::move(line));
    parsed.assign(lines.size(), std::nullopt);
    malformed.assign(lines.size(), 0);
    parallel(lines.size(), [&](size_t i) {
      if (lines[i].find_first_not_of(" \t\r") == std::string::npos) return;
      nlohmann::json j = nlohmann::json::parse(lines[i], nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        malformed[i] = 1;
        return;
      }
      parsed[i] = InputFromFtm(j, region);
    });
    for (size_t i = 0; i < lines.size(); ++i) {
      ++line_no;
      if (malformed[i]) {
        if (++bad <= 20) std::fprintf(stderr, "ariadne: line %llu is not a JSON object; skipped\n",
                                      static_cast<unsigned long long>(line_no));
        continue;
      }
      if (!parsed[i]) {
        if (lines[i].find_first_not_of(" \t\r") != std::string::npos) ++skipped;
        continue;
      }
      inputs.push_back(std::move(*parsed[i]));
    }
  }
  lines = {};
  const double t_read = Seconds(start);

  // Normalise: names folded and parted, phones to E.164, identifiers, dates.
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<PreparedRecord> records(inputs.size());
  parallel(inputs.size(), [&](size_t i) { records[i] = Prepare(inputs[i]); });
  inputs = {};
  const double t_normalise = Seconds(t0);

  const auto t1 = std::chrono::steady_clock::now();
  BatchResult result = ResolveBatch(records, *config, threads);
  const double t_match = Seconds(t1);

  const auto t2 = std::chrono::steady_clock::now();
  // Each proposed pair explained again (the batch scored without words), in parallel slices
  // written in order.
  const size_t slices = static_cast<size_t>(threads) * 8;
  std::vector<std::string> text(slices);
  parallel(slices, [&](size_t k) {
    const size_t lo = result.pairs.size() * k / slices, hi = result.pairs.size() * (k + 1) / slices;
    for (size_t i = lo; i < hi; ++i) {
      const ProposedPair& p = result.pairs[i];
      MatchScore s = ScorePair(records[p.a], records[p.b], *config, static_cast<int>(p.name_frequency), true);
      nlohmann::json reasons = nlohmann::json::array();
      for (const MatchReason& r : s.reasons) reasons.push_back(r.text);
      text[k] += nlohmann::json{{"a", records[p.a].id}, {"b", records[p.b].id},
                                {"score", std::round(s.probability * 1e4) / 1e4}, {"reasons", reasons}}.dump();
      text[k] += '\n';
    }
  });
  for (std::string& t : text) out << t;
  text.clear();
  std::string buf;
  for (const auto& c : result.clusters) {
    nlohmann::json ids = nlohmann::json::array();
    for (uint32_t r : c) ids.push_back(records[r].id);
    buf += nlohmann::json{{"cluster", ids}}.dump();
    buf += '\n';
  }
  out << buf;
  out.close();
  const double t_write = Seconds(t2);
  if (!out) {
    std::fprintf(stderr, "ariadne: writing %s failed\n", output.c_str());
    return 1;
  }
  if (!quiet) {
    nlohmann::json stats = {{"records", records.size()}, {"lines", line_no}, {"malformed_lines", bad},
                            {"not_matchable", skipped}, {"keys", result.stats.keys}, {"blocks", result.stats.blocks},
                            {"split_blocks", result.stats.split_blocks}, {"hub_blocks", result.stats.hub_blocks},
                            {"largest_block", result.stats.largest_block}, {"comparisons", result.stats.comparisons},
                            {"pairs", result.pairs.size()}, {"clusters", result.clusters.size()},
                            {"seconds_read_parse", t_read}, {"seconds_normalise", t_normalise},
                            {"seconds_block_score_cluster", t_match}, {"seconds_engine", t_normalise + t_match},
                            {"seconds_write", t_write}, {"seconds_total", Seconds(start)}, {"threads", threads},
                            {"peak_rss_mb", PeakRssMb()}};
    std::cerr << stats.dump() << "\n";
  }
  return 0;
}

}  // namespace ariadne
