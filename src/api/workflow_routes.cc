// /api/v1/cases/{id}/workflow and /checklists: where a case is in its workflow, the steps the
// caller may take next (and for each refused one, everything that is missing), taking a step,
// and the Investigator Actions Checklists its states attach.
#include <algorithm>
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

json Text(const LocalText& t) { return {{"en", t.en}, {"ru", t.ru}}; }

json UnmetJson(const std::vector<UnmetGuard>& unmet) {
  json out = json::array();
  for (const auto& u : unmet) {
    json j = {{"code", u.code}, {"detail", u.detail}};
    if (!u.field.empty()) j["field"] = u.field;
    if (!u.items.empty()) j["items"] = u.items;
    out.push_back(j);
  }
  return out;
}

// The checklists a case shows: those of its current state, then any other it has marks in.
std::vector<std::string> ChecklistsOf(const CaseWorkflowView* v, const std::vector<ChecklistMark>& marks) {
  std::vector<std::string> ids;
  if (v)
    if (const WorkflowState* s = v->def->State(v->cw.state)) ids = s->checklists;
  for (const auto& m : marks)
    if (std::find(ids.begin(), ids.end(), m.checklist_id) == ids.end()) ids.push_back(m.checklist_id);
  return ids;
}

json ProgressJson(const ChecklistProgress& p) {
  return {{"total", p.total}, {"done", p.done}, {"not_applicable", p.not_applicable}};
}

Result<json> RenderWorkflow(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f) {
  auto c = r.GetCase(f.case_id);
  if (!c) return Fail(c.error());
  auto v = LoadCaseWorkflow(*ctx.app.workflows, r, f.case_id);
  if (!v) return Fail(v.error());
  json out;
  if (!*v) {
    json available = json::array();
    for (const WorkflowDefinition* d : ctx.app.workflows->All())
      if (ctx.app.workflows->Latest(d->id) == d)
        available.push_back({{"id", d->id}, {"version", d->version}, {"label", Text(d->label)}});
    const WorkflowDefinition* suggested = WorkflowForNewCase(*ctx.app.workflows, *c);
    return json{{"workflow", nullptr}, {"available", available},
                {"suggested", suggested ? json(suggested->id) : json(nullptr)}};
  }
  const CaseWorkflowView& view = **v;
  const WorkflowState* state = view.def->State(view.cw.state);
  if (!state)
    return Fail(Error::Unavailable("the case is in state " + view.cw.state + ", which workflow " + view.def->id +
                                   " version " + std::to_string(view.def->version) + " does not have"));
  WorkflowFacts facts = GatherFacts(ctx.app, r, ctx.caller(), f, *c, view);
  ApprovalQuery aq;
  aq.case_id = c->id;
  auto approvals = r.ListApprovals(aq);
  if (!approvals) return Fail(approvals.error());
  json steps = json::array();
  for (const auto& check : NextSteps(*view.def, view.cw.state, facts)) {
    const WorkflowTransition& t = *check.transition;
    json approval = nullptr;
    for (const auto& a : *approvals)
      if (a.subject == "transition:" + t.id && a.state_entered_at == view.cw.entered_at &&
          (a.status == "pending" || a.status == "approved" || a.status == "rejected"))
        approval = {{"id", a.id}, {"status", a.status}, {"reason", a.reason}};
    const WorkflowState* to = view.def->State(t.to);
    steps.push_back({{"id", t.id},
                     {"label", Text(t.label)},
                     {"to", t.to},
                     {"to_label", Text(to->label)},
                     {"allowed", check.allowed()},
                     {"needs_approval", check.needs_approval},
                     {"approval", approval},
                     {"unmet", UnmetJson(check.unmet)}});
  }
  auto marks = r.ListChecklistMarks(c->id);
  if (!marks) return Fail(marks.error());
  json checklists = json::array();
  for (const auto& id : ChecklistsOf(&view, *marks)) {
    const ChecklistTemplate* t = ctx.app.checklists->Find(id);
    if (!t) continue;
    checklists.push_back({{"id", id}, {"label", Text(t->label)}, {"progress", ProgressJson(ProgressOf(*t, *marks))}});
  }
  auto timers = r.ListTimers(c->id);
  if (!timers) return Fail(timers.error());
  json timer_list = json::array();
  for (const auto& t : *timers)
    timer_list.push_back({{"name", t.name}, {"label", {{"en", t.label}, {"ru", t.label_ru}}},
                          {"started_at", FormatTime(t.started_at)}, {"due_at", FormatTime(t.due_at)},
                          {"running", t.stopped_at == 0}, {"elapsed", t.due_at <= facts.now}});
  auto events = r.ListWorkflowEvents(c->id);
  if (!events) return Fail(events.error());
  json history = json::array();
  for (const auto& e : *events) {
    auto who = e.user_id.empty() ? Result<User>(Fail(Error::NotFound())) : r.GetUser(e.user_id);
    history.push_back({{"at", FormatTime(e.at)}, {"kind", e.kind}, {"transition", e.transition},
                       {"from", e.from_state}, {"to", e.to_state}, {"version", e.version}, {"note", e.note},
                       {"by", who ? who->username : ""}});
  }
  json states = json::array();
  for (const auto& s : view.def->states)
    states.push_back({{"id", s.id}, {"label", Text(s.label)}, {"case_state", s.case_state}, {"final", s.final}});
  out = {{"workflow", {{"id", view.def->id}, {"version", view.def->version}, {"label", Text(view.def->label)}}},
         {"state",
          {{"id", state->id}, {"label", Text(state->label)}, {"section", state->section},
           {"case_state", state->case_state}, {"final", state->final}, {"entered_at", FormatTime(view.cw.entered_at)}}},
         {"rev", view.cw.rev},
         {"states", states},
         {"next_steps", steps},
         {"checklists", checklists},
         {"timers", timer_list},
         {"history", history}};
  return out;
}

