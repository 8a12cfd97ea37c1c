// /api/v1/cases/{id}/legal-assessments: the act–means–purpose assessment of a case (or of one
// person in it) under the case's jurisdiction, with the classification aid's proposal and
// reasons. Every assessment is kept; the newest is current, the rest its history.
#include "api/app.h"
#include "api/case_access.h"
#include "api/protection_json.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

// Every evidence reference names a record of this case.
Status CheckEvidence(StoreReader& r, const std::string& case_id, const LegalInput& in) {
  for (auto [name, list] : {std::pair{"acts", &in.acts}, std::pair{"means", &in.means}, std::pair{"purposes", &in.purposes}}) {
    for (size_t i = 0; i < list->size(); ++i)
      for (size_t j = 0; j < (*list)[i].evidence.size(); ++j) {
        const std::string& ref = (*list)[i].evidence[j];
        const std::string kind = ref.substr(0, ref.find(':')), id = ref.substr(ref.find(':') + 1);
        std::string owner;
        if (kind == "interview") {
          if (auto x = r.GetInterview(id)) owner = x->case_id;
        } else if (kind == "document") {
          if (auto x = r.GetDocument(id)) owner = x->case_id;
        } else if (kind == "exhibit") {
          if (auto x = r.GetExhibit(id)) owner = x->case_id;
        } else {
          auto s = r.EntitySchemaOf(case_id, id);
          if (s && *s) owner = case_id;
        }
        if (owner != case_id)
          return Fail(Error::Invalid("unknown_record", ref + " is no record of this case",
                                     std::string(name) + "[" + std::to_string(i) + "].evidence[" + std::to_string(j) + "]"));
      }
  }
  return Ok();
}

json AssessmentJson(StoreReader& r, const LegalAssessmentRecord& a) {
  return {{"id", a.id},
          {"case_id", a.case_id},
          {"subject_entity_id", a.subject_entity_id.empty() ? json(nullptr) : json(a.subject_entity_id)},
          {"jurisdiction", a.jurisdiction},
          {"input", a.input},
          {"result", a.result},
          {"created_by", UserRef(r, a.created_by)},
          {"created_at", FormatTime(a.created_at)}};
}

Result<HttpResponse> CreateAssessment(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto in = ParseLegalInput(*body, ctx.app.protection->legal());
  if (!in) return Fail(in.error());
  LegalAssessmentRecord rec;
  rec.id = NewUuidV7(*ctx.app.env);
  rec.created_by = ctx.caller().user_id;
  rec.created_at = ctx.app.env->NowMillis();
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    if (in->jurisdiction.empty()) in->jurisdiction = f->jurisdiction_country;
    if (!ctx.app.jurisdictions->Has(in->jurisdiction))
      return Fail(Error::Invalid("invalid_value", "unknown jurisdiction '" + in->jurisdiction + "'", "jurisdiction"));
    if (!in->subject_entity_id.empty()) {
      auto s = w.EntitySchemaOf(f->case_id, in->subject_entity_id);
      if (!s) return Fail(s.error());
      if (!*s || **s != "Person")
        return Fail(Error::Invalid("unknown_record", "subject_entity_id names no person of this case", "subject_entity_id"));
      ctx.audit.records.push_back("entity:" + in->subject_entity_id);
    }
    ARIADNE_RETURN_IF_ERROR(CheckEvidence(w, f->case_id, *in));
    LegalResult result = AssessLegalElements(*in, ctx.app.jurisdictions->Rules(in->jurisdiction));
    rec.case_id = f->case_id;
    rec.subject_entity_id = in->subject_entity_id;
    rec.jurisdiction = in->jurisdiction;
    rec.input = LegalInputJson(*in);
    rec.result = LegalResultJson(result);
    rec.proposal = result.proposal;
    ARIADNE_RETURN_IF_ERROR(w.InsertLegalAssessment(rec));
    ctx.audit.records.push_back("legal_assessment:" + rec.id);
    ctx.audit.detail = {{"proposal", rec.proposal}, {"jurisdiction", rec.jurisdiction}};
    out = AssessmentJson(w, rec);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(201, out);
}

Result<HttpResponse> ListAssessments(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto list = r.ListLegalAssessments(f->case_id);
    if (!list) return Fail(list.error());
    for (const auto& a : *list) {
      items.push_back(AssessmentJson(r, a));
      ctx.audit.records.push_back("legal_assessment:" + a.id);
    }
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

}  // namespace

void AddLegalRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/legal-assessments";
  r.Add({"GET", base, perm::kCaseRead, "legal.list", "The legal assessments of a case, newest first", ListAssessments,
         nullptr, "protection"});
  r.Add({"POST", base, perm::kCaseUpdate, "legal.assess",
         "Assess act, means and purpose; the aid proposes trafficking, smuggling, both or undetermined", CreateAssessment,
         {{"type", "object"}}, "protection"});
}

}  // namespace ariadne
