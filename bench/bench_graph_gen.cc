// The data of the link-analysis benchmark (issue 8): a deterministic, skewed world of phone
// numbers and bank accounts, written as the files an analyst would import and as the edge list the
// peers (python3-igraph, PostgreSQL) load.
//
//   bench_graph_gen --out DIR [--nodes 1000000] [--calls 10000000] [--txns 10000000]
//                   [--edges 10000000] [--seed 1] [--samples 1000]
//
// The world: 80% of the nodes are phones (+7 7xx, Kazakhstan mobile ranges), 20% KZ IBANs.
// Activity is Zipf-skewed (rank^-0.6 for phones, rank^-0.7 for accounts, the same ranking for
// calling and being called); 20 call-centre numbers take 8% of the callees and 2% of the callers,
// 10 very active accounts (an exchanger, a payment processor) 10% of the payers and 10% of the
// payees. --edges distinct directed pairs (70% calls, 30% payments) are drawn first; then the
// rows: every pair once, the other rows repeating pairs drawn uniformly, in random order, at
// random times over 2025.
//
// Files in DIR:
//   calls.csv               A number,B number,Start,Duration
//   transactions.csv        From,To,Amount,Date,Currency
//   edges.txt               "a b" per distinct directed pair, integer ids (phones 0.., then accounts)
//   calls-mapping.json, transactions-mapping.json   the column mappings (ariadne import)
//   nodes.txt               --samples random node ids (the neighbourhood queries of every system)
//   pairs.txt               --samples random "a b" pairs of the same kind (the path queries)
//   world.json              the parameters and counts, hub and very active account ids
// Memory: the pair set and the pair list (about 25 bytes a pair); rows are streamed.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/world.h"
#include "bench_args.h"

using bench_world::Rng;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

uint64_t Arg(int argc, char** argv, const char* name, uint64_t fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::strtoull(argv[i + 1], nullptr, 10);
  return fallback;
}

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Draws local ids 0..n-1 with weight (rank+1)^-s, ranks a random permutation of the ids.
class Zipf {
 public:
  Zipf(uint32_t n, double s, Rng& rng) : cum_(n), id_(n) {
    for (uint32_t i = 0; i < n; ++i) id_[i] = i;
    for (uint32_t i = n; i > 1; --i) std::swap(id_[i - 1], id_[rng.Below(i)]);
    double total = 0;
    for (uint32_t r = 0; r < n; ++r) cum_[r] = total += std::pow(r + 1.0, -s);
    for (double& c : cum_) c /= total;
  }
  uint32_t Draw(Rng& rng) const {
    const double u = rng.Uniform();
    const size_t r = std::upper_bound(cum_.begin(), cum_.end(), u) - cum_.begin();
    return id_[std::min(r, id_.size() - 1)];
  }
  uint32_t ByRank(uint32_t r) const { return id_[r]; }

 private:
  std::vector<double> cum_;
  std::vector<uint32_t> id_;
};

// Open addressing over a<<32|b; ~0 is empty.
class PairSet {
 public:
  explicit PairSet(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    slots_.assign(cap, ~0ull);
    mask_ = cap - 1;
  }
  bool Insert(uint64_t key) {
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    for (size_t i = (h ^ (h >> 29)) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == key) return false;
      if (slots_[i] == ~0ull) {
        slots_[i] = key;
        return true;
      }
    }
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_;
};

struct Pair {
  uint32_t a, b;  // local ids of the kind
};

// `target` distinct directed pairs among n local ids: the end drawn from the hubs with the given
// shares, otherwise from the Zipf activity.
std::vector<Pair> DrawPairs(uint32_t n, uint64_t target, const Zipf& zipf, const std::vector<uint32_t>& hubs,
                            double hub_out, double hub_in, Rng& rng) {
  if (n < 2 || target > static_cast<uint64_t>(n) * (n - 1) / 4)
    Die("too many distinct pairs (" + std::to_string(target) + ") for " + std::to_string(n) + " nodes");
  PairSet seen(target);
  std::vector<Pair> out;
  out.reserve(target);
  const uint64_t max_attempts = target * 50 + 1000;
  auto end = [&](double hub_share) {
    return !hubs.empty() && rng.Uniform() < hub_share ? hubs[rng.Below(hubs.size())] : zipf.Draw(rng);
  };
  for (uint64_t attempt = 0; out.size() < target; ++attempt) {
    if (attempt >= max_attempts) Die("could not draw enough distinct pairs: lower --edges or raise --nodes");
    const uint32_t a = end(hub_out), b = end(hub_in);
    if (a == b) continue;
    if (seen.Insert(static_cast<uint64_t>(a) << 32 | b)) out.push_back({a, b});
  }
  return out;
}

