// The server's view of HTTP, free of Beast: everything above api/http_server.cc uses only this.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ariadne {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string target;  // path and query as sent
  std::string path;    // percent-decoded path without the query
  std::map<std::string, std::string> query;    // percent-decoded
  std::map<std::string, std::string> headers;  // names lower-case
  std::string body;
  std::string remote_ip;

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
};

// Splits a request target into decoded path and query parameters. False when the target is
// not valid percent-encoding, or decodes to anything but UTF-8 without NUL bytes.
bool ParseTarget(const std::string& target, std::string& path, std::map<std::string, std::string>& query);

}  // namespace ariadne
