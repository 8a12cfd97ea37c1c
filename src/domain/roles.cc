#include "domain/roles.h"

#include <array>
#include <utility>

namespace ariadne {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 9> kRoles{{
    {Role::kFrontlineOfficer, "frontline_officer"},
    {Role::kInvestigator, "investigator"},
    {Role::kAnalyst, "analyst"},
    {Role::kSupervisor, "supervisor"},
    {Role::kProsecutor, "prosecutor"},
    {Role::kReferralPartner, "referral_partner"},
    {Role::kAdministrator, "administrator"},
    {Role::kAuditor, "auditor"},
    {Role::kReferralCoordinator, "referral_coordinator"},
}};
}  // namespace

std::string_view RoleId(Role role) {
  for (const auto& [r, id] : kRoles)
    if (r == role) return id;
  return "unknown";
}

std::optional<Role> ParseRole(std::string_view id) {
  for (const auto& [r, rid] : kRoles)
    if (rid == id) return r;
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> all = [] {
    std::vector<Role> v;
    for (const auto& [r, id] : kRoles) v.push_back(r);
    return v;
  }();
  return all;
}

bool RoleSeesCaseContent(Role role) {
  switch (role) {
    case Role::kFrontlineOfficer:
    case Role::kInvestigator:
    case Role::kAnalyst:
    case Role::kSupervisor:
    case Role::kProsecutor:
    case Role::kReferralPartner:
    case Role::kReferralCoordinator:
      return true;
    case Role::kAdministrator:
    case Role::kAuditor:
      return false;
  }
  return true;
}

}  // namespace ariadne
