// Consent and referral of a victim to services (the national referral mechanism):
// /api/v1/protection-files/{id}/consents, .../referrals, /api/v1/referrals for partners and
// the overdue queue. A partner sees only referrals addressed to its organisation, and of the
// person only what the consent covers.
#include "api/app.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr int64_t kHourMs = 3600LL * 1000;

Result<HttpResponse> AddConsent(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseConsent(*body);
  if (!in) return Fail(in.error());
  const std::string id = ctx.Param("id");
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    if (in->decision == "given") ARIADNE_RETURN_IF_ERROR(CheckConsentGiver(*in, a->child.child, a->file.guardian.has_value()));
    // The signed form is a document of the linked case (files without a case keep it on paper).
    if (!in->form_document_id.empty()) {
      auto doc = IsUuid(in->form_document_id) ? w.GetDocument(in->form_document_id) : Result<Document>(Fail(Error::NotFound()));
      if (!doc || a->file.case_id.empty() || doc->case_id != a->file.case_id)
        return Fail(Error::Invalid("unknown_record", "the signed form is not a document of the file's case", "form_document_id"));
      ctx.audit.records.push_back("document:" + in->form_document_id);
    }
    for (size_t i = 0; i < in->organisations.size(); ++i) {
      auto p = IsUuid(in->organisations[i]) ? w.GetPartner(in->organisations[i]) : Result<PartnerOrg>(Fail(Error::NotFound()));
      if (!p) return Fail(Error::Invalid("unknown_record", "no such partner organisation", "organisations[" + std::to_string(i) + "]"));
    }
    ProtectionRecord c;
    c.id = NewUuidV7(*ctx.app.env);
    c.file_id = id;
    c.kind = "consent";
    c.subtype = in->purpose;
    c.state = in->decision;
    c.body = {{"decision", in->decision}, {"given_by", in->given_by}, {"organisations", in->organisations},
              {"data", in->data}, {"note", in->note}, {"form_document_id", in->form_document_id}};
    c.created_by = ctx.caller().user_id;
    c.created_at = c.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(c));
    ctx.audit.records.push_back("consent:" + c.id);
    ctx.audit.detail = {{"purpose", in->purpose}, {"decision", in->decision}, {"organisations", in->organisations}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 201);
}

Result<HttpResponse> WithdrawConsent(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"reason"}));
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  const std::string id = ctx.Param("id"), cid = ctx.Param("cid");
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("consent:" + cid);
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    const ProtectionRecord* found = a->Record(cid, "consent");
    if (!found) return Fail(Error::NotFound("consent"));
    if (found->state != "given") return Fail(Error::Conflict("already_decided", "only a given consent can be withdrawn", "state"));
    ProtectionRecord c = *found;
    c.state = "withdrawn";
    c.body["withdrawn_at"] = FormatTime(now);
    c.body["withdrawn_by"] = ctx.caller().user_id;
    c.body["withdraw_reason"] = *reason;
    c.version = found->version + 1;
    c.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionRecord(c, found->version));
    ctx.audit.detail = {{"purpose", c.subtype}, {"state", "withdrawn"}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 200);
}

