// The workflow tables: definitions kept per version, optimistic steps, task lists and the
// deadline queries, approvals, notifications read only by their owner.
#include <gtest/gtest.h>

#include "store/store.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

using test::Describe;

class SqliteWorkflowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = test::OpenStoreOrDie(dir_.File("ariadne.db"), &env_);
    unit_ = test::AddUnit(*store_, env_, "KZ-ALM-CTU");
    user_ = test::AddUser(*store_, env_, "ivanov", Role::kInvestigator, unit_.id);
    sup_ = test::AddUser(*store_, env_, "petrova", Role::kSupervisor, unit_.id);
    case_ = test::NewCase(env_, unit_, user_, "workflow");
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
  Task NewTask(const std::string& id, int64_t due, const std::string& assignee) {
    Task t;
    t.id = id;
    t.case_id = case_.id;
    t.unit_id = unit_.id;
    t.title = "Task " + id;
    t.assignee_id = assignee;
    t.due_at = due;
    t.created_at = t.updated_at = 1;
    return t;
  }

  test::TempDir dir_;
  FakeEnv env_;
  std::unique_ptr<Store> store_;
  Unit unit_;
  User user_, sup_;
  Case case_;
};

TEST_F(SqliteWorkflowTest, ADefinitionVersionIsKeptAndNeverSilentlyReplaced) {
  StoredWorkflowDefinition d{"tip_reactive", 1, R"({"id":"tip_reactive"})", "aaa"};
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.PutWorkflowDefinition(d); }));
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.PutWorkflowDefinition(d); })) << "the same content again is fine";
  d.sha256 = "bbb";
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.PutWorkflowDefinition(d); })), "definition_changed version");
  auto all = Read<std::vector<StoredWorkflowDefinition>>([](StoreReader& r) { return r.ListWorkflowDefinitions(); });
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].sha256, "aaa");
}

TEST_F(SqliteWorkflowTest, AStepIsConditionalOnTheRev) {
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.InsertCaseWorkflow({case_.id, "tip_reactive", 1, "victim_first", 10, 1}); }));
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateCaseWorkflow({case_.id, "tip_reactive", 1, "investigation", 20, 2}, 1); }));
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) {
              return w.UpdateCaseWorkflow({case_.id, "tip_reactive", 1, "arrest", 30, 2}, 1);
            })),
            "version_conflict rev");
  auto cw = Read<std::optional<CaseWorkflow>>([&](StoreReader& r) { return r.GetCaseWorkflow(case_.id); });
  ASSERT_TRUE(cw);
  EXPECT_EQ(cw->state, "investigation");
  EXPECT_EQ(cw->entered_at, 20);
  auto on_v1 = Read<std::vector<CaseWorkflow>>([&](StoreReader& r) { return r.ListCaseWorkflows("tip_reactive", 1); });
  EXPECT_EQ(on_v1.size(), 1u);
}

TEST_F(SqliteWorkflowTest, TaskListsDeadlinesAndTheOverdueSweep) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(NewTask("t1", 100, user_.id)));
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(NewTask("t2", 0, user_.id)));
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(NewTask("t3", 50, "")));
    Task done = NewTask("t4", 10, user_.id);
    done.status = "done";
    return w.InsertTask(done);
  }));
  auto ids = [](const std::vector<Task>& ts) {
    std::string out;
    for (const auto& t : ts) out += (out.empty() ? "" : " ") + t.id;
    return out;
  };
  TaskQuery mine;
  mine.assignee_id = user_.id;
  EXPECT_EQ(ids(Read<std::vector<Task>>([&](StoreReader& r) { return r.ListTasks(mine); })), "t1 t2")
      << "open ones, with a deadline first";
  mine.open_only = false;
  EXPECT_EQ(ids(Read<std::vector<Task>>([&](StoreReader& r) { return r.ListTasks(mine); })), "t4 t1 t2");
  TaskQuery unit;
  unit.unit_id = unit_.id;
  unit.due_before = 101;
  EXPECT_EQ(ids(Read<std::vector<Task>>([&](StoreReader& r) { return r.ListTasks(unit); })), "t3 t1");
  EXPECT_EQ(ids(Read<std::vector<Task>>([&](StoreReader& r) { return r.OverdueUnnotifiedTasks(60, 10); })), "t3");
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.MarkTaskOverdueNotified("t3"); }));
  EXPECT_EQ(ids(Read<std::vector<Task>>([&](StoreReader& r) { return r.OverdueUnnotifiedTasks(200, 10); })), "t1")
      << "each is noticed once";
  Task t1 = Read<Task>([](StoreReader& r) { return r.GetTask("t1"); });
  t1.status = "done";
  t1.version = 2;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateTask(t1, 1); }));
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.UpdateTask(t1, 1); })), "version_conflict version");
}