Result<HttpResponse> GetWorkflow(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto j = RenderWorkflow(ctx, r, *f);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> Rendered(RequestContext& ctx, const CaseAccessFacts& facts, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto j = RenderWorkflow(ctx, r, facts);
    if (!j) return Fail(j.error());
    out = *j;
    return Ok();
  }));
  return JsonResponse(status, out);
}

// For a case that has none yet (cases opened before workflows existed, or in another way).
Result<HttpResponse> StartCaseWorkflow(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"workflow"}));
  auto id = RequiredString(*body, "workflow", 100);
  if (!id) return Fail(id.error());
  const WorkflowDefinition* def = ctx.app.workflows->Latest(*id);
  if (!def) return Fail(Error::Invalid("invalid_value", "no such workflow", "workflow"));
  const int64_t now = ctx.app.env->NowMillis();
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kWorkflowAct);
    if (!f) return Fail(f.error());
    facts = *f;
    auto existing = w.GetCaseWorkflow(f->case_id);
    if (!existing) return Fail(existing.error());
    if (*existing) return Fail(Error::Conflict("workflow_started", "the case already runs a workflow", "workflow"));
    auto c = w.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    ARIADNE_RETURN_IF_ERROR(StartWorkflow(ctx.app, w, *c, *def, ctx.caller().user_id, now));
    ctx.audit.detail = {{"workflow", def->id}, {"version", def->version}, {"state", def->initial}};
    return ctx.AuditIn(w);
  }));
  return Rendered(ctx, facts, 201);
}

HttpResponse Refused(const std::vector<UnmetGuard>& unmet) {
  json body = {{"type", "about:blank"},
               {"title", "Unprocessable Content"},
               {"status", 422},
               {"code", "transition_refused"},
               {"detail", "this step cannot be taken yet: see unmet"},
               {"field", "transition"},
               {"unmet", UnmetJson(unmet)}};
  HttpResponse r = JsonResponse(422, body);
  r.content_type = "application/problem+json";
  return r;
}

