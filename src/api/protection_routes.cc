// /api/v1/protection-files: a victim's assistance record, with or without a police case — the
// person, the two status tracks and their decisions, the reflection period, the guardian.
// Consents and referrals are in referral_routes.cc, assessments and actions in
// assessment_routes.cc.
#include "api/app.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

Status ParseForms(const json& body, const Lookups& lookups, std::vector<std::string>& out) {
  if (!body.contains("forms_of_exploitation")) return Ok();
  const json& v = body["forms_of_exploitation"];
  if (!v.is_array()) return Fail(Error::BadRequest("wrong_type", "forms_of_exploitation is a list", "forms_of_exploitation"));
  out.clear();
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string() || !lookups.Has("forms_of_exploitation", v[i].get<std::string>()))
      return Fail(Error::Invalid("invalid_value", "unknown form of exploitation " + v[i].dump(),
                                 "forms_of_exploitation[" + std::to_string(i) + "]"));
    out.push_back(v[i].get<std::string>());
  }
  return Ok();
}

Status ParseCooperation(const json& body, std::string& out) {
  auto c = OptionalString(body, "cooperation", 20);
  if (!c) return Fail(c.error());
  if (c->empty()) return Ok();
  if (*c != "undecided" && *c != "cooperating" && *c != "declined")
    return Fail(Error::Invalid("invalid_value", "cooperation is undecided, cooperating or declined", "cooperation"));
  out = *c;
  return Ok();
}

Result<HttpResponse> CreateFile(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"person", "jurisdiction", "forms_of_exploitation", "case_id",
                                                   "entity_id", "cooperation", "note"}));
  if (!body->contains("person")) return Fail(Error::Invalid("required", "the person is required", "person"));
  auto person = ParsePerson((*body)["person"], "person.");
  if (!person) return Fail(person.error());
  ProtectionFile f;
  f.person = *person;
  ARIADNE_RETURN_IF_ERROR(ParseForms(*body, *ctx.app.lookups, f.forms_of_exploitation));
  ARIADNE_RETURN_IF_ERROR(ParseCooperation(*body, f.cooperation));
  auto note = OptionalString(*body, "note", 5000);
  if (!note) return Fail(note.error());
  f.note = *note;
  auto jurisdiction = OptionalString(*body, "jurisdiction", 2);
  if (!jurisdiction) return Fail(jurisdiction.error());
  auto case_id = OptionalString(*body, "case_id", 64);
  if (!case_id) return Fail(case_id.error());
  auto entity_id = OptionalString(*body, "entity_id", 64);
  if (!entity_id) return Fail(entity_id.error());
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  f.id = NewUuidV7(*ctx.app.env);
  f.owner_unit_id = p.unit_id;
  f.created_by = p.user_id;
  f.created_at = f.updated_at = now;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ctx.audit.records.push_back("protection_file:" + f.id);
    if (!case_id->empty()) {
      ctx.audit.records.push_back("case:" + *case_id);
      if (!IsUuid(*case_id)) return Fail(Error::Invalid("unknown_record", "no such case", "case_id"));
      auto facts = w.GetCaseAccess(*case_id, p.user_id);
      if (!facts) return Fail(Error::Invalid("unknown_record", "no such case", "case_id"));
      auto allowed = ctx.app.authz->CheckCase(p, perm::kProtectionManage, *facts);
      if (!allowed) {
        if (allowed.error().code == ErrorCode::kNotFound) return Fail(Error::Invalid("unknown_record", "no such case", "case_id"));
        return Fail(allowed.error());
      }
      f.case_id = *case_id;
      if (jurisdiction->empty()) *jurisdiction = facts->jurisdiction_country;
      if (!entity_id->empty()) {
        auto schema = w.EntitySchemaOf(*case_id, *entity_id);
        if (!schema) return Fail(schema.error());
        if (!*schema || **schema != "Person")
          return Fail(Error::Invalid("unknown_record", "entity_id names no person of this case", "entity_id"));
        f.entity_id = *entity_id;
        ctx.audit.records.push_back("entity:" + *entity_id);
      }
    } else if (!entity_id->empty()) {
      return Fail(Error::Invalid("required", "a person of a case is named with the case", "case_id"));
    }
    if (jurisdiction->empty()) return Fail(Error::Invalid("required", "the jurisdiction is required", "jurisdiction"));
    if (!ctx.app.jurisdictions->Has(*jurisdiction))
      return Fail(Error::Invalid("invalid_value", "unknown jurisdiction '" + *jurisdiction + "'", "jurisdiction"));
    f.jurisdiction = *jurisdiction;
    auto reference = NextReference(w, "protection_files", "PF", now);
    if (!reference) return Fail(reference.error());
    f.reference = *reference;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(f));
    ctx.audit.detail = {{"reference", f.reference}, {"case_id", f.case_id}, {"jurisdiction", f.jurisdiction}};
    return ctx.AuditIn(w);
  }));
  auto res = RenderFile(ctx, f.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/protection-files/" + f.id});
  return res;
}

