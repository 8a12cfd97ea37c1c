// Loading an intelligence report for one request: its access facts (author's unit, holder,
// disseminations to the caller's unit), the caller's access through the one access function
// (Authorizer::IntelView / CheckIntel), and the report as the caller may see it.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "api/request_context.h"

namespace ariadne {

struct LoadedIntel {
  FrontlineReport report;
  IntelFacts facts;
  Unit caller_unit;
  IntelAccess access;
};

// Facts of `rep` for a caller of `caller_unit_id`.
Result<IntelFacts> IntelFactsOf(StoreReader& r, const FrontlineReport& rep, const std::string& caller_unit_id);
// The report `id` if the caller may use it by `path` (intel_path::*); the refusal (NotFound, or
// Forbidden handling_refused) is audited with the report named.
Result<LoadedIntel> LoadIntel(RequestContext& ctx, StoreReader& r, const std::string& id, const std::string& path);
// The caller's access to an already-read report (lists, search hits).
Result<LoadedIntel> AccessOf(RequestContext& ctx, StoreReader& r, const FrontlineReport& rep);
// The items of the report the caller may see (those of a stricter code are left out);
// `withheld` counts the others.
nlohmann::json VisibleItems(RequestContext& ctx, const LoadedIntel& l, int* withheld = nullptr);
// The TLP label of a report's handling code (TLP:RED for an unknown code).
std::string TlpOf(RequestContext& ctx, const FrontlineReport& r);
// The report as `a` may see it: items its handling hides are left out and counted; the link
// to the original of a sanitised copy only for who may view the original.
nlohmann::json IntelReportJson(RequestContext& ctx, StoreReader& r, const LoadedIntel& a);
// The unit that holds a report: the one it was handed to, else its author's.
inline std::string HolderOf(const FrontlineReport& r) { return r.target_unit_id.empty() ? r.author_unit_id : r.target_unit_id; }
// A notice to every active user of `unit_id` holding one of `roles`, in the same write.
Status NotifyUnit(RequestContext& ctx, StoreWriter& w, const std::string& unit_id, const std::vector<std::string>& roles,
                  const std::string& kind, const LocalText& message, const std::string& link);
// An intelligence event in the same write.
Status AddIntelEvent(RequestContext& ctx, StoreWriter& w, const std::string& report_id, const std::string& kind,
                     nlohmann::json detail);

}  // namespace ariadne
