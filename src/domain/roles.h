// The roles of DESIGN.md §1. The ids are stored in the database: never rename one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ariadne {

enum class Role {
  kFrontlineOfficer,
  kInvestigator,
  kAnalyst,
  kSupervisor,
  kProsecutor,
  kReferralPartner,
  kAdministrator,
  kAuditor,
  kReferralCoordinator,  // the national referral coordinator: every protection file
};

std::string_view RoleId(Role role);
std::optional<Role> ParseRole(std::string_view id);
const std::vector<Role>& AllRoles();

// Roles whose holders can be given case content (team, share or unit supervision). Granting
// one of them is reported to the data-protection officer (DESIGN.md §5).
bool RoleSeesCaseContent(Role role);

}  // namespace ariadne
