// The floor under every figure of bench/run.sh: Ariadne's own Beast server loop answering a
// fixed small JSON body with no routing, authentication, store or audit row. wrk against this
// and against `ariadne serve` in the same run shows what the application itself costs.
//
//   bench_bare_http --listen-port 0     prints "listening on http://127.0.0.1:PORT", stops on SIGTERM
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "api/http_server.h"

int main(int argc, char** argv) {
  ariadne::HttpServerOptions options;
  options.port = 0;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--listen-port") == 0) options.port = std::atoi(argv[i + 1]);
  ariadne::HttpServer server(options, [](ariadne::HttpRequest&, std::function<void(ariadne::HttpResponse)> respond) {
    ariadne::HttpResponse r;
    r.body = R"({"status":"ok"})";
    respond(std::move(r));
  });
  if (auto st = server.Start(); !st) {
    std::fprintf(stderr, "bench_bare_http: %s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("listening on http://127.0.0.1:%d\n", server.port());
  std::fflush(stdout);
  server.WaitForSignalAndDrain();
  return 0;
}
