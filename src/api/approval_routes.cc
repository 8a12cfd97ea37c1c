// Approvals: a step a workflow guards with {"approval": true} is asked for on the case, and a
// supervisor of the owning unit — not the one who asked — approves it or rejects it with a
// reason. Supervisors see their unit's pending queue. An approval counts only while the case
// stays in the state it was asked in, and is spent by the step it allowed.
#include "api/app.h"
#include "api/case_access.h"
#include "api/workflow_runner.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

json ApprovalJson(RequestContext& ctx, StoreReader& r, const Approval& a) {
  auto name = [&](const std::string& id) -> json {
    if (id.empty()) return nullptr;
    auto u = r.GetUser(id);
    return u ? json(u->username) : json(nullptr);
  };
  json label = nullptr, reference = "";
  if (auto c = r.GetCase(a.case_id)) reference = c->reference;
  if (auto v = LoadCaseWorkflow(*ctx.app.workflows, r, a.case_id); v && *v && a.subject.rfind("transition:", 0) == 0)
    if (const WorkflowTransition* t = (*v)->def->Transition(a.subject.substr(11)))
      label = {{"en", t->label.en}, {"ru", t->label.ru}};
  return {{"id", a.id},
          {"case_id", a.case_id},
          {"case_reference", reference},
          {"subject", a.subject},
          {"label", label},
          {"requested_by", name(a.requested_by)},
          {"requested_at", FormatTime(a.requested_at)},
          {"note", a.note},
          {"status", a.status},
          {"decided_by", name(a.decided_by)},
          {"decided_at", a.decided_at ? json(FormatTime(a.decided_at)) : json(nullptr)},
          {"reason", a.reason},
          {"version", a.version}};
}

Result<HttpResponse> RequestApproval(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"transition", "note"}));
  auto tid = RequiredString(*body, "transition", 100);
  if (!tid) return Fail(tid.error());
  auto note = OptionalString(*body, "note", 4000);
  if (!note) return Fail(note.error());
  const int64_t now = ctx.app.env->NowMillis();
  Approval a;
  a.id = NewUuidV7(*ctx.app.env);
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kWorkflowAct);
    if (!f) return Fail(f.error());
    auto c = w.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    auto v = LoadCaseWorkflow(*ctx.app.workflows, w, c->id);
    if (!v) return Fail(v.error());
    if (!*v) return Fail(Error::Conflict("no_workflow", "the case runs no workflow yet", "transition"));
    const WorkflowTransition* t = (*v)->def->Transition(*tid);
    if (!t) return Fail(Error::Invalid("invalid_value", "the workflow has no such step", "transition"));
    auto check = CheckTransition(*(*v)->def, (*v)->cw.state, *t, GatherFacts(ctx.app, w, ctx.caller(), *f, *c, **v));
    if (!check.needs_approval) return Fail(Error::Invalid("no_approval_needed", "this step needs no approval", "transition"));
    for (const auto& u : check.unmet)
      if (u.code == "wrong_state" || u.code == "not_permitted")
        return Fail(Error::Invalid("invalid_value", "you cannot ask for this step now: " + u.detail, "transition"));
    ApprovalQuery q;
    q.case_id = c->id;
    auto existing = w.ListApprovals(q);
    if (!existing) return Fail(existing.error());
    for (const auto& e : *existing)
      if (e.subject == "transition:" + t->id && e.state_entered_at == (*v)->cw.entered_at &&
          (e.status == "pending" || e.status == "approved"))
        return Fail(Error::Conflict("already_requested", "this step has been asked for already", "transition"));
    a.case_id = c->id;
    a.subject = "transition:" + t->id;
    a.state_entered_at = (*v)->cw.entered_at;
    a.requested_by = ctx.caller().user_id;
    a.requested_at = now;
    a.note = *note;
    ARIADNE_RETURN_IF_ERROR(w.InsertApproval(a));
    auto supervisors = w.ListUnitUsers(c->owning_unit_id, "supervisor");
    if (!supervisors) return Fail(supervisors.error());
    ARIADNE_RETURN_IF_ERROR(Notify(ctx.app, w, *supervisors, ctx.caller().user_id, c->id, "approval_requested",
                                   {c->reference + ": approval asked for: " + t->label.en,
                                    c->reference + ": запрошено согласование: " + t->label.ru},
                                   "/approvals", now));
    ctx.audit.records.push_back("approval:" + a.id);
    ctx.audit.detail = {{"subject", a.subject}};
    out = ApprovalJson(ctx, w, a);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, out);
}