TEST_F(SqliteWorkflowTest, TimersStopAndAreNoticedOnceWhenDue) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertTimer({"x1", case_.id, "review_period", "Review", "Обзор", 0, 100, 0, false}));
    return w.InsertTimer({"x2", case_.id, "other", "Other", "Другой", 0, 100, 0, false});
  }));
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.StopTimer(case_.id, "other", 50); }));
  auto due = Read<std::vector<Timer>>([](StoreReader& r) { return r.DueUnnotifiedTimers(100, 10); });
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].id, "x1");
  CaseScope scope{user_.id, std::nullopt};
  EXPECT_TRUE(Read<std::vector<Timer>>([&](StoreReader& r) { return r.TimersInScope(scope, 0, 1000); }).empty())
      << "not on the team: not on the calendar";
  scope.supervised_unit = unit_.id;
  EXPECT_EQ(Read<std::vector<Timer>>([&](StoreReader& r) { return r.TimersInScope(scope, 0, 1000); }).size(), 1u);
}

TEST_F(SqliteWorkflowTest, ApprovalsAndTheUnitQueue) {
  Approval a;
  a.id = "a1";
  a.case_id = case_.id;
  a.subject = "transition:close";
  a.requested_by = user_.id;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.InsertApproval(a); }));
  ApprovalQuery q;
  q.unit_id = unit_.id;
  q.status = "pending";
  EXPECT_EQ(Read<std::vector<Approval>>([&](StoreReader& r) { return r.ListApprovals(q); }).size(), 1u);
  a.status = "approved";
  a.version = 2;
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.UpdateApproval(a, 1); }));
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.UpdateApproval(a, 1); })), "version_conflict version");
  EXPECT_TRUE(Read<std::vector<Approval>>([&](StoreReader& r) { return r.ListApprovals(q); }).empty());
  auto supervisors = Read<std::vector<std::string>>([&](StoreReader& r) { return r.ListUnitUsers(unit_.id, "supervisor"); });
  EXPECT_EQ(supervisors, std::vector<std::string>{sup_.id});
}

TEST_F(SqliteWorkflowTest, NotificationsAreReadOnlyByTheirOwner) {
  ASSERT_TRUE(Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.InsertNotification({"n1", user_.id, case_.id, "workflow", "A", "А", "/x", 1, 0}));
    ARIADNE_RETURN_IF_ERROR(w.InsertNotification({"n2", user_.id, "", "workflow", "B", "Б", "/y", 2, 0}));
    return w.InsertNotification({"n3", sup_.id, "", "workflow", "C", "В", "/z", 3, 0});
  }));
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountUnreadNotifications(user_.id); }), 2);
  EXPECT_EQ(Describe(Write([&](StoreWriter& w) { return w.MarkNotificationsRead(user_.id, "n3", 5); })), "not_found");
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.MarkNotificationsRead(user_.id, "n1", 5); }));
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountUnreadNotifications(user_.id); }), 1);
  auto list = Read<std::vector<Notification>>([&](StoreReader& r) { return r.ListNotifications(user_.id, false, 10); });
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].id, "n2") << "newest first";
  ASSERT_TRUE(Write([&](StoreWriter& w) { return w.MarkNotificationsRead(user_.id, "", 6); }));
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountUnreadNotifications(user_.id); }), 0);
  EXPECT_EQ(Read<int64_t>([&](StoreReader& r) { return r.CountUnreadNotifications(sup_.id); }), 1) << "others untouched";
}

}  // namespace
}  // namespace ariadne
