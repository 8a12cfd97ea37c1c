// The route table: every route declares its method, path pattern, the permission it needs and
// what it writes to the audit trail. A test walks this table and fails on a route with no
// permission; the OpenAPI document is generated from it.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/http_types.h"
#include "base/error.h"
#include "security/audit_log.h"
#include "security/authorize.h"

namespace ariadne {

struct RequestContext;
using RouteHandler = std::function<Result<HttpResponse>(RequestContext&)>;

struct Route {
  std::string method;
  std::string pattern;     // "/api/v1/cases/{id}"
  std::string permission;  // perm::k..., or perm::kPublic / perm::kSignedIn
  std::string audit_action;  // empty: not audited (health, reference data, own profile)
  std::string summary;
  RouteHandler handler;
  nlohmann::json request_schema;  // for the OpenAPI document; null when no body
  std::string tag;
  // GETs share one read snapshot from authentication to the answer (App::Handle). A handler
  // that must read something outside the store *before* its snapshot starts — the audit head
  // file, which runs ahead of any older snapshot — opts out and opens its own.
  bool own_snapshot = false;
  // The body is streamed into a sink rather than read into memory (uploads; HttpRequest).
  bool streams_body = false;
};

class Router {
 public:
  void Add(Route route) { routes_.push_back(std::move(route)); }
  // The route for method+path, filling path parameters; nullptr when none matches.
  // `path_known` tells whether some other method matches the path (405 rather than 404).
  const Route* Match(const std::string& method, const std::string& path, std::map<std::string, std::string>& params,
                     bool& path_known) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace ariadne
