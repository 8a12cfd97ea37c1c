// Which role may perform which action: the role × permission matrix, loaded from
// config/roles/permissions.json and validated (unknown roles or permissions are refused).
// This says only what a role may *ever* do; need-to-know on a given record is decided by
// security/authorize.cc, the one access function.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/roles.h"

namespace ariadne {

// Every permission the code knows. A route declares one of these, or kPublic/kSignedIn.
namespace perm {
inline constexpr const char* kCaseRead = "case.read";
inline constexpr const char* kCaseCreate = "case.create";
inline constexpr const char* kCaseUpdate = "case.update";
inline constexpr const char* kCaseTeam = "case.team";
inline constexpr const char* kCaseShare = "case.share";
inline constexpr const char* kUserManage = "user.manage";
inline constexpr const char* kUnitManage = "unit.manage";
inline constexpr const char* kAuditRead = "audit.read";
inline constexpr const char* kWorkflowAct = "workflow.act";        // take steps, tick checklists, ask approval
inline constexpr const char* kApprovalDecide = "approval.decide";  // approve or reject (a unit's supervisors)
inline constexpr const char* kTaskManage = "task.manage";          // create and change tasks
inline constexpr const char* kWorkflowAdmin = "workflow.admin";    // migrate open cases to a new version
inline constexpr const char* kScreeningRecord = "screening.record";  // screen a person with indicators
inline constexpr const char* kFrontlineReport = "frontline.report";  // file a frontline first report
inline constexpr const char* kFrontlineInbox = "frontline.inbox";    // the unit's inbox of handed-over reports
inline constexpr const char* kProtectionRead = "protection.read";    // protection files one may see
inline constexpr const char* kProtectionManage = "protection.manage";  // open files, consent, refer, assess
inline constexpr const char* kVictimIdentify = "victim.identify";    // may be a competent authority (per jurisdiction)
inline constexpr const char* kReferralRespond = "referral.respond";  // a partner answers referrals to its organisation
inline constexpr const char* kPartnerManage = "partner.manage";      // the partner directory
inline constexpr const char* kStatsRead = "stats.read";              // depersonalised counts
inline constexpr const char* kJurisdictionAdmin = "jurisdiction.admin";  // confirm national rules
inline constexpr const char* kMatchRead = "match.read";          // proposed matches between cases one may see
inline constexpr const char* kMatchReview = "match.review";      // confirm, reject or undo a match
inline constexpr const char* kDeconflictionRead = "deconfliction.read";  // a unit's deconfliction notices
inline constexpr const char* kIntelRead = "intel.read";          // intelligence held by or disseminated to one's unit
inline constexpr const char* kIntelManage = "intel.manage";      // evaluate, disseminate, sanitise intelligence
inline constexpr const char* kIntelSearch = "intel.search";      // search intelligence (every search is logged)
inline constexpr const char* kIntelStats = "intel.stats";        // depersonalised strategic aggregates
inline constexpr const char* kGraphRead = "graph.read";          // link charts, paths, money flow and call analysis over visible cases
inline constexpr const char* kImportCreate = "import.create";    // import call records and bank statements into a case
// Pseudo-permissions for routes that need no role-based permission.
inline constexpr const char* kPublic = "public";        // no sign-in (login, health)
inline constexpr const char* kSignedIn = "signed_in";   // any signed-in user (own profile)
}  // namespace perm

const std::vector<std::string>& KnownPermissions();

class PermissionMatrix {
 public:
  // Parses {"version": N, "roles": {"<role id>": ["<permission>", ...]}}.
  static Result<PermissionMatrix> FromJson(const nlohmann::json& doc);

  bool Allows(Role role, const std::string& permission) const;
  std::vector<std::string> PermissionsOf(Role role) const;
  int version() const { return version_; }

 private:
  int version_ = 0;
  std::map<Role, std::set<std::string>> grants_;
};

}  // namespace ariadne
