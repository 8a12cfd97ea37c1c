// `ariadne serve`: wires the runtime to the HTTP server and runs until SIGTERM.
#include <csignal>
#include <cstdio>
#include <filesystem>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "api/app.h"
#include "api/graph_service.h"
#include "api/graph_snapshot_store.h"
#include "api/resolver.h"
#include "api/http_server.h"
#include "api/workflow_runner.h"
#include "cli/commands.h"
#include "reports/report_fonts.h"
#include "security/auth_service.h"

namespace ariadne {
namespace {

// A snapshot failing to save costs the next start a full load, nothing else: logged, not fatal.
void SaveLinkGraph(const GraphService& graph, GraphSnapshotStore& snapshots, Store& store, Env* env) {
  const int64_t t0 = env->NowMillis();
  auto saved = snapshots.Save(graph, store);
  if (!saved) {
    std::fprintf(stderr, "ariadne: link graph: snapshot not saved: %s\n", saved.error().message.c_str());
    return;
  }
  std::fprintf(stderr, "ariadne: link graph: snapshot saved at change %lld, %.1f MB in %lld ms\n",
               static_cast<long long>(graph.feed_seq()), static_cast<double>(*saved) / 1048576.0,
               static_cast<long long>(env->NowMillis() - t0));
}

// Runs SweepDeadlines once a minute until stopped. Tests never wait for it: moving the test
// clock sweeps at once (api/meta_routes.cc).
class DeadlineSweeper {
 public:
  explicit DeadlineSweeper(const AppServices& app) : app_(app), thread_([this] { Loop(); }) {}
  ~DeadlineSweeper() { Stop(); }
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!cv_.wait_for(lock, std::chrono::minutes(1), [&] { return stopping_; })) {
      lock.unlock();
      if (auto n = SweepDeadlines(app_); !n) std::fprintf(stderr, "deadline sweep: %s\n", n.error().message.c_str());
      lock.lock();
    }
  }

  const AppServices& app_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread thread_;
};

// The link graph at start: from its snapshot when one is usable, else from the store — and then a
// snapshot at once, so that a crash does not cost the next start the full scan. Every refusal
// is one line saying why; only a failed load from the store stops the server.
bool StartLinkGraph(GraphService& graph, GraphSnapshotStore& snapshots, Store& store, Env* env) {
  const int64_t t0 = env->NowMillis();
  bool from_snapshot = true;
  if (auto st = snapshots.Load(graph, store); !st) {
    std::fprintf(stderr, "ariadne: link graph: snapshot not used: %s\n", st.error().message.c_str());
    from_snapshot = false;
    if (auto loaded = graph.Load(store); !loaded) {
      std::fprintf(stderr, "ariadne: link graph: %s\n", loaded.error().message.c_str());
      return false;
    }
  }
  std::fprintf(stderr, "ariadne: link graph: %zu nodes, %zu links, %zu payments from %s in %lld ms\n",
               graph.graph().node_count(), graph.graph().edge_count(), graph.ledger().size(),
               from_snapshot ? "snapshot" : "store", static_cast<long long>(env->NowMillis() - t0));
  if (!from_snapshot) SaveLinkGraph(graph, snapshots, store, env);
  return true;
}

}  // namespace