Result<HttpResponse> Refer(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"organisation_id", "service", "consent_id", "note", "urgent"}));
  auto org_id = RequiredString(*body, "organisation_id", 64);
  if (!org_id) return Fail(org_id.error());
  auto service = RequiredString(*body, "service", 60);
  if (!service) return Fail(service.error());
  auto consent_id = OptionalString(*body, "consent_id", 64);
  if (!consent_id) return Fail(consent_id.error());
  auto note = OptionalString(*body, "note", 5000);
  if (!note) return Fail(note.error());
  bool urgent = false;
  if (body->contains("urgent")) {
    if (!(*body)["urgent"].is_boolean()) return Fail(Error::BadRequest("wrong_type", "urgent is true or false", "urgent"));
    urgent = (*body)["urgent"].get<bool>();
  }
  if (!ctx.app.protection->HasService(*service))
    return Fail(Error::Invalid("invalid_value", "unknown service '" + *service + "'", "service"));
  const std::string id = ctx.Param("id");
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    auto partner = IsUuid(*org_id) ? w.GetPartner(*org_id) : Result<PartnerOrg>(Fail(Error::NotFound()));
    if (!partner || !partner->active)
      return Fail(Error::Invalid("unknown_record", "no such active partner organisation", "organisation_id"));
    if (!partner->Offers(*service))
      return Fail(Error::Invalid("invalid_value", partner->name + " does not offer " + *service, "service"));
    const ProtectionRecord* consent = consent_id->empty() ? nullptr : a->Record(*consent_id, "consent");
    ARIADNE_RETURN_IF_ERROR(CheckReferralConsent(a->child.child, a->file.guardian.has_value(), consent, *org_id));
    ProtectionRecord ref;
    ref.id = NewUuidV7(*ctx.app.env);
    ref.file_id = id;
    ref.kind = "referral";
    ref.subtype = *service;
    ref.state = "requested";
    ref.organisation_id = *org_id;
    ref.body = {{"consent_id", *consent_id}, {"note", *note}, {"urgent", urgent}, {"reason", ""},
                {"history", json::array({{{"from", ""}, {"to", "requested"}, {"by", ctx.caller().user_id},
                                          {"at", FormatTime(now)}, {"reason", ""}, {"note", ""}}})}};
    ref.created_by = ctx.caller().user_id;
    ref.created_at = ref.updated_at = now;
    ref.due_at = now + a->national.referral_response_hours * kHourMs;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(ref));
    // The partner's users learn of it at once.
    if (!partner->unit_id.empty()) {
      auto users = w.ListUnitUsers(partner->unit_id, "referral_partner");
      if (!users) return Fail(users.error());
      for (const auto& u : *users) {
        Notification n;
        n.id = NewUuidV7(*ctx.app.env);
        n.user_id = u;
        n.kind = "referral";
        n.message = "New referral for " + *service + " (" + a->file.reference + ")";
        n.message_ru = "Новое направление: " + *service + " (" + a->file.reference + ")";
        n.link = "/referrals";
        n.created_at = now;
        ARIADNE_RETURN_IF_ERROR(w.InsertNotification(n));
      }
    }
    ctx.audit.records.push_back("referral:" + ref.id);
    ctx.audit.detail = {{"organisation_id", *org_id}, {"service", *service}, {"consent_id", *consent_id}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 201);
}

// What a partner sees of the person: only the categories the consent names.
json PartnerPerson(const FileAccess& a, const ProtectionRecord& referral) {
  const ProtectionRecord* consent = a.Record(referral.body.value("consent_id", ""), "consent");
  json out = json::object();
  if (!consent || consent->state != "given") return out;
  for (const auto& cat : consent->body.value("data", json::array())) {
    if (cat == "identity") {
      out["name"] = a.file.person.name;
      out["sex"] = a.file.person.sex;
      out["age_group"] = a.child.age_group;
      out["languages"] = a.file.person.languages;
      out["nationality"] = a.file.person.nationality;
    } else if (cat == "contact") {
      out["contact"] = a.file.person.contact;
    } else if (cat == "case_summary") {
      out["forms_of_exploitation"] = a.file.forms_of_exploitation;
    } else if (cat == "health" || cat == "needs" || cat == "risk") {
      const std::string kind = cat == "risk" ? "risk" : "needs";
      for (auto it = a.records.rbegin(); it != a.records.rend(); ++it)
        if (it->kind == "assessment" && it->subtype == kind) {
          out[kind] = it->body;
          break;
        }
    }
  }
  if (a.child.child && a.file.guardian) out["guardian"] = {{"name", a.file.guardian->name}, {"contact", a.file.guardian->contact}};
  out["child"] = a.child.child;
  return out;
}

