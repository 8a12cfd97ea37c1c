// One small error type for every layer (STYLE.md §2.1). A function that can fail returns
// Result<T>; callers return early. Only api/problem.cc turns an Error into HTTP.
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace ariadne {

enum class ErrorCode {
  kInvalidArgument,  // bad input: 400/422, names the field
  kNotFound,         // missing, or not visible to the caller (never say which)
  kConflict,         // stale version, duplicate key
  kForbidden,        // the role never has this action
  kUnauthenticated,  // no valid session, token or credentials
  kTooLarge,         // body or upload over its limit
  kRateLimited,      // login throttling and lock-out
  kCorruption,       // stored data failed an integrity check
  kUnavailable,      // store busy or shutting down
  kInternal,         // a bug
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string reason;   // stable snake_case id, translated by clients as errors.<reason>
  std::string message;  // English detail for logs and API users
  std::string field;    // JSON field at fault, when there is one
  int http_status = 0;  // optional override (e.g. 400 vs 422 for invalid input)

  static Error Invalid(std::string reason, std::string message, std::string field = {}) {
    return {ErrorCode::kInvalidArgument, std::move(reason), std::move(message), std::move(field), 422};
  }
  static Error BadRequest(std::string reason, std::string message, std::string field = {}) {
    return {ErrorCode::kInvalidArgument, std::move(reason), std::move(message), std::move(field), 400};
  }
  static Error NotFound(std::string message = "not found") {
    return {ErrorCode::kNotFound, "not_found", std::move(message), {}, 0};
  }
  static Error Conflict(std::string reason, std::string message, std::string field = {}) {
    return {ErrorCode::kConflict, std::move(reason), std::move(message), std::move(field), 0};
  }
  static Error Forbidden(std::string reason, std::string message) {
    return {ErrorCode::kForbidden, std::move(reason), std::move(message), {}, 0};
  }
  static Error Unauthenticated(std::string reason, std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(reason), std::move(message), {}, 0};
  }
  static Error TooLarge(std::string message) {
    return {ErrorCode::kTooLarge, "body_too_large", std::move(message), {}, 0};
  }
  static Error RateLimited(std::string reason, std::string message) {
    return {ErrorCode::kRateLimited, std::move(reason), std::move(message), {}, 0};
  }
  static Error Corruption(std::string message) {
    return {ErrorCode::kCorruption, "corruption", std::move(message), {}, 0};
  }
  static Error Unavailable(std::string message) {
    return {ErrorCode::kUnavailable, "unavailable", std::move(message), {}, 0};
  }
  static Error Internal(std::string message) {
    return {ErrorCode::kInternal, "internal", std::move(message), {}, 0};
  }
};

template <typename T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }
inline Status Ok() { return {}; }

}  // namespace ariadne

// Early return for Status-returning expressions inside functions returning Result<...>.
#define ARIADNE_RETURN_IF_ERROR(expr)                                  \
  do {                                                                 \
    auto ariadne_status_ = (expr);                                     \
    if (!ariadne_status_) return ::ariadne::Fail(ariadne_status_.error()); \
  } while (0)
