// The HTTP/1.1 server. Boost.Beast and Asio live only in http_server.cc, the one heavy
// translation unit (~13 s to compile), so the rest of the code base builds fast.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "api/http_types.h"
#include "base/error.h"

namespace ariadne {

struct HttpServerOptions {
  std::string address = "127.0.0.1";
  int port = 8080;     // 0 picks a free port
  int threads = 0;     // event loops, one per thread; 0 = one per core
  size_t max_body_bytes = 1 << 20;
  uint64_t max_upload_bytes = 2ull << 30;  // bodies of streaming routes
  // Whether a request (head only) streams its body into a sink (uploads).
  std::function<bool(const HttpRequest&)> streams_body;
};

// Answers a request by calling the second argument exactly once, on any thread. The request
// stays valid until then.
using RequestHandler = std::function<void(HttpRequest&, std::function<void(HttpResponse)>)>;

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, RequestHandler handler);
  ~HttpServer();
  // Binds and starts serving on background threads.
  Status Start();
  int port() const;
  // Blocks until SIGTERM or SIGINT, then stops accepting, lets in-flight requests finish
  // (responses are sent with Connection: close) and returns.
  void WaitForSignalAndDrain();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ariadne
