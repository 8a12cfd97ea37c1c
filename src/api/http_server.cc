// Beast coroutine server (Boost 1.74). Per DESIGN.md §9: <utility> first, and
// redirect_error(use_awaitable, ec) since as_tuple does not exist yet.
#include <utility>

#include "api/http_server.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace ariadne {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using asio::ip::tcp;

struct HttpServer::Impl {
  HttpServerOptions options;
  RequestHandler handler;
  // One event loop per thread (no locking inside Asio); connections are dealt round robin.
  std::vector<std::unique_ptr<asio::io_context>> loops;
  size_t next_loop = 0;
  std::unique_ptr<tcp::acceptor> acceptor;
  std::vector<std::thread> threads;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
  int bound_port = 0;

  asio::awaitable<void> Accept() {
    while (!stopping) {
      boost::system::error_code ec;
      asio::io_context& loop = *loops[next_loop++ % loops.size()];
      tcp::socket socket = co_await acceptor->async_accept(loop, asio::redirect_error(asio::use_awaitable, ec));
      if (ec) {
        if (stopping) co_return;
        continue;
      }
      boost::system::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      asio::co_spawn(loop, Serve(std::move(socket)), asio::detached);
    }
  }

  static HttpResponse TooLarge() {
    HttpResponse r;
    r.status = 413;
    r.content_type = "application/problem+json";
    r.body = R"({"type":"about:blank","title":"Payload Too Large","status":413,"code":"body_too_large","detail":"the request body is over the limit"})";
    return r;
  }

  static HttpResponse BadRequest() {
    HttpResponse r;
    r.status = 400;
    r.content_type = "application/problem+json";
    r.body = R"({"type":"about:blank","title":"Bad Request","status":400,"code":"malformed_request","detail":"the HTTP request could not be parsed"})";
    return r;
  }

  // Runs the handler and resumes this coroutine on its own loop when the answer comes, which
  // may be from the store's writer thread once the request's audit row has committed.
  asio::awaitable<HttpResponse> Answer(HttpRequest& r) {
    co_return co_await asio::async_initiate<decltype(asio::use_awaitable), void(HttpResponse)>(
        [this, &r](auto resume) {
          auto shared = std::make_shared<decltype(resume)>(std::move(resume));
          handler(r, [shared](HttpResponse res) {
            auto ex = asio::get_associated_executor(*shared);
            asio::post(ex, [shared, res = std::move(res)]() mutable { (*shared)(std::move(res)); });
          });
        },
        asio::use_awaitable);
  }

  static HttpResponse Problem(int status, const char* title, const char* code, const std::string& detail) {
    HttpResponse r;
    r.status = status;
    r.content_type = "application/problem+json";
    r.body = std::string(R"({"type":"about:blank","title":")") + title + R"(","status":)" + std::to_string(status) +
             R"(,"code":")" + code + R"(","detail":")" + detail + "\"}";
    return r;
  }

