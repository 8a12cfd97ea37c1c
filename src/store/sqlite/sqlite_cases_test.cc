// The access-filtered case list: scope, filters, free text and keyset paging; and the team,
// shares, links and history loaded with a case.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

class SqliteCasesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    kz_ = test::AddUnit(*store_, env_, "KZ-ALM");
    kg_ = test::AddUnit(*store_, env_, "KG-BSK", "KG");
    inv1_ = test::AddUser(*store_, env_, "inv1", Role::kInvestigator, kz_.id);
    inv2_ = test::AddUser(*store_, env_, "inv2", Role::kInvestigator, kz_.id);
    sup1_ = test::AddUser(*store_, env_, "sup1", Role::kSupervisor, kz_.id);
    sup2_ = test::AddUser(*store_, env_, "sup2", Role::kSupervisor, kg_.id);
    pros_ = test::AddUser(*store_, env_, "pros", Role::kProsecutor, kz_.id);
    inv3_ = test::AddUser(*store_, env_, "inv3", Role::kInvestigator, kg_.id);
    stranger_ = test::AddUser(*store_, env_, "stranger", Role::kInvestigator, kg_.id);
    // The first word of each title names the case in the asserts.
    a1_ = Add(kz_, "a1 Дело Ивановой", {{inv1_, "lead"}, {sup1_, "member"}});
    a2_ = Add(kz_, "a2 Almaty café workers", {{inv2_, "member"}});
    a3_ = Add(kz_, "a3 Recruitment", {}, "recruited via Telegram ads");
    b1_ = Add(kg_, "b1 Бишкек", {{inv1_, "member"}});
    b2_ = Add(kg_, "b2 Osh \"quoted\" market", {}, "", {pros_, sup1_});
    b3_ = Add(kg_, "b3 Border", {{inv3_, "lead"}}, "", {inv1_});
  }
  void TearDown() override { store_->Close(); }

  Case Add(const Unit& unit, const std::string& title, std::vector<std::pair<User, std::string>> team,
           const std::string& summary = "", std::vector<User> shares = {}) {
    env_.Advance(1000);
    Case c = test::NewCase(env_, unit, team.empty() ? sup1_ : team[0].first, title);
    c.summary = summary;
    c.victim_notes = "victim Zarina at shelter";
    test::Check(store_->Write([&](StoreWriter& w) -> Status {
      ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
      for (const auto& [user, team_role] : team)
        ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, {user.id, "", "", user.role, team_role, {}}, env_.NowMillis()));
      for (const auto& user : shares) ARIADNE_RETURN_IF_ERROR(w.PutShare(c.id, user.id, sup1_.id, env_.NowMillis()));
      return Ok();
    }), "add case");
    return c;
  }

  static CaseListQuery For(const User& u) {
    CaseListQuery q;
    q.scope.user_id = u.id;
    if (u.role == Role::kSupervisor) q.scope.supervised_unit = u.unit_id;
    q.limit = 100;
    return q;
  }
  Result<CasePage> List(const CaseListQuery& q) {
    Result<CasePage> out = Fail(Error::Internal("not run"));
    test::Check(store_->Read([&](StoreReader& r) {
      out = r.ListCases(q);
      return Ok();
    }), "read");
    return out;
  }
  // "a1 b1 (2)": the names of the listed cases, sorted, and the total.
  std::string Names(const CaseListQuery& q) {
    auto page = List(q);
    if (!page) return test::Describe(page);
    std::vector<std::string> names;
    for (const auto& c : page->items) names.push_back(c.title.substr(0, c.title.find(' ')));
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& n : names) out += n + " ";
    return out + "(" + std::to_string(page->total) + ")";
  }
  std::string Search(const User& u, const std::string& text) {
    CaseListQuery q = For(u);
    q.text = text;
    return Names(q);
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  Unit kz_, kg_;
  User inv1_, inv2_, sup1_, sup2_, pros_, inv3_, stranger_;
  Case a1_, a2_, a3_, b1_, b2_, b3_;
};

