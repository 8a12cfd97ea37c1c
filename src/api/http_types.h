// The server's view of HTTP, free of Beast: everything above api/http_server.cc uses only this.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/error.h"

namespace ariadne {

// A request body taken piece by piece as it arrives (uploads), never held whole in memory.
class BodySink {
 public:
  virtual ~BodySink() = default;
  virtual Status Append(const char* data, size_t n) = 0;
};

// A response body handed out piece by piece (downloads).
class BodySource {
 public:
  virtual ~BodySource() = default;
  virtual uint64_t size() const = 0;  // exactly what Read will give in all
  // The next bytes, at most `cap`; 0 only at the end.
  virtual Result<size_t> Read(char* out, size_t cap) = 0;
};

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string target;  // path and query as sent
  std::string path;    // percent-decoded path without the query
  std::map<std::string, std::string> query;    // percent-decoded
  std::map<std::string, std::string> headers;  // names lower-case
  std::string body;
  std::string remote_ip;
  // Routes that stream their body (Route::streams_body) are asked twice. First with
  // `preflight` set and no body, to check the caller and open `sink` (answering 100 to go
  // on, or the refusal); then, once the body has gone into the sink, with `preflight` false.
  bool preflight = false;
  std::shared_ptr<BodySink> sink;

  std::string Header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? std::string() : it->second;
  }
  std::string Query(const std::string& name) const {
    auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
  }
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::shared_ptr<BodySource> source;  // when set, the body (and Content-Length) come from it
};

// Splits a request target into decoded path and query parameters. False when the target is
// not valid percent-encoding, or decodes to anything but UTF-8 without NUL bytes.
bool ParseTarget(const std::string& target, std::string& path, std::map<std::string, std::string>& query);

}  // namespace ariadne
