#include "api/protection_json.h"

#include "base/time_format.h"
#include "domain/permissions.h"

namespace ariadne {

using nlohmann::json;

namespace {

json Time(int64_t t) { return t ? json(FormatTime(t)) : json(nullptr); }

json DecisionJson(StoreReader& r, const ProtectionRecord& d) {
  return {{"id", d.id},
          {"track", d.subtype},
          {"from", d.body.value("from", "")},
          {"to", d.body.value("to", "")},
          {"grounds", d.body.value("grounds", "")},
          {"reason", d.body.value("reason", "")},
          {"detail", d.body.value("detail", json::object())},
          {"by", UserRef(r, d.created_by)},
          {"at", FormatTime(d.created_at)}};
}

json ConsentJson(StoreReader& r, const ProtectionRecord& c, bool with_notes) {
  json orgs = json::array();
  for (const auto& o : c.body.value("organisations", json::array()))
    if (o.is_string()) orgs.push_back(PartnerRef(r, o.get<std::string>()));
  return {{"id", c.id},
          {"purpose", c.subtype},
          {"decision", c.body.value("decision", "")},
          {"given_by", c.body.value("given_by", "person")},
          {"organisations", orgs},
          {"data", c.body.value("data", json::array())},
          {"note", with_notes ? c.body.value("note", "") : ""},
          {"form_document_id", c.body.value("form_document_id", "")},
          {"recorded_by", UserRef(r, c.created_by)},
          {"recorded_at", FormatTime(c.created_at)},
          {"withdrawn_at", c.body.contains("withdrawn_at") ? c.body["withdrawn_at"] : json(nullptr)},
          {"withdrawn_by", c.body.contains("withdrawn_by") ? UserRef(r, c.body["withdrawn_by"]) : json(nullptr)},
          {"withdraw_reason", c.body.value("withdraw_reason", "")},
          {"active", c.state == "given"},
          {"version", c.version}};
}

json AssessmentJson(StoreReader& r, const ProtectionRecord& a) {
  json out = a.body;
  out["id"] = a.id;
  out["kind"] = a.subtype;
  out["by"] = UserRef(r, a.created_by);
  out["at"] = FormatTime(a.created_at);
  return out;
}

json ActionJson(StoreReader& r, const ProtectionRecord& a) {
  return {{"id", a.id}, {"kind", a.subtype}, {"at", a.body.value("at", json(nullptr))}, {"note", a.body.value("note", "")},
          {"by", UserRef(r, a.created_by)}, {"recorded_at", FormatTime(a.created_at)}};
}

}  // namespace

json UserRef(StoreReader& r, const std::string& user_id) {
  if (user_id.empty()) return nullptr;
  auto u = r.GetUser(user_id);
  if (!u) return {{"id", user_id}};
  return {{"id", u->id}, {"username", u->username}, {"display_name", u->display_name}};
}

json PartnerRef(StoreReader& r, const std::string& partner_id) {
  auto p = r.GetPartner(partner_id);
  if (!p) return {{"id", partner_id}};
  return {{"id", p->id}, {"name", p->name}};
}

json ReferralJson(StoreReader& r, const ProtectionRecord& rec, int64_t now, bool with_notes) {
  json history = json::array();
  for (const auto& h : rec.body.value("history", json::array())) {
    json e = h;
    e["by"] = UserRef(r, h.value("by", ""));
    if (!with_notes) e["note"] = "";
    history.push_back(e);
  }
  return {{"id", rec.id},
          {"file_id", rec.file_id},
          {"organisation", PartnerRef(r, rec.organisation_id)},
          {"service", rec.subtype},
          {"state", rec.state},
          {"reason", rec.body.value("reason", "")},
          {"note", with_notes ? rec.body.value("note", "") : ""},
          {"urgent", rec.body.value("urgent", false)},
          {"consent_id", rec.body.value("consent_id", "")},
          {"requested_by", UserRef(r, rec.created_by)},
          {"requested_at", FormatTime(rec.created_at)},
          {"due_at", Time(rec.due_at)},
          {"overdue", ReferralOverdue(rec, now)},
          {"history", history},
          {"version", rec.version}};
}

json ScreeningJson(StoreReader& r, const IndicatorCatalogue& catalogue, const Screening& s) {
  json observations = json::array();
  for (const auto& o : s.observations) {
    json e = o;
    for (const auto& set : s.sets)
      if (const IndicatorSet* is = catalogue.Find(set.value("id", ""), set.value("version", 0)))
        if (const Indicator* i = is->Find(o.value("indicator", ""))) {
          e["text"] = {{"en", i->text.en}, {"ru", i->text.ru}};
          e["group"] = i->group;
          e["direct"] = i->direct;
        }
    observations.push_back(e);
  }
  json subject = json::object();
  if (!s.case_id.empty()) subject = {{"case_id", s.case_id}, {"entity_id", s.entity_id}};
  if (!s.report_id.empty()) subject = {{"report_id", s.report_id}};
  if (!s.file_id.empty()) subject = {{"file_id", s.file_id}};
  json result = s.result;
  const LocalText notice = ScreeningNotice();
  result["notice"] = {{"en", notice.en}, {"ru", notice.ru}};
  return {{"id", s.id},         {"subject", subject}, {"sets", s.sets},
          {"observations", observations}, {"result", result},   {"note", s.note},
          {"created_by", UserRef(r, s.created_by)}, {"created_at", FormatTime(s.created_at)}};
}

json FileSummaryJson(StoreReader& r, const ProtectionFile& f, const ChildDetermination& child) {
  json c = nullptr;
  if (!f.case_id.empty()) {
    auto cs = r.GetCase(f.case_id);
    c = {{"id", f.case_id}, {"reference", cs ? cs->reference : ""}};
  }
  return {{"id", f.id},
          {"reference", f.reference},
          {"person", {{"name", f.person.name}, {"sex", f.person.sex}, {"age_group", child.age_group}}},
          {"assistance_status", f.assistance_status},
          {"procedural_status", f.procedural_status},
          {"child", child.child},
          {"case", c},
          {"reflection_ends_at", Time(f.reflection_ends_at)},
          {"updated_at", FormatTime(f.updated_at)}};
}

json FileJson(RequestContext& ctx, StoreReader& r, const FileAccess& a) {
  const ProtectionFile& f = a.file;
  const bool full = a.view == ProtectionView::kFull;
  const int64_t now = ctx.app.env->NowMillis();
  json out = FileSummaryJson(r, f, a.child);
  json person = PersonJson(f.person);
  person["age_group"] = a.child.age_group;
  out["person"] = person;
  out["child_reason"] = a.child.reason;
  out["jurisdiction"] = f.jurisdiction;
  out["forms_of_exploitation"] = f.forms_of_exploitation;
  out["cooperation"] = f.cooperation;
  out["note"] = full ? f.note : "";
  out["entity_id"] = f.entity_id.empty() ? json(nullptr) : json(f.entity_id);
  auto unit = r.GetUnit(f.owner_unit_id);
  out["owner_unit"] = {{"id", f.owner_unit_id}, {"name", unit ? unit->name : ""}};
  bool reflection_verified = false;
  if (auto confirmations = r.ListJurisdictionConfirmations())
    for (const auto& c : *confirmations)
      if (c.country == f.jurisdiction && c.item == "reflection_period") reflection_verified = true;
  out["reflection"] = f.reflection_started_at
                          ? json{{"started_at", FormatTime(f.reflection_started_at)},
                                 {"ends_at", FormatTime(f.reflection_ends_at)},
                                 {"days", f.reflection_days},
                                 {"running", a.reflection_running},
                                 {"verified", reflection_verified}}
                          : json(nullptr);
  out["guardian"] = f.guardian ? json{{"name", f.guardian->name},
                                      {"organisation", f.guardian->organisation},
                                      {"contact", f.guardian->contact},
                                      {"appointed_by", f.guardian->appointed_by},
                                      {"appointed_at", Time(f.guardian->appointed_at)}}
                               : json(nullptr);
  json decisions = json::array(), consents = json::array(), referrals = json::array(), assessments = json::array(),
       actions = json::array();
  for (const auto& rec : a.records) {
    if (rec.kind == "decision") decisions.push_back(DecisionJson(r, rec));
    if (rec.kind == "consent") consents.push_back(ConsentJson(r, rec, full));
    if (rec.kind == "referral") referrals.push_back(ReferralJson(r, rec, now, full));
    if (rec.kind == "assessment" && (full || rec.subtype != "needs")) assessments.push_back(AssessmentJson(r, rec));
    if (rec.kind == "action") actions.push_back(ActionJson(r, rec));
  }
  out["decisions"] = decisions;
  out["consents"] = consents;
  out["referrals"] = referrals;
  out["assessments"] = assessments;
  out["actions"] = actions;
  json screenings = json::array();
  ScreeningQuery q;
  q.file_id = f.id;
  if (auto list = r.ListScreenings(q))
    for (const auto& s : *list) screenings.push_back(ScreeningJson(r, *ctx.app.indicators, s));
  out["screenings"] = screenings;
  out["version"] = f.version;
  out["created_at"] = FormatTime(f.created_at);
  out["created_by"] = UserRef(r, f.created_by);
  out["view"] = full ? "full" : "case";
  return out;
}

Result<HttpResponse> RenderFile(RequestContext& ctx, const std::string& file_id, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto a = CheckFileAccess(ctx, r, file_id, perm::kProtectionRead);
    if (!a) return Fail(a.error());
    out = FileJson(ctx, r, *a);
    return Ok();
  }));
  return JsonResponse(status, out);
}

}  // namespace ariadne
