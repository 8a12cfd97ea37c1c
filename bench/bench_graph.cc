// The link-analysis benchmark of issue 8, over a bench_graph_gen world:
//   load   the edge list (one edge per distinct caller -> callee or payer -> payee pair, as the
//          store's call and payment aggregates give them) into graph::Graph: time, MemoryBytes,
//          peak resident memory;
//   query  2-hop neighbourhoods (hub cap 50; uncapped, as the peers answer; and a plain BFS over the
//          same CSR that only counts nodes, the floor under Neighbourhood), all shortest paths
//          (max 6 links; no hub cap and hub cap 50) from DIR/nodes.txt and DIR/pairs.txt;
//   whole  Louvain on InduceAll, core numbers, connected components;
//   snap   SaveSnapshot, then the graph dropped and LoadSnapshot timed, the neighbourhoods run
//          again on it (--load-snapshot does the same in a fresh process: the "loaded at start
//          from a snapshot" figure, with the memory of a process that did nothing else);
//   money  a Ledger from transactions.csv (read through the column mapping, as an import reads
//          it), 5 hops forward FIFO from 200 random accounts among the active ones (10 or more
//          payments out) and from each of the very active accounts.
// Progress goes to stderr; the results are one JSON line on stdout.
//
//   bench_graph --dir DIR [--snapshot PATH] [--money 200] [--seed 1] [--no-money] [--no-snapshot]
//   bench_graph --dir DIR --load-snapshot PATH   # only: start from a snapshot the main run saved
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/graph/graph.h"
#include "engine/graph/measures.h"
#include "engine/graph/money_flow.h"
#include "engine/graph/queries.h"
#include "engine/graph/snapshot.h"
#include "engine/ingest/column_mapping.h"
#include "engine/ingest/csv_reader.h"
#include "engine/ingest/import_rows.h"
#include "graph/world.h"
#include "bench_args.h"

using namespace ariadne;
using namespace ariadne::graph;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

double Secs(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
double Ms(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }
double Round(double x, int digits = 3) {
  const double f = std::pow(10.0, digits);
  return std::round(x * f) / f;
}

// kB of a /proc/self/status line (VmHWM: peak resident, VmRSS: now).
double StatusMb(const char* field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const size_t n = std::strlen(field);
  while (std::getline(in, line))
    if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':')
      return Round(std::strtod(line.c_str() + n + 1, nullptr) / 1024.0, 1);
  return -1;
}
// Starts the peak (VmHWM) again from what is resident now (Linux >= 4.0).
void ResetPeak() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
}

json Percentiles(std::vector<double> ms) {
  if (ms.empty()) return json::object();
  std::sort(ms.begin(), ms.end());
  auto at = [&](double p) { return Round(ms[std::min(ms.size() - 1, static_cast<size_t>(std::ceil(p * ms.size())) - 1)]); };
  double sum = 0;
  for (double x : ms) sum += x;
  return {{"n", ms.size()}, {"p50_ms", at(0.50)}, {"p95_ms", at(0.95)}, {"p99_ms", at(0.99)},
          {"max_ms", Round(ms.back())}, {"mean_ms", Round(sum / ms.size())}};
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::string data;
  in.seekg(0, std::ios::end);
  data.resize(static_cast<size_t>(in.tellg()));
  in.seekg(0);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  return data;
}

std::vector<std::vector<uint32_t>> ReadIdLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<std::vector<uint32_t>> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream s(line);
    std::vector<uint32_t> ids;
    uint64_t id;
    while (s >> id) ids.push_back(static_cast<uint32_t>(id));
    if (!ids.empty()) out.push_back(ids);
  }
  return out;
}

// The edge list, "a b" per line, read in large pieces and parsed by hand.
template <typename F>
void ForEachEdge(const std::string& path, F&& f) {
  FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) Die("cannot read " + path);
  std::vector<char> buf(1 << 24);
  size_t have = 0;
  uint64_t line = 0;
  auto parse = [&](const char* p, const char* end) {
    while (p < end) {
      const char* eol = static_cast<const char*>(std::memchr(p, '\n', end - p));
      if (!eol) eol = end;
      ++line;
      uint64_t v[2] = {0, 0};
      int k = 0;
      for (const char* q = p; q < eol && k < 2;) {
        if (*q < '0' || *q > '9') {
          ++q;
          continue;
        }
        while (q < eol && *q >= '0' && *q <= '9') v[k] = v[k] * 10 + (*q++ - '0');
        ++k;
      }
      if (k == 2) f(static_cast<uint32_t>(v[0]), static_cast<uint32_t>(v[1]));
      else if (eol > p) Die(path + ":" + std::to_string(line) + ": not an edge");
      p = eol + 1;
    }
  };
  while (true) {
    const size_t got = std::fread(buf.data() + have, 1, buf.size() - have, in);
    const size_t end = have + got;
    if (got == 0) {
      parse(buf.data(), buf.data() + end);
      break;
    }
    size_t last = end;
    while (last > 0 && buf[last - 1] != '\n') --last;
    if (last == 0) Die(path + ": line too long");
    parse(buf.data(), buf.data() + last);
    have = end - last;
    std::memmove(buf.data(), buf.data() + last, have);
  }
  std::fclose(in);
}