int RunServe(const CommonOptions& o, const std::string& listen, int threads, bool test_clock,
             const std::string& static_dir, uint64_t max_upload_bytes) {
  // Block the stop signals in every thread; the main thread collects them with sigwait.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  static OffsetClockEnv clock_env;
  Env* env = test_clock ? static_cast<Env*>(&clock_env) : Env::Default();
  auto rt = OpenRuntime(ResolvePaths(o.data_dir, o.keys_dir, o.config_dir), env, false);
  if (!rt) {
    std::fprintf(stderr, "ariadne: %s\n", rt.error().message.c_str());
    return 1;
  }
  // The search index follows this build's rules (a new version rebuilds it once, here).
  if (auto rebuilt = (*rt)->indexer->RebuildIfStale(*(*rt)->store); !rebuilt) {
    std::fprintf(stderr, "ariadne: search index: %s\n", rebuilt.error().message.c_str());
    return 1;
  } else if (*rebuilt) {
    std::printf("search index rebuilt\n");
  }
  if (auto st = SyncWorkflowDefinitions(**rt); !st) {
    std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
    return 1;
  }
  size_t colon = listen.rfind(':');
  if (colon == std::string::npos) {
    std::fprintf(stderr, "ariadne: --listen must be ADDR:PORT\n");
    return 1;
  }
  AuthService auth((*rt)->store.get(), env, (*rt)->audit.get(), (*rt)->authz.get());
  AppServices services;
  services.store = (*rt)->store.get();
  services.env = env;
  services.authz = (*rt)->authz.get();
  services.auth = &auth;
  services.audit = (*rt)->audit.get();
  services.accounts = (*rt)->accounts.get();
  services.lookups = &(*rt)->lookups;
  services.interview_checklist = &(*rt)->interview_checklist;
  services.jurisdictions = &(*rt)->jurisdictions;
  services.checklists = &(*rt)->checklists;
  services.workflows = &(*rt)->workflows;
  services.indicators = &(*rt)->indicators;
  services.protection = &(*rt)->protection;
  services.test_clock = test_clock ? &clock_env : nullptr;
  services.audit_key = (*rt)->audit_key;
  services.audit_head_file = (*rt)->paths.audit_head();
  services.blobs = (*rt)->blobs.get();
  services.report_strings = &(*rt)->report_strings;
  services.max_upload_bytes = max_upload_bytes;
  std::string dir = static_dir;
  if (dir.empty()) {
    std::filesystem::path cfg((*rt)->paths.config_dir);
    dir = (cfg.parent_path().empty() ? std::filesystem::path(".") : cfg.parent_path()).string() + "/web/dist";
  }
  services.static_dir = dir;
  // Entity resolution: every matchable record in memory, matched again as each is saved.
  Resolver resolver((*rt)->match_config);
  if (auto st = resolver.Load(*(*rt)->store); !st) {
    std::fprintf(stderr, "ariadne: resolution index: %s\n", st.error().message.c_str());
    return 1;
  }
  services.resolver = &resolver;
  // Link analysis: every record, link, call and payment in memory, following the change feed.
  GraphService graph(&(*rt)->authz->entity_schema());
  GraphSnapshotStore snapshots((*rt)->paths.graph_dir(), (*rt)->files_key);
  if (!(*rt)->files_key_next.empty()) snapshots.SetOtherMasterKey((*rt)->files_key_next);
  if (!StartLinkGraph(graph, snapshots, *(*rt)->store, env)) return 1;
  services.graph = &graph;
  App app(services);

  HttpServerOptions options;
  options.address = listen.substr(0, colon);
  options.port = std::stoi(listen.substr(colon + 1));
  options.threads = threads;
  options.max_upload_bytes = max_upload_bytes;
  options.streams_body = [&app](const HttpRequest& req) { return app.StreamsBody(req); };
  HttpServer server(options, [&app](HttpRequest& req, App::Respond respond) { app.Handle(req, std::move(respond)); });
  if (auto st = server.Start(); !st) {
    std::fprintf(stderr, "ariadne: %s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("Ariadne is listening on http://%s:%d/%s\n", options.address.c_str(), server.port(),
              test_clock ? " (test clock enabled)" : "");
  std::fflush(stdout);
  // Once a minute: notices for timers that ran out and tasks past their deadline.
  DeadlineSweeper sweeper(services);
  server.WaitForSignalAndDrain();
  sweeper.Stop();
  // Every request is answered: the graph is caught up with what they wrote, then saved, so the
  // next start replays nothing.
  if (auto st = graph.CatchUp(*(*rt)->store); !st)
    std::fprintf(stderr, "ariadne: link graph: %s\n", st.error().message.c_str());
  SaveLinkGraph(graph, snapshots, *(*rt)->store, env);
  (void)(*rt)->audit->CheckpointNow(*(*rt)->store);
  (*rt)->store->Close();
  ReleaseReportFontCaches();  // the event-loop threads are joined: nothing renders any more
  std::printf("Ariadne stopped cleanly\n");
  return 0;
}

}  // namespace ariadne
