#include "domain/protection.h"

#include <algorithm>
#include <ctime>
#include <regex>
#include <set>

#include "domain/protection_reference.h"

namespace ariadne {
namespace {

using nlohmann::json;

bool In(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Status OnlyKeys(const json& body, const std::set<std::string>& keys, const std::string& prefix) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", (prefix.empty() ? "the body" : prefix) + " must be an object",
                                                       prefix.empty() ? "" : prefix.substr(0, prefix.size() - 1)));
  for (const auto& [k, v] : body.items())
    if (!keys.count(k)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", prefix + k));
  return Ok();
}

Result<std::string> String(const json& body, const std::string& key, const std::string& field, size_t max) {
  if (!body.contains(key) || body[key].is_null()) return std::string();
  if (!body[key].is_string()) return Fail(Error::BadRequest("wrong_type", field + " must be a string", field));
  std::string s = body[key].get<std::string>();
  if (s.size() > max) return Fail(Error::Invalid("invalid_value", field + " is at most " + std::to_string(max) + " bytes", field));
  return s;
}

Result<std::vector<std::string>> Strings(const json& body, const std::string& key, const std::string& field, size_t max) {
  std::vector<std::string> out;
  if (!body.contains(key) || body[key].is_null()) return out;
  if (!body[key].is_array() || body[key].size() > max)
    return Fail(Error::BadRequest("wrong_type", field + " must be a list of strings", field));
  for (const auto& v : body[key]) {
    if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 200)
      return Fail(Error::BadRequest("wrong_type", field + " must be a list of strings", field));
    out.push_back(v.get<std::string>());
  }
  return out;
}

Status OneOf(const std::string& value, const std::vector<std::string>& allowed, const std::string& field) {
  if (In(allowed, value)) return Ok();
  return Fail(Error::Invalid("invalid_value", field + " '" + value + "' is not one of the allowed values", field));
}

// Age in whole years at `now` from a partial birth date, counting a missing month or day as the
// latest possible (so a child is never taken for an adult because the date is partial).
std::optional<int> AgeAt(const std::string& birth_date, int64_t now) {
  static const std::regex kDate("([0-9]{4})(-([0-9]{2})(-([0-9]{2}))?)?");
  std::smatch m;
  if (!std::regex_match(birth_date, m, kDate)) return std::nullopt;
  int y = std::stoi(m[1]), mo = m[3].matched ? std::stoi(m[3]) : 12, d = m[5].matched ? std::stoi(m[5]) : 31;
  std::time_t t = static_cast<std::time_t>(now / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  int ny = tm.tm_year + 1900, nm = tm.tm_mon + 1, nd = tm.tm_mday;
  int age = ny - y;
  if (nm < mo || (nm == mo && nd < d)) --age;
  return age;
}

Status Refused(const std::string& track, const std::string& from, const std::string& to) {
  Error e = Error::Invalid("status_refused", track + " status cannot move from " + from + " to " + to, "to");
  return Fail(e);
}

}  // namespace