// Buffered output with hand-rolled number formatting (snprintf per field is most of the time).
class Out {
 public:
  explicit Out(const std::string& path) : path_(path), f_(std::fopen(path.c_str(), "wb")) {
    if (!f_) Die("cannot write " + path);
    buf_.reserve(1 << 23);
  }
  ~Out() { Close(); }
  void Close() {
    if (!f_) return;
    Flush();
    if (std::fclose(f_) != 0) Die("cannot write " + path_);
    f_ = nullptr;
  }
  Out& operator<<(const std::string& s) {
    buf_ += s;
    return Spill();
  }
  Out& operator<<(const char* s) {
    buf_ += s;
    return Spill();
  }
  Out& operator<<(char c) {
    buf_ += c;
    return Spill();
  }
  Out& Num(uint64_t v, int width = 0) {
    char tmp[24];
    int n = 0;
    do {
      tmp[n++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v > 0);
    while (n < width) tmp[n++] = '0';
    while (n > 0) buf_ += tmp[--n];
    return Spill();
  }
  // "YYYY-MM-DD HH:MM:SS" of epoch seconds (UTC).
  Out& Time(int64_t t) {
    int64_t days = t / 86400, secs = t % 86400;
    // civil_from_days (H. Hinnant)
    days += 719468;
    const int64_t era = days / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    Num(static_cast<uint64_t>(y), 4) << '-';
    Num(static_cast<uint64_t>(m), 2) << '-';
    Num(static_cast<uint64_t>(d), 2) << ' ';
    Num(static_cast<uint64_t>(secs / 3600), 2) << ':';
    Num(static_cast<uint64_t>(secs / 60 % 60), 2) << ':';
    return Num(static_cast<uint64_t>(secs % 60), 2);
  }

 private:
  Out& Spill() {
    if (buf_.size() >= (1 << 22)) Flush();
    return *this;
  }
  void Flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) Die("cannot write " + path_);
    buf_.clear();
  }
  std::string path_;
  FILE* f_;
  std::string buf_;
};

void WriteJson(const std::string& path, const nlohmann::json& j) {
  Out o(path);
  o << j.dump(2) << '\n';
}

constexpr int64_t kYearStart = 1735689600;  // 2025-01-01 00:00:00 UTC
constexpr int64_t kYear = 365 * 86400;

