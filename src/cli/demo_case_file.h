// A fictional but realistic case file for the demo's first cases (people, roles, a relationship,
// timeline events, an exhibit with its custody chain, an interview, a charge).
#pragma once

#include <string>

#include "cli/runtime.h"

namespace ariadne {

// `victim_id`, when given, receives the id of the case's victim.
// A Kyrgyz case's record of the case file's suspect, for the resolution engine to find.
Status AddDemoCrossBorderSuspect(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at);
Status AddDemoCaseFile(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                       std::string* victim_id = nullptr);
// One record of the case file, as the API would save it (the demo's other files use it too).
Result<std::string> AddDemoRecord(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                                  const nlohmann::json& body);
// Call records and a bank statement imported into the first case (demo_links.cc): a second
// suspect reached from the recruiter only through the call records, a taxi call centre as a hub,
// and the recruitment agency's money followed through three accounts.
Status AddDemoLinks(Runtime& r, const std::string& case_id, const std::string& user_id, int64_t now);

}  // namespace ariadne
