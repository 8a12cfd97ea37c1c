// The access function, driven by the rule files in tests/rules/access/*.test. Each file has a
// header (# name, # description, # group) and blocks:
//
//   given role=investigator unit=U2 case_unit=U1 member=lead grants=victim_data shared=no covert=no
//   expect case.read ok                      CheckCase: ok | not_found | forbidden
//   expect field victim_notes hidden         MayReadCaseField: visible | hidden
//   expect list_scope mine unit=U1           CaseListScope: forbidden | mine [unit=<unit>]
//   expect check case.create forbidden       Check (no particular case): ok | forbidden
//
// Defaults: unit=U1 case_unit=U1 member=no grants=none shared=no covert=no. A failure names
// file:line. A new rule is new lines in a file, not new C++.
#include "security/authorize.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

struct Expect {
  int line = 0;
  std::vector<std::string> words;  // after "expect"
};
struct Block {
  int line = 0;
  std::map<std::string, std::string> given;
  std::vector<Expect> expects;
};
struct RuleFile {
  std::string path;
  std::map<std::string, std::string> header;
  std::vector<Block> blocks;
};

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<std::string> RuleFiles() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(test::SourcePath("tests/rules/access")))
    if (e.path().extension() == ".test") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Parses one file; format errors are reported as test failures at their line.
RuleFile Parse(const std::string& path) {
  RuleFile f;
  f.path = path;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.rfind("# ", 0) == 0 && f.blocks.empty()) {
      size_t colon = line.find(':');
      size_t value = line.find_first_not_of(' ', colon == std::string::npos ? line.size() : colon + 1);
      if (value != std::string::npos) f.header[line.substr(2, colon - 2)] = line.substr(value);
      continue;
    }
    auto w = Words(line);
    if (w.empty() || w[0][0] == '#') continue;
    if (w[0] == "given") {
      Block b{n, {{"unit", "U1"}, {"case_unit", "U1"}, {"member", "no"}, {"grants", "none"}, {"shared", "no"}, {"covert", "no"}}, {}};
      for (size_t i = 1; i < w.size(); ++i) {
        size_t eq = w[i].find('=');
        if (eq == std::string::npos || (!b.given.count(w[i].substr(0, eq)) && w[i].substr(0, eq) != "role"))
          ADD_FAILURE_AT(path.c_str(), n) << "unknown given '" << w[i] << "'";
        else b.given[w[i].substr(0, eq)] = w[i].substr(eq + 1);
      }
      if (!b.given.count("role") || !ParseRole(b.given["role"])) ADD_FAILURE_AT(path.c_str(), n) << "given needs a known role=";
      f.blocks.push_back(std::move(b));
    } else if (w[0] == "expect" && w.size() >= 3 && !f.blocks.empty()) {
      f.blocks.back().expects.push_back({n, std::vector<std::string>(w.begin() + 1, w.end())});
    } else {
      ADD_FAILURE_AT(path.c_str(), n) << "cannot read '" << line << "'";
    }
  }
  std::string expected_name = "tests/rules/access/" + std::filesystem::path(path).filename().string();
  EXPECT_EQ(f.header["name"], expected_name) << path;
  EXPECT_FALSE(f.header["description"].empty()) << path << ": # description: missing";
  EXPECT_EQ(f.header["group"], "[access]") << path;
  return f;
}

Principal CallerOf(const Block& b) {
  Principal p;
  p.user_id = "caller";
  p.username = "caller";
  p.unit_id = b.given.at("unit");
  p.role = ParseRole(b.given.at("role")).value_or(Role::kReferralPartner);
  return p;
}

CaseAccessFacts FactsOf(const Block& b) {
  CaseAccessFacts f;
  f.case_id = "case-1";
  f.owning_unit_id = b.given.at("case_unit");
  f.covert = b.given.at("covert") == "yes";
  f.shared_with_caller = b.given.at("shared") == "yes";
  if (b.given.at("member") != "no") {
    TeamMember m;
    m.user_id = "caller";
    m.role = CallerOf(b).role;
    m.team_role = b.given.at("member");
    std::stringstream grants(b.given.at("grants"));
    for (std::string g; std::getline(grants, g, ',');)
      if (g != "none") m.grants.push_back(g);
    f.membership = m;
  }
  return f;
}

std::string Outcome(const Status& st) {
  if (st) return "ok";
  if (st.error().code == ErrorCode::kNotFound) return "not_found";
  if (st.error().code == ErrorCode::kForbidden) return "forbidden";
  return "error:" + st.error().reason;
}