Result<HttpResponse> ListCaseApprovals(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    ApprovalQuery q;
    q.case_id = f->case_id;
    auto list = r.ListApprovals(q);
    if (!list) return Fail(list.error());
    for (const auto& a : *list) {
      items.push_back(ApprovalJson(ctx, r, a));
      ctx.audit.records.push_back("approval:" + a.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

// The queue: the pending approvals of the supervisor's unit.
Result<HttpResponse> ApprovalQueue(RequestContext& ctx) {
  std::string status = ctx.req.Query("status").empty() ? "pending" : ctx.req.Query("status");
  if (status != "pending" && status != "approved" && status != "rejected" && status != "used" && status != "all")
    return Fail(Error::BadRequest("invalid_value", "status is pending, approved, rejected, used or all", "status"));
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    ApprovalQuery q;
    q.unit_id = ctx.caller().unit_id;
    q.status = status == "all" ? "" : status;
    auto list = r.ListApprovals(q);
    if (!list) return Fail(list.error());
    for (const auto& a : *list) {
      items.push_back(ApprovalJson(ctx, r, a));
      ctx.audit.records.push_back("approval:" + a.id);
      ctx.audit.records.push_back("case:" + a.case_id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Decide(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"decision", "reason"}));
  auto decision = RequiredString(*body, "decision", 20);
  if (!decision) return Fail(decision.error());
  if (*decision != "approve" && *decision != "reject")
    return Fail(Error::Invalid("invalid_value", "decision is approve or reject", "decision"));
  auto reason = OptionalString(*body, "reason", 4000);
  if (!reason) return Fail(reason.error());
  if (*decision == "reject" && reason->find_first_not_of(" \t\r\n") == std::string::npos)
    return Fail(Error::Invalid("reason_required", "say why the request is rejected", "reason"));
  const std::string aid = ctx.Param("aid");
  if (!IsUuid(aid)) return Fail(Error::NotFound("approval"));
  const int64_t now = ctx.app.env->NowMillis();
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("approval:" + aid);
    auto a = w.GetApproval(aid);
    if (!a) return Fail(a.error());
    ctx.params["id"] = a->case_id;
    auto f = CheckCaseAccess(ctx, w, perm::kApprovalDecide);
    if (!f) return Fail(f.error());
    if (a->requested_by == ctx.caller().user_id)
      return Fail(Error::Forbidden("own_request", "someone else must decide on your own request"));
    if (a->status != "pending")
      return Fail(Error::Conflict("already_decided", "this request has been decided already", "decision"));
    const int64_t expected = a->version;
    a->status = *decision == "approve" ? "approved" : "rejected";
    a->decided_by = ctx.caller().user_id;
    a->decided_at = now;
    a->reason = *reason;
    a->version = expected + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateApproval(*a, expected));
    auto c = w.GetCase(a->case_id);
    if (!c) return Fail(c.error());
    LocalText step{a->subject.substr(a->subject.find(':') + 1), a->subject.substr(a->subject.find(':') + 1)};
    if (auto v = LoadCaseWorkflow(*ctx.app.workflows, w, c->id); v && *v)
      if (const WorkflowTransition* t = (*v)->def->Transition(step.en)) step = t->label;
    LocalText msg = a->status == "approved"
                        ? LocalText{c->reference + ": approved: " + step.en, c->reference + ": согласовано: " + step.ru}
                        : LocalText{c->reference + ": rejected: " + step.en + " — " + *reason,
                                    c->reference + ": отклонено: " + step.ru + " — " + *reason};
    ARIADNE_RETURN_IF_ERROR(Notify(ctx.app, w, {a->requested_by}, "", c->id, "approval_decided", msg,
                                   "/cases/" + c->id, now));
    ctx.audit.detail = {{"decision", a->status}, {"subject", a->subject}};
    out = ApprovalJson(ctx, w, *a);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

}  // namespace

void AddApprovalRoutes(Router& r) {
  r.Add({"POST", "/api/v1/cases/{id}/approvals", perm::kWorkflowAct, "approval.request",
         "Ask a supervisor to approve a step the workflow guards with an approval", RequestApproval,
         {{"type", "object"}}, "workflow"});
  r.Add({"GET", "/api/v1/cases/{id}/approvals", perm::kCaseRead, "approval.list", "The approvals asked on a case",
         ListCaseApprovals, nullptr, "workflow"});
  r.Add({"GET", "/api/v1/approvals", perm::kApprovalDecide, "approval.list",
         "The supervisor's queue: approvals of the unit's cases (?status=pending by default)", ApprovalQueue, nullptr,
         "workflow"});
  r.Add({"POST", "/api/v1/approvals/{aid}/decision", perm::kApprovalDecide, "approval.decide",
         "Approve, or reject with a reason (never one's own request)", Decide, {{"type", "object"}}, "workflow"});
}

}  // namespace ariadne