// Every pair once, interleaved at random with repeats of any pair: row i is the next pair of the
// list with probability (pairs left) / (rows left), else a pair drawn uniformly. A pair thus has
// 1 + Poisson((rows - pairs) / pairs) rows, and the busy ends have the most rows as they have the
// most pairs.
template <typename Row>
void WriteRows(uint64_t rows, const std::vector<Pair>& pairs, Rng& rng, Row&& row) {
  uint64_t next = 0;
  for (uint64_t i = 0; i < rows; ++i) {
    const bool fresh = rng.Below(rows - i) < pairs.size() - next;
    row(pairs[fresh ? next++ : rng.Below(pairs.size())]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string out = StrArg(argc, argv, "--out");
  if (out.empty()) {
    std::fprintf(stderr,
                 "usage: bench_graph_gen --out DIR [--nodes 1000000] [--calls 10000000] [--txns 10000000] "
                 "[--edges 10000000] [--seed 1] [--samples 1000]\n");
    return 2;
  }
  const uint64_t nodes = Arg(argc, argv, "--nodes", 1000000);
  const uint64_t calls = Arg(argc, argv, "--calls", 10000000);
  const uint64_t txns = Arg(argc, argv, "--txns", 10000000);
  const uint64_t edges = Arg(argc, argv, "--edges", 10000000);
  const uint64_t seed = Arg(argc, argv, "--seed", 1);
  const uint64_t samples = Arg(argc, argv, "--samples", 1000);
  if (nodes < 100 || nodes > 0xFFFFFFF0ull) Die("--nodes must be between 100 and 2^32");
  const uint64_t accounts = nodes / 5, phones = nodes - accounts;
  const uint64_t call_pairs = std::min<uint64_t>(calls, edges * 7 / 10);
  const uint64_t txn_pairs = std::min<uint64_t>(txns, edges - call_pairs);
  const auto t0 = std::chrono::steady_clock::now();

  Rng rng(seed);
  const Zipf phone_zipf(static_cast<uint32_t>(phones), 0.6, rng);
  const Zipf account_zipf(static_cast<uint32_t>(accounts), 0.7, rng);
  // The hubs: random ids, whatever their Zipf rank (a call centre is busy for its own reasons).
  auto pick = [&](uint64_t n, size_t k) {
    std::vector<uint32_t> ids;
    while (ids.size() < std::min<uint64_t>(k, n / 10)) {
      const auto id = static_cast<uint32_t>(rng.Below(n));
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
  };
  const std::vector<uint32_t> call_centres = pick(phones, 20), busy_accounts = pick(accounts, 10);

  std::vector<Pair> cp = DrawPairs(static_cast<uint32_t>(phones), call_pairs, phone_zipf, call_centres, 0.02, 0.08, rng);
  std::vector<Pair> tp = DrawPairs(static_cast<uint32_t>(accounts), txn_pairs, account_zipf, busy_accounts, 0.10, 0.10, rng);
  std::fprintf(stderr, "pairs: %zu calls, %zu payments (%.1f s)\n", cp.size(), tp.size(), Since(t0));

  {
    Out e(out + "/edges.txt");
    for (const Pair& p : cp) {
      e.Num(p.a) << ' ';
      e.Num(p.b) << '\n';
    }
    for (const Pair& p : tp) {
      e.Num(phones + p.a) << ' ';
      e.Num(phones + p.b) << '\n';
    }
  }

  std::vector<std::string> phone(phones), iban(accounts);
  for (uint64_t i = 0; i < phones; ++i) phone[i] = bench_world::Phone(i);
  for (uint64_t i = 0; i < accounts; ++i) iban[i] = bench_world::Iban(i);

  {
    Out c(out + "/calls.csv");
    c << "A number,B number,Start,Duration\n";
    WriteRows(calls, cp, rng, [&](const Pair& p) {
      c << phone[p.a] << ',' << phone[p.b] << ',';
      c.Time(kYearStart + static_cast<int64_t>(rng.Below(kYear))) << ',';
      // Mostly short calls, a long tail; a tenth unanswered (0 s).
      const double u = rng.Uniform();
      c.Num(u < 0.1 ? 0 : std::min<uint64_t>(7200, 1 + static_cast<uint64_t>(-std::log(1 - rng.Uniform()) * 90))) << '\n';
    });
  }
  std::fprintf(stderr, "calls.csv: %llu rows (%.1f s)\n", static_cast<unsigned long long>(calls), Since(t0));
  {
    Out t(out + "/transactions.csv");
    t << "From,To,Amount,Date,Currency\n";
    WriteRows(txns, tp, rng, [&](const Pair& p) {
      t << iban[p.a] << ',' << iban[p.b] << ',';
      // Log-uniform between 1,000 and 1,000,000, in cents.
      const auto minor = static_cast<uint64_t>(std::llround(std::pow(10.0, 5 + 3 * rng.Uniform())));
      t.Num(minor / 100) << '.';
      t.Num(minor % 100, 2) << ',';
      t.Time(kYearStart + static_cast<int64_t>(rng.Below(kYear))) << ',';
      const double u = rng.Uniform();
      t << (u < 0.85 ? "KZT" : u < 0.95 ? "USD" : "RUB") << '\n';
    });
  }
  std::fprintf(stderr, "transactions.csv: %llu rows (%.1f s)\n", static_cast<unsigned long long>(txns), Since(t0));

  // The queries every system runs: the same nodes, the same pairs (both ends of one kind, so that
  // most pairs are joined: phones and accounts share no link in this world).
  {
    Rng q(seed * 1000003 + 17);
    Out n(out + "/nodes.txt");
    for (uint64_t i = 0; i < samples; ++i) n.Num(q.Below(nodes)) << '\n';
    Out p(out + "/pairs.txt");
    for (uint64_t i = 0; i < samples; ++i) {
      const uint64_t a = q.Below(nodes);
      uint64_t b;
      do b = a < phones ? q.Below(phones) : phones + q.Below(accounts);
      while (b == a);
      p.Num(a) << ' ';
      p.Num(b) << '\n';
    }
  }

  WriteJson(out + "/calls-mapping.json",
            {{"version", 1},
             {"kind", "calls"},
             {"name", "Bench CDR (A number, B number)"},
             {"columns", {{"caller", "A number"}, {"callee", "B number"}, {"start", "Start"}, {"duration", "Duration"}}},
             {"delimiter", ","},
             {"time_format", "iso"},
             {"duration_format", "seconds"},
             {"region", "KZ"},
             {"utc_offset_minutes", 0}});
  WriteJson(out + "/transactions-mapping.json",
            {{"version", 1},
             {"kind", "transactions"},
             {"name", "Bench bank statement"},
             {"columns", {{"from_account", "From"}, {"to_account", "To"}, {"amount", "Amount"}, {"date", "Date"},
                          {"currency", "Currency"}}},
             {"delimiter", ","},
             {"time_format", "iso"},
             {"decimal", "."},
             {"utc_offset_minutes", 0}});
  nlohmann::json hubs = nlohmann::json::array(), busy = nlohmann::json::array();
  for (uint32_t h : call_centres) hubs.push_back(h);
  for (uint32_t a : busy_accounts) busy.push_back(phones + a);
  WriteJson(out + "/world.json", {{"seed", seed},
                                  {"nodes", nodes},
                                  {"phones", phones},
                                  {"accounts", accounts},
                                  {"calls", calls},
                                  {"transactions", txns},
                                  {"call_pairs", cp.size()},
                                  {"txn_pairs", tp.size()},
                                  {"edges", cp.size() + tp.size()},
                                  {"samples", samples},
                                  {"call_centres", hubs},
                                  {"busy_accounts", busy}});
  std::fprintf(stderr, "done in %.1f s: %s\n", Since(t0), out.c_str());
  return 0;
}
