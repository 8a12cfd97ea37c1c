// The protection tables: files updated only from the version read, records of every kind kept in
// order, the overdue-referral and scope queries, screenings by subject, frontline reports by
// author and inbox, partners.
#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using test::Describe;

class SqliteProtectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    unit_ = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
    other_ = test::AddUnit(*store_, env_, "KG-BSK-TIP");
    user_ = test::AddUser(*store_, env_, "ivanov", Role::kInvestigator, unit_.id);
    case_ = test::NewCase(env_, unit_, user_, "protection");
    ASSERT_TRUE(store_->Write([&](StoreWriter& w) { return w.InsertCase(case_); }));
  }
  void TearDown() override { store_->Close(); }
  Status Write(const std::function<Status(StoreWriter&)>& fn) { return store_->Write(fn); }
  template <typename T>
  T Read(const std::function<Result<T>(StoreReader&)>& fn) {
    Result<T> out = Fail(Error::Internal("not run"));
    EXPECT_TRUE(store_->Read([&](StoreReader& r) {
      out = fn(r);
      return Ok();
    }));
    EXPECT_TRUE(out) << Describe(out);
    return out ? *out : T{};
  }
  ProtectionFile File(const std::string& id, const std::string& unit, const std::string& case_id) {
    ProtectionFile f;
    f.id = id;
    f.reference = "PF-2026-" + id;
    f.owner_unit_id = unit;
    f.case_id = case_id;
    f.jurisdiction = "KZ";
    f.person.name = "Жанар";
    f.person.birth_date = "2001-04";
    f.forms_of_exploitation = {"sexual"};
    f.created_by = "someone";
    f.created_at = f.updated_at = 1;
    return f;
  }
  ProtectionRecord Referral(const std::string& id, const std::string& file, int64_t due) {
    ProtectionRecord r;
    r.id = id;
    r.file_id = file;
    r.kind = "referral";
    r.subtype = "health_care";
    r.state = "requested";
    r.organisation_id = "org-1";
    r.body = {{"note", "x"}};
    r.created_at = r.updated_at = 1;
    r.due_at = due;
    return r;
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  Unit unit_, other_;
  User user_;
  Case case_;
};

TEST_F(SqliteProtectionTest, FilesRoundTripAndChangeOnlyFromTheVersionRead) {
  ProtectionFile f = File("f1", unit_.id, case_.id);
  f.guardian = Guardian{"Saule", "Child protection", "+7", "authority", 5};
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.InsertProtectionFile(f); }));
  ProtectionFile got = Read<ProtectionFile>([&](StoreReader& r) { return r.GetProtectionFile("f1"); });
  EXPECT_EQ(got.person.name, "Жанар");
  EXPECT_EQ(got.person.birth_date, "2001-04");
  EXPECT_EQ(got.forms_of_exploitation, std::vector<std::string>{"sexual"});
  ASSERT_TRUE(got.guardian.has_value());
  EXPECT_EQ(got.guardian->name, "Saule");
  EXPECT_EQ(got.guardian->appointed_at, 5);
  got.assistance_status = "presumed";
  got.version = 2;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateProtectionFile(got, 1); }));
  got.version = 3;
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.UpdateProtectionFile(got, 1); })), "version_conflict version");
  EXPECT_EQ(Read<ProtectionFile>([&](StoreReader& r) { return r.GetProtectionFile("f1"); }).assistance_status, "presumed");
  EXPECT_EQ(Describe(store_->Read([&](StoreReader& r) -> Status {
              auto x = r.GetProtectionFile("nope");
              return x ? Ok() : Fail(x.error());
            })),
            "not_found");
}

TEST_F(SqliteProtectionTest, FileListsFollowTheScopeTheyAreGiven) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(File("f1", unit_.id, case_.id)));
    ProtectionFile mine = File("f2", other_.id, "");
    mine.created_by = user_.id;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(mine));
    return w.InsertProtectionFile(File("f3", other_.id, ""));
  }));
  auto ids = [&](const ProtectionFileQuery& q) {
    std::string out;
    for (const auto& f : Read<std::vector<ProtectionFile>>([&](StoreReader& r) { return r.ListProtectionFiles(q); }))
      out += f.id + " ";
    return out;
  };
  ProtectionFileQuery all;
  all.all = true;
  EXPECT_EQ(ids(all).size(), 9u);
  ProtectionFileQuery creator;
  creator.created_by = user_.id;
  EXPECT_EQ(ids(creator), "f2 ");
  ProtectionFileQuery unit;
  unit.created_by = "nobody";
  unit.owner_unit_id = unit_.id;
  EXPECT_EQ(ids(unit), "f1 ");
  // A member of the case's team sees the files linked to it.
  ASSERT_TRUE(Write([&](StoreWriter& w) {
    TeamMember m;
    m.user_id = user_.id;
    m.team_role = "lead";
    return w.PutTeamMember(case_.id, m, 1);
  }));
  CaseScope scope{user_.id, std::nullopt};
  ProtectionFileQuery team;
  team.created_by = "nobody";
  team.cases = &scope;
  EXPECT_EQ(ids(team), "f1 ");
  team.case_id = case_.id;
  team.assistance_status = "presumed";
  EXPECT_EQ(ids(team), "");
}