Result<HttpResponse> TakeTransition(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"transition", "rev", "note"}));
  auto tid = RequiredString(*body, "transition", 100);
  if (!tid) return Fail(tid.error());
  if (!body->contains("rev") || !(*body)["rev"].is_number_integer())
    return Fail(Error::BadRequest("wrong_type", "rev must be the workflow's current rev", "rev"));
  const int64_t rev = (*body)["rev"].get<int64_t>();
  auto note = OptionalString(*body, "note", 4000);
  if (!note) return Fail(note.error());
  const int64_t now = ctx.app.env->NowMillis();
  CaseAccessFacts facts;
  std::vector<UnmetGuard> unmet;
  auto st = ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kWorkflowAct);
    if (!f) return Fail(f.error());
    facts = *f;
    auto c = w.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    auto v = LoadCaseWorkflow(*ctx.app.workflows, w, c->id);
    if (!v) return Fail(v.error());
    if (!*v) return Fail(Error::Conflict("no_workflow", "the case runs no workflow yet", "transition"));
    CaseWorkflowView view = **v;
    if (view.cw.rev != rev)
      return Fail(Error::Conflict("version_conflict", "the case moved on meanwhile; reload it", "rev"));
    const WorkflowTransition* t = view.def->Transition(*tid);
    if (!t) return Fail(Error::Invalid("invalid_value", "the workflow has no such step", "transition"));
    auto check = CheckTransition(*view.def, view.cw.state, *t, GatherFacts(ctx.app, w, ctx.caller(), *f, *c, view));
    ctx.audit.detail = {{"transition", t->id}, {"from", view.cw.state}, {"to", t->to}};
    if (!check.allowed()) {
      unmet = check.unmet;
      json codes = json::array();
      for (const auto& u : unmet) codes.push_back(u.code);
      ctx.audit.detail["unmet"] = codes;
      return Fail(Error::Invalid("transition_refused", "unmet guards", "transition"));
    }
    // An approval is spent by the step it allowed.
    if (check.needs_approval) {
      ApprovalQuery q;
      q.case_id = c->id;
      q.status = "approved";
      auto approvals = w.ListApprovals(q);
      if (!approvals) return Fail(approvals.error());
      for (auto a : *approvals)
        if (a.subject == "transition:" + t->id && a.state_entered_at == view.cw.entered_at) {
          const int64_t expected = a.version;
          a.status = "used";
          a.version = expected + 1;
          ARIADNE_RETURN_IF_ERROR(w.UpdateApproval(a, expected));
          ctx.audit.records.push_back("approval:" + a.id);
        }
    }
    const WorkflowState* to = view.def->State(t->to);
    CaseWorkflow next = view.cw;
    next.state = t->to;
    next.entered_at = now;
    next.rev = rev + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateCaseWorkflow(next, rev));
    ARIADNE_RETURN_IF_ERROR(w.InsertWorkflowEvent({NewUuidV7(*ctx.app.env), c->id, now, ctx.caller().user_id,
                                                   "transition", t->id, view.cw.state, t->to, view.def->id,
                                                   view.def->version, *note}));
    if (c->state != to->case_state) {  // the phase the case list shows follows the workflow
      const int64_t expected = c->version;
      json history = json::array({{{"field", "state"}, {"before", c->state}, {"after", to->case_state}}});
      c->state = to->case_state;
      c->version = expected + 1;
      c->updated_at = now;
      ARIADNE_RETURN_IF_ERROR(w.UpdateCase(*c, expected));
      ARIADNE_RETURN_IF_ERROR(w.InsertCaseHistory(c->id, {c->version, ctx.caller().user_id, now, history.dump()}));
    }
    ARIADNE_RETURN_IF_ERROR(EnterState(ctx.app, w, *c, *view.def, *to, now));
    return ctx.AuditIn(w);
  });
  if (!st) {
    if (!unmet.empty()) return Refused(unmet);
    return Fail(st.error());
  }
  return Rendered(ctx, facts, 200);
}

