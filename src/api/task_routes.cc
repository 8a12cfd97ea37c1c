// Tasks, the calendar and notifications: /api/v1/tasks, /cases/{id}/tasks, /calendar,
// /notifications. A task is on its case's unit list and, when assigned, on its assignee's;
// an investigator sees the unit's list only through cases they may see.
#include <set>

#include "api/app.h"
#include "api/case_access.h"
#include "api/workflow_runner.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

const std::set<std::string>& Priorities() {
  static const std::set<std::string> k = {"low", "normal", "high", "urgent"};
  return k;
}
const std::set<std::string>& Statuses() {
  static const std::set<std::string> k = {"open", "in_progress", "done", "cancelled"};
  return k;
}

json TaskJson(StoreReader& r, const Task& t, int64_t now) {
  std::string assignee, reference;
  if (!t.assignee_id.empty())
    if (auto u = r.GetUser(t.assignee_id)) assignee = u->username;
  if (!t.case_id.empty())
    if (auto c = r.GetCase(t.case_id)) reference = c->reference;
  bool open = t.status == "open" || t.status == "in_progress";
  return {{"id", t.id},
          {"case_id", t.case_id.empty() ? json(nullptr) : json(t.case_id)},
          {"case_reference", reference},
          {"entity_id", t.entity_id.empty() ? json(nullptr) : json(t.entity_id)},
          {"title", t.title},
          {"title_ru", t.title_ru.empty() ? t.title : t.title_ru},
          {"description", t.description},
          {"assignee", assignee.empty() ? json(nullptr) : json(assignee)},
          {"due_at", t.due_at ? json(FormatTime(t.due_at)) : json(nullptr)},
          {"overdue", open && t.due_at > 0 && t.due_at <= now},
          {"priority", t.priority},
          {"status", t.status},
          {"origin", t.origin.rfind("workflow:", 0) == 0 ? "workflow" : "user"},
          {"created_at", FormatTime(t.created_at)},
          {"updated_at", FormatTime(t.updated_at)},
          {"version", t.version}};
}

// Optional RFC 3339 time (or null) in the body.
Result<int64_t> TimeField(const json& body, const char* field) {
  if (!body.contains(field) || body[field].is_null()) return int64_t{0};
  if (!body[field].is_string()) return Fail(Error::BadRequest("wrong_type", std::string(field) + " must be a date-time", field));
  auto t = ParseTime(body[field].get<std::string>());
  if (!t) return Fail(Error::Invalid("invalid_date", std::string(field) + " must be a date-time like 2026-12-01T09:00:00Z", field));
  return *t;
}

// A signed-in user of the case's unit or team, by username.
Result<std::string> AssigneeId(StoreReader& r, const json& body) {
  if (!body.contains("assignee") || body["assignee"].is_null()) return std::string();
  if (!body["assignee"].is_string()) return Fail(Error::BadRequest("wrong_type", "assignee is a username", "assignee"));
  auto u = r.GetUserByName(body["assignee"].get<std::string>());
  if (!u || u->disabled) return Fail(Error::Invalid("invalid_value", "no such user", "assignee"));
  return u->id;
}

// Only someone who may see the case may be given its task.
Status CheckAssignee(const AppServices& app, StoreReader& r, const std::string& user_id, const std::string& case_id) {
  if (user_id.empty()) return Ok();
  auto u = r.GetUser(user_id);
  if (!u) return Fail(Error::Invalid("invalid_value", "no such user", "assignee"));
  auto f = r.GetCaseAccess(case_id, user_id);
  if (!f) return Fail(f.error());
  Principal p{u->id, u->username, u->display_name, u->unit_id, u->role, "", "", false};
  if (!app.authz->CheckCase(p, perm::kCaseRead, *f))
    return Fail(Error::Invalid("not_on_case", "the assignee may not see this case", "assignee"));
  return Ok();
}

