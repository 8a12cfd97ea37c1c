#include "domain/permissions.h"

#include <algorithm>

namespace ariadne {

const std::vector<std::string>& KnownPermissions() {
  static const std::vector<std::string> all = {
      perm::kCaseRead,  perm::kCaseCreate, perm::kCaseUpdate, perm::kCaseTeam,
      perm::kCaseShare, perm::kUserManage, perm::kUnitManage, perm::kAuditRead,
      perm::kWorkflowAct, perm::kApprovalDecide, perm::kTaskManage, perm::kWorkflowAdmin,
      perm::kScreeningRecord, perm::kFrontlineReport, perm::kFrontlineInbox, perm::kProtectionRead,
      perm::kProtectionManage, perm::kVictimIdentify, perm::kReferralRespond, perm::kPartnerManage,
      perm::kStatsRead, perm::kJurisdictionAdmin, perm::kMatchRead, perm::kMatchReview, perm::kDeconflictionRead,
      perm::kIntelRead, perm::kIntelManage, perm::kIntelSearch, perm::kIntelStats, perm::kGraphRead, perm::kImportCreate,
  };
  return all;
}

Result<PermissionMatrix> PermissionMatrix::FromJson(const nlohmann::json& doc) {
  if (!doc.is_object() || !doc.contains("version") || !doc["version"].is_number_integer())
    return Fail(Error::Invalid("invalid_config", "permissions: integer 'version' required", "version"));
  if (!doc.contains("roles") || !doc["roles"].is_object())
    return Fail(Error::Invalid("invalid_config", "permissions: object 'roles' required", "roles"));
  PermissionMatrix m;
  m.version_ = doc["version"].get<int>();
  const auto& known = KnownPermissions();
  for (const auto& [role_id, list] : doc["roles"].items()) {
    auto role = ParseRole(role_id);
    if (!role) return Fail(Error::Invalid("invalid_config", "permissions: unknown role " + role_id, role_id));
    if (!list.is_array())
      return Fail(Error::Invalid("invalid_config", "permissions: list expected for " + role_id, role_id));
    auto& set = m.grants_[*role];
    for (const auto& p : list) {
      if (!p.is_string() || std::find(known.begin(), known.end(), p.get<std::string>()) == known.end())
        return Fail(Error::Invalid("invalid_config",
                                   "permissions: unknown permission " + p.dump() + " for " + role_id, role_id));
      set.insert(p.get<std::string>());
    }
  }
  for (Role r : AllRoles())
    if (!m.grants_.count(r))
      return Fail(Error::Invalid("invalid_config",
                                 "permissions: role missing: " + std::string(RoleId(r)), std::string(RoleId(r))));
  return m;
}

bool PermissionMatrix::Allows(Role role, const std::string& permission) const {
  auto it = grants_.find(role);
  return it != grants_.end() && it->second.count(permission) > 0;
}

std::vector<std::string> PermissionMatrix::PermissionsOf(Role role) const {
  auto it = grants_.find(role);
  if (it == grants_.end()) return {};
  return {it->second.begin(), it->second.end()};
}

}  // namespace ariadne