TEST_F(SqliteProtectionTest, RecordsKeepTheirOrderAndReferralsTheirQueue) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(File("f1", unit_.id, case_.id)));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(File("f2", other_.id, "")));
    ProtectionRecord consent;
    consent.id = "c1";
    consent.file_id = "f1";
    consent.kind = "consent";
    consent.subtype = "referral";
    consent.state = "given";
    consent.body = {{"organisations", {"org-1"}}};
    consent.created_at = 0;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(consent));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Referral("r1", "f1", 100)));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Referral("r2", "f2", 50)));
    return w.InsertProtectionRecord(Referral("r3", "f1", 0));
  }));
  auto records = Read<std::vector<ProtectionRecord>>([&](StoreReader& r) { return r.ListProtectionRecords("f1"); });
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].kind, "consent");
  EXPECT_EQ(records[0].body["organisations"][0], "org-1");
  auto list = [&](const ReferralQuery& q) {
    std::string out;
    for (const auto& r : Read<std::vector<ProtectionRecord>>([&](StoreReader& s) { return s.ListReferrals(q); }))
      out += r.id + " ";
    return out;
  };
  ReferralQuery overdue;
  overdue.all = true;
  overdue.overdue_only = true;
  overdue.now = 75;
  EXPECT_EQ(list(overdue), "r2 ");
  overdue.now = 200;
  EXPECT_EQ(list(overdue), "r2 r1 ");
  overdue.all = false;
  overdue.unit_id = unit_.id;
  EXPECT_EQ(list(overdue), "r1 ");
  ReferralQuery org;
  org.organisation_id = "org-1";
  EXPECT_EQ(list(org), "r3 r2 r1 ");
  // An answered referral leaves the queue; a stale version is refused.
  ProtectionRecord r1 = Read<ProtectionRecord>([&](StoreReader& r) { return r.GetProtectionRecord("r1"); });
  r1.state = "accepted";
  r1.version = 2;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateProtectionRecord(r1, 1); }));
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.UpdateProtectionRecord(r1, 1); })), "version_conflict version");
  EXPECT_EQ(list(overdue), "");
}

TEST_F(SqliteProtectionTest, ScreeningsReportsPartnersAndReferenceNumbers) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    Screening s;
    s.id = "s1";
    s.report_id = "rep-1";
    s.sets = {{{"id", "sop_general"}, {"version", 1}}};
    s.recommendation = "enquire_further";
    ARIADNE_RETURN_IF_ERROR(w.InsertScreening(s));
    FrontlineReport rep;
    rep.id = "rep-1";
    rep.reference = "FR-2026-000001";
    rep.author_id = user_.id;
    rep.blocks = {{"countries", "UZ"}};
    ARIADNE_RETURN_IF_ERROR(w.InsertFrontlineReport(rep));
    PartnerOrg p;
    p.id = "org-1";
    p.name = "Shelter";
    p.services = {"counselling"};
    p.contacts = {{"phone", "+7"}};
    return w.InsertPartner(p);
  }));
  ScreeningQuery q;
  q.report_id = "rep-1";
  auto screenings = Read<std::vector<Screening>>([&](StoreReader& r) { return r.ListScreenings(q); });
  ASSERT_EQ(screenings.size(), 1u);
  EXPECT_EQ(screenings[0].sets[0]["version"], 1);
  FrontlineQuery mine;
  mine.author_id = user_.id;
  EXPECT_EQ(Read<std::vector<FrontlineReport>>([&](StoreReader& r) { return r.ListFrontlineReports(mine); }).size(), 1u);
  FrontlineQuery inbox;
  inbox.target_unit_id = unit_.id;
  EXPECT_TRUE(Read<std::vector<FrontlineReport>>([&](StoreReader& r) { return r.ListFrontlineReports(inbox); }).empty())
      << "a draft is in nobody's inbox";
  FrontlineReport rep = Read<FrontlineReport>([&](StoreReader& r) { return r.GetFrontlineReport("rep-1"); });
  rep.state = "handed_over";
  rep.target_unit_id = unit_.id;
  rep.version = 2;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateFrontlineReport(rep, 1); }));
  EXPECT_EQ(Read<std::vector<FrontlineReport>>([&](StoreReader& r) { return r.ListFrontlineReports(inbox); }).size(), 1u);
  PartnerOrg p = Read<PartnerOrg>([&](StoreReader& r) { return r.GetPartner("org-1"); });
  EXPECT_TRUE(p.Offers("counselling"));
  EXPECT_EQ(p.contacts["phone"], "+7");
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountReferences("frontline_reports", "FR-2026"); }), 1);
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountReferences("frontline_reports", "FR-2027"); }), 0);
  EXPECT_FALSE(store_->Read([&](StoreReader& r) -> Status {
    auto n = r.CountReferences("users", "x");
    return n ? Ok() : Fail(n.error());
  }));
}

}  // namespace
}  // namespace ariadne