Result<std::optional<PartnerOrg>> PartnerOfCaller(RequestContext& ctx, StoreReader& r) {
  if (ctx.caller().role != Role::kReferralPartner) return std::optional<PartnerOrg>();
  auto partners = r.ListPartners();
  if (!partners) return Fail(partners.error());
  for (const auto& p : *partners)
    if (ctx.app.authz->ActsForPartner(ctx.caller(), p.unit_id)) return std::optional<PartnerOrg>(p);
  return std::optional<PartnerOrg>();
}

Result<HttpResponse> ListReferrals(RequestContext& ctx, bool overdue) {
  const int64_t now = ctx.app.env->NowMillis();
  const Principal& p = ctx.caller();
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    ReferralQuery q;
    q.now = now;
    q.overdue_only = overdue;
    auto partner = PartnerOfCaller(ctx, r);
    if (!partner) return Fail(partner.error());
    if (p.role == Role::kReferralPartner) {
      if (overdue) return Fail(Error::Forbidden("forbidden", "the overdue queue is the referring side's"));
      if (!*partner) return Ok();  // a partner user of no organisation sees nothing
      q.organisation_id = (*partner)->id;
    } else if (p.role == Role::kReferralCoordinator) {
      q.all = true;
    } else if (p.role == Role::kSupervisor) {
      q.unit_id = p.unit_id;
    } else if (overdue) {
      return Fail(Error::Forbidden("forbidden", "the overdue queue is for supervisors and the referral coordinator"));
    }
    // Others: the referrals of files they opened or whose case they may see (each still checked
    // against the file below).
    std::optional<CaseScope> scope;
    if (!q.all && q.unit_id.empty() && q.organisation_id.empty()) {
      q.created_by = p.user_id;
      if (auto s = ctx.app.authz->CaseListScope(p)) scope = *s;
      else scope = CaseScope{p.user_id, std::nullopt};
      q.cases = &*scope;
    }
    auto list = r.ListReferrals(q);
    if (!list) return Fail(list.error());
    for (const auto& ref : *list) {
      if (p.role == Role::kReferralPartner) {
        auto a = LoadFileFacts(ctx, r, ref.file_id);
        if (!a) return Fail(a.error());
        json j = ReferralJson(r, ref, now, true);
        j["file_reference"] = a->file.reference;
        j["person"] = PartnerPerson(*a, ref);
        items.push_back(j);
        ctx.audit.records.push_back("referral:" + ref.id);
        // What the partner sees of the person is read from the file: on the record too.
        if (!j["person"].empty()) ctx.audit.records.push_back("protection_file:" + ref.file_id);
        continue;
      }
      auto a = CheckFileAccess(ctx, r, ref.file_id, perm::kProtectionRead);
      if (!a) {
        ctx.audit.records.pop_back();
        continue;
      }
      json j = ReferralJson(r, ref, now, a->view == ProtectionView::kFull);
      j["file_reference"] = a->file.reference;
      j["file"] = {{"id", a->file.id}, {"reference", a->file.reference}};
      j["person"] = {{"name", a->file.person.name}};
      items.push_back(j);
      ctx.audit.records.push_back("referral:" + ref.id);
    }
    return Ok();
  }));
  ctx.audit.detail = {{"count", items.size()}, {"overdue", overdue}};
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> Referrals(RequestContext& ctx) { return ListReferrals(ctx, false); }
Result<HttpResponse> OverdueReferrals(RequestContext& ctx) { return ListReferrals(ctx, true); }