Result<PersonDetails> ParsePerson(const json& j, const std::string& prefix) {
  ARIADNE_RETURN_IF_ERROR(
      OnlyKeys(j, {"name", "sex", "birth_date", "age_uncertain", "nationality", "languages", "contact"}, prefix));
  PersonDetails p;
  auto name = String(j, "name", prefix + "name", 300);
  if (!name) return Fail(name.error());
  p.name = *name;
  if (p.name.empty()) return Fail(Error::Invalid("required", "the person's name (or a pseudonym) is required", prefix + "name"));
  auto sex = String(j, "sex", prefix + "sex", 20);
  if (!sex) return Fail(sex.error());
  if (!sex->empty()) p.sex = *sex;
  ARIADNE_RETURN_IF_ERROR(OneOf(p.sex, {"female", "male", "other", "unknown"}, prefix + "sex"));
  auto bd = String(j, "birth_date", prefix + "birth_date", 10);
  if (!bd) return Fail(bd.error());
  p.birth_date = *bd;
  if (!p.birth_date.empty()) {
    static const std::regex kDate("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
    if (!std::regex_match(p.birth_date, kDate))
      return Fail(Error::Invalid("invalid_value", "birth_date is YYYY, YYYY-MM or YYYY-MM-DD", prefix + "birth_date"));
  }
  if (j.contains("age_uncertain")) {
    if (!j["age_uncertain"].is_boolean())
      return Fail(Error::BadRequest("wrong_type", "age_uncertain must be true or false", prefix + "age_uncertain"));
    p.age_uncertain = j["age_uncertain"].get<bool>();
  }
  auto nat = String(j, "nationality", prefix + "nationality", 5);
  if (!nat) return Fail(nat.error());
  p.nationality = *nat;
  if (!p.nationality.empty() && !std::regex_match(p.nationality, std::regex("[A-Z]{2}|OTHER")))
    return Fail(Error::Invalid("invalid_value", "nationality is a country code", prefix + "nationality"));
  auto langs = Strings(j, "languages", prefix + "languages", 20);
  if (!langs) return Fail(langs.error());
  p.languages = *langs;
  auto contact = String(j, "contact", prefix + "contact", 1000);
  if (!contact) return Fail(contact.error());
  p.contact = *contact;
  return p;
}

json PersonJson(const PersonDetails& p) {
  return {{"name", p.name},
          {"sex", p.sex},
          {"birth_date", p.birth_date.empty() ? json(nullptr) : json(p.birth_date)},
          {"age_uncertain", p.age_uncertain},
          {"nationality", p.nationality.empty() ? json(nullptr) : json(p.nationality)},
          {"languages", p.languages},
          {"contact", p.contact}};
}

ChildDetermination DetermineChild(const PersonDetails& p, const std::vector<ProtectionRecord>& records, int64_t now,
                                  int majority) {
  const ProtectionRecord* assessed = nullptr;
  for (const auto& r : records)
    if (r.kind == "assessment" && r.subtype == "age" && r.body.value("completed", false) &&
        (!assessed || r.created_at >= assessed->created_at))
      assessed = &r;
  if (!p.birth_date.empty() && !p.age_uncertain) {
    auto age = AgeAt(p.birth_date, now);
    if (age) return *age < majority ? ChildDetermination{true, "birth_date", "child"} : ChildDetermination{false, "adult", "adult"};
  }
  if (assessed) {
    const bool adult = assessed->body.value("result", "") == "adult";
    return {!adult, "age_assessment", adult ? "adult" : "child"};
  }
  return {true, "age_uncertain", "unknown"};
}

const std::vector<std::string>& AssistanceStatuses() {
  static const std::vector<std::string> v = {"potential", "presumed", "identified", "not_confirmed"};
  return v;
}

const std::vector<std::string>& ProceduralStatuses() {
  static const std::vector<std::string> v = {"none", "witness", "injured_party", "judicial_finding", "status_lost"};
  return v;
}

Status CheckStatusMove(const std::string& track, const std::string& from, const std::string& to,
                       const std::string& grounds, const std::string& reason) {
  static const std::map<std::string, std::map<std::string, std::vector<std::string>>> kMoves = {
      {"assistance",
       {{"potential", {"presumed", "not_confirmed"}},
        {"presumed", {"identified", "not_confirmed"}},
        {"not_confirmed", {"presumed"}},
        {"identified", {}}}},
      {"procedural",
       {{"none", {"witness", "injured_party"}},
        {"witness", {"injured_party", "judicial_finding", "status_lost"}},
        {"injured_party", {"witness", "judicial_finding", "status_lost"}},
        {"judicial_finding", {"status_lost"}},
        {"status_lost", {"witness", "injured_party"}}}},
  };
  auto t = kMoves.find(track);
  if (t == kMoves.end()) return Fail(Error::Invalid("invalid_value", "track is assistance or procedural", "track"));
  const auto& statuses = track == "assistance" ? AssistanceStatuses() : ProceduralStatuses();
  if (!In(statuses, to)) return Fail(Error::Invalid("invalid_value", "unknown " + track + " status '" + to + "'", "to"));
  auto f = t->second.find(from);
  if (f == t->second.end() || !In(f->second, to)) return Refused(track, from, to);
  if (grounds.empty()) return Fail(Error::Invalid("required", "a decision states its grounds", "grounds"));
  if (to == "status_lost" && reason.empty())
    return Fail(Error::Invalid("reason_required", "say why the status is lost (e.g. lack of evidence)", "reason"));
  return Ok();
}

bool NeedsCompetentAuthority(const std::string& track, const std::string& to) {
  return track == "assistance" && (to == "identified" || to == "not_confirmed");
}

Timer ReflectionTimer(const ProtectionFile& f, std::string id) {
  Timer t;
  t.id = std::move(id);
  t.case_id = f.case_id;
  t.name = "reflection_period";
  t.label = "Reflection period of " + f.person.name + " (" + f.reference + ")";
  t.label_ru = "Период восстановления и размышления: " + f.person.name + " (" + f.reference + ")";
  t.started_at = f.reflection_started_at;
  t.due_at = f.reflection_ends_at;
  return t;
}

const std::vector<std::string>& ConsentDataCategories() {
  static const std::vector<std::string> v = {"identity", "contact", "health", "needs", "risk", "case_summary"};
  return v;
}

Result<ConsentInput> ParseConsent(const json& body) {
  ARIADNE_RETURN_IF_ERROR(OnlyKeys(body, {"purpose", "decision", "given_by", "organisations", "data", "note", "form_document_id"}, ""));
  ConsentInput c;
  for (auto [key, target, max] : {std::tuple{"purpose", &c.purpose, size_t{40}}, std::tuple{"decision", &c.decision, size_t{20}},
                                  std::tuple{"given_by", &c.given_by, size_t{20}}, std::tuple{"note", &c.note, size_t{5000}},
                                  std::tuple{"form_document_id", &c.form_document_id, size_t{64}}}) {
    auto s = String(body, key, key, max);
    if (!s) return Fail(s.error());
    *target = *s;
  }
  if (c.purpose.empty()) return Fail(Error::Invalid("required", "purpose is required", "purpose"));
  ARIADNE_RETURN_IF_ERROR(OneOf(c.purpose, {"referral", "data_sharing", "assistance", "interview", "medical"}, "purpose"));
  if (c.decision.empty()) return Fail(Error::Invalid("required", "decision is given or refused", "decision"));
  ARIADNE_RETURN_IF_ERROR(OneOf(c.decision, {"given", "refused"}, "decision"));
  if (c.given_by.empty()) c.given_by = "person";
  ARIADNE_RETURN_IF_ERROR(OneOf(c.given_by, {"person", "guardian"}, "given_by"));
  auto orgs = Strings(body, "organisations", "organisations", 50);
  if (!orgs) return Fail(orgs.error());
  c.organisations = *orgs;
  auto data = Strings(body, "data", "data", 20);
  if (!data) return Fail(data.error());
  c.data = *data;
  for (size_t i = 0; i < c.data.size(); ++i)
    ARIADNE_RETURN_IF_ERROR(OneOf(c.data[i], ConsentDataCategories(), "data[" + std::to_string(i) + "]"));
  if (c.purpose == "referral" && c.decision == "given" && c.organisations.empty())
    return Fail(Error::Invalid("required", "a consent to referral names the organisations it covers", "organisations"));
  return c;
}

Status CheckConsentGiver(const ConsentInput& c, bool child, bool has_guardian) {
  if (!child) return Ok();
  if (!has_guardian)
    return Fail(Error::Invalid("guardian_required", "a child's consent is given with a guardian: record the guardian first", "given_by"));
  if (c.given_by != "guardian")
    return Fail(Error::Invalid("guardian_required", "a child's consent is given by the guardian", "given_by"));
  return Ok();
}

bool ConsentCovers(const ProtectionRecord& consent, const std::string& purpose, const std::string& organisation_id) {
  if (consent.kind != "consent" || consent.state != "given" || consent.subtype != purpose) return false;
  for (const auto& o : consent.body.value("organisations", json::array()))
    if (o == organisation_id) return true;
  return false;
}

Status CheckReferralConsent(bool child, bool has_guardian, const ProtectionRecord* consent, const std::string& organisation_id) {
  if (child && !has_guardian)
    return Fail(Error::Invalid("guardian_required", "a child is referred with a guardian: record the guardian first", "consent_id"));
  if (!consent || !ConsentCovers(*consent, "referral", organisation_id))
    return Fail(Error::Invalid("consent_required",
                               "a referral needs a consent to referral, given and not withdrawn, that names this organisation",
                               "consent_id"));
  if (child && consent->body.value("given_by", "") != "guardian")
    return Fail(Error::Invalid("guardian_required", "a child's referral needs the guardian's consent", "consent_id"));
  return Ok();
}

const std::vector<std::string>& ReferralStates() {
  static const std::vector<std::string> v = {"requested", "accepted", "rejected", "in_progress", "completed", "revoked"};
  return v;
}

Status CheckReferralMove(const std::string& from, const std::string& to, const std::string& reason) {
  static const std::map<std::string, std::vector<std::string>> kMoves = {
      {"requested", {"accepted", "rejected", "revoked"}},
      {"accepted", {"in_progress", "revoked"}},
      {"in_progress", {"completed", "revoked"}},
  };
  if (!In(ReferralStates(), to)) return Fail(Error::Invalid("invalid_value", "unknown referral state '" + to + "'", "to"));
  auto it = kMoves.find(from);
  if (it == kMoves.end() || !In(it->second, to)) return Refused("referral", from, to);
  if ((to == "rejected" || to == "revoked") && reason.empty())
    return Fail(Error::Invalid("reason_required", "say why the referral is " + to, "reason"));
  return Ok();
}

bool PartnerMove(const std::string& to) { return to != "revoked"; }

bool ReferralOverdue(const ProtectionRecord& r, int64_t now) {
  return r.kind == "referral" && r.state == "requested" && r.due_at > 0 && now > r.due_at;
}

Result<ProtectionRecord> ParseAssessment(const json& body, const ProtectionReference& ref) {
  ARIADNE_RETURN_IF_ERROR(
      OnlyKeys(body, {"kind", "stage", "items", "completed", "note", "method", "result", "estimated_age"}, ""));
  ProtectionRecord rec;
  rec.kind = "assessment";
  auto kind = String(body, "kind", "kind", 40);
  if (!kind) return Fail(kind.error());
  rec.subtype = *kind;
  ARIADNE_RETURN_IF_ERROR(OneOf(rec.subtype, {"risk", "needs", "age", "reintegration_plan"}, "kind"));
  auto note = String(body, "note", "note", 5000);
  if (!note) return Fail(note.error());
  bool completed = false;
  if (body.contains("completed")) {
    if (!body["completed"].is_boolean()) return Fail(Error::BadRequest("wrong_type", "completed must be true or false", "completed"));
    completed = body["completed"].get<bool>();
  }
  json out = {{"note", *note}, {"completed", completed}};
  json items = json::object();
  if (body.contains("items")) {
    if (!body["items"].is_object() || body["items"].size() > 100)
      return Fail(Error::BadRequest("wrong_type", "items is an object of item id → {value, note}", "items"));
    items = body["items"];
  }
  std::set<std::string> known;
  std::vector<std::string> values;
  if (rec.subtype == "risk") {
    auto stage = String(body, "stage", "stage", 40);
    if (!stage) return Fail(stage.error());
    const auto* factors = ref.RiskFactors(*stage);
    if (!factors) return Fail(Error::Invalid("invalid_value", "unknown risk-assessment stage '" + *stage + "'", "stage"));
    known = *factors;
    values = {"yes", "no", "unknown"};
    out["stage"] = *stage;
  } else if (rec.subtype == "needs") {
    known = ref.NeedsItems();
    values = {"needed", "not_needed", "provided"};
  } else if (rec.subtype == "reintegration_plan") {
    known = {ref.ReintegrationSteps().begin(), ref.ReintegrationSteps().end()};
    values = {"planned", "done"};
  } else {  // age
    auto method = String(body, "method", "method", 1000);
    if (!method) return Fail(method.error());
    auto result = String(body, "result", "result", 10);
    if (!result) return Fail(result.error());
    if (method->empty()) return Fail(Error::Invalid("required", "say how the age was assessed", "method"));
    ARIADNE_RETURN_IF_ERROR(OneOf(*result, {"adult", "child"}, "result"));
    out["method"] = *method;
    out["result"] = *result;
    if (body.contains("estimated_age") && !body["estimated_age"].is_null()) {
      if (!body["estimated_age"].is_number_integer() || body["estimated_age"].get<int>() < 0 || body["estimated_age"].get<int>() > 120)
        return Fail(Error::Invalid("invalid_value", "estimated_age is whole years", "estimated_age"));
      out["estimated_age"] = body["estimated_age"];
    }
    out["completed"] = true;
    if (!items.empty()) return Fail(Error::BadRequest("unknown_field", "an age assessment has no items", "items"));
  }
  json clean = json::object();
  for (const auto& [id, v] : items.items()) {
    const std::string field = "items." + id;
    if (!known.count(id)) return Fail(Error::Invalid("invalid_value", "unknown item '" + id + "'", field));
    ARIADNE_RETURN_IF_ERROR(OnlyKeys(v, {"value", "note"}, field + "."));
    auto value = String(v, "value", field + ".value", 20);
    if (!value) return Fail(value.error());
    ARIADNE_RETURN_IF_ERROR(OneOf(*value, values, field + ".value"));
    auto n = String(v, "note", field + ".note", 2000);
    if (!n) return Fail(n.error());
    clean[id] = {{"value", *value}, {"note", *n}};
  }
  if (rec.subtype != "age") out["items"] = clean;
  if (rec.subtype == "reintegration_plan" && completed)
    for (const auto& step : ref.ReintegrationSteps())
      if (!clean.contains(step) || clean[step]["value"] != "done")
        return Fail(Error::Invalid("plan_incomplete", "a reintegration plan is complete only when all six steps are done",
                                   "items." + step));
  if (rec.subtype == "risk" && completed)
    for (const auto& f : known)
      if (!clean.contains(f))
        return Fail(Error::Invalid("required", "a completed risk assessment answers every factor", "items." + f));
  rec.state = out.value("completed", false) ? "completed" : "draft";
  rec.body = out;
  return rec;
}

const std::vector<std::string>& ActionKinds() {
  static const std::vector<std::string> v = {"shelter_placement", "police_detention", "removal", "return", "repatriation", "other"};
  return v;
}

ActionFacts ActionFactsOf(const std::vector<ProtectionRecord>& records, bool child, bool reflection_running) {
  ActionFacts f;
  f.child = child;
  f.reflection_running = reflection_running;
  for (const auto& r : records) {
    if (r.kind != "assessment" || r.state != "completed") continue;
    const std::string stage = r.body.value("stage", "");
    if (r.subtype == "risk" && (stage == "before_return" || stage == "before_repatriation")) f.return_risk_assessed = true;
    if (r.subtype == "reintegration_plan") f.reintegration_planned = true;
  }
  return f;
}

Status CheckAction(const std::string& kind, const ActionFacts& f) {
  ARIADNE_RETURN_IF_ERROR(OneOf(kind, ActionKinds(), "kind"));
  const bool leaving = kind == "removal" || kind == "return" || kind == "repatriation";
  if (leaving && f.reflection_running)
    return Fail(Error::Invalid("reflection_period_running",
                               "no removal or return while the reflection period runs", "kind"));
  if (kind == "police_detention" && f.child)
    return Fail(Error::Invalid("child_not_detained", "a child is never placed in a police detention facility", "kind"));
  if ((kind == "return" || kind == "repatriation") && f.child && (!f.return_risk_assessed || !f.reintegration_planned))
    return Fail(Error::Invalid("child_return_unprepared",
                               "a child returns only after a completed risk assessment and a completed reintegration plan",
                               "kind"));
  return Ok();
}

}  // namespace ariadne
