// The one place where an Error becomes HTTP (STYLE.md §2.1): RFC 9457 problem+json.
#pragma once

#include "api/http_types.h"
#include "base/error.h"

namespace ariadne {

int HttpStatusFor(const Error& e);
HttpResponse ProblemResponse(const Error& e);

}  // namespace ariadne