Result<HttpResponse> ListFiles(RequestContext& ctx) {
  auto limit = LimitParam(ctx.req, 100, 500);
  if (!limit) return Fail(limit.error());
  const Principal& p = ctx.caller();
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    ProtectionFileQuery q;
    q.all = p.role == Role::kReferralCoordinator;
    q.created_by = p.user_id;
    if (p.role == Role::kSupervisor || p.role == Role::kReferralPartner) q.owner_unit_id = p.unit_id;
    std::optional<CaseScope> scope;
    if (auto s = ctx.app.authz->CaseListScope(p)) scope = *s;
    if (scope) q.cases = &*scope;
    q.case_id = ctx.req.Query("case_id");
    q.assistance_status = ctx.req.Query("status");
    q.limit = *limit;
    auto files = r.ListProtectionFiles(q);
    if (!files) return Fail(files.error());
    const std::string text = ctx.req.Query("q");
    for (const auto& f : *files) {
      auto a = CheckFileAccess(ctx, r, f.id, perm::kProtectionRead);
      if (!a) {
        ctx.audit.records.pop_back();
        continue;
      }
      if (!text.empty() && f.person.name.find(text) == std::string::npos && f.reference.find(text) == std::string::npos) {
        ctx.audit.records.pop_back();
        continue;
      }
      items.push_back(FileSummaryJson(r, f, a->child));
    }
    return Ok();
  }));
  ctx.audit.detail = {{"count", items.size()}};
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> GetFile(RequestContext& ctx) { return RenderFile(ctx, ctx.Param("id"), 200); }

Result<int64_t> Version(const json& body) {
  if (!body.contains("version")) return Fail(Error::Invalid("required", "version is required", "version"));
  if (!body["version"].is_number_integer()) return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
  return body["version"].get<int64_t>();
}

Status SameVersion(const ProtectionFile& f, int64_t version) {
  if (f.version != version)
    return Fail(Error::Conflict("version_conflict", "the file was changed by someone else; reload it", "version"));
  return Ok();
}

Result<HttpResponse> UpdateFile(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"version", "person", "forms_of_exploitation", "cooperation", "note"}));
  auto version = Version(*body);
  if (!version) return Fail(version.error());
  std::optional<PersonDetails> person;
  if (body->contains("person")) {
    auto pd = ParsePerson((*body)["person"], "person.");
    if (!pd) return Fail(pd.error());
    person = *pd;
  }
  const std::string id = ctx.Param("id");
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    ProtectionFile f = a->file;
    ARIADNE_RETURN_IF_ERROR(SameVersion(f, *version));
    if (person) f.person = *person;
    ARIADNE_RETURN_IF_ERROR(ParseForms(*body, *ctx.app.lookups, f.forms_of_exploitation));
    ARIADNE_RETURN_IF_ERROR(ParseCooperation(*body, f.cooperation));
    if (body->contains("note")) {
      auto note = OptionalString(*body, "note", 5000);
      if (!note) return Fail(note.error());
      f.note = *note;
    }
    f.version = *version + 1;
    f.updated_at = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionFile(f, *version));
    json fields = json::array();
    for (const auto& [k, v] : body->items())
      if (k != "version") fields.push_back(k);
    ctx.audit.detail = {{"fields", fields}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 200);
}

Result<HttpResponse> Decide(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"track", "to", "grounds", "reason", "version"}));
  auto track = RequiredString(*body, "track", 20);
  if (!track) return Fail(track.error());
  auto to = RequiredString(*body, "to", 40);
  if (!to) return Fail(to.error());
  auto grounds = OptionalString(*body, "grounds", 5000);
  if (!grounds) return Fail(grounds.error());
  auto reason = OptionalString(*body, "reason", 2000);
  if (!reason) return Fail(reason.error());
  auto version = Version(*body);
  if (!version) return Fail(version.error());
  const std::string id = ctx.Param("id");
  const int64_t now = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    ProtectionFile f = a->file;
    ARIADNE_RETURN_IF_ERROR(SameVersion(f, *version));
    const std::string from = *track == "procedural" ? f.procedural_status : f.assistance_status;
    ARIADNE_RETURN_IF_ERROR(CheckStatusMove(*track, from, *to, *grounds, *reason));
    if (NeedsCompetentAuthority(*track, *to))
      ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckCompetentAuthority(ctx.caller(), a->national.identification_roles));
    ProtectionRecord d;
    d.id = NewUuidV7(*ctx.app.env);
    d.file_id = f.id;
    d.kind = "decision";
    d.subtype = *track;
    d.state = *to;
    d.body = {{"from", from}, {"to", *to}, {"grounds", *grounds}, {"reason", *reason}};
    d.created_by = ctx.caller().user_id;
    d.created_at = d.updated_at = now;
    if (*track == "procedural") {
      f.procedural_status = *to;
    } else {
      f.assistance_status = *to;
      // When in doubt, a victim: reasonable grounds start the reflection period at once.
      if (*to == "presumed" && f.reflection_started_at == 0) {
        f.reflection_days = a->national.reflection_period_days;
        f.reflection_started_at = now;
        f.reflection_ends_at = now + f.reflection_days * kDayMs;
        d.body["detail"] = {{"reflection_ends_at", FormatTime(f.reflection_ends_at)}, {"days", f.reflection_days}};
        if (!f.case_id.empty()) ARIADNE_RETURN_IF_ERROR(w.InsertTimer(ReflectionTimer(f, NewUuidV7(*ctx.app.env))));
      }
    }
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(d));
    f.version = *version + 1;
    f.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionFile(f, *version));
    ctx.audit.detail = {{"track", *track}, {"from", from}, {"to", *to}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 201);
}