// What the access function answers for one expect line, in the line's own words.
std::string Answer(const Authorizer& authz, const Block& b, const std::vector<std::string>& w) {
  const Principal p = CallerOf(b);
  const CaseAccessFacts f = FactsOf(b);
  if (w[0] == "field") return authz.MayReadCaseField(p, f, w[1]) ? "visible" : "hidden";
  if (w[0] == "check") return Outcome(authz.Check(p, w[1]));
  if (w[0] == "list_scope") {
    auto scope = authz.CaseListScope(p);
    if (!scope) return Outcome(Fail(scope.error()));
    if (scope->user_id != p.user_id) return "wrong user " + scope->user_id;
    return scope->supervised_unit ? "mine unit=" + *scope->supervised_unit : "mine";
  }
  return Outcome(authz.CheckCase(p, w[0], f));
}

std::string Expected(const std::vector<std::string>& w) {
  size_t from = (w[0] == "field" || w[0] == "check") ? 2 : 1;
  std::string out;
  for (size_t i = from; i < w.size(); ++i) out += (i == from ? "" : " ") + w[i];
  return out;
}

class AccessRulesTest : public ::testing::TestWithParam<std::string> {
 protected:
  const Authorizer authz_{test::ConfigMatrix(), test::ConfigCaseSchema()};
};