struct World {
  uint64_t nodes = 0, phones = 0, edges = 0;
  std::vector<uint32_t> busy_accounts;  // node ids
};

// Nodes 0..n-1 keyed as the graph service keys them; one edge per line; then the CSR.
json LoadGraph(Graph& g, const World& w, const std::string& edges_path) {
  const auto t0 = Clock::now();
  g.Reserve(w.nodes, w.edges);
  for (uint64_t id = 0; id < w.nodes; ++id)
    g.UpsertNode(bench_world::NodeKey(id, w.phones), id < w.phones ? NodeKind::kPhone : NodeKind::kAccount, kNoScope, 0);
  const double nodes_s = Secs(t0);
  const uint32_t call_label = g.Intern("call_records"), kzt = g.Intern("KZT");
  const uint32_t call_source = g.Intern("calls:bench"), txn_source = g.Intern("transactions:bench");
  const auto t1 = Clock::now();
  ForEachEdge(edges_path, [&](uint32_t a, uint32_t b) {
    Edge e;
    e.a = a, e.b = b, e.scope = 0, e.directed = true, e.count = 1;
    const bool call = a < w.phones;
    e.kind = call ? LinkKind::kCall : LinkKind::kPayment;
    e.label = call ? call_label : kzt;
    e.source = call ? call_source : txn_source;
    if (g.AddEdge(e) == kNoNode) Die("edge " + std::to_string(a) + " " + std::to_string(b) + ": no such node");
  });
  const double edges_s = Secs(t1);
  const auto t2 = Clock::now();
  g.Compact();
  const double compact_s = Secs(t2);
  return {{"seconds", Round(Secs(t0))}, {"nodes_s", Round(nodes_s)}, {"edges_s", Round(edges_s)},
          {"compact_s", Round(compact_s)}};
}

json Memory(const Graph& g) {
  // Capacities are exact: the load and the snapshot Reserve their counts.
  return {{"memory_bytes_mb", Round(g.MemoryBytes() / 1048576.0, 1)},
          {"vm_hwm_mb", StatusMb("VmHWM")},
          {"vm_rss_mb", StatusMb("VmRSS")}};
}

struct HoodRun {
  json stats;
  std::vector<size_t> sizes;
};

HoodRun Hoods(const Graph& g, const View& v, const std::vector<uint32_t>& seeds, uint32_t hub_cap, size_t max_nodes) {
  HoodRun r;
  std::vector<double> ms;
  size_t truncated = 0, collapsed = 0, nodes = 0, edges = 0;
  for (uint32_t s : seeds) {
    NeighbourhoodQuery q;
    q.seeds = {s};
    q.depth = 2;
    q.hub_cap = hub_cap;
    q.max_nodes = max_nodes;
    const auto t0 = Clock::now();
    const Subgraph sub = Neighbourhood(g, v, q);
    ms.push_back(Ms(t0));
    r.sizes.push_back(sub.nodes.size());
    truncated += sub.truncated;
    collapsed += sub.collapsed.size();
    nodes += sub.nodes.size();
    edges += sub.edges.size();
  }
  r.stats = Percentiles(ms);
  r.stats["hub_cap"] = hub_cap;
  r.stats["nodes_total"] = nodes;
  r.stats["edges_total"] = edges;
  r.stats["truncated"] = truncated;
  r.stats["collapsed_hubs"] = collapsed;
  return r;
}

