#include "domain/permissions.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using nlohmann::json;

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

json AllRolesEmpty() {
  json roles = json::object();
  for (Role r : AllRoles()) roles[std::string(RoleId(r))] = json::array();
  return {{"version", 1}, {"roles", roles}};
}

std::string Load(const json& doc) { return test::Describe(PermissionMatrix::FromJson(doc)); }

TEST(PermissionMatrixTest, ConfigFileLoads) {
  auto m = PermissionMatrix::FromJson(test::LoadConfig("roles/permissions.json"));
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->version(), 5);
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kInvestigator)),
            "case.create case.read case.share case.team case.update frontline.inbox frontline.report graph.read "
            "import.create intel.manage intel.read intel.search match.read match.review protection.manage protection.read screening.record "
            "task.manage workflow.act");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kSupervisor)),
            "approval.decide case.create case.read case.share case.team case.update deconfliction.read frontline.inbox "
            "frontline.report graph.read import.create intel.manage intel.read intel.search intel.stats match.read "
            "match.review protection.manage protection.read screening.record stats.read task.manage victim.identify workflow.act");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kFrontlineOfficer)), "case.read frontline.report screening.record");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kAnalyst)),
            "case.read frontline.report graph.read import.create intel.manage intel.read intel.search intel.stats "
            "match.read match.review task.manage");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kProsecutor)), "case.read graph.read intel.read match.read task.manage workflow.act");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kReferralPartner)),
            "intel.read protection.manage protection.read referral.respond screening.record");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kReferralCoordinator)),
            "intel.read intel.stats partner.manage protection.manage protection.read screening.record stats.read "
            "victim.identify");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kAdministrator)),
            "jurisdiction.admin partner.manage unit.manage user.manage workflow.admin");
  EXPECT_EQ(Joined(m->PermissionsOf(Role::kAuditor)), "audit.read");
}

// DESIGN.md §1: administrators and auditors never see case content by role.
TEST(PermissionMatrixTest, ConfigKeepsCaseContentFromAdminAndAuditor) {
  PermissionMatrix m = test::ConfigMatrix();
  for (Role r : {Role::kAdministrator, Role::kAuditor})
    for (const char* p : {perm::kCaseRead, perm::kCaseCreate, perm::kCaseUpdate, perm::kCaseTeam, perm::kCaseShare,
                          perm::kWorkflowAct, perm::kTaskManage, perm::kApprovalDecide, perm::kProtectionRead,
                          perm::kProtectionManage, perm::kScreeningRecord, perm::kReferralRespond, perm::kStatsRead})
      EXPECT_FALSE(m.Allows(r, p)) << RoleId(r) << " " << p;
}

TEST(PermissionMatrixTest, AllowsOnlyWhatIsListed) {
  json doc = AllRolesEmpty();
  doc["roles"]["analyst"] = {"case.read"};
  auto m = PermissionMatrix::FromJson(doc);
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->Allows(Role::kAnalyst, "case.read"));
  EXPECT_FALSE(m->Allows(Role::kAnalyst, "case.update"));
  EXPECT_FALSE(m->Allows(Role::kInvestigator, "case.read"));
  EXPECT_FALSE(m->Allows(Role::kAnalyst, "signed_in"));
}

TEST(PermissionMatrixTest, RefusesUnknownRole) {
  json doc = AllRolesEmpty();
  doc["roles"]["detective"] = {"case.read"};
  EXPECT_EQ(Load(doc), "invalid_config detective");
}

TEST(PermissionMatrixTest, RefusesUnknownPermission) {
  json doc = AllRolesEmpty();
  doc["roles"]["analyst"] = {"case.read", "case.delete"};
  EXPECT_EQ(Load(doc), "invalid_config analyst");
  doc["roles"]["analyst"] = {"public"};  // pseudo-permissions are not grantable
  EXPECT_EQ(Load(doc), "invalid_config analyst");
  doc["roles"]["analyst"] = {42};
  EXPECT_EQ(Load(doc), "invalid_config analyst");
}

TEST(PermissionMatrixTest, RefusesMissingRole) {
  json doc = AllRolesEmpty();
  doc["roles"].erase("auditor");
  EXPECT_EQ(Load(doc), "invalid_config auditor");
}

TEST(PermissionMatrixTest, RefusesMalformedDocument) {
  EXPECT_EQ(Load(json::array()), "invalid_config version");
  json doc = AllRolesEmpty();
  doc["version"] = "1";
  EXPECT_EQ(Load(doc), "invalid_config version");
  doc = AllRolesEmpty();
  doc.erase("roles");
  EXPECT_EQ(Load(doc), "invalid_config roles");
  doc = AllRolesEmpty();
  doc["roles"]["analyst"] = "case.read";
  EXPECT_EQ(Load(doc), "invalid_config analyst");
}

TEST(PermissionMatrixTest, KnownPermissionsAreTheDeclaredConstants) {
  EXPECT_EQ(Joined(KnownPermissions()),
            "case.read case.create case.update case.team case.share user.manage unit.manage audit.read "
            "workflow.act approval.decide task.manage workflow.admin screening.record frontline.report frontline.inbox "
            "protection.read protection.manage victim.identify referral.respond partner.manage stats.read "
            "jurisdiction.admin match.read match.review deconfliction.read intel.read intel.manage intel.search intel.stats "
            "graph.read import.create");
}

TEST(RolesTest, IdsRoundTripAndAreFrozen) {
  EXPECT_EQ(AllRoles().size(), 9u);
  for (Role r : AllRoles()) EXPECT_EQ(ParseRole(RoleId(r)), r);
  EXPECT_EQ(RoleId(Role::kFrontlineOfficer), "frontline_officer");
  EXPECT_EQ(RoleId(Role::kReferralPartner), "referral_partner");
  EXPECT_EQ(RoleId(Role::kReferralCoordinator), "referral_coordinator");
  EXPECT_EQ(ParseRole("Investigator"), std::nullopt);
  EXPECT_EQ(ParseRole(""), std::nullopt);
}

TEST(RolesTest, CaseContentRoles) {
  EXPECT_TRUE(RoleSeesCaseContent(Role::kProsecutor));
  EXPECT_TRUE(RoleSeesCaseContent(Role::kReferralPartner));
  EXPECT_FALSE(RoleSeesCaseContent(Role::kAdministrator));
  EXPECT_FALSE(RoleSeesCaseContent(Role::kAuditor));
}

}  // namespace
}  // namespace ariadne