TEST_P(AccessRulesTest, File) {
  RuleFile f = Parse(GetParam());
  EXPECT_FALSE(f.blocks.empty()) << GetParam();
  for (const Block& b : f.blocks)
    for (const Expect& e : b.expects) {
      std::string want = Expected(e.words), got = Answer(authz_, b, e.words);
      if (got != want) ADD_FAILURE_AT(f.path.c_str(), e.line) << "expected " << want << ", got " << got;
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, AccessRulesTest, ::testing::ValuesIn(RuleFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string s = std::filesystem::path(info.param).stem().string();
                           for (char& c : s)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return s;
                         });

// How a given line relates the caller to the case, for the coverage check below.
std::string Relation(const Block& b) {
  const auto& g = b.given;
  if (g.at("member") == "lead") return "team lead";
  if (g.at("member") == "member") return g.at("grants") == "none" ? "team member" : "team member with grant";
  if (g.at("shared") == "yes") return "shared";
  return g.at("unit") == g.at("case_unit") ? "same unit" : "other unit";
}

// Every role × relation × case action must be pinned by some file, and the restricted field
// rule for every role × relation.
TEST(AccessRulesCoverage, EveryRoleRelationAndAction) {
  std::set<std::string> seen;
  for (const auto& path : RuleFiles())
    for (const Block& b : Parse(path).blocks)
      for (const Expect& e : b.expects)
        seen.insert(b.given.at("role") + " / " + Relation(b) + " / " + (e.words[0] == "field" ? "field" : e.words[0]));
  for (Role r : AllRoles())
    for (const char* rel : {"team lead", "team member", "team member with grant", "shared", "same unit", "other unit"})
      for (const char* action : {"case.read", "case.update", "case.team", "case.share", "field"}) {
        std::string key = std::string(RoleId(r)) + " / " + rel + " / " + action;
        EXPECT_TRUE(seen.count(key)) << "no rule for " << key;
      }
}

TEST(AuthorizeTest, CheckUserChangeRefusesSelfChange) {
  Authorizer authz(test::ConfigMatrix(), test::ConfigCaseSchema());
  Principal admin;
  admin.user_id = "admin-1";
  admin.role = Role::kAdministrator;
  EXPECT_EQ(test::Describe(authz.CheckUserChange(admin, "user-2")), "ok");
  EXPECT_EQ(test::Describe(authz.CheckUserChange(admin, "admin-1")), "self_grant user_id");
  Principal supervisor = admin;
  supervisor.role = Role::kSupervisor;
  EXPECT_EQ(test::Describe(authz.CheckUserChange(supervisor, "user-2")), "forbidden");
  EXPECT_EQ(test::Describe(authz.CheckUserChange(supervisor, "admin-1")), "forbidden");
}

TEST(AuthorizeTest, SignedInAlwaysPasses) {
  Authorizer authz(test::ConfigMatrix(), test::ConfigCaseSchema());
  for (Role r : AllRoles()) {
    Principal p;
    p.role = r;
    EXPECT_EQ(test::Describe(authz.Check(p, perm::kSignedIn)), "ok") << RoleId(r);
  }
}

Principal As(Role role, const std::string& user, const std::string& unit) {
  Principal p;
  p.role = role;
  p.user_id = user;
  p.unit_id = unit;
  return p;
}

// Who sees how much of a protection file: the coordinator and the holders all of it, the linked
// case's team the case part (all with the victim-data grant), a partner only its own files.
TEST(AuthorizeTest, ProtectionFileViews) {
  Authorizer authz(test::ConfigMatrix(), test::ConfigCaseSchema());
  CaseAccessFacts kase;
  kase.case_id = "c1";
  kase.owning_unit_id = "U1";
  ProtectionFileFacts police{"U1", "inv-1", kase};
  ProtectionFileFacts ngo{"NGO", "ngo-1", std::nullopt};
  auto view = [&](const Principal& p, const ProtectionFileFacts& f) {
    switch (authz.ProtectionFileView(p, f)) {
      case ProtectionView::kFull: return std::string("full");
      case ProtectionView::kCase: return std::string("case");
      default: return std::string("none");
    }
  };
  EXPECT_EQ(view(As(Role::kReferralCoordinator, "co", "NRM"), police), "full");
  EXPECT_EQ(view(As(Role::kReferralCoordinator, "co", "NRM"), ngo), "full");
  EXPECT_EQ(view(As(Role::kInvestigator, "inv-1", "U1"), police), "full");
  EXPECT_EQ(view(As(Role::kSupervisor, "sup", "U1"), police), "full");
  EXPECT_EQ(view(As(Role::kSupervisor, "sup", "U2"), police), "none");
  EXPECT_EQ(view(As(Role::kInvestigator, "inv-2", "U1"), police), "none") << "same unit, not on the case";
  ProtectionFileFacts member = police;
  member.case_facts->membership = TeamMember{"inv-2", "", "", Role::kInvestigator, "member", {}};
  EXPECT_EQ(view(As(Role::kInvestigator, "inv-2", "U1"), member), "case");
  member.case_facts->membership->grants = {"victim_data"};
  EXPECT_EQ(view(As(Role::kInvestigator, "inv-2", "U1"), member), "full");
  EXPECT_EQ(view(As(Role::kAnalyst, "inv-2", "U1"), member), "none") << "no protection.read";
  EXPECT_EQ(view(As(Role::kReferralPartner, "ngo-2", "NGO"), ngo), "full") << "the partner's own file";
  EXPECT_EQ(view(As(Role::kReferralPartner, "ngo-2", "NGO"), police), "none");
  EXPECT_EQ(view(As(Role::kAdministrator, "admin", "U1"), police), "none");
  EXPECT_EQ(view(As(Role::kAuditor, "dpo", "U1"), police), "none");

  EXPECT_EQ(test::Describe(authz.CheckProtectionFile(As(Role::kInvestigator, "x", "U9"), perm::kProtectionRead, police)), "not_found");
  member.case_facts->membership->grants = {};
  EXPECT_EQ(test::Describe(authz.CheckProtectionFile(As(Role::kInvestigator, "inv-2", "U1"), perm::kProtectionManage, member)),
            "forbidden");
  EXPECT_EQ(test::Describe(authz.CheckProtectionFile(As(Role::kInvestigator, "inv-1", "U1"), perm::kProtectionManage, police)), "ok");
}

TEST(AuthorizeTest, CompetentAuthorityFollowsTheJurisdiction) {
  Authorizer authz(test::ConfigMatrix(), test::ConfigCaseSchema());
  const std::vector<std::string> roles = {"supervisor", "referral_coordinator"};
  EXPECT_EQ(test::Describe(authz.CheckCompetentAuthority(As(Role::kSupervisor, "s", "U1"), roles)), "ok");
  EXPECT_EQ(test::Describe(authz.CheckCompetentAuthority(As(Role::kReferralCoordinator, "c", "N"), roles)), "ok");
  EXPECT_EQ(test::Describe(authz.CheckCompetentAuthority(As(Role::kInvestigator, "i", "U1"), roles)), "not_competent");
  EXPECT_EQ(test::Describe(authz.CheckCompetentAuthority(As(Role::kSupervisor, "s", "U1"), {"referral_coordinator"})),
            "not_competent");
  // Named by a jurisdiction but without victim.identify in the matrix: still not competent.
  EXPECT_EQ(test::Describe(authz.CheckCompetentAuthority(As(Role::kAnalyst, "a", "U1"), {"analyst"})), "not_competent");
}

TEST(AuthorizeTest, FrontlineReportsAreTheAuthorsAndThenTheReceivingUnits) {
  Authorizer authz(test::ConfigMatrix(), test::ConfigCaseSchema());
  FrontlineFacts draft{"fl-1", "", false};
  FrontlineFacts handed{"fl-1", "U1", true};
  const Principal author = As(Role::kFrontlineOfficer, "fl-1", "B1");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(author, perm::kFrontlineReport, draft)), "ok");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kFrontlineOfficer, "fl-2", "B1"), perm::kProtectionRead, draft)),
            "not_found");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kInvestigator, "i", "U1"), perm::kProtectionRead, draft)),
            "not_found") << "a draft is the author's";
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kInvestigator, "i", "U1"), perm::kFrontlineInbox, handed)), "ok");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kInvestigator, "i", "U1"), perm::kFrontlineReport, handed)),
            "forbidden");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kInvestigator, "i", "U2"), perm::kProtectionRead, handed)),
            "not_found");
  EXPECT_EQ(test::Describe(authz.CheckFrontlineReport(As(Role::kAnalyst, "a", "U1"), perm::kProtectionRead, handed)),
            "not_found");
}

}  // namespace
}  // namespace ariadne
