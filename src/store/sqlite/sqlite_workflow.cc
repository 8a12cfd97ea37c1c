// Workflow state, checklist marks, tasks, timers, approvals and notifications.
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/row_collect.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

constexpr const char* kTaskColumns =
    "id, case_id, unit_id, entity_id, title, title_ru, description, assignee_id, due_at, priority, status, origin, "
    "created_by, created_at, updated_at, version, overdue_notified";
constexpr const char* kTimerColumns = "id, case_id, name, label, label_ru, started_at, due_at, stopped_at, due_notified";
constexpr const char* kApprovalColumns =
    "id, case_id, subject, state_entered_at, requested_by, requested_at, note, status, decided_by, decided_at, "
    "reason, version";

Task ReadTask(Stmt& s) {
  Task t;
  t.id = s.Text(0);
  t.case_id = s.Text(1);
  t.unit_id = s.Text(2);
  t.entity_id = s.Text(3);
  t.title = s.Text(4);
  t.title_ru = s.Text(5);
  t.description = s.Text(6);
  t.assignee_id = s.Text(7);
  t.due_at = s.Int(8);
  t.priority = s.Text(9);
  t.status = s.Text(10);
  t.origin = s.Text(11);
  t.created_by = s.Text(12);
  t.created_at = s.Int(13);
  t.updated_at = s.Int(14);
  t.version = s.Int(15);
  t.overdue_notified = s.Int(16) != 0;
  return t;
}

Timer ReadTimer(Stmt& s) {
  return {s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Int(6), s.Int(7), s.Int(8) != 0};
}

Approval ReadApproval(Stmt& s) {
  Approval a;
  a.id = s.Text(0);
  a.case_id = s.Text(1);
  a.subject = s.Text(2);
  a.state_entered_at = s.Int(3);
  a.requested_by = s.Text(4);
  a.requested_at = s.Int(5);
  a.note = s.Text(6);
  a.status = s.Text(7);
  a.decided_by = s.Text(8);
  a.decided_at = s.Int(9);
  a.reason = s.Text(10);
  a.version = s.Int(11);
  return a;
}

CaseWorkflow ReadCaseWorkflow(Stmt& s) {
  return {s.Text(0), s.Text(1), static_cast<int>(s.Int(2)), s.Text(3), s.Int(4), s.Int(5)};
}

}  // namespace

Result<std::vector<StoredWorkflowDefinition>> SqliteConnection::ListWorkflowDefinitions() {
  PREPARE(s, "SELECT workflow_id, version, doc, sha256 FROM workflow_definitions ORDER BY workflow_id, version");
  return Collect<StoredWorkflowDefinition>(s, [](Stmt& r) -> StoredWorkflowDefinition {
    return {r.Text(0), static_cast<int>(r.Int(1)), r.Text(2), r.Text(3)};
  });
}

Status SqliteConnection::PutWorkflowDefinition(const StoredWorkflowDefinition& d) {
  {
    PREPARE(s, "SELECT sha256 FROM workflow_definitions WHERE workflow_id = ? AND version = ?");
    s->Bind(1, d.workflow_id).Bind(2, d.version);
    STEP_OR_RETURN(s, row);
    if (*row) {
      if (s->Text(0) == d.sha256) return Ok();
      return Fail(Error::Conflict("definition_changed",
                                  "workflow " + d.workflow_id + " version " + std::to_string(d.version) +
                                      " is already in use with other content: give the changed file a new version",
                                  "version"));
    }
  }
  PREPARE(s, "INSERT INTO workflow_definitions(workflow_id, version, doc, sha256) VALUES (?, ?, ?, ?)");
  return s->Bind(1, d.workflow_id).Bind(2, d.version).Bind(3, d.doc).Bind(4, d.sha256).Run();
}

Result<std::optional<CaseWorkflow>> SqliteConnection::GetCaseWorkflow(const std::string& case_id) {
  PREPARE(s, "SELECT case_id, workflow_id, version, state, entered_at, rev FROM case_workflows WHERE case_id = ?");
  s->Bind(1, case_id);
  STEP_OR_RETURN(s, row);
  if (!*row) return std::optional<CaseWorkflow>{};
  return std::optional<CaseWorkflow>(ReadCaseWorkflow(*s));
}