Result<HttpResponse> ListChecklists(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto v = LoadCaseWorkflow(*ctx.app.workflows, r, f->case_id);
    if (!v) return Fail(v.error());
    auto marks = r.ListChecklistMarks(f->case_id);
    if (!marks) return Fail(marks.error());
    std::vector<std::string> ids = ChecklistsOf(*v ? &**v : nullptr, *marks);
    // ?all=1: every template, for ticking an item no state attached.
    if (ctx.req.Query("all") == "1")
      for (const auto& [id, t] : ctx.app.checklists->all())
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    for (const auto& id : ids) {
      const ChecklistTemplate* t = ctx.app.checklists->Find(id);
      if (!t) continue;
      json groups = json::array();
      for (const auto& g : t->doc["groups"]) {
        json group_items = json::array();
        for (const auto& it : g["items"]) {
          const ChecklistItem* item = t->Find(it["id"].get<std::string>());
          json mark = nullptr;
          for (const auto& m : *marks)
            if (m.checklist_id == id && m.item_id == item->id) {
              auto who = r.GetUser(m.by);
              mark = {{"status", m.status}, {"note", m.note}, {"at", FormatTime(m.at)},
                      {"by", who ? who->username : ""}};
            }
          json entry = {{"id", item->id}, {"label", Text(item->label)}, {"source", {{"document", item->document},
                                                                                    {"lines", item->lines}}},
                        {"mark", mark}};
          if (!item->hint.en.empty()) entry["hint"] = Text(item->hint);
          group_items.push_back(entry);
        }
        groups.push_back({{"id", g["id"]}, {"label", g["label"]}, {"items", group_items}});
      }
      items.push_back({{"id", id}, {"version", t->version}, {"label", Text(t->label)},
                       {"progress", ProgressJson(ProgressOf(*t, *marks))}, {"groups", groups}});
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> MarkChecklistItem(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"status", "note"}));
  auto status = RequiredString(*body, "status", 40);
  if (!status) return Fail(status.error());
  auto note = OptionalString(*body, "note", 4000);
  if (!note) return Fail(note.error());
  const std::string checklist_id = ctx.Param("cl"), item_id = ctx.Param("item");
  const ChecklistTemplate* t = ctx.app.checklists->Find(checklist_id);
  if (!t) return Fail(Error::NotFound("checklist"));
  ARIADNE_RETURN_IF_ERROR(ValidateChecklistMark(*t, item_id, *status, *note));
  const int64_t now = ctx.app.env->NowMillis();
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kWorkflowAct);
    if (!f) return Fail(f.error());
    if (*status == "open") {
      ARIADNE_RETURN_IF_ERROR(w.DeleteChecklistMark(f->case_id, checklist_id, item_id));
    } else {
      ARIADNE_RETURN_IF_ERROR(
          w.PutChecklistMark({f->case_id, checklist_id, item_id, *status, *note, ctx.caller().user_id, now}));
    }
    auto marks = w.ListChecklistMarks(f->case_id);
    if (!marks) return Fail(marks.error());
    out = {{"checklist", checklist_id}, {"item", item_id}, {"status", *status}, {"note", *note},
           {"progress", ProgressJson(ProgressOf(*t, *marks))}};
    ctx.audit.detail = {{"checklist", checklist_id}, {"item", item_id}, {"status", *status}};
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

