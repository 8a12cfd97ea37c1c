#include "api/problem.h"

#include <nlohmann/json.hpp>

namespace ariadne {

int HttpStatusFor(const Error& e) {
  if (e.http_status) return e.http_status;
  switch (e.code) {
    case ErrorCode::kInvalidArgument: return 422;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kCorruption:
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

namespace {
const char* TitleFor(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 503: return "Service Unavailable";
    default: return "Internal Server Error";
  }
}
}  // namespace

HttpResponse ProblemResponse(const Error& e) {
  HttpResponse r;
  r.status = HttpStatusFor(e);
  r.content_type = "application/problem+json";
  nlohmann::json body = {{"type", "about:blank"}, {"title", TitleFor(r.status)}, {"status", r.status},
                         {"code", e.reason.empty() ? "error" : e.reason}};
  // Internal details stay in the log, not in the answer.
  body["detail"] = r.status >= 500 ? std::string("the server could not complete the request") : e.message;
  if (!e.field.empty()) body["field"] = e.field;
  r.body = body.dump();
  return r;
}

}  // namespace ariadne