Result<std::vector<CaseWorkflow>> SqliteConnection::ListCaseWorkflows(const std::string& workflow_id, int version) {
  PREPARE(s, "SELECT case_id, workflow_id, version, state, entered_at, rev FROM case_workflows "
             "WHERE workflow_id = ? AND version = ? ORDER BY case_id");
  s->Bind(1, workflow_id).Bind(2, version);
  return Collect<CaseWorkflow>(s, ReadCaseWorkflow);
}

Status SqliteConnection::InsertCaseWorkflow(const CaseWorkflow& w) {
  PREPARE(s, "INSERT INTO case_workflows(case_id, workflow_id, version, state, entered_at, rev) VALUES (?, ?, ?, ?, ?, ?)");
  return s->Bind(1, w.case_id).Bind(2, w.workflow_id).Bind(3, w.version).Bind(4, w.state).Bind(5, w.entered_at)
      .Bind(6, w.rev).Run();
}

Status SqliteConnection::UpdateCaseWorkflow(const CaseWorkflow& w, int64_t expected_rev) {
  PREPARE(s, "UPDATE case_workflows SET workflow_id = ?, version = ?, state = ?, entered_at = ?, rev = ? "
             "WHERE case_id = ? AND rev = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, w.workflow_id).Bind(2, w.version).Bind(3, w.state).Bind(4, w.entered_at)
                              .Bind(5, w.rev).Bind(6, w.case_id).Bind(7, expected_rev).Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the case moved on meanwhile; reload it", "rev"));
  return Ok();
}

Result<std::vector<WorkflowEvent>> SqliteConnection::ListWorkflowEvents(const std::string& case_id) {
  PREPARE(s, "SELECT id, case_id, at, user_id, kind, transition, from_state, to_state, workflow_id, version, note "
             "FROM workflow_events WHERE case_id = ? ORDER BY at, id");
  s->Bind(1, case_id);
  return Collect<WorkflowEvent>(s, [](Stmt& r) -> WorkflowEvent {
    return {r.Text(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7),
            r.Text(8), static_cast<int>(r.Int(9)), r.Text(10)};
  });
}

Status SqliteConnection::InsertWorkflowEvent(const WorkflowEvent& e) {
  PREPARE(s, "INSERT INTO workflow_events(id, case_id, at, user_id, kind, transition, from_state, to_state, "
             "workflow_id, version, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, e.id).Bind(2, e.case_id).Bind(3, e.at).Bind(4, e.user_id).Bind(5, e.kind).Bind(6, e.transition)
      .Bind(7, e.from_state).Bind(8, e.to_state).Bind(9, e.workflow_id).Bind(10, e.version).Bind(11, e.note).Run();
}

Result<std::vector<ChecklistMark>> SqliteConnection::ListChecklistMarks(const std::string& case_id) {
  PREPARE(s, "SELECT case_id, checklist_id, item_id, status, note, user_id, at FROM checklist_marks WHERE case_id = ? "
             "ORDER BY checklist_id, item_id");
  s->Bind(1, case_id);
  return Collect<ChecklistMark>(s, [](Stmt& r) -> ChecklistMark {
    return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6)};
  });
}