TEST_F(SqliteCasesTest, ScopeNeverLeaksOtherCases) {
  EXPECT_EQ(Names(For(inv1_)), "a1 b1 b3 (3)");  // team, team, share
  EXPECT_EQ(Names(For(inv2_)), "a2 (1)");
  EXPECT_EQ(Names(For(sup1_)), "a1 a2 a3 b2 (4)");  // own unit (also on a1's team) and a share
  EXPECT_EQ(Names(For(sup2_)), "b1 b2 b3 (3)");
  EXPECT_EQ(Names(For(pros_)), "b2 (1)");
  EXPECT_EQ(Names(For(inv3_)), "b3 (1)");
  EXPECT_EQ(Names(For(stranger_)), "(0)");
  CaseListQuery nobody;
  EXPECT_EQ(Names(nobody), "(0)");
}

TEST_F(SqliteCasesTest, ListsNeverCarryRestrictedFields) {
  auto page = List(For(sup1_));
  ASSERT_TRUE(page);
  for (const auto& c : page->items) EXPECT_EQ(c.victim_notes, "") << c.title;
}

TEST_F(SqliteCasesTest, Filters) {
  Case a2 = a2_;
  a2.state = "investigation";
  a2.version = 2;
  Case a3 = a3_;
  a3.category = "som";
  a3.version = 2;
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.UpdateCase(a2, 1));
    return w.UpdateCase(a3, 1);
  }));
  CaseListQuery q = For(sup1_);
  q.state = "investigation";
  EXPECT_EQ(Names(q), "a2 (1)");
  q.state = "open";
  EXPECT_EQ(Names(q), "a1 a3 b2 (3)");
  q = For(sup1_);
  q.category = "som";
  EXPECT_EQ(Names(q), "a3 (1)");
  q = For(sup1_);
  q.unit_code = "KG-BSK";
  EXPECT_EQ(Names(q), "b2 (1)");  // only what sup1 may see of that unit
  q.unit_code = "NOPE";
  EXPECT_EQ(Names(q), "(0)");
  q = For(inv2_);
  q.state = "investigation";
  q.category = "tip";
  q.unit_code = "KZ-ALM";
  EXPECT_EQ(Names(q), "a2 (1)");
}

TEST_F(SqliteCasesTest, TextSearch) {
  EXPECT_EQ(Search(sup1_, "иванов"), "a1 (1)");         // Cyrillic, case-folded prefix
  EXPECT_EQ(Search(sup1_, "ДЕЛО ИВАНОВОЙ"), "a1 (1)");  // every word must match
  EXPECT_EQ(Search(sup1_, "дело almaty"), "(0)");
  EXPECT_EQ(Search(sup1_, "almat"), "a2 (1)");          // Latin prefix
  EXPECT_EQ(Search(sup1_, "alm"), "a1 a2 a3 (3)");      // also a prefix of the references' "KZ-ALM"
  EXPECT_EQ(Search(sup1_, "CAFE"), "a2 (1)");           // diacritics removed
  EXPECT_EQ(Search(sup1_, "café"), "a2 (1)");
  EXPECT_EQ(Search(sup1_, "telegr"), "a3 (1)");         // summary
  EXPECT_EQ(Search(sup1_, a3_.reference), "a3 (1)");    // reference
  EXPECT_EQ(Search(sup1_, "quoted"), "b2 (1)");
  EXPECT_EQ(Search(sup1_, "  \t "), "a1 a2 a3 b2 (4)");  // blank text filters nothing
}

TEST_F(SqliteCasesTest, TextSearchRespectsScopeAndRestrictedFields) {
  EXPECT_EQ(Search(inv2_, "иванов"), "(0)");  // a1 exists, but not for inv2
  EXPECT_EQ(Search(stranger_, "бишкек"), "(0)");
  EXPECT_EQ(Search(sup1_, "zarina"), "(0)");  // victim_notes are never indexed
  EXPECT_EQ(Search(sup1_, "shelter"), "(0)");
}

