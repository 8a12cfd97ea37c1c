// The demo's intelligence: frontline reports graded by their originator and held by the
// Almaty unit — raw intelligence waiting for evaluation, one disseminated to the Kyrgyz unit,
// one under special handling still without its risk assessment — with facts enough for the
// strategic counts to show.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cli/runtime.h"

namespace ariadne {

// Returns the reports it made, for the resolution engine's first pass.
Result<std::vector<FrontlineReport>> AddDemoIntelligence(Runtime& r, const std::map<std::string, User>& users,
                                                         const std::map<std::string, std::string>& unit_ids, int64_t now);

}  // namespace ariadne