// The floor under Neighbourhood: the nodes within 2 links and nothing else (no edges among them,
// no hub cap, no visibility), as igraph's neighborhood(order=2) answers. Same node counts as the
// uncapped Neighbourhood.
json PlainBfs(const Graph& g, const std::vector<uint32_t>& seeds, std::vector<size_t>* sizes) {
  std::vector<uint32_t> stamp(g.node_count(), 0), layer, next;
  std::vector<double> ms;
  size_t total = 0;
  uint32_t gen = 0;
  for (uint32_t s : seeds) {
    const auto t0 = Clock::now();
    ++gen;
    stamp[s] = gen;
    size_t count = 1;
    layer.assign(1, s);
    for (int depth = 0; depth < 2; ++depth) {
      next.clear();
      for (uint32_t u : layer)
        g.ForEachAdj(u, [&](const Adj& a) {
          if (stamp[a.node] != gen) {
            stamp[a.node] = gen;
            next.push_back(a.node);
          }
        });
      count += next.size();
      std::swap(layer, next);
    }
    ms.push_back(Ms(t0));
    sizes->push_back(count);
    total += count;
  }
  json j = Percentiles(ms);
  j["nodes_total"] = total;
  return j;
}

json Paths(const Graph& g, const View& v, const std::vector<std::pair<uint32_t, uint32_t>>& pairs, uint32_t hub_cap) {
  std::vector<double> ms;
  size_t found = 0, paths = 0, length_sum = 0;
  std::vector<size_t> by_length(8, 0);
  for (auto [a, b] : pairs) {
    PathQuery q;
    q.from = a, q.to = b, q.max_length = 6, q.hub_cap = hub_cap;
    const auto t0 = Clock::now();
    const std::vector<Path> p = AllShortestPaths(g, v, q);
    ms.push_back(Ms(t0));
    if (p.empty()) continue;
    ++found;
    paths += p.size();
    length_sum += p[0].edges.size();
    ++by_length[std::min<size_t>(p[0].edges.size(), 7)];
  }
  json j = Percentiles(ms);
  j["hub_cap"] = hub_cap;
  j["limit"] = PathQuery{}.limit;
  j["found"] = found;
  j["paths_total"] = paths;
  j["length_sum"] = length_sum;  // = the peers' sum of distances over the pairs found
  j["by_length"] = by_length;
  return j;
}

json Whole(const Graph& g, const View& v) {
  json j;
  auto t0 = Clock::now();
  LocalGraph lg = InduceAll(g, v);
  j["induce_all_s"] = Round(Secs(t0));
  j["local_nodes"] = lg.size();
  j["local_links"] = lg.nbr.size() / 2;
  t0 = Clock::now();
  const Communities c = Louvain(lg);
  j["louvain"] = {{"seconds", Round(Secs(t0))}, {"modularity", Round(c.modularity, 4)}, {"communities", c.count},
                  {"levels", c.levels}};
  t0 = Clock::now();
  const std::vector<uint32_t> cores = CoreNumbers(lg);
  j["core_numbers"] = {{"seconds", Round(Secs(t0))},
                       {"max_core", cores.empty() ? 0 : *std::max_element(cores.begin(), cores.end())}};
  t0 = Clock::now();
  uint32_t count = 0;
  const std::vector<uint32_t> comp = Components(lg, &count);
  std::vector<uint32_t> sizes(count, 0);
  for (uint32_t x : comp) ++sizes[x];
  j["components"] = {{"seconds", Round(Secs(t0))}, {"count", count},
                     {"largest", sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end())}};
  j["vm_hwm_mb"] = StatusMb("VmHWM");
  return j;
}