// A task shows only to someone who may still see its case: an assignee taken off the team
// loses its title and the case's reference with it.
bool MaySeeTask(RequestContext& ctx, StoreReader& r, const Task& t) {
  if (t.case_id.empty()) return true;
  auto f = r.GetCaseAccess(t.case_id, ctx.caller().user_id);
  return f && ctx.app.authz->CheckCase(ctx.caller(), perm::kCaseRead, *f);
}

Result<HttpResponse> ListCaseTasks(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    TaskQuery q;
    q.case_id = f->case_id;
    q.open_only = ctx.req.Query("status") != "all";
    auto tasks = r.ListTasks(q);
    if (!tasks) return Fail(tasks.error());
    const int64_t now = ctx.app.env->NowMillis();
    for (const auto& t : *tasks) {
      items.push_back(TaskJson(r, t, now));
      ctx.audit.records.push_back("task:" + t.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> ListTasks(RequestContext& ctx) {
  const std::string scope = ctx.req.Query("scope").empty() ? "mine" : ctx.req.Query("scope");
  if (scope != "mine" && scope != "unit")
    return Fail(Error::BadRequest("invalid_value", "scope is mine or unit", "scope"));
  // A unit's list shows tasks of all its cases: only its supervisors see all of those.
  if (scope == "unit" && ctx.caller().role != Role::kSupervisor)
    return Fail(Error::Forbidden("forbidden", "only a supervisor sees the unit's tasks"));
  const int64_t now = ctx.app.env->NowMillis();
  TaskQuery q;
  if (scope == "mine") q.assignee_id = ctx.caller().user_id;
  else q.unit_id = ctx.caller().unit_id;
  q.open_only = ctx.req.Query("status") != "all";
  if (ctx.req.Query("overdue") == "1") q.due_before = now + 1;
  ctx.audit.detail = {{"scope", scope}, {"overdue", ctx.req.Query("overdue") == "1"}};
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto tasks = r.ListTasks(q);
    if (!tasks) return Fail(tasks.error());
    for (const auto& t : *tasks) {
      if (!MaySeeTask(ctx, r, t)) continue;
      items.push_back(TaskJson(r, t, now));
      ctx.audit.records.push_back("task:" + t.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> CreateTask(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(
      CheckKnownFields(*body, {"title", "description", "assignee", "due_at", "priority", "entity_id"}));
  auto title = RequiredString(*body, "title", 300);
  if (!title) return Fail(title.error());
  auto description = OptionalString(*body, "description", 4000);
  if (!description) return Fail(description.error());
  auto due = TimeField(*body, "due_at");
  if (!due) return Fail(due.error());
  auto priority = OptionalString(*body, "priority", 20);
  if (!priority) return Fail(priority.error());
  if (!priority->empty() && !Priorities().count(*priority))
    return Fail(Error::Invalid("invalid_value", "priority is low, normal, high or urgent", "priority"));
  auto entity = OptionalString(*body, "entity_id", 40);
  if (!entity) return Fail(entity.error());
  const int64_t now = ctx.app.env->NowMillis();
  Task t;
  t.id = NewUuidV7(*ctx.app.env);
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kTaskManage);
    if (!f) return Fail(f.error());
    auto assignee = AssigneeId(w, *body);
    if (!assignee) return Fail(assignee.error());
    ARIADNE_RETURN_IF_ERROR(CheckAssignee(ctx.app, w, *assignee, f->case_id));
    if (!entity->empty()) {
      auto schema = w.EntitySchemaOf(f->case_id, *entity);
      if (!schema) return Fail(schema.error());
      if (!*schema) return Fail(Error::Invalid("invalid_value", "no such record in this case", "entity_id"));
    }
    t.case_id = f->case_id;
    t.unit_id = f->owning_unit_id;
    t.entity_id = *entity;
    t.title = *title;
    t.description = *description;
    t.assignee_id = *assignee;
    t.due_at = *due;
    t.priority = priority->empty() ? "normal" : *priority;
    t.origin = "user";
    t.created_by = ctx.caller().user_id;
    t.created_at = now;
    t.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertTask(t));
    auto c = w.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    ARIADNE_RETURN_IF_ERROR(Notify(ctx.app, w, {t.assignee_id}, ctx.caller().user_id, c->id, "task_assigned",
                                   {c->reference + ": new task: " + t.title, c->reference + ": новая задача: " + t.title},
                                   "/cases/" + c->id, now));
    ctx.audit.records.push_back("task:" + t.id);
    ctx.audit.detail = {{"priority", t.priority}, {"assigned", !t.assignee_id.empty()}};
    out = TaskJson(w, t, now);
    return ctx.AuditIn(w);
  }));
  HttpResponse res = JsonResponse(201, out);
  res.headers.push_back({"Location", "/api/v1/tasks/" + t.id});
  return res;
}

Result<HttpResponse> UpdateTask(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(
      CheckKnownFields(*body, {"version", "title", "description", "assignee", "due_at", "priority", "status"}));
  if (!body->contains("version") || !(*body)["version"].is_number_integer())
    return Fail(Error::BadRequest("wrong_type", "version is required", "version"));
  const std::string tid = ctx.Param("tid");
  if (!IsUuid(tid)) return Fail(Error::NotFound("task"));
  const int64_t now = ctx.app.env->NowMillis();
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("task:" + tid);
    auto t = w.GetTask(tid);
    if (!t) return Fail(t.error());
    // Who may change it: anyone who may work on its case; its assignee may also move its status.
    bool is_assignee = t->assignee_id == ctx.caller().user_id;
    ctx.params["id"] = t->case_id;
    auto f = CheckCaseAccess(ctx, w, perm::kTaskManage);
    if (!f) {
      bool only_status = body->size() == 2 && body->contains("status");
      if (!is_assignee || !only_status) return Fail(is_assignee ? f.error() : Error::NotFound("task"));
    }
    if (t->version != (*body)["version"].get<int64_t>())
      return Fail(Error::Conflict("version_conflict", "the task was changed by someone else; reload it", "version"));
    json changed = json::array();
    if (body->contains("title")) {
      auto v = RequiredString(*body, "title", 300);
      if (!v) return Fail(v.error());
      t->title = *v;
      t->title_ru = "";
      changed.push_back("title");
    }
    if (body->contains("description")) {
      auto v = OptionalString(*body, "description", 4000);
      if (!v) return Fail(v.error());
      t->description = *v;
      changed.push_back("description");
    }
    if (body->contains("assignee")) {
      auto v = AssigneeId(w, *body);
      if (!v) return Fail(v.error());
      ARIADNE_RETURN_IF_ERROR(CheckAssignee(ctx.app, w, *v, t->case_id));
      if (*v != t->assignee_id && !v->empty()) {
        auto c = w.GetCase(t->case_id);
        if (c)
          ARIADNE_RETURN_IF_ERROR(Notify(ctx.app, w, {*v}, ctx.caller().user_id, c->id, "task_assigned",
                                         {c->reference + ": task for you: " + t->title,
                                          c->reference + ": вам назначена задача: " + (t->title_ru.empty() ? t->title : t->title_ru)},
                                         "/cases/" + c->id, now));
      }
      t->assignee_id = *v;
      changed.push_back("assignee");
    }
    if (body->contains("due_at")) {
      auto v = TimeField(*body, "due_at");
      if (!v) return Fail(v.error());
      t->due_at = *v;
      t->overdue_notified = false;
      changed.push_back("due_at");
    }
    if (body->contains("priority")) {
      auto v = RequiredString(*body, "priority", 20);
      if (!v) return Fail(v.error());
      if (!Priorities().count(*v)) return Fail(Error::Invalid("invalid_value", "priority is low, normal, high or urgent", "priority"));
      t->priority = *v;
      changed.push_back("priority");
    }
    if (body->contains("status")) {
      auto v = RequiredString(*body, "status", 20);
      if (!v) return Fail(v.error());
      if (!Statuses().count(*v)) return Fail(Error::Invalid("invalid_value", "status is open, in_progress, done or cancelled", "status"));
      t->status = *v;
      changed.push_back("status");
    }
    const int64_t expected = t->version;
    t->version = expected + 1;
    t->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateTask(*t, expected));
    ctx.audit.detail = {{"fields", changed}, {"status", t->status}};
    out = TaskJson(w, *t, now);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

// Tasks, timers (reflection periods included) and their deadlines in [from, to), from the
// caller's own tasks, the tasks of the cases they work on, and (for a supervisor) the unit's.
Result<HttpResponse> Calendar(RequestContext& ctx) {
  const int64_t now = ctx.app.env->NowMillis();
  int64_t from = now - 7 * 86400000LL, to = now + 60 * 86400000LL;
  if (!ctx.req.Query("from").empty()) {
    auto t = ParseTime(ctx.req.Query("from"));
    if (!t) return Fail(Error::BadRequest("invalid_date", "from must be a date-time", "from"));
    from = *t;
  }
  if (!ctx.req.Query("to").empty()) {
    auto t = ParseTime(ctx.req.Query("to"));
    if (!t) return Fail(Error::BadRequest("invalid_date", "to must be a date-time", "to"));
    to = *t;
  }
  if (to <= from || to - from > 400 * 86400000LL)
    return Fail(Error::BadRequest("invalid_value", "from must come before to, at most 400 days apart", "to"));
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());
  json entries = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    std::set<std::string> seen;
    auto add_tasks = [&](TaskQuery q) -> Status {
      q.due_from = from;
      q.due_before = to;
      auto tasks = r.ListTasks(q);
      if (!tasks) return Fail(tasks.error());
      for (const auto& t : *tasks) {
        if (!seen.insert(t.id).second || !MaySeeTask(ctx, r, t)) continue;
        json j = TaskJson(r, t, now);
        entries.push_back({{"kind", "task"}, {"at", j["due_at"]}, {"task", j}});
        ctx.audit.records.push_back("task:" + t.id);
      }
      return Ok();
    };
    TaskQuery mine;
    mine.assignee_id = ctx.caller().user_id;
    ARIADNE_RETURN_IF_ERROR(add_tasks(mine));
    if (scope->supervised_unit) {
      TaskQuery unit;
      unit.unit_id = *scope->supervised_unit;
      ARIADNE_RETURN_IF_ERROR(add_tasks(unit));
    }
    // Hearings, by the date recorded on the timeline event (a day, or a day and time).
    auto hearings = r.HearingsInScope(*scope, FormatTime(from).substr(0, 10), FormatTime(to).substr(0, 10) + "~");
    if (!hearings) return Fail(hearings.error());
    for (const auto& h : *hearings) {
      std::string reference;
      if (auto c = r.GetCase(h.case_id)) reference = c->reference;
      std::string at = h.date.size() == 10 ? h.date + "T00:00:00.000Z" : h.date;
      entries.push_back({{"kind", "hearing"},
                         {"at", at},
                         {"hearing", {{"entity_id", h.entity_id}, {"caption", h.caption}, {"date", h.date},
                                      {"case_id", h.case_id}, {"case_reference", reference}}}});
      ctx.audit.records.push_back("entity:" + h.entity_id);
    }
    auto timers = r.TimersInScope(*scope, from, to);
    if (!timers) return Fail(timers.error());
    for (const auto& t : *timers) {
      std::string reference;
      if (auto c = r.GetCase(t.case_id)) reference = c->reference;
      entries.push_back({{"kind", "timer"},
                         {"at", FormatTime(t.due_at)},
                         {"timer", {{"name", t.name}, {"label", {{"en", t.label}, {"ru", t.label_ru}}},
                                    {"case_id", t.case_id}, {"case_reference", reference},
                                    {"started_at", FormatTime(t.started_at)}}}});
      ctx.audit.records.push_back("case:" + t.case_id);
    }
    return Ok();
  }));
  std::sort(entries.begin(), entries.end(), [](const json& a, const json& b) {
    return a["at"].get<std::string>() < b["at"].get<std::string>();
  });
  ctx.audit.detail = {{"from", FormatTime(from)}, {"to", FormatTime(to)}};
  return JsonResponse(200, {{"from", FormatTime(from)}, {"to", FormatTime(to)}, {"items", entries}});
}

