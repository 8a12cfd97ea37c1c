// Creating a case, shared by POST /cases and by opening a case from a frontline report.
#pragma once

#include <vector>

#include "api/request_context.h"
#include "domain/case_input.h"

namespace ariadne {

// A new case of the caller's unit, created by the caller, now.
Case NewCase(RequestContext& ctx);
// Inserts it with the caller as lead (with the victim-data grant), starts its workflow and
// records its creation in the case history. The caller appends the audit row.
Status InsertNewCase(RequestContext& ctx, StoreWriter& w, Case& c, const std::vector<FieldChange>& changes);

}  // namespace ariadne
