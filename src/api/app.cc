#include "api/app.h"

#include <cstdio>
#include <future>
#include <memory>

#include "api/problem.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

constexpr const char* kSessionCookie = "ariadne_session";

std::string CookieValue(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    std::string part = header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos) part = part.substr(start);
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return {};
}

std::string OutcomeFor(int status) {
  if (status < 400) return "ok";
  if (status == 404) return "not_found";
  if (status == 401 || status == 403) return "denied";
  if (status == 409) return "conflict";
  if (status < 500) return "invalid";
  return "failed";
}

bool IsWrite(const std::string& method) { return method != "GET" && method != "HEAD"; }

}  // namespace

App::App(AppServices services) : services_(std::move(services)) {
  AddAuthRoutes(router_);
  AddCaseRoutes(router_);
  AddEntityRoutes(router_);
  AddTimelineRoutes(router_);
  AddExhibitRoutes(router_);
  AddInterviewRoutes(router_);
  AddChargeRoutes(router_);
  AddDocumentRoutes(router_);
  AddSearchRoutes(router_);
  AddReportRoutes(router_);
  AddFtmRoutes(router_);
  AddAdminRoutes(router_);
  AddAuditRoutes(router_);
  AddMetaRoutes(router_);
  AddWorkflowRoutes(router_);
  AddTaskRoutes(router_);
  AddApprovalRoutes(router_);
  AddProtectionRoutes(router_);
  AddReferralRoutes(router_);
  AddAssessmentRoutes(router_);
  AddScreeningRoutes(router_);
  AddLegalRoutes(router_);
  AddFrontlineRoutes(router_);
  AddPartnerRoutes(router_);
  AddMatchRoutes(router_);
  AddIntelRoutes(router_);
  AddIntelDisseminationRoutes(router_);
  AddIntelSearchRoutes(router_);
  AddGraphRoutes(router_);
  AddGraphTimelineRoutes(router_);
  AddMoneyRoutes(router_);
  AddCallRoutes(router_);
  AddImportRoutes(router_);
  AddChartRoutes(router_);
  services_.router = &router_;
}

void App::Handle(HttpRequest& req, Respond respond) {
  if (req.path.rfind("/api/", 0) != 0) {
    if (req.method != "GET" && req.method != "HEAD") return respond(ProblemResponse(Error::NotFound("no such page")));
    return respond(ServeStatic(services_.static_dir, req.path));
  }
  std::optional<AuditEvent> audit;
  HttpResponse res;
  // 1. Route.
  std::map<std::string, std::string> params;
  bool path_known = false;
  const Route* route = router_.Match(req.method, req.path, params, path_known);
  if ((req.method == "GET" || req.method == "HEAD") && !(route && route->own_snapshot)) {
    // Reads take one snapshot for the whole request — authentication, access checks and the
    // handler — since each new read transaction costs a page-cache reset (store.h, Read).
    auto st = services_.store->Read([&](StoreReader&) -> Status {
      res = HandleApi(req, route, std::move(params), path_known, audit);
      return Ok();
    });
    if (!st) res = ProblemResponse(st.error());
  } else {
    res = HandleApi(req, route, std::move(params), path_known, audit);
  }
  if (!audit) return respond(std::move(res));
  // 8. The answer leaves only once its audit row has committed: no row, no answer. Without
  //    a thread waiting — the writer calls back when the group commits.
  auto event = std::make_shared<AuditEvent>(std::move(*audit));
  services_.store->WriteAsync(
      [this, event](StoreWriter& w) { return services_.audit->Append(w, *event); },
      [respond = std::move(respond), res = std::move(res)](Status st) mutable {
        if (st) return respond(std::move(res));
        std::fprintf(stderr, "audit write failed: %s\n", st.error().message.c_str());
        respond(ProblemResponse(Error::Unavailable("the audit trail cannot be written; nothing was returned")));
      });
}

bool App::StreamsBody(const HttpRequest& req) const {
  std::map<std::string, std::string> params;
  bool path_known = false;
  const Route* route = router_.Match(req.method, req.path, params, path_known);
  return route && route->streams_body;
}

HttpResponse App::Handle(HttpRequest& req) {
  std::promise<HttpResponse> answer;
  auto got = answer.get_future();
  Handle(req, [&answer](HttpResponse res) { answer.set_value(std::move(res)); });
  return got.get();
}

Status App::Authenticate(RequestContext& ctx) {
  std::string auth = ctx.req.Header("authorization");
  if (auth.rfind("Bearer ", 0) == 0) {
    auto p = services_.auth->FromToken(auth.substr(7));
    if (!p) return Fail(p.error());
    ctx.principal = *p;
    return Ok();
  }
  std::string cookie = CookieValue(ctx.req.Header("cookie"), kSessionCookie);
  if (cookie.empty()) return Fail(Error::Unauthenticated("unauthenticated", "please sign in"));
  auto p = services_.auth->FromSession(cookie);
  if (!p) return Fail(p.error());
  ctx.principal = *p;
  // Browser writes must prove they come from our page: the CSRF token is readable only by it.
  if (IsWrite(ctx.req.method) && ctx.req.Header("x-csrf-token") != p->csrf_token)
    return Fail(Error::Forbidden("csrf_missing", "the X-CSRF-Token header is missing or wrong"));
  return Ok();
}

