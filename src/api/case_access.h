// The need-to-know check every route under /cases/{id} starts with.
#pragma once

#include <string>

#include "api/request_context.h"

namespace ariadne {

// Loads the caller's relation to case {id} and checks `permission` (Authorizer::CheckCase).
// The case is named in the audit event either way, so a refused look is on the record too.
Result<CaseAccessFacts> CheckCaseAccess(RequestContext& ctx, StoreReader& r, const std::string& permission);

}  // namespace ariadne