// The checklist templates themselves (no case data): for the workflow viewer and for reading a
// checklist before any case uses it.
Result<HttpResponse> ListChecklistTemplates(RequestContext& ctx) {
  json items = json::array();
  for (const auto& [id, t] : ctx.app.checklists->all()) {
    json doc = t.doc;
    doc.erase("comment");
    items.push_back(doc);
  }
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> ListDefinitions(RequestContext& ctx) {
  json items = json::array();
  for (const WorkflowDefinition* d : ctx.app.workflows->All())
    items.push_back({{"id", d->id}, {"version", d->version}, {"label", Text(d->label)},
                     {"latest", ctx.app.workflows->Latest(d->id) == d}, {"categories", d->categories},
                     {"approaches", d->approaches}});
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> GetDefinition(RequestContext& ctx) {
  int version = 0;
  try {
    version = std::stoi(ctx.Param("version"));
  } catch (...) {
    return Fail(Error::NotFound("workflow"));
  }
  const WorkflowDefinition* d = ctx.app.workflows->Find(ctx.Param("wid"), version);
  if (!d) return Fail(Error::NotFound("workflow"));
  return JsonResponse(200, d->doc);
}

// Moves every open case under one version of a workflow to a newer one, with the mapping of
// states the administrator gives (identical ids map by themselves). Closed cases keep their
// version. The answer says how many moved, never which: the administrator sees no case content.
Result<HttpResponse> MigrateCases(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"workflow", "from_version", "to_version", "mapping"}));
  auto id = RequiredString(*body, "workflow", 100);
  if (!id) return Fail(id.error());
  for (const char* f : {"from_version", "to_version"})
    if (!body->contains(f) || !(*body)[f].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", std::string(f) + " must be a version number", f));
  std::map<std::string, std::string> mapping;
  if (body->contains("mapping")) {
    if (!(*body)["mapping"].is_object()) return Fail(Error::BadRequest("wrong_type", "mapping maps old states to new", "mapping"));
    for (const auto& [k, v] : (*body)["mapping"].items()) {
      if (!v.is_string()) return Fail(Error::BadRequest("wrong_type", "mapping values are state ids", "mapping." + k));
      mapping[k] = v.get<std::string>();
    }
  }
  const WorkflowDefinition* from = ctx.app.workflows->Find(*id, (*body)["from_version"].get<int>());
  const WorkflowDefinition* to = ctx.app.workflows->Find(*id, (*body)["to_version"].get<int>());
  if (!from) return Fail(Error::Invalid("invalid_value", "no such version of the workflow", "from_version"));
  if (!to) return Fail(Error::Invalid("invalid_value", "no such version of the workflow", "to_version"));
  auto full = CheckMigration(*from, *to, mapping);
  if (!full) return Fail(full.error());
  const int64_t now = ctx.app.env->NowMillis();
  int moved = 0, kept = 0;
  json recorded = *full;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto cases = w.ListCaseWorkflows(from->id, from->version);
    if (!cases) return Fail(cases.error());
    for (const auto& cw : *cases) {
      auto it = full->find(cw.state);
      if (it == full->end()) {  // a final state: the case stays as it ended
        ++kept;
        continue;
      }
      CaseWorkflow next = cw;
      next.version = to->version;
      next.state = it->second;
      if (next.state != cw.state) next.entered_at = now;
      next.rev = cw.rev + 1;
      ARIADNE_RETURN_IF_ERROR(w.UpdateCaseWorkflow(next, cw.rev));
      ARIADNE_RETURN_IF_ERROR(w.InsertWorkflowEvent({NewUuidV7(*ctx.app.env), cw.case_id, now, ctx.caller().user_id,
                                                     "migrate", "", cw.state, next.state, to->id, to->version,
                                                     "from version " + std::to_string(from->version) + ": " +
                                                         recorded.dump()}));
      ++moved;
    }
    ctx.audit.detail = {{"workflow", from->id}, {"from_version", from->version}, {"to_version", to->version},
                        {"mapping", recorded}, {"moved", moved}, {"kept", kept}};
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, {{"workflow", from->id}, {"from_version", from->version}, {"to_version", to->version},
                            {"mapping", recorded}, {"moved", moved}, {"kept_closed", kept}});
}

}  // namespace

void AddWorkflowRoutes(Router& r) {
  r.Add({"POST", "/api/v1/admin/workflows/migrate", perm::kWorkflowAdmin, "workflow.migrate",
         "Move the open cases of one workflow version to a newer one, with a mapping of states", MigrateCases,
         {{"type", "object"}}, "workflow"});
  const std::string base = "/api/v1/cases/{id}";
  r.Add({"GET", base + "/workflow", perm::kCaseRead, "workflow.read",
         "Where the case is in its workflow, the next steps (with what each still needs), checklists, timers and history",
         GetWorkflow, nullptr, "workflow"});
  r.Add({"POST", base + "/workflow", perm::kWorkflowAct, "workflow.start",
         "Start a workflow on a case that has none", StartCaseWorkflow, {{"type", "object"}}, "workflow"});
  r.Add({"POST", base + "/workflow/transitions", perm::kWorkflowAct, "workflow.transition",
         "Take a step: 422 transition_refused lists every unmet guard; 409 when rev is stale", TakeTransition,
         {{"type", "object"}}, "workflow"});
  r.Add({"GET", base + "/checklists", perm::kCaseRead, "checklist.read",
         "The checklists of the case's state (and any with marks; ?all=1 every template)", ListChecklists, nullptr,
         "workflow"});
  r.Add({"PUT", base + "/checklists/{cl}/items/{item}", perm::kWorkflowAct, "checklist.mark",
         "Tick an item (done), mark it not applicable (with the reason in note), or reopen it", MarkChecklistItem,
         {{"type", "object"}}, "workflow"});
  r.Add({"GET", "/api/v1/checklists", perm::kSignedIn, "", "The checklist templates, each item with its source lines",
         ListChecklistTemplates, nullptr, "workflow"});
  r.Add({"GET", "/api/v1/workflows", perm::kSignedIn, "", "The workflow definitions, every version", ListDefinitions,
         nullptr, "workflow"});
  r.Add({"GET", "/api/v1/workflows/{wid}/{version}", perm::kSignedIn, "",
         "One workflow definition as loaded (for the diagram)", GetDefinition, nullptr, "workflow"});
}

}  // namespace ariadne
