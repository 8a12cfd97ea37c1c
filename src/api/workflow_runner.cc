#include "api/workflow_runner.h"

#include <algorithm>
#include <set>

#include "base/ids.h"
#include "domain/workflow_facts.h"

namespace ariadne {

Result<std::optional<CaseWorkflowView>> LoadCaseWorkflow(const WorkflowCatalogue& workflows, StoreReader& r,
                                                         const std::string& case_id) {
  auto cw = r.GetCaseWorkflow(case_id);
  if (!cw) return Fail(cw.error());
  if (!*cw) return std::optional<CaseWorkflowView>{};
  const WorkflowDefinition* def = workflows.Find((*cw)->workflow_id, (*cw)->version);
  if (!def)
    return Fail(Error::Unavailable("workflow " + (*cw)->workflow_id + " version " + std::to_string((*cw)->version) +
                                   " is not loaded"));
  return std::optional<CaseWorkflowView>(CaseWorkflowView{def, **cw});
}

WorkflowFacts GatherFacts(const AppServices& app, StoreReader& r, const Principal& caller,
                          const CaseAccessFacts& access, const Case& c, const CaseWorkflowView& v) {
  WorkflowFacts f;
  f.role = std::string(RoleId(caller.role));
  f.case_roles = app.authz->CaseRelations(caller, access);
  f.filled_fields = FilledCaseFields(c);
  f.now = app.env->NowMillis();
  if (auto marks = r.ListChecklistMarks(c.id))
    for (const auto& m : *marks) f.checklist_marked[m.checklist_id].insert(m.item_id);
  ApprovalQuery q;
  q.case_id = c.id;
  q.status = "approved";
  if (auto approvals = r.ListApprovals(q))
    for (const auto& a : *approvals)
      if (a.state_entered_at == v.cw.entered_at && a.subject.rfind("transition:", 0) == 0)
        f.approved.insert(a.subject.substr(11));
  if (auto timers = r.ListTimers(c.id))
    for (const auto& t : *timers) f.timer_due[t.name] = t.due_at;  // the latest start wins
  return f;
}

const WorkflowDefinition* WorkflowForNewCase(const WorkflowCatalogue& workflows, const Case& c) {
  if (const auto* d = workflows.ForNewCase(c.category, c.approach)) return d;
  return workflows.Latest("case_lifecycle");
}

Result<std::vector<std::string>> Audience(StoreReader& r, const Case& c, const std::string& to) {
  std::vector<std::string> out;
  if (to == "supervisors") return r.ListUnitUsers(c.owning_unit_id, "supervisor");
  for (const auto& m : c.team)
    if (to == "team" || m.team_role == "lead") out.push_back(m.user_id);
  return out;
}

Status Notify(const AppServices& app, StoreWriter& w, const std::vector<std::string>& user_ids,
              const std::string& except, const std::string& case_id, const std::string& kind, const LocalText& message,
              const std::string& link, int64_t now) {
  std::set<std::string> done;
  for (const auto& u : user_ids) {
    if (u.empty() || u == except || !done.insert(u).second) continue;
    Notification n;
    n.id = NewUuidV7(*app.env);
    n.user_id = u;
    n.case_id = case_id;
    n.kind = kind;
    n.message = message.en;
    n.message_ru = message.ru;
    n.link = link;
    n.created_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertNotification(n));
  }
  return Ok();
}

namespace {

std::string LeadOf(const Case& c) {
  for (const auto& m : c.team)
    if (m.team_role == "lead") return m.user_id;
  return "";
}

std::string CasePath(const Case& c) { return "/cases/" + c.id; }

}  // namespace

Status EnterState(const AppServices& app, StoreWriter& w, const Case& c, const WorkflowDefinition& def,
                  const WorkflowState& state, int64_t now) {
  EntryPlan plan = PlanEntry(state, now);
  for (const auto& name : plan.stop_timers) ARIADNE_RETURN_IF_ERROR(w.StopTimer(c.id, name, now));
  for (const auto& t : plan.start_timers) {
    ARIADNE_RETURN_IF_ERROR(w.StopTimer(c.id, t.name, now));  // a restart replaces the running one
    Timer timer;
    timer.id = NewUuidV7(*app.env);
    timer.case_id = c.id;
    timer.name = t.name;
    timer.label = t.label.en;
    timer.label_ru = t.label.ru;
    timer.started_at = now;
    timer.due_at = t.due_at;
    ARIADNE_RETURN_IF_ERROR(w.InsertTimer(timer));
  }
  for (const auto& t : plan.tasks) {
    Task task;
    task.id = NewUuidV7(*app.env);
    task.case_id = c.id;
    task.unit_id = c.owning_unit_id;
    task.title = t.title.en;
    task.title_ru = t.title.ru;
    task.assignee_id = t.assign_to_lead ? LeadOf(c) : "";
    task.due_at = t.due_at;
    task.priority = t.priority;
    task.origin = "workflow:" + def.id + "/" + state.id + "/" + t.key;
    task.created_by = "";
    task.created_at = now;
    task.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(task));
    if (!task.assignee_id.empty())
      ARIADNE_RETURN_IF_ERROR(Notify(app, w, {task.assignee_id}, "", c.id, "task_assigned",
                                     {"New task: " + t.title.en, "Новая задача: " + t.title.ru}, CasePath(c), now));
  }
  for (const auto& n : plan.notices) {
    auto who = Audience(w, c, n.to);
    if (!who) return Fail(who.error());
    LocalText msg{c.reference + ": " + n.message.en, c.reference + ": " + n.message.ru};
    ARIADNE_RETURN_IF_ERROR(Notify(app, w, *who, "", c.id, "workflow", msg, CasePath(c), now));
  }
  return Ok();
}