void App::QueueAudit(RequestContext& ctx, int status, std::optional<AuditEvent>& out) {
  if (ctx.audit_written) return;
  ctx.audit.outcome = OutcomeFor(status);
  if (status >= 400) ctx.audit.detail["status"] = status;
  out = std::move(ctx.audit);
}

HttpResponse App::HandleApi(HttpRequest& req, const Route* route, std::map<std::string, std::string> params,
                            bool path_known, std::optional<AuditEvent>& audit) {
  if (!route) {
    if (path_known) {
      Error e = Error::BadRequest("method_not_allowed", "this method is not allowed here");
      e.http_status = 405;
      return ProblemResponse(e);
    }
    return ProblemResponse(Error::NotFound("no such API route"));
  }
  RequestContext ctx{req, services_, std::move(params), std::nullopt, {}, false, {}, false};
  ctx.audit.action = route->audit_action;
  ctx.audit.method = req.method;
  ctx.audit.path = req.path;
  ctx.audit.ip = req.remote_ip;

  // 2. Authenticate.
  if (route->permission != perm::kPublic) {
    if (auto st = Authenticate(ctx); !st) return ProblemResponse(st.error());
    ctx.audit.user_id = ctx.principal->user_id;
    ctx.audit.username = ctx.principal->username;
  }

  // 3. Authorize at role level. A route about one case answers 404, not 403, so that a role
  //    which never sees cases learns nothing about which exist — and the attempt is audited.
  Result<HttpResponse> result = Fail(Error::Internal("unhandled"));
  bool record_route = route->pattern.find("/cases/{id}") != std::string::npos;
  //    A role that reads cases is left to the case's own check (Authorizer::CheckCase:
  //    visibility first), so it hears 403 only about a case it can see (docs/api.md).
  if (route->permission != perm::kPublic) {
    bool case_decides = record_route && services_.authz->Check(*ctx.principal, perm::kCaseRead);
    if (auto st = services_.authz->Check(*ctx.principal, route->permission); !st && !case_decides) {
      Error e = record_route ? Error::NotFound("case") : st.error();
      if (record_route) ctx.audit.records.push_back("case:" + ctx.Param("id"));
      if (!route->audit_action.empty()) QueueAudit(ctx, HttpStatusFor(e), audit);
      return ProblemResponse(e);
    }
  }

  // 4. Idempotent retry: the first answer again, nothing new created.
  std::string idem_key = req.method == "POST" ? req.Header("idempotency-key") : "";
  if (!idem_key.empty() && ctx.principal) {
    if (idem_key.size() > 200)
      return ProblemResponse(Error::BadRequest("invalid_value", "Idempotency-Key is too long", "Idempotency-Key"));
    std::optional<IdempotentReply> prior;
    auto st = services_.store->Read([&](StoreReader& r) -> Status {
      auto got = r.GetIdempotent(ctx.principal->user_id, idem_key);
      if (!got) return Fail(got.error());
      prior = *got;
      return Ok();
    });
    if (!st) return ProblemResponse(st.error());
    if (prior) {
      HttpResponse replay;
      replay.status = prior->status;
      replay.body = prior->body;
      replay.headers.push_back({"Idempotent-Replay", "true"});
      return replay;
    }
  }

  // 5. Handle.
  try {
    result = route->handler(ctx);
  } catch (const std::exception& e) {
    result = Fail(Error::Internal(e.what()));
  }
  HttpResponse res = result ? *result : ProblemResponse(result.error());
  if (!result && HttpStatusFor(result.error()) >= 500)
    std::fprintf(stderr, "%s %s failed: %s\n", req.method.c_str(), req.path.c_str(), result.error().message.c_str());


  // 6. Remember the answer for retries with the same key.
  if (!idem_key.empty() && ctx.principal && res.status < 300) {
    (void)services_.store->Write([&](StoreWriter& w) {
      return w.PutIdempotent(ctx.principal->user_id, idem_key, {res.status, res.body}, services_.env->NowMillis());
    });
  }
  if (!ctx.session_cookie_to_set.empty())
    res.headers.push_back({"Set-Cookie", std::string(kSessionCookie) + "=" + ctx.session_cookie_to_set +
                                             "; Path=/; HttpOnly; SameSite=Strict"});
  if (ctx.clear_session_cookie)
    res.headers.push_back({"Set-Cookie", std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"});
  // 7. Audit, unless the handler wrote it with its change: Handle appends it before answering.
  //    An upload let through its preflight is audited when it completes.
  bool go_on = req.preflight && res.status == 100;
  if (!route->audit_action.empty() && !go_on) QueueAudit(ctx, res.status, audit);
  return res;
}

}  // namespace ariadne