Result<HttpResponse> MoveReferral(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"to", "reason", "note", "version"}));
  auto to = RequiredString(*body, "to", 40);
  if (!to) return Fail(to.error());
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  auto note = OptionalString(*body, "note", 5000);
  if (!note) return Fail(note.error());
  if (!body->contains("version") || !(*body)["version"].is_number_integer())
    return Fail(Error::Invalid("required", "version is required", "version"));
  const int64_t version = (*body)["version"].get<int64_t>();
  const std::string rid = ctx.Param("rid");
  const int64_t now = ctx.app.env->NowMillis();
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("referral:" + rid);
    if (!IsUuid(rid)) return Fail(Error::NotFound("referral"));
    auto ref = w.GetProtectionRecord(rid);
    if (!ref || ref->kind != "referral") return Fail(Error::NotFound("referral"));
    auto partner = w.GetPartner(ref->organisation_id);
    if (!partner) return Fail(partner.error());
    const bool for_partner = ctx.app.authz->ActsForPartner(ctx.caller(), partner->unit_id);
    if (PartnerMove(*to)) {
      if (!for_partner) {
        // The referring side sees the referral but answers nothing for the partner.
        auto a = CheckFileAccess(ctx, w, ref->file_id, perm::kProtectionRead);
        if (!a) return Fail(Error::NotFound("referral"));
        return Fail(Error::Forbidden("forbidden", "only the organisation addressed answers a referral"));
      }
    } else {
      auto a = CheckFileAccess(ctx, w, ref->file_id, perm::kProtectionManage);
      if (!a) {
        if (a.error().code == ErrorCode::kNotFound) return Fail(Error::NotFound("referral"));
        return Fail(a.error());
      }
    }
    if (ref->version != version)
      return Fail(Error::Conflict("version_conflict", "the referral was changed by someone else; reload it", "version"));
    ARIADNE_RETURN_IF_ERROR(CheckReferralMove(ref->state, *to, *reason));
    ProtectionRecord next = *ref;
    next.body["history"].push_back({{"from", ref->state}, {"to", *to}, {"by", ctx.caller().user_id},
                                    {"at", FormatTime(now)}, {"reason", *reason}, {"note", *note}});
    if (!reason->empty()) next.body["reason"] = *reason;
    next.state = *to;
    next.version = version + 1;
    next.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionRecord(next, version));
    // The referring officer hears the answer.
    Notification n;
    n.id = NewUuidV7(*ctx.app.env);
    n.user_id = ref->created_by;
    n.kind = "referral";
    n.message = partner->name + ": referral " + *to;
    n.message_ru = partner->name + ": направление — " + *to;
    n.link = "/protection/" + ref->file_id;
    n.created_at = now;
    if (n.user_id != ctx.caller().user_id) ARIADNE_RETURN_IF_ERROR(w.InsertNotification(n));
    ctx.audit.detail = {{"from", ref->state}, {"to", *to}};
    out = ReferralJson(w, next, now, true);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

}  // namespace

void AddReferralRoutes(Router& r) {
  const std::string base = "/api/v1/protection-files/{id}";
  r.Add({"POST", base + "/consents", perm::kProtectionManage, "consent.record",
         "Record a consent given or refused (a child's by the guardian)", AddConsent, {{"type", "object"}}, "protection"});
  r.Add({"POST", base + "/consents/{cid}/withdraw", perm::kProtectionManage, "consent.withdraw",
         "Withdraw a consent", WithdrawConsent, {{"type", "object"}}, "protection"});
  r.Add({"POST", base + "/referrals", perm::kProtectionManage, "referral.create",
         "Refer the victim to a partner's service (with consent)", Refer, {{"type", "object"}}, "protection"});
  r.Add({"GET", "/api/v1/referrals", perm::kSignedIn, "referral.list",
         "Referrals: a partner's inbox, or those of the files the caller may see", Referrals, nullptr, "protection"});
  r.Add({"GET", "/api/v1/referrals/overdue", perm::kProtectionRead, "referral.overdue",
         "Unanswered referrals past their answer time (supervisors, coordinator)", OverdueReferrals, nullptr,
         "protection"});
  r.Add({"POST", "/api/v1/referrals/{rid}/transitions", perm::kSignedIn, "referral.transition",
         "Accept, reject, start, complete (the partner) or revoke (the referring side) a referral", MoveReferral,
         {{"type", "object"}}, "protection"});
}

}  // namespace ariadne
