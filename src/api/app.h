// The request loop (STYLE.md §2.11): parse, authenticate, route, authorize, handle, audit,
// respond — top to bottom in App::Handle.
#pragma once

#include "api/http_types.h"
#include "api/request_context.h"
#include "api/router.h"

namespace ariadne {

class App {
 public:
  explicit App(AppServices services);
  HttpResponse Handle(HttpRequest& req);
  const Router& router() const { return router_; }

 private:
  HttpResponse HandleApi(HttpRequest& req);
  Status Authenticate(RequestContext& ctx);
  void WriteAudit(RequestContext& ctx, int status);
  AppServices services_;
  Router router_;
};

// Route registration, one function per resource file.
void AddAuthRoutes(Router& r);
void AddCaseRoutes(Router& r);
void AddAdminRoutes(Router& r);
void AddAuditRoutes(Router& r);
void AddMetaRoutes(Router& r);

// The web client's files, with index.html for any path the client routes itself.
HttpResponse ServeStatic(const std::string& static_dir, const std::string& path);
// OpenAPI 3 document generated from the route table.
nlohmann::json OpenApiDocument(const Router& router);

}  // namespace ariadne
