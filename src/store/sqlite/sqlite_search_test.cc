// The search index through the store interface: need-to-know before counting, guarded items
// decided by the caller's check, stems and transliteration, and the two ways a search runs
// (the caller's own items, or FTS5's doclists for phrases) giving the same answer.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

class SqliteSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    kz_ = test::AddUnit(*store_, env_, "KZ-ALM");
    inv_ = test::AddUser(*store_, env_, "inv", Role::kInvestigator, kz_.id);
    other_ = test::AddUser(*store_, env_, "other", Role::kInvestigator, kz_.id);
    sup_ = test::AddUser(*store_, env_, "sup", Role::kSupervisor, kz_.id);
    mine_ = Add(inv_);
    theirs_ = Add(other_);
    Index(mine_, "e1", "", "Рахимов Ботир", "вербовал девушки через объявления");
    Index(mine_, "s1", "statement:victim", "", "паспорта забрали в Анталье");
    Index(theirs_, "e2", "", "Рахимова Дина", "паспорт и объявление");
  }
  void TearDown() override { store_->Close(); }

  Case Add(const User& lead) {
    Case c = test::NewCase(env_, kz_, lead, "case");
    test::Check(store_->Write([&](StoreWriter& w) -> Status {
      ARIADNE_RETURN_IF_ERROR(w.InsertCase(c));
      return w.PutTeamMember(c.id, {lead.id, "", "", lead.role, "lead", {}}, 1);
    }), "case");
    return c;
  }
  void Index(const Case& c, const std::string& rec, const std::string& guard, const std::string& title,
             const std::string& text) {
    test::Check(store_->Write([&](StoreWriter& w) {
      return w.ReplaceSearchItems(c.id, rec, {{"entity", rec, guard, title, text}});
    }), "index");
  }
  SearchResult Find(const User& u, const std::string& text, bool may_read_guarded = true) {
    SearchQuery q;
    q.text = text;
    q.scope.user_id = u.id;
    if (u.role == Role::kSupervisor) q.scope.supervised_unit = u.unit_id;
    q.may_read = [&](const std::string&, const std::string&, const std::string&) { return may_read_guarded; };
    SearchResult out;
    test::Check(store_->Read([&](StoreReader& r) -> Status {
      auto got = r.Search(q);
      if (!got) return Fail(got.error());
      out = *got;
      return Ok();
    }), "search");
    return out;
  }
  static std::set<std::string> Records(const SearchResult& r) {
    std::set<std::string> out;
    for (const auto& h : r.hits) out.insert(h.record_id);
    return out;
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  Unit kz_;
  User inv_, other_, sup_;
  Case mine_, theirs_;
};

TEST_F(SqliteSearchTest, OnlyTheCallersCasesAreSearchedAndCounted) {
  auto r = Find(inv_, "паспорт");
  EXPECT_EQ(Records(r), (std::set<std::string>{"s1"}));
  EXPECT_EQ(r.total, 1);
  EXPECT_EQ(Records(Find(other_, "паспорт")), (std::set<std::string>{"e2"}));
  EXPECT_EQ(Records(Find(sup_, "паспорт")), (std::set<std::string>{"s1", "e2"})) << "a supervisor sees the unit";
}

TEST_F(SqliteSearchTest, AGuardedItemTheCallerMayNotReadLeavesNoTrace) {
  auto r = Find(inv_, "паспорта", false);
  EXPECT_EQ(r.total, 0);
  EXPECT_TRUE(r.hits.empty());
}

TEST_F(SqliteSearchTest, StemsSurnameFormsAndTransliterationMeet) {
  EXPECT_EQ(Records(Find(inv_, "объявлений девушкам")), (std::set<std::string>{"e1"}));
  EXPECT_EQ(Records(Find(sup_, "рахимовой")), (std::set<std::string>{"e1", "e2"}));
  Index(mine_, "e3", "", "Karimov Timur", "driver");
  EXPECT_EQ(Records(Find(inv_, "Каримов")), (std::set<std::string>{"e3"})) << "Cyrillic finds a Latin record";
}

TEST_F(SqliteSearchTest, APhraseSearchAgreesWithTheWordSearch) {
  for (const char* word : {"паспорт", "рахимов", "объявление"})
    for (const User* u : {&inv_, &sup_}) {
      auto plain = Find(*u, word);
      auto quoted = Find(*u, std::string("\"") + word + "\"");
      EXPECT_EQ(Records(plain), Records(quoted)) << word;
      EXPECT_EQ(plain.total, quoted.total) << word;
    }
  EXPECT_EQ(Records(Find(inv_, "\"через объявления\"")), (std::set<std::string>{"e1"}));
  EXPECT_TRUE(Records(Find(inv_, "\"объявления через\"")).empty()) << "a phrase is in order";
}

TEST_F(SqliteSearchTest, TitlesRankFirstAndSnippetsMarkTheMatches) {
  Index(mine_, "e4", "", "", "ботир упомянут в тексте");
  auto r = Find(inv_, "ботир");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].record_id, "e1") << "the title match first";
  EXPECT_NE(r.hits[1].snippet.find("\x01"), std::string::npos);
}

TEST_F(SqliteSearchTest, ReplacingARecordsItemsForgetsTheOldText) {
  Index(mine_, "e1", "", "Другое имя", "ничего общего");
  EXPECT_TRUE(Find(inv_, "рахимов").hits.empty());
  test::Check(store_->Write([&](StoreWriter& w) { return w.ReplaceSearchItems(mine_.id, "e1", {}); }), "remove");
  EXPECT_TRUE(Find(inv_, "другое").hits.empty());
}

TEST_F(SqliteSearchTest, BadQueriesAreInvalidNamingQ) {
  SearchQuery q;
  q.scope.user_id = inv_.id;
  for (const char* text : {"\"open", "", "  ", "..."}) {
    q.text = text;
    test::Check(store_->Read([&](StoreReader& r) -> Status {
      auto got = r.Search(q);
      EXPECT_FALSE(got) << text;
      if (!got) {
        EXPECT_EQ(got.error().field, "q") << text;
      }
      return Ok();
    }), "read");
  }
}

}  // namespace
}  // namespace ariadne
