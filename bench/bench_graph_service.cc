// The link graph's start, both ways, on an existing data directory: GraphService::Load from the
// store (every scan), SaveSnapshot through the encrypted snapshot store (what `ariadne serve`
// writes at start after such a load and at every clean stop), and the load from that snapshot
// with its CatchUp. One JSON line: seconds, counts, bytes, peak RSS after each step.
//
//   bench_graph_service --data DIR [--snapshot-dir DIR]   # default DIR/graph, as serve uses it
//   bench_graph_service --data DIR --snapshot-only        # the snapshot load alone: its own peak RSS
//
// getrusage's peak only grows, so the peak after the snapshot load of a full run includes the
// store load before it; --snapshot-only measures the snapshot load in a process of its own.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "api/graph_service.h"
#include "api/graph_snapshot_store.h"
#include "cli/runtime.h"
#include "bench_args.h"

using namespace ariadne;
using Clock = std::chrono::steady_clock;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

double Secs(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double PeakRssMb() {
  struct rusage u {};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

size_t DeadLinks(const GraphService& s) {
  auto lock = s.ReadLock();
  size_t dead = 0;
  for (uint32_t e = 0; e < s.graph().edge_count(); ++e) dead += s.graph().edge(e).dead;
  return dead;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data_dir = StrArg(argc, argv, "--data");
  if (data_dir.empty()) {
    std::fprintf(stderr, "usage: bench_graph_service --data DIR [--snapshot-dir DIR] [--snapshot-only]\n");
    return 2;
  }
  auto rt = OpenRuntime(ResolvePaths(data_dir, "", ""), Env::Default(), false);
  if (!rt) Die(rt.error().message);
  Runtime& r = **rt;
  GraphSnapshotStore snapshots(StrArg(argc, argv, "--snapshot-dir", r.paths.graph_dir()), r.files_key);
  const EntitySchema* schema = &r.authz->entity_schema();
  const bool snapshot_only = Flag(argc, argv, "--snapshot-only");

  std::string out = "{\"data\":\"" + data_dir + "\"";
  char buf[512];
  if (!snapshot_only) {
    GraphService from_store(schema);
    auto t0 = Clock::now();
    if (auto st = from_store.Load(*r.store); !st) Die("load from the store: " + st.error().message);
    const double load_s = Secs(t0);
    const double load_rss = PeakRssMb();
    t0 = Clock::now();
    auto saved = snapshots.Save(from_store, *r.store);
    if (!saved) Die("save: " + saved.error().message);
    const double save_s = Secs(t0);
    std::snprintf(buf, sizeof buf,
                  ",\"nodes\":%zu,\"edges\":%zu,\"payments\":%zu,\"feed_seq\":%lld,\"store_load_s\":%.3f,"
                  "\"store_load_peak_rss_mb\":%.1f,\"save_s\":%.3f,\"snapshot_mb\":%.2f,\"save_peak_rss_mb\":%.1f",
                  from_store.graph().node_count(), from_store.graph().edge_count(), from_store.ledger().size(),
                  static_cast<long long>(from_store.feed_seq()), load_s, load_rss, save_s,
                  static_cast<double>(*saved) / 1048576.0, PeakRssMb());
    out += buf;
  }
  GraphService from_snapshot(schema);
  const auto t0 = Clock::now();
  if (auto st = snapshots.Load(from_snapshot, *r.store); !st) Die("load from the snapshot: " + st.error().message);
  std::snprintf(buf, sizeof buf,
                ",\"snapshot_load_s\":%.3f,\"snapshot_nodes\":%zu,\"snapshot_edges\":%zu,\"snapshot_dead_edges\":%zu,"
                "\"snapshot_payments\":%zu,\"peak_rss_mb\":%.1f}",
                Secs(t0), from_snapshot.graph().node_count(), from_snapshot.graph().edge_count(), DeadLinks(from_snapshot),
                from_snapshot.ledger().size(), PeakRssMb());
  out += buf;
  std::printf("%s\n", out.c_str());
  return 0;
}