Status StartWorkflow(const AppServices& app, StoreWriter& w, const Case& c, const WorkflowDefinition& def,
                     const std::string& user_id, int64_t now) {
  const WorkflowState* initial = def.State(def.initial);
  CaseWorkflow cw{c.id, def.id, def.version, def.initial, now, 1};
  ARIADNE_RETURN_IF_ERROR(w.InsertCaseWorkflow(cw));
  ARIADNE_RETURN_IF_ERROR(w.InsertWorkflowEvent(
      {NewUuidV7(*app.env), c.id, now, user_id, "start", "", "", def.initial, def.id, def.version, ""}));
  return EnterState(app, w, c, def, *initial, now);
}

Result<int> SweepDeadlines(const AppServices& app) {
  int sent = 0;
  const int64_t now = app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(app.store->Write([&](StoreWriter& w) -> Status {
    auto timers = w.DueUnnotifiedTimers(now, 200);
    if (!timers) return Fail(timers.error());
    for (const auto& t : *timers) {
      auto c = w.GetCase(t.case_id);
      if (!c) continue;
      std::vector<std::string> who;
      for (const char* to : {"lead", "supervisors"})
        if (auto a = Audience(w, *c, to)) who.insert(who.end(), a->begin(), a->end());
      LocalText msg{c->reference + ": " + t.label + " has ended", c->reference + ": срок истёк — " + t.label_ru};
      ARIADNE_RETURN_IF_ERROR(Notify(app, w, who, "", c->id, "timer_due", msg, CasePath(*c), now));
      ARIADNE_RETURN_IF_ERROR(w.MarkTimerNotified(t.id));
      ++sent;
    }
    auto tasks = w.OverdueUnnotifiedTasks(now, 200);
    if (!tasks) return Fail(tasks.error());
    for (const auto& t : *tasks) {
      std::vector<std::string> who;
      std::string reference, link;
      if (!t.case_id.empty()) {
        if (auto c = w.GetCase(t.case_id)) {
          reference = c->reference + ": ";
          link = CasePath(*c);
        }
      }
      if (!t.assignee_id.empty()) {
        who.push_back(t.assignee_id);
      } else if (auto s = w.ListUnitUsers(t.unit_id, "supervisor")) {
        who = *s;  // nobody has it: the unit's supervisors must see that it is late
      }
      LocalText msg{reference + "overdue: " + t.title, reference + "просрочено: " + (t.title_ru.empty() ? t.title : t.title_ru)};
      ARIADNE_RETURN_IF_ERROR(Notify(app, w, who, "", t.case_id, "task_overdue", msg, link.empty() ? "/tasks" : link, now));
      ARIADNE_RETURN_IF_ERROR(w.MarkTaskOverdueNotified(t.id));
      ++sent;
    }
    // A referral nobody answered is never lost: whoever referred and the holding unit's
    // supervisors hear of it once, and it stays on their overdue queue until it is answered.
    ReferralQuery rq;
    rq.all = true;
    rq.overdue_only = true;
    rq.now = now;
    rq.limit = 200;
    auto referrals = w.ListReferrals(rq);
    if (!referrals) return Fail(referrals.error());
    for (const auto& ref : *referrals) {
      if (ref.body.value("overdue_notified", false)) continue;
      auto file = w.GetProtectionFile(ref.file_id);
      if (!file) continue;
      std::vector<std::string> who = {ref.created_by};
      if (auto s = w.ListUnitUsers(file->owner_unit_id, "supervisor")) who.insert(who.end(), s->begin(), s->end());
      LocalText msg{file->reference + ": a referral (" + ref.subtype + ") is unanswered past its time",
                    file->reference + ": направление (" + ref.subtype + ") осталось без ответа в срок"};
      ARIADNE_RETURN_IF_ERROR(Notify(app, w, who, "", file->case_id, "referral_overdue", msg, "/referrals/overdue", now));
      ProtectionRecord marked = ref;
      marked.body["overdue_notified"] = true;  // the version stays: a partner answering meanwhile is not refused
      ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionRecord(marked, ref.version));
      ++sent;
    }
    return Ok();
  }));
  return sent;
}

}  // namespace ariadne