  static void CopyHead(const http::request_header<>& head, HttpRequest& r) {
    r.method = std::string(head.method_string());
    r.target = std::string(head.target());
    for (const auto& f : head) {
      std::string name(f.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      r.headers[name] = std::string(f.value());
    }
  }

  // Reads a streaming route's body into r.sink. An empty optional when it all arrived;
  // otherwise the answer to send before closing (or a 0 status: the client went away).
  asio::awaitable<std::optional<HttpResponse>> StreamBody(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                                          http::request_parser<http::empty_body>& head,
                                                          HttpRequest& r) {
    if (beast::iequals(head.get()[http::field::expect], "100-continue")) {
      static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
      boost::system::error_code ec;
      co_await asio::async_write(stream, asio::buffer(kContinue, sizeof kContinue - 1),
                                 asio::redirect_error(asio::use_awaitable, ec));
      if (ec) co_return HttpResponse{0};
    }
    auto declared = head.content_length();
    if (declared && *declared > options.max_upload_bytes)
      co_return Problem(413, "Payload Too Large", "upload_too_large",
                        "the file is over the upload limit of " + std::to_string(options.max_upload_bytes) + " bytes");
    http::request_parser<http::buffer_body> parser(std::move(head));
    parser.body_limit(options.max_upload_bytes);
    std::vector<char> chunk(256 * 1024);
    while (!parser.is_done()) {
      parser.get().body().data = chunk.data();
      parser.get().body().size = chunk.size();
      stream.expires_after(std::chrono::seconds(60));  // per piece: a slow line is fine, a dead one is not
      boost::system::error_code ec;
      co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
      if (ec == http::error::need_buffer) ec = {};
      if (ec == http::error::body_limit)
        co_return Problem(413, "Payload Too Large", "upload_too_large",
                          "the file is over the upload limit of " + std::to_string(options.max_upload_bytes) + " bytes");
      if (ec) co_return HttpResponse{0};
      size_t n = chunk.size() - parser.get().body().size;
      if (n == 0) continue;
      if (auto st = r.sink->Append(chunk.data(), n); !st)
        co_return Problem(503, "Service Unavailable", "unavailable", "the file could not be stored");
    }
    co_return std::nullopt;
  }

  asio::awaitable<bool> WriteSource(beast::tcp_stream& stream, http::response<http::buffer_body>& res,
                                    BodySource& source, bool head_only) {
    http::response_serializer<http::buffer_body> sr(res);
    boost::system::error_code ec;
    res.body().data = nullptr;
    res.body().more = !head_only;
    co_await http::async_write_header(stream, sr, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return false;
    if (head_only) co_return true;
    std::vector<char> chunk(256 * 1024);
    uint64_t left = source.size();
    while (left > 0) {
      auto n = source.Read(chunk.data(), static_cast<size_t>(std::min<uint64_t>(left, chunk.size())));
      if (!n || *n == 0) co_return false;  // the length is promised: all that is left is to close
      left -= *n;
      res.body().data = chunk.data();
      res.body().size = *n;
      res.body().more = true;
      stream.expires_after(std::chrono::seconds(60));
      co_await http::async_write(stream, sr, asio::redirect_error(asio::use_awaitable, ec));
      if (ec == http::error::need_buffer) ec = {};
      if (ec) co_return false;
    }
    res.body().data = nullptr;
    res.body().size = 0;
    res.body().more = false;
    co_await http::async_write(stream, sr, asio::redirect_error(asio::use_awaitable, ec));
    if (ec == http::error::need_buffer) ec = {};
    co_return !ec;
  }

  template <class Res>
  void SetHeaders(Res& res, const HttpResponse& out) {
    res.result(static_cast<unsigned>(out.status));
    res.version(11);
    res.set(http::field::server, "ariadne");
    res.set(http::field::content_type, out.content_type);
    res.set(http::field::cache_control, "no-store");
    res.set("X-Content-Type-Options", "nosniff");
    bool frame_set = false;
    for (const auto& [k, v] : out.headers) frame_set = frame_set || beast::iequals(k, "X-Frame-Options");
    if (!frame_set) res.set("X-Frame-Options", "DENY");
    res.set("Referrer-Policy", "no-referrer");
    for (const auto& [k, v] : out.headers) res.insert(k, v);
  }

  asio::awaitable<void> Serve(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    std::string remote;
    {
      boost::system::error_code ec;
      auto ep = stream.socket().remote_endpoint(ec);
      if (!ec) remote = ep.address().to_string();
    }
    bool drain = false;  // the client may still be sending a body we refused
    while (true) {
      http::request_parser<http::empty_body> head;
      head.header_limit(64 * 1024);
      // Beast checks Content-Length against the limit when the header ends; the limit depends
      // on the route (uploads), so it is checked below instead. (Not boost::none: Beast 1.74
      // compares the length with the optional, and every length is more than none.)
      head.body_limit(std::numeric_limits<std::uint64_t>::max());
      stream.expires_after(std::chrono::seconds(60));
      boost::system::error_code ec;
      co_await http::async_read_header(stream, buffer, head, asio::redirect_error(asio::use_awaitable, ec));
      if (ec == http::error::end_of_stream || ec == asio::error::eof) break;
      HttpResponse out;
      bool close = false;
      bool head_method = false;
      in_flight++;
      if (ec) {
        in_flight--;
        if (ec == beast::error::timeout || ec == asio::error::operation_aborted || ec == asio::error::connection_reset)
          break;
        out = BadRequest();
        close = true;
        in_flight++;
      } else {
        HttpRequest r;
        CopyHead(head.get(), r);
        r.remote_ip = remote;
        close = !head.get().keep_alive();
        head_method = head.get().method() == http::verb::head;
        bool target_ok = ParseTarget(r.target, r.path, r.query);
        if (target_ok && options.streams_body && options.streams_body(r)) {
          // Uploads: the caller is checked before a byte of the body is read.
          r.preflight = true;
          out = co_await Answer(r);
          if (out.status == 100 && r.sink) {
            auto failed = co_await StreamBody(stream, buffer, head, r);
            if (failed && failed->status == 0) {
              in_flight--;
              break;  // the client went away; dropping the sink drops what it sent
            }
            if (failed) {
              out = std::move(*failed);
              close = drain = true;
            } else {
              r.preflight = false;
              out = co_await Answer(r);
            }
          } else {
            close = drain = true;  // refused: the body is not read
          }
        } else {
          auto declared = head.content_length();
          http::request_parser<http::string_body> parser(std::move(head));
          parser.body_limit(options.max_body_bytes);
          if (declared && *declared > options.max_body_bytes)
            ec = http::error::body_limit;
          else
            co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
          if (ec == http::error::body_limit) {
            out = TooLarge();
            close = drain = true;
          } else if (ec) {
            in_flight--;
            if (ec == beast::error::timeout || ec == asio::error::operation_aborted ||
                ec == asio::error::connection_reset || ec == http::error::end_of_stream || ec == asio::error::eof)
              break;
            out = BadRequest();
            close = true;
            in_flight++;
          } else if (!target_ok) {
            out = BadRequest();
          } else {
            r.body = std::move(parser.get().body());
            out = co_await Answer(r);
          }
        }
      }
      close = close || stopping;
      if (out.source) {
        http::response<http::buffer_body> res;
        SetHeaders(res, out);
        res.keep_alive(!close);
        res.content_length(out.source->size());
        bool ok = co_await WriteSource(stream, res, *out.source, head_method);
        in_flight--;
        if (!ok || close) break;
        continue;
      }
      http::response<http::string_body> res;
      SetHeaders(res, out);
      res.body() = std::move(out.body);
      res.keep_alive(!close);
      res.prepare_payload();
      co_await http::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
      in_flight--;
      if (ec || close) break;
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    if (drain) {
      // A lingering close: closing with the rest of a refused body unread would reset the
      // connection, and the client could lose the 413 it was sent. Read and drop what is still
      // coming, for at most 2 s and 16 MiB.
      stream.expires_after(std::chrono::seconds(2));
      std::array<char, 64 * 1024> sink;
      size_t total = 0;
      while (total < (16u << 20)) {
        size_t n = co_await stream.async_read_some(asio::buffer(sink), asio::redirect_error(asio::use_awaitable, ignored));
        if (ignored || n == 0) break;
        total += n;
      }
    }
  }
};

HttpServer::HttpServer(HttpServerOptions options, RequestHandler handler) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->handler = std::move(handler);
}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start() {
  try {
    auto addr = asio::ip::make_address(impl_->options.address);
    int n = impl_->options.threads > 0 ? impl_->options.threads
                                       : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    for (int i = 0; i < n; ++i) impl_->loops.push_back(std::make_unique<asio::io_context>(1));
    impl_->acceptor = std::make_unique<tcp::acceptor>(*impl_->loops[0]);
    tcp::endpoint ep(addr, static_cast<unsigned short>(impl_->options.port));
    impl_->acceptor->open(ep.protocol());
    impl_->acceptor->set_option(asio::socket_base::reuse_address(true));
    impl_->acceptor->bind(ep);
    impl_->acceptor->listen(asio::socket_base::max_listen_connections);
    impl_->bound_port = impl_->acceptor->local_endpoint().port();
  } catch (const std::exception& e) {
    return Fail(Error::Unavailable(std::string("cannot listen on ") + impl_->options.address + ":" +
                                   std::to_string(impl_->options.port) + ": " + e.what()));
  }
  asio::co_spawn(*impl_->loops[0], impl_->Accept(), asio::detached);
  for (auto& loop : impl_->loops)
    impl_->threads.emplace_back([l = loop.get()] {
      auto guard = asio::make_work_guard(*l);  // a loop with no connection yet keeps running
      l->run();
    });
  return Ok();
}

int HttpServer::port() const { return impl_->bound_port; }

void HttpServer::WaitForSignalAndDrain() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  int sig = 0;
  sigwait(&set, &sig);
  Stop();
}

void HttpServer::Stop() {
  if (impl_->stopping.exchange(true)) {
    for (auto& t : impl_->threads)
      if (t.joinable()) t.join();
    return;
  }
  if (impl_->loops.empty()) return;
  asio::post(*impl_->loops[0], [this] {
    boost::system::error_code ec;
    if (impl_->acceptor) impl_->acceptor->close(ec);
  });
  // Let requests already being handled finish and send their answers (up to 30 s).
  for (int i = 0; i < 3000 && impl_->in_flight.load() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  for (auto& loop : impl_->loops) loop->stop();
  for (auto& t : impl_->threads)
    if (t.joinable()) t.join();
}

}  // namespace ariadne