Result<HttpResponse> ListNotifications(RequestContext& ctx) {
  json items = json::array();
  int64_t unread = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListNotifications(ctx.caller().user_id, ctx.req.Query("unread") == "1", 100);
    if (!list) return Fail(list.error());
    for (const auto& n : *list) {
      items.push_back({{"id", n.id}, {"kind", n.kind}, {"message", {{"en", n.message}, {"ru", n.message_ru}}},
                       {"case_id", n.case_id.empty() ? json(nullptr) : json(n.case_id)}, {"link", n.link},
                       {"created_at", FormatTime(n.created_at)}, {"read", n.read_at != 0}});
      if (!n.case_id.empty()) ctx.audit.records.push_back("case:" + n.case_id);
    }
    auto count = r.CountUnreadNotifications(ctx.caller().user_id);
    if (!count) return Fail(count.error());
    unread = *count;
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"unread", unread}});
}

Result<HttpResponse> UnreadCount(RequestContext& ctx) {
  int64_t unread = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto count = r.CountUnreadNotifications(ctx.caller().user_id);
    if (!count) return Fail(count.error());
    unread = *count;
    return Ok();
  }));
  return JsonResponse(200, {{"unread", unread}});
}

Result<HttpResponse> MarkRead(RequestContext& ctx) {
  const std::string id = ctx.Param("nid");
  if (!id.empty() && !IsUuid(id)) return Fail(Error::NotFound("notification"));
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    return w.MarkNotificationsRead(ctx.caller().user_id, id, now);
  }));
  return UnreadCount(ctx);
}

}  // namespace