json Money(const std::string& dir, const World& w, size_t samples, uint64_t seed) {
  json j;
  ResetPeak();
  const double rss0 = StatusMb("VmRSS");
  auto t0 = Clock::now();
  auto mapping_json = json::parse(ReadFile(dir + "/transactions-mapping.json"));
  auto mapping = ingest::ParseMapping(mapping_json);
  if (!mapping) Die("transactions-mapping.json: " + mapping.error().message);
  Ledger l;
  size_t bad = 0;
  {
    const std::string data = ReadFile(dir + "/transactions.csv");
    ingest::CsvReader reader(data, mapping->delimiter, mapping->windows_1251);
    ingest::RowReader rows(*mapping);
    ingest::CsvRecord rec;
    if (!reader.Next(&rec) || !rows.Bind(rec.fields)) Die("transactions.csv: bad header");
    ingest::TxnRow row;
    ingest::RowError err;
    while (reader.Next(&rec)) {
      if (!rows.ReadTxn(rec, &row, &err)) {
        ++bad;
        continue;
      }
      Txn t;
      t.from = l.Account(row.from_account);
      t.to = l.Account(row.to_account);
      t.at = row.at;
      t.amount = static_cast<double>(row.amount_minor) / 100.0;
      t.currency = l.Currency(row.currency);
      t.scope = 0;
      t.id = static_cast<uint64_t>(row.line);
      l.Add(t);
    }
  }
  const double read_s = Secs(t0);
  t0 = Clock::now();
  l.Build();
  j["ledger"] = {{"transactions", l.size()}, {"bad_rows", bad},  {"accounts", l.account_count()},
                 {"read_parse_s", Round(read_s)}, {"build_s", Round(Secs(t0))},
                 {"vm_hwm_mb", StatusMb("VmHWM")}, {"rss_growth_mb", Round(StatusMb("VmRSS") - rss0, 1)}};

  std::vector<uint32_t> active;
  for (uint32_t a = 0; a < l.account_count(); ++a)
    if (l.Out(a).size() >= 10) active.push_back(a);
  bench_world::Rng rng(seed * 7919 + 3);
  std::vector<uint32_t> starts;
  for (size_t i = 0; i < samples && !active.empty(); ++i) starts.push_back(active[rng.Below(active.size())]);
  std::vector<uint32_t> busy;
  for (uint32_t id : w.busy_accounts) {
    const uint32_t a = l.FindAccount(bench_world::Iban(id - w.phones));
    if (a != 0xFFFFFFFFu) busy.push_back(a);
  }
  auto run = [&](const std::vector<uint32_t>& from) {
    std::vector<double> ms;
    size_t flows = 0, truncated = 0, counterparts = 0;
    for (uint32_t a : from) {
      TraceQuery q;
      q.start = a;
      q.hops = 5;
      q.direction = Direction::kForward;
      q.rule = Attribution::kFifo;
      q.scope_ok = {1};
      const auto t = Clock::now();
      const TraceResult r = Trace(l, q);
      ms.push_back(Ms(t));
      flows += r.flows.size();
      truncated += r.truncated;
      counterparts += r.by_counterpart.size();
    }
    json s = Percentiles(ms);
    s["flows_total"] = flows;
    s["counterparts_total"] = counterparts;
    s["truncated"] = truncated;
    return s;
  };
  // Warm the tracer's scratch on accounts not measured.
  for (size_t i = 0; i < 10 && !active.empty(); ++i) {
    TraceQuery q;
    q.start = active[rng.Below(active.size())];
    q.hops = 5;
    q.scope_ok = {1};
    Trace(l, q);
  }
  j["active_accounts"] = active.size();
  j["trace_5_hops_fifo"] = run(starts);
  json b = run(busy);
  size_t busiest = 0;
  for (uint32_t a : busy) busiest = std::max(busiest, l.Out(a).size());
  b["payments_out_max"] = busiest;
  j["trace_5_hops_fifo_busy_accounts"] = b;
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = StrArg(argc, argv, "--dir");
  if (dir.empty()) {
    std::fprintf(stderr, "usage: bench_graph --dir DIR [--snapshot PATH] [--money 200] [--seed 1] [--no-money] [--no-snapshot]\n");
    return 2;
  }
  const std::string snap_path = StrArg(argc, argv, "--snapshot", dir + "/graph.snap");
  const size_t money_samples = std::stoul(StrArg(argc, argv, "--money", "200"));
  const uint64_t seed = std::stoull(StrArg(argc, argv, "--seed", "1"));
  const json world = json::parse(ReadFile(dir + "/world.json"));
  World w;
  w.nodes = world["nodes"].get<uint64_t>();
  w.phones = world["phones"].get<uint64_t>();
  w.edges = world["edges"].get<uint64_t>();
  for (const auto& a : world["busy_accounts"]) w.busy_accounts.push_back(a.get<uint32_t>());

  if (const std::string snap = StrArg(argc, argv, "--load-snapshot"); !snap.empty()) {
    // A process that starts from the snapshot, as the server would: time, memory, and the same
    // neighbourhoods as the main run.
    const auto t0 = Clock::now();
    auto loaded = LoadSnapshot(snap);
    if (!loaded) Die(loaded.error().message);
    json s = {{"load_s", Round(Secs(t0))}, {"nodes", loaded->node_count()}, {"edges", loaded->edge_count()}};
    s.update(Memory(*loaded));
    View v;
    v.scope_ok = {1};
    std::vector<uint32_t> seeds;
    for (const auto& l : ReadIdLines(dir + "/nodes.txt")) seeds.push_back(l[0]);
    s["hood2_cap50"] = Hoods(*loaded, v, seeds, 50, NeighbourhoodQuery{}.max_nodes).stats;
    std::printf("%s\n", s.dump().c_str());
    return 0;
  }

  json out;
  out["world"] = world;
  out["world"].erase("call_centres");
  out["world"].erase("busy_accounts");

  auto g = std::make_unique<Graph>();
  std::fprintf(stderr, "loading %s ...\n", (dir + "/edges.txt").c_str());
  out["load"] = LoadGraph(*g, w, dir + "/edges.txt");
  out["load"].update(Memory(*g));
  out["load"]["nodes"] = g->node_count();
  out["load"]["edges"] = g->edge_count();
  {
    uint32_t max_degree = 0;
    size_t over_cap = 0;
    for (uint32_t n = 0; n < g->node_count(); ++n) {
      const uint32_t d = g->RawDegree(n);
      max_degree = std::max(max_degree, d);
      over_cap += d > 50;
    }
    out["load"]["max_degree"] = max_degree;
    out["load"]["nodes_over_hub_cap_50"] = over_cap;
  }
  std::fprintf(stderr, "load: %s\n", out["load"].dump().c_str());

  View v;
  v.scope_ok = {1};
  std::vector<uint32_t> seeds;
  for (const auto& l : ReadIdLines(dir + "/nodes.txt")) seeds.push_back(l[0]);
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& l : ReadIdLines(dir + "/pairs.txt"))
    if (l.size() >= 2) pairs.push_back({l[0], l[1]});
  {
    // Warm-up on other nodes: the per-thread marks are sized to the graph on first use.
    bench_world::Rng rng(seed + 99);
    std::vector<uint32_t> warm;
    for (int i = 0; i < 50; ++i) warm.push_back(static_cast<uint32_t>(rng.Below(w.nodes)));
    Hoods(*g, v, warm, 50, 5000);
    std::vector<std::pair<uint32_t, uint32_t>> warm_pairs;
    for (size_t i = 0; i + 1 < warm.size() && i < 20; i += 2) warm_pairs.push_back({warm[i], warm[i + 1]});
    Paths(*g, v, warm_pairs, 0);
  }
  HoodRun capped = Hoods(*g, v, seeds, 50, NeighbourhoodQuery{}.max_nodes);
  out["hood2_cap50"] = capped.stats;
  std::fprintf(stderr, "2-hop, hub cap 50: %s\n", capped.stats.dump().c_str());
  HoodRun open = Hoods(*g, v, seeds, 0, std::numeric_limits<size_t>::max());
  out["hood2_uncapped"] = open.stats;
  std::fprintf(stderr, "2-hop, no cap: %s\n", open.stats.dump().c_str());
  {
    std::vector<size_t> sizes;
    out["hood2_plain_bfs"] = PlainBfs(*g, seeds, &sizes);
    out["hood2_plain_bfs"]["same_nodes_as_uncapped"] = sizes == open.sizes;
    std::fprintf(stderr, "2-hop, plain BFS: %s\n", out["hood2_plain_bfs"].dump().c_str());
  }
  out["paths"] = Paths(*g, v, pairs, 0);
  std::fprintf(stderr, "paths: %s\n", out["paths"].dump().c_str());
  out["paths_cap50"] = Paths(*g, v, pairs, 50);
  std::fprintf(stderr, "paths, hub cap 50: %s\n", out["paths_cap50"].dump().c_str());
  out["whole"] = Whole(*g, v);
  std::fprintf(stderr, "whole graph: %s\n", out["whole"].dump().c_str());

  if (!Flag(argc, argv, "--no-snapshot")) {
    auto t0 = Clock::now();
    auto saved = SaveSnapshot(*g, snap_path, R"({"bench":true})");
    if (!saved) Die(saved.error().message);
    json s = {{"save_s", Round(Secs(t0))}, {"file_mb", Round(std::ifstream(snap_path, std::ios::ate | std::ios::binary).tellg() / 1048576.0, 1)}};
    const size_t nodes = g->node_count(), edges = g->edge_count();
    g.reset();
    ResetPeak();
    t0 = Clock::now();
    auto loaded = LoadSnapshot(snap_path);
    if (!loaded) Die(loaded.error().message);
    s["load_s"] = Round(Secs(t0));
    g = std::make_unique<Graph>(std::move(*loaded));
    s.update(Memory(*g));
    s["same_counts"] = g->node_count() == nodes && g->edge_count() == edges;
    HoodRun again = Hoods(*g, v, seeds, 50, NeighbourhoodQuery{}.max_nodes);
    s["same_neighbourhoods"] = again.sizes == capped.sizes;
    s["hood2_cap50"] = again.stats;
    out["snapshot"] = s;
    std::fprintf(stderr, "snapshot: %s\n", s.dump().c_str());
  }
  g.reset();

  if (!Flag(argc, argv, "--no-money")) {
    out["money"] = Money(dir, w, money_samples, seed);
    std::fprintf(stderr, "money: %s\n", out["money"].dump().c_str());
  }
  out["vm_hwm_mb_end"] = StatusMb("VmHWM");
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