Result<HttpResponse> PutGuardian(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"name", "organisation", "contact", "appointed_by", "appointed_at", "version"}));
  Guardian g;
  auto name = RequiredString(*body, "name", 300);
  if (!name) return Fail(name.error());
  g.name = *name;
  for (auto [key, target] : {std::pair{"organisation", &g.organisation}, std::pair{"contact", &g.contact},
                             std::pair{"appointed_by", &g.appointed_by}}) {
    auto v = OptionalString(*body, key, 500);
    if (!v) return Fail(v.error());
    *target = *v;
  }
  auto at = OptionalString(*body, "appointed_at", 40);
  if (!at) return Fail(at.error());
  if (!at->empty()) {
    auto t = ParseTime(*at);
    if (!t) return Fail(Error::Invalid("invalid_value", "appointed_at is an RFC 3339 time", "appointed_at"));
    g.appointed_at = *t;
  }
  const std::string id = ctx.Param("id");
  const int64_t now = ctx.app.env->NowMillis();
  if (!g.appointed_at) g.appointed_at = now;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto a = CheckFileAccess(ctx, w, id, perm::kProtectionManage);
    if (!a) return Fail(a.error());
    ProtectionFile f = a->file;
    if (body->contains("version")) {
      auto version = Version(*body);
      if (!version) return Fail(version.error());
      ARIADNE_RETURN_IF_ERROR(SameVersion(f, *version));
    }
    const int64_t expected = f.version;
    ProtectionRecord d;
    d.id = NewUuidV7(*ctx.app.env);
    d.file_id = f.id;
    d.kind = "decision";
    d.subtype = "guardian";
    d.state = "appointed";
    d.body = {{"from", f.guardian ? f.guardian->name : ""}, {"to", g.name}, {"grounds", g.appointed_by}, {"reason", ""}};
    d.created_by = ctx.caller().user_id;
    d.created_at = d.updated_at = now;
    f.guardian = g;
    f.version = expected + 1;
    f.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(d));
    ARIADNE_RETURN_IF_ERROR(w.UpdateProtectionFile(f, expected));
    ctx.audit.detail = {{"guardian", "appointed"}};
    return ctx.AuditIn(w);
  }));
  return RenderFile(ctx, id, 200);
}

}  // namespace

void AddProtectionRoutes(Router& r) {
  const std::string base = "/api/v1/protection-files";
  r.Add({"GET", base, perm::kProtectionRead, "protection.list", "The protection files the caller may see", ListFiles,
         nullptr, "protection"});
  r.Add({"POST", base, perm::kProtectionManage, "protection.create",
         "Open a victim's protection file, with or without a case", CreateFile, {{"type", "object"}}, "protection"});
  r.Add({"GET", base + "/{id}", perm::kProtectionRead, "protection.read", "A protection file as the caller may see it",
         GetFile, nullptr, "protection"});
  r.Add({"PATCH", base + "/{id}", perm::kProtectionManage, "protection.update",
         "Change the person, forms of exploitation, cooperation or note (with its version)", UpdateFile,
         {{"type", "object"}}, "protection"});
  r.Add({"POST", base + "/{id}/decisions", perm::kProtectionManage, "protection.decide",
         "Decide an assistance or procedural status (identified: the jurisdiction's competent authority)", Decide,
         {{"type", "object"}}, "protection"});
  r.Add({"PUT", base + "/{id}/guardian", perm::kProtectionManage, "protection.guardian",
         "Record the guardian appointed for a child", PutGuardian, {{"type", "object"}}, "protection"});
}

}  // namespace ariadne