void AddTaskRoutes(Router& r) {
  r.Add({"GET", "/api/v1/tasks", perm::kCaseRead, "task.list",
         "My tasks (?scope=mine) or, for a supervisor, the unit's (?scope=unit); ?overdue=1, ?status=all", ListTasks,
         nullptr, "tasks"});
  r.Add({"GET", "/api/v1/cases/{id}/tasks", perm::kCaseRead, "task.list", "The tasks of a case (?status=all)",
         ListCaseTasks, nullptr, "tasks"});
  r.Add({"POST", "/api/v1/cases/{id}/tasks", perm::kTaskManage, "task.create",
         "Add a task to a case, optionally assigned and with a deadline", CreateTask, {{"type", "object"}}, "tasks"});
  r.Add({"PATCH", "/api/v1/tasks/{tid}", perm::kTaskManage, "task.update",
         "Change a task (with its version); its assignee may change its status", UpdateTask, {{"type", "object"}},
         "tasks"});
  r.Add({"GET", "/api/v1/calendar", perm::kCaseRead, "calendar.read",
         "Deadlines of tasks and timers (reflection periods, review periods) between ?from and ?to", Calendar,
         nullptr, "tasks"});
  r.Add({"GET", "/api/v1/notifications", perm::kSignedIn, "notification.list", "My notifications (?unread=1)",
         ListNotifications, nullptr, "tasks"});
  r.Add({"GET", "/api/v1/notifications/unread-count", perm::kSignedIn, "", "How many of my notifications are unread",
         UnreadCount, nullptr, "tasks"});
  r.Add({"POST", "/api/v1/notifications/{nid}/read", perm::kSignedIn, "", "Mark one notification read", MarkRead,
         nullptr, "tasks"});
  r.Add({"POST", "/api/v1/notifications/read-all", perm::kSignedIn, "", "Mark all my notifications read", MarkRead,
         nullptr, "tasks"});
}

}  // namespace ariadne
