// Keyset paging of the case list: over every sort key, both directions, several page sizes and
// both query shapes (one scope branch, or a supervisor's two), every visible case comes exactly
// once and in order — also when many cases tie on the sort key.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

class SqlitePagingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    Unit kz = test::AddUnit(*store_, env_, "KZ-ALM"), kg = test::AddUnit(*store_, env_, "KG-BSK", "KG");
    member_ = test::AddUser(*store_, env_, "member", Role::kInvestigator, kz.id);
    supervisor_ = test::AddUser(*store_, env_, "supervisor", Role::kSupervisor, kz.id);
    const char* titles[] = {"Дело", "дело", "Case", "case", "Ёлка", "Almaty", "Жанаозен", "Case"};
    const int64_t t0 = env_.NowMillis();
    for (int i = 0; i < 40; ++i) {
      const bool own_unit = i % 3 != 0;
      Case c = test::NewCase(env_, own_unit ? kz : kg, member_, titles[i % 8]);
      c.created_at = t0 + (i / 2) * 1000;  // pairs tie
      c.updated_at = t0 + (i % 5) * 1000;  // eight-way ties
      test::Check(store_->Write([&](StoreWriter& w) -> Status {
        ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
        // The member is on every other case; the supervisor sees their unit's and one share.
        if (i % 2 == 0) ARIADNE_RETURN_IF_ERROR(w.PutTeamMember(c.id, {member_.id, "", "", member_.role, "member", {}}, 1));
        if (i == 3 || i == 9) ARIADNE_RETURN_IF_ERROR(w.PutShare(c.id, supervisor_.id, member_.id, 1));
        return Ok();
      }), "insert");
      cases_.push_back(c);
      if (i % 2 == 0) visible_[&member_].insert(c.id);
      if (own_unit || i == 3 || i == 9) visible_[&supervisor_].insert(c.id);
    }
  }
  void TearDown() override { store_->Close(); }

  static CaseListQuery For(const User& u) {
    CaseListQuery q;
    q.scope.user_id = u.id;
    if (u.role == Role::kSupervisor) q.scope.supervised_unit = u.unit_id;
    return q;
  }

  // Pages through the whole list; returns the ids in the order served.
  std::vector<std::string> Walk(CaseListQuery q, int64_t expected_total) {
    std::vector<std::string> ids;
    for (int pages = 0; pages < 100; ++pages) {
      Result<CasePage> page = Fail(Error::Internal("not run"));
      test::Check(store_->Read([&](StoreReader& r) {
        page = r.ListCases(q);
        return Ok();
      }), "read");
      if (!page) {
        ADD_FAILURE() << page.error().message;
        break;
      }
      EXPECT_EQ(page->total, expected_total);
      EXPECT_LE(static_cast<int>(page->items.size()), q.limit);
      for (const auto& c : page->items) ids.push_back(c.id);
      if (page->next_cursor.empty()) break;
      q.cursor = page->next_cursor;
    }
    return ids;
  }

  // The order the list must follow: the sort key, then the id, both in the sort's direction.
  std::vector<std::string> Expected(const std::set<std::string>& visible, const std::string& sort) {
    std::vector<const Case*> v;
    for (const auto& c : cases_)
      if (visible.count(c.id)) v.push_back(&c);
    const bool desc = sort[0] == '-';
    const std::string key = desc ? sort.substr(1) : sort;
    auto tuple = [&](const Case* c) {
      if (key == "updated_at") return std::make_tuple(c->updated_at, std::string(), c->id);
      if (key == "created_at") return std::make_tuple(c->created_at, std::string(), c->id);
      return std::make_tuple(int64_t{0}, key == "title" ? c->title : c->reference, c->id);
    };
    std::sort(v.begin(), v.end(), [&](const Case* a, const Case* b) { return desc ? tuple(b) < tuple(a) : tuple(a) < tuple(b); });
    std::vector<std::string> ids;
    for (const Case* c : v) ids.push_back(c->id);
    return ids;
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  User member_, supervisor_;
  std::vector<Case> cases_;
  std::map<const User*, std::set<std::string>> visible_;
};

TEST_F(SqlitePagingTest, EverySortKeyServesEveryVisibleCaseOnceInOrder) {
  for (const User* user : {&member_, &supervisor_}) {
    const auto& visible = visible_[user];
    ASSERT_EQ(visible.size(), user == &member_ ? 20u : 28u);
    for (const char* sort : {"updated_at", "-updated_at", "created_at", "-created_at", "reference", "-reference",
                             "title", "-title"})
      for (int limit : {1, 3, 7, 50}) {
        SCOPED_TRACE(user->username + " sort=" + sort + " limit=" + std::to_string(limit));
        CaseListQuery q = For(*user);
        q.sort = sort;
        q.limit = limit;
        std::vector<std::string> ids = Walk(q, static_cast<int64_t>(visible.size()));
        EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "a case served twice";
        EXPECT_EQ(ids, Expected(visible, sort));
      }
  }
}

TEST_F(SqlitePagingTest, FiltersApplyOnEveryPage) {
  CaseListQuery q = For(supervisor_);
  q.text = "дело";
  q.limit = 2;
  std::set<std::string> want;
  for (const auto& c : cases_)
    if (visible_[&supervisor_].count(c.id) && (c.title == "Дело" || c.title == "дело")) want.insert(c.id);
  std::vector<std::string> ids = Walk(q, static_cast<int64_t>(want.size()));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), want);
  EXPECT_EQ(ids.size(), want.size());
}

// The caller's own cases take another plan for free text (matches streamed and intersected):
// the same answer, page by page, for everyone.
TEST_F(SqlitePagingTest, FreeTextFindsTheSameForEveryScope) {
  for (const User* user : {&member_, &supervisor_}) {
    for (const char* text : {"дело", "Дело", "нет-такого-слова"}) {
      SCOPED_TRACE(user->username + " q=" + text);
      CaseListQuery q = For(*user);
      q.text = text;
      q.limit = 3;
      std::set<std::string> want;
      for (const auto& c : cases_)
        if (visible_[user].count(c.id) && (c.title == "Дело" || c.title == "дело") && std::string(text) != "нет-такого-слова")
          want.insert(c.id);
      std::vector<std::string> ids = Walk(q, static_cast<int64_t>(want.size()));
      EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), want);
      EXPECT_EQ(ids.size(), want.size());
    }
  }
}

// An edited title is found by its new words and no longer by its old ones.
TEST_F(SqlitePagingTest, UpdatedTitleIsReindexed) {
  Case c = cases_[0];
  ASSERT_EQ(c.title, "Дело");
  c.title = "Переименовано";
  c.version = 2;
  ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.UpdateCase(c, 1); }));
  CaseListQuery q = For(member_);
  q.text = "переименов";
  EXPECT_EQ(Walk(q, 1), std::vector<std::string>{c.id});
  q.text = "дело";
  for (const auto& id : Walk(q, 4)) EXPECT_NE(id, c.id);
}

}  // namespace
}  // namespace ariadne