// User text is never read as FTS5 syntax: no error, whatever it holds.
TEST_F(SqliteCasesTest, SearchSyntaxCharactersDoNotError) {
  for (const char* text : {"\"", "\"\"", "\"quoted\"", "*", "**", "Ива*", "a1 OR a2", "NOT a1", "a1 AND", "title:a1",
                           "(", ")", "-a1", "^a1", "NEAR(a1 a2)", "'", "a1\"", ":", "+", "{title}: a1", "\\", "%",
                           "_", "a1 -", "Osh \"quoted", "0x00", "-- comment", "'; DROP TABLE cases; --"}) {
    std::string got = Search(sup1_, text);
    EXPECT_EQ(got.back(), ')') << text << " -> " << got;  // a page "... (n)", not an error
  }
  EXPECT_EQ(Search(sup1_, "\"quoted\""), "b2 (1)");
  EXPECT_EQ(Search(sup1_, "Ива*"), "a1 (1)");
  EXPECT_EQ(Search(sup1_, "NOT a1"), "(0)");  // "not" is a word like any other
}

TEST_F(SqliteCasesTest, RejectsBadSortCursorAndLimit) {
  CaseListQuery q = For(sup1_);
  q.sort = "victim_notes";
  EXPECT_EQ(test::Describe(List(q)), "invalid_value sort");
  q = For(sup1_);
  q.cursor = "not a cursor";
  EXPECT_EQ(test::Describe(List(q)), "invalid_value cursor");
  q = For(sup1_);
  q.limit = 1;
  auto page = List(q);
  ASSERT_TRUE(page);
  q.cursor = page->next_cursor;
  q.sort = "title";  // a cursor of a numeric sort
  EXPECT_EQ(test::Describe(List(q)), "invalid_value cursor");
  // A limit of 0 used to read past the end of the empty page to make a cursor.
  q = For(sup1_);
  q.limit = 0;
  EXPECT_EQ(test::Describe(List(q)), "invalid_value limit");
}

TEST_F(SqliteCasesTest, TeamSharesLinksAndHistory) {
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(a1_.id, {inv2_.id, "", "", inv2_.role, "member", {"victim_data"}}, 1));
    ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(a1_.id, {sup1_.id, "", "", sup1_.role, "lead", {}}, 2));  // upsert
    ARIADNE_RETURN_IF_ERROR(w.PutShare(a1_.id, pros_.id, inv1_.id, 3));
    ARIADNE_RETURN_IF_ERROR(w.PutShare(a1_.id, pros_.id, inv1_.id, 4));  // again: no-op
    ARIADNE_RETURN_IF_ERROR(w.PutLink(a1_.id, b1_.id, "same recruiter", inv1_.id, 5));
    return w.InsertCaseHistory(a1_.id, {2, inv1_.id, 6, R"([{"field":"title"}])"});
  }));
  auto c = store_->Read([&](StoreReader& r) -> Status {
    auto got = r.GetCase(a1_.id);
    if (!got) return Fail(got.error());
    std::string team;
    for (const auto& m : got->team) team += m.username + ":" + m.team_role + (m.grants.empty() ? "" : "+" + m.grants[0]) + " ";
    EXPECT_EQ(team, "inv2:member+victim_data inv1:lead sup1:lead ");
    EXPECT_EQ(got->shares.size(), 1u);
    EXPECT_EQ(got->shares[0].username, "pros");
    EXPECT_EQ(got->links.size(), 1u);
    EXPECT_EQ(got->links[0].reference, b1_.reference);
    auto history = r.CaseHistory(a1_.id);
    EXPECT_EQ(history->size(), 1u);
    auto facts = r.GetCaseAccess(a1_.id, inv2_.id);
    EXPECT_EQ(facts->owning_unit_id, kz_.id);
    EXPECT_EQ(facts->membership->grants, std::vector<std::string>{"victim_data"});
    EXPECT_FALSE(facts->shared_with_caller);
    facts = r.GetCaseAccess(a1_.id, pros_.id);
    EXPECT_FALSE(facts->membership.has_value());
    EXPECT_TRUE(facts->shared_with_caller);
    EXPECT_EQ(test::Describe(r.GetCaseAccess("missing", pros_.id)), "not_found");
    return Ok();
  });
  EXPECT_TRUE(c) << c.error().message;
  EXPECT_EQ(test::Describe(store_->Write([&](StoreWriter& w) { return w.RemoveTeamMember(a1_.id, pros_.id); })),
            "not_found");
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.RemoveTeamMember(a1_.id, inv2_.id); }));
  EXPECT_EQ(Names(For(inv2_)), "a2 (1)");
}

}  // namespace
}  // namespace ariadne
