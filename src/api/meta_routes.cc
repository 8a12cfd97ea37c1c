// Health, reference data, the OpenAPI document and the test clock.
#include <charconv>

#include "api/app.h"
#include "api/workflow_runner.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<HttpResponse> Health(RequestContext&) { return JsonResponse(200, {{"status", "ok"}}); }

Result<HttpResponse> GetLookups(RequestContext& ctx) { return JsonResponse(200, ctx.app.lookups->json()); }

Result<HttpResponse> GetEntitySchema(RequestContext& ctx) {
  return JsonResponse(200, ctx.app.authz->entity_schema().json());
}

Result<HttpResponse> OpenApi(RequestContext& ctx) { return JsonResponse(200, OpenApiDocument(*ctx.app.router)); }

// Only exists when the server was started with --test-clock: moves the server's clock so
// tests of time-outs and lock-outs never sleep.
Result<HttpResponse> TestClock(RequestContext& ctx) {
  if (!ctx.app.test_clock) return Fail(Error::NotFound("no such API route"));
  if (ctx.req.method == "POST") {
    auto body = ctx.JsonBody();
    if (!body) return Fail(body.error());
    ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"advance_seconds"}));
    if (!body->contains("advance_seconds") || !(*body)["advance_seconds"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "advance_seconds must be an integer", "advance_seconds"));
    ctx.app.test_clock->Advance((*body)["advance_seconds"].get<int64_t>() * 1000);
  }
  int64_t now = ctx.app.test_clock->NowMillis();
  // What the minute's sweep would find now: timers run out, tasks past their deadline.
  auto swept = SweepDeadlines(ctx.app);
  if (!swept) return Fail(swept.error());
  return JsonResponse(200, {{"now", FormatTime(now)}, {"now_ms", now}, {"notified", *swept}});
}

}  // namespace

void AddMetaRoutes(Router& r) {
  r.Add({"GET", "/api/v1/health", perm::kPublic, "", "Liveness", Health, nullptr, "meta"});
  r.Add({"GET", "/api/v1/lookups", perm::kSignedIn, "", "Option lists with English and Russian labels", GetLookups,
         nullptr, "meta"});
  r.Add({"GET", "/api/v1/schema/entities", perm::kSignedIn, "",
         "The entity schemata (FollowTheMoney subset) with English and Russian labels", GetEntitySchema, nullptr, "meta"});
  r.Add({"GET", "/api/v1/openapi.json", perm::kPublic, "", "This document", OpenApi, nullptr, "meta"});
  r.Add({"GET", "/api/v1/test/clock", perm::kPublic, "", "Test builds only: read the server clock", TestClock, nullptr,
         "test"});
  r.Add({"POST", "/api/v1/test/clock", perm::kPublic, "", "Test builds only: move the server clock", TestClock,
         {{"type", "object"}}, "test"});
}

}  // namespace ariadne
