// The request loop (STYLE.md §2.11): parse, authenticate, route, authorize, handle, audit,
// respond — top to bottom in App::Handle.
#pragma once

#include "api/http_types.h"
#include "api/request_context.h"
#include "api/router.h"

namespace ariadne {

class App {
 public:
  using Respond = std::function<void(HttpResponse)>;
  explicit App(AppServices services);
  // Answers through `respond`, called exactly once — at once, or from the store's writer
  // thread when the request's audit row has committed.
  void Handle(HttpRequest& req, Respond respond);
  // Whether the request's route takes its body as a stream (HttpServerOptions::streams_body).
  bool StreamsBody(const HttpRequest& req) const;
  // The same, waiting for the answer (tests and tools).
  HttpResponse Handle(HttpRequest& req);
  const Router& router() const { return router_; }

 private:
  // Steps 1–7 of the request loop; the audit row still to append, if any, goes to `audit`.
  HttpResponse HandleApi(HttpRequest& req, const Route* route, std::map<std::string, std::string> params,
                         bool path_known, std::optional<AuditEvent>& audit);
  Status Authenticate(RequestContext& ctx);
  void QueueAudit(RequestContext& ctx, int status, std::optional<AuditEvent>& out);
  AppServices services_;
  Router router_;
};

// Route registration, one function per resource file.
void AddAuthRoutes(Router& r);
void AddCaseRoutes(Router& r);
void AddEntityRoutes(Router& r);
void AddTimelineRoutes(Router& r);
void AddExhibitRoutes(Router& r);
void AddInterviewRoutes(Router& r);
void AddChargeRoutes(Router& r);
void AddDocumentRoutes(Router& r);
void AddSearchRoutes(Router& r);
void AddReportRoutes(Router& r);
void AddFtmRoutes(Router& r);
void AddAdminRoutes(Router& r);
void AddAuditRoutes(Router& r);
void AddMetaRoutes(Router& r);
void AddWorkflowRoutes(Router& r);
void AddTaskRoutes(Router& r);
void AddApprovalRoutes(Router& r);
void AddProtectionRoutes(Router& r);
void AddReferralRoutes(Router& r);
void AddAssessmentRoutes(Router& r);
void AddScreeningRoutes(Router& r);
void AddLegalRoutes(Router& r);
void AddFrontlineRoutes(Router& r);
void AddPartnerRoutes(Router& r);
void AddMatchRoutes(Router& r);
void AddIntelRoutes(Router& r);
void AddIntelDisseminationRoutes(Router& r);
void AddIntelSearchRoutes(Router& r);
void AddGraphRoutes(Router& r);
void AddGraphTimelineRoutes(Router& r);
void AddMoneyRoutes(Router& r);
void AddCallRoutes(Router& r);
void AddImportRoutes(Router& r);
void AddChartRoutes(Router& r);

// The web client's files, with index.html for any path the client routes itself.
HttpResponse ServeStatic(const std::string& static_dir, const std::string& path);
// OpenAPI 3 document generated from the route table.
nlohmann::json OpenApiDocument(const Router& router);

}  // namespace ariadne