Status SqliteConnection::PutChecklistMark(const ChecklistMark& m) {
  PREPARE(s, "INSERT OR REPLACE INTO checklist_marks(case_id, checklist_id, item_id, status, note, user_id, at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, m.case_id).Bind(2, m.checklist_id).Bind(3, m.item_id).Bind(4, m.status).Bind(5, m.note)
      .Bind(6, m.by).Bind(7, m.at).Run();
}

Status SqliteConnection::DeleteChecklistMark(const std::string& case_id, const std::string& checklist_id,
                                             const std::string& item_id) {
  PREPARE(s, "DELETE FROM checklist_marks WHERE case_id = ? AND checklist_id = ? AND item_id = ?");
  return s->Bind(1, case_id).Bind(2, checklist_id).Bind(3, item_id).Run();
}

Result<Task> SqliteConnection::GetTask(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kTaskColumns + " FROM tasks WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("task"));
  return ReadTask(*s);
}

Result<std::vector<Task>> SqliteConnection::ListTasks(const TaskQuery& q) {
  std::string sql = std::string("SELECT ") + kTaskColumns + " FROM tasks WHERE 1";
  std::vector<std::string> text_binds;
  if (!q.case_id.empty()) sql += " AND case_id = ?1";
  if (!q.assignee_id.empty()) sql += " AND assignee_id = ?2";
  if (!q.unit_id.empty()) sql += " AND unit_id = ?3";
  if (q.open_only) sql += " AND status IN ('open', 'in_progress')";
  if (q.due_before > 0) sql += " AND due_at > 0 AND due_at < ?4";
  if (q.due_from > 0) sql += " AND due_at >= ?5";
  // Tasks with a deadline first, soonest first; then the rest, newest first.
  sql += " ORDER BY due_at = 0, due_at, created_at DESC, id LIMIT ?6";
  PREPARE(s, sql);
  if (!q.case_id.empty()) s->Bind(1, q.case_id);
  if (!q.assignee_id.empty()) s->Bind(2, q.assignee_id);
  if (!q.unit_id.empty()) s->Bind(3, q.unit_id);
  if (q.due_before > 0) s->Bind(4, q.due_before);
  if (q.due_from > 0) s->Bind(5, q.due_from);
  s->Bind(6, static_cast<int64_t>(q.limit));
  return Collect<Task>(s, ReadTask);
}

Result<std::vector<Task>> SqliteConnection::OverdueUnnotifiedTasks(int64_t now, int limit) {
  PREPARE(s, std::string("SELECT ") + kTaskColumns +
                 " FROM tasks WHERE overdue_notified = 0 AND status IN ('open', 'in_progress') AND due_at > 0 "
                 "AND due_at <= ? ORDER BY due_at LIMIT ?");
  s->Bind(1, now).Bind(2, static_cast<int64_t>(limit));
  return Collect<Task>(s, ReadTask);
}

Status SqliteConnection::InsertTask(const Task& t) {
  PREPARE(s, std::string("INSERT INTO tasks(") + kTaskColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, t.id).Bind(2, t.case_id).Bind(3, t.unit_id).Bind(4, t.entity_id).Bind(5, t.title)
      .Bind(6, t.title_ru).Bind(7, t.description).Bind(8, t.assignee_id).Bind(9, t.due_at).Bind(10, t.priority)
      .Bind(11, t.status).Bind(12, t.origin).Bind(13, t.created_by).Bind(14, t.created_at).Bind(15, t.updated_at)
      .Bind(16, t.version).Bind(17, t.overdue_notified).Run();
}

Status SqliteConnection::UpdateTask(const Task& t, int64_t expected_version) {
  PREPARE(s, "UPDATE tasks SET title = ?, title_ru = ?, description = ?, assignee_id = ?, due_at = ?, priority = ?, "
             "status = ?, entity_id = ?, updated_at = ?, version = ?, overdue_notified = ? WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, t.title).Bind(2, t.title_ru).Bind(3, t.description).Bind(4, t.assignee_id)
                              .Bind(5, t.due_at).Bind(6, t.priority).Bind(7, t.status).Bind(8, t.entity_id)
                              .Bind(9, t.updated_at).Bind(10, t.version).Bind(11, t.overdue_notified).Bind(12, t.id)
                              .Bind(13, expected_version).Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the task was changed by someone else; reload it", "version"));
  return Ok();
}

Status SqliteConnection::MarkTaskOverdueNotified(const std::string& task_id) {
  PREPARE(s, "UPDATE tasks SET overdue_notified = 1 WHERE id = ?");
  return s->Bind(1, task_id).Run();
}

Result<std::vector<Timer>> SqliteConnection::ListTimers(const std::string& case_id) {
  PREPARE(s, std::string("SELECT ") + kTimerColumns + " FROM timers WHERE case_id = ? ORDER BY started_at, id");
  s->Bind(1, case_id);
  return Collect<Timer>(s, ReadTimer);
}

Result<std::vector<Timer>> SqliteConnection::TimersInScope(const CaseScope& scope, int64_t from, int64_t to) {
  std::string sql = std::string("SELECT ") + kTimerColumns +
                    " FROM timers t WHERE t.stopped_at = 0 AND t.due_at >= ?1 AND t.due_at < ?2 AND " +
                    InScope("t.case_id", scope) + " ORDER BY t.due_at LIMIT 500";
  PREPARE(s, sql);
  s->Bind(1, from).Bind(2, to).Bind(3, scope.user_id);
  if (scope.supervised_unit) s->Bind(4, *scope.supervised_unit);
  return Collect<Timer>(s, ReadTimer);
}

Result<std::vector<Timer>> SqliteConnection::DueUnnotifiedTimers(int64_t now, int limit) {
  PREPARE(s, std::string("SELECT ") + kTimerColumns +
                 " FROM timers WHERE stopped_at = 0 AND due_notified = 0 AND due_at <= ? ORDER BY due_at LIMIT ?");
  s->Bind(1, now).Bind(2, static_cast<int64_t>(limit));
  return Collect<Timer>(s, ReadTimer);
}

Result<std::vector<CalendarHearing>> SqliteConnection::HearingsInScope(const CaseScope& scope,
                                                                       const std::string& from_date,
                                                                       const std::string& to_date) {
  std::string sql =
      "SELECT e.id, e.case_id, e.caption, d.value FROM entities e "
      "JOIN entity_values t ON t.entity_id = e.id AND t.prop = 'eventType' AND t.until_version = 0 AND t.value = 'hearing' "
      "JOIN entity_values d ON d.entity_id = e.id AND d.prop = 'date' AND d.until_version = 0 "
      "WHERE e.schema = 'Event' AND e.deleted = 0 AND d.value >= ?1 AND d.value < ?2 AND " +
      InScope("e.case_id", scope) + " ORDER BY d.value LIMIT 500";
  PREPARE(s, sql);
  s->Bind(1, from_date).Bind(2, to_date).Bind(3, scope.user_id);
  if (scope.supervised_unit) s->Bind(4, *scope.supervised_unit);
  return Collect<CalendarHearing>(s, [](Stmt& r) -> CalendarHearing {
    return {r.Text(0), r.Text(1), r.Text(2), r.Text(3)};
  });
}

Status SqliteConnection::InsertTimer(const Timer& t) {
  PREPARE(s, std::string("INSERT INTO timers(") + kTimerColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, t.id).Bind(2, t.case_id).Bind(3, t.name).Bind(4, t.label).Bind(5, t.label_ru)
      .Bind(6, t.started_at).Bind(7, t.due_at).Bind(8, t.stopped_at).Bind(9, t.due_notified).Run();
}

Status SqliteConnection::StopTimer(const std::string& case_id, const std::string& name, int64_t at) {
  PREPARE(s, "UPDATE timers SET stopped_at = ? WHERE case_id = ? AND name = ? AND stopped_at = 0");
  return s->Bind(1, at).Bind(2, case_id).Bind(3, name).Run();
}

Status SqliteConnection::MarkTimerNotified(const std::string& timer_id) {
  PREPARE(s, "UPDATE timers SET due_notified = 1 WHERE id = ?");
  return s->Bind(1, timer_id).Run();
}

Result<Approval> SqliteConnection::GetApproval(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kApprovalColumns + " FROM approvals WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("approval"));
  return ReadApproval(*s);
}

Result<std::vector<Approval>> SqliteConnection::ListApprovals(const ApprovalQuery& q) {
  std::string sql = std::string("SELECT ") + kApprovalColumns + " FROM approvals a WHERE 1";
  if (!q.case_id.empty()) sql += " AND a.case_id = ?1";
  if (!q.unit_id.empty()) sql += " AND a.case_id IN (SELECT id FROM cases WHERE owning_unit_id = ?2)";
  if (!q.status.empty()) sql += " AND a.status = ?3";
  sql += " ORDER BY a.requested_at, a.id LIMIT ?4";
  PREPARE(s, sql);
  if (!q.case_id.empty()) s->Bind(1, q.case_id);
  if (!q.unit_id.empty()) s->Bind(2, q.unit_id);
  if (!q.status.empty()) s->Bind(3, q.status);
  s->Bind(4, static_cast<int64_t>(q.limit));
  return Collect<Approval>(s, ReadApproval);
}

Status SqliteConnection::InsertApproval(const Approval& a) {
  PREPARE(s, std::string("INSERT INTO approvals(") + kApprovalColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, a.id).Bind(2, a.case_id).Bind(3, a.subject).Bind(4, a.state_entered_at).Bind(5, a.requested_by)
      .Bind(6, a.requested_at).Bind(7, a.note).Bind(8, a.status).Bind(9, a.decided_by).Bind(10, a.decided_at)
      .Bind(11, a.reason).Bind(12, a.version).Run();
}

Status SqliteConnection::UpdateApproval(const Approval& a, int64_t expected_version) {
  PREPARE(s, "UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?, reason = ?, version = ? "
             "WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, a.status).Bind(2, a.decided_by).Bind(3, a.decided_at).Bind(4, a.reason)
                              .Bind(5, a.version).Bind(6, a.id).Bind(7, expected_version).Run());
  if (db_->Changes() == 0)
    return Fail(Error::Conflict("version_conflict", "the approval was decided by someone else; reload it", "version"));
  return Ok();
}

Result<std::vector<Notification>> SqliteConnection::ListNotifications(const std::string& user_id, bool unread_only,
                                                                      int limit) {
  std::string sql = "SELECT id, user_id, case_id, kind, message, message_ru, link, created_at, read_at "
                    "FROM notifications WHERE user_id = ?";
  if (unread_only) sql += " AND read_at = 0";
  sql += " ORDER BY created_at DESC, id DESC LIMIT ?";
  PREPARE(s, sql);
  s->Bind(1, user_id).Bind(2, static_cast<int64_t>(limit));
  return Collect<Notification>(s, [](Stmt& r) -> Notification {
    return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Int(7),
            r.Int(8)};
  });
}

Result<int64_t> SqliteConnection::CountUnreadNotifications(const std::string& user_id) {
  PREPARE(s, "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at = 0");
  s->Bind(1, user_id);
  STEP_OR_RETURN(s, row);
  return s->Int(0);
}

Result<std::vector<std::string>> SqliteConnection::ListUnitUsers(const std::string& unit_id, const std::string& role) {
  PREPARE(s, "SELECT id FROM users WHERE unit_id = ? AND role = ? AND disabled = 0 ORDER BY username");
  s->Bind(1, unit_id).Bind(2, role);
  return Collect<std::string>(s, [](Stmt& r) { return r.Text(0); });
}

Status SqliteConnection::InsertNotification(const Notification& n) {
  PREPARE(s, "INSERT INTO notifications(id, user_id, case_id, kind, message, message_ru, link, created_at, read_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, n.id).Bind(2, n.user_id).Bind(3, n.case_id).Bind(4, n.kind).Bind(5, n.message)
      .Bind(6, n.message_ru).Bind(7, n.link).Bind(8, n.created_at).Bind(9, n.read_at).Run();
}

Status SqliteConnection::MarkNotificationsRead(const std::string& user_id, const std::string& id, int64_t at) {
  if (id.empty()) {
    PREPARE(s, "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at = 0");
    return s->Bind(1, at).Bind(2, user_id).Run();
  }
  PREPARE(s, "UPDATE notifications SET read_at = CASE WHEN read_at = 0 THEN ? ELSE read_at END "
             "WHERE user_id = ? AND id = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, at).Bind(2, user_id).Bind(3, id).Run());
  if (db_->Changes() == 0) return Fail(Error::NotFound("notification"));
  return Ok();
}

}  // namespace ariadne::sqlite
