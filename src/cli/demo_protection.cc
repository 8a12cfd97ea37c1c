#include "cli/demo_protection.h"

#include "base/ids.h"
#include "base/time_format.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr int64_t kDay = 24LL * 3600 * 1000;

struct DemoPartner {
  const char* name;
  const char* kind;
  const char* region;
  std::vector<std::string> services;
  const char* phone;
  const char* unit;  // the unit whose users act for it, or ""
};

const DemoPartner kPartners[] = {
    {"Shelter 'Sana Sezim'", "ngo", "Almaty", {"counselling", "psychosocial", "rehabilitation", "immediate_support"},
     "+7 727 000 11 22", "KZ-ALM-NGO"},
    {"Legal clinic 'Adilet'", "ngo", "Almaty", {"legal_representation"}, "+7 727 000 33 44", ""},
    {"City clinical hospital No. 7", "state", "Almaty", {"health_care"}, "+7 727 000 55 66", ""},
    {"IOM office, Astana", "international", "Astana", {"immediate_support", "rehabilitation", "legal_representation"},
     "+7 717 000 77 88", ""},
};

ProtectionRecord Record(Env& env, const std::string& file_id, const std::string& kind, const std::string& subtype,
                        const std::string& state, json body, const std::string& by, int64_t at) {
  ProtectionRecord r;
  r.id = NewUuidV7(env);
  r.file_id = file_id;
  r.kind = kind;
  r.subtype = subtype;
  r.state = state;
  r.body = std::move(body);
  r.created_by = by;
  r.created_at = r.updated_at = at;
  return r;
}

ProtectionFile File(Env& env, const std::string& reference, const std::string& unit, const std::string& by, int64_t at) {
  ProtectionFile f;
  f.id = NewUuidV7(env);
  f.reference = reference;
  f.owner_unit_id = unit;
  f.jurisdiction = "KZ";
  f.created_by = by;
  f.created_at = f.updated_at = at;
  return f;
}

json Decision(const std::string& from, const std::string& to, const std::string& grounds) {
  return {{"from", from}, {"to", to}, {"grounds", grounds}, {"reason", ""}};
}

}  // namespace

Status AddDemoProtection(Runtime& r, const std::map<std::string, User>& users,
                         const std::map<std::string, std::string>& unit_ids, const DemoVictim& victim, int64_t now) {
  Env& env = *r.env;
  const JurisdictionProtection kz = r.jurisdictions.Protection("KZ");
  return r.store->Write([&](StoreWriter& w) -> Status {
    std::map<std::string, std::string> partner_ids;
    for (const auto& d : kPartners) {
      PartnerOrg p;
      p.id = NewUuidV7(env);
      p.name = d.name;
      p.kind = d.kind;
      p.country = "KZ";
      p.region = d.region;
      p.services = d.services;
      p.contacts = {{"phone", d.phone}};
      if (*d.unit) p.unit_id = unit_ids.at(d.unit);
      p.created_at = p.updated_at = now - 300 * kDay;
      ARIADNE_RETURN_IF_ERROR(w.InsertPartner(p));
      partner_ids[d.name] = p.id;
    }
    const std::string shelter = partner_ids["Shelter 'Sana Sezim'"];
    const std::string hospital = partner_ids["City clinical hospital No. 7"];
    const std::string investigator = victim.user_id, coordinator = users.at("coordinator").id;
    const int64_t year = 1900 + [&] {
      std::time_t t = static_cast<std::time_t>(now / 1000);
      std::tm tm{};
      gmtime_r(&t, &tm);
      return tm.tm_year;
    }();
    const std::string series = "PF-" + std::to_string(year) + "-";

    // 1. The victim of the first demo case: presumed, reflection period running, referred.
    ProtectionFile a = File(env, series + "000001", users.at("investigator").unit_id, investigator, now - 12 * kDay);
    a.case_id = victim.case_id;
    a.entity_id = victim.entity_id;
    a.person = {"Жанар Серикова", "female", "2001-04", false, "KZ", {"kk", "ru"}, "through the shelter"};
    a.forms_of_exploitation = {"sexual"};
    a.cooperation = "cooperating";
    a.assistance_status = "presumed";
    a.procedural_status = "injured_party";
    a.reflection_days = kz.reflection_period_days;
    a.reflection_started_at = now - 10 * kDay;
    a.reflection_ends_at = a.reflection_started_at + a.reflection_days * kDay;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(a));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Record(env, a.id, "decision", "assistance", "presumed",
        Decision("potential", "presumed", "Passport held by the employer, debt for travel, movement controlled"),
        investigator, a.reflection_started_at)));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Record(env, a.id, "decision", "procedural", "injured_party",
        Decision("none", "injured_party", "Recognised as injured party by the investigator's decision"), investigator,
        now - 9 * kDay)));
    ProtectionRecord consent = Record(env, a.id, "consent", "referral", "given",
        {{"decision", "given"}, {"given_by", "person"}, {"organisations", {shelter, hospital}},
         {"data", {"identity", "contact", "needs"}}, {"note", "Explained in Kazakh with an interpreter; signed."},
         {"form_document_id", ""}},
        investigator, now - 10 * kDay);
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(consent));
    ProtectionRecord ref = Record(env, a.id, "referral", "rehabilitation", "accepted",
        {{"consent_id", consent.id}, {"note", "Needs a safe place to stay tonight."}, {"urgent", true}, {"reason", ""},
         {"history", {{{"from", ""}, {"to", "requested"}, {"by", investigator}, {"at", FormatTime(now - 10 * kDay)}, {"reason", ""}, {"note", ""}},
                      {{"from", "requested"}, {"to", "accepted"}, {"by", users.at("ngo").id}, {"at", FormatTime(now - 10 * kDay + 3600000)}, {"reason", ""}, {"note", "Bed ready"}}}}},
        investigator, now - 10 * kDay);
    ref.organisation_id = shelter;
    ref.due_at = now - 10 * kDay + kz.referral_response_hours * 3600000LL;
    ref.version = 2;
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(ref));
    ProtectionRecord health = Record(env, a.id, "referral", "health_care", "requested",
        {{"consent_id", consent.id}, {"note", "Medical examination with a female doctor."}, {"urgent", false}, {"reason", ""},
         {"history", {{{"from", ""}, {"to", "requested"}, {"by", investigator}, {"at", FormatTime(now - 5 * kDay)}, {"reason", ""}, {"note", ""}}}}},
        investigator, now - 5 * kDay);
    health.organisation_id = hospital;
    health.due_at = now - 5 * kDay + kz.referral_response_hours * 3600000LL;  // unanswered: overdue
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(health));
    ARIADNE_RETURN_IF_ERROR(w.InsertTimer(ReflectionTimer(a, NewUuidV7(env))));

    // 2. An adult who declined criminal follow-up: no case, assisted all the same.
    ProtectionFile b = File(env, series + "000002", users.at("coordinator").unit_id, coordinator, now - 20 * kDay);
    b.person = {"Rustam Karimov", "male", "1988", false, "UZ", {"uz", "ru"}, ""};
    b.forms_of_exploitation = {"labour"};
    b.cooperation = "declined";
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(b));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Record(env, b.id, "assessment", "needs", "completed",
        {{"completed", true}, {"note", "Wants to go home once wages are recovered."},
         {"items", {{"housing", {{"value", "needed"}, {"note", ""}}}, {"food", {{"value", "provided"}, {"note", ""}}}}}},
        coordinator, now - 19 * kDay)));

    // 3. A child of uncertain age, found begging, with a guardian.
    ProtectionFile c = File(env, series + "000003", users.at("coordinator").unit_id, coordinator, now - 3 * kDay);
    c.person = {"Малика", "female", "", true, "TJ", {"tg"}, ""};
    c.forms_of_exploitation = {"begging"};
    c.guardian = Guardian{"Saule Nurova", "Almaty child protection service", "+7 727 000 99 00", "Guardianship authority",
                          now - 2 * kDay};
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionFile(c));
    ARIADNE_RETURN_IF_ERROR(w.InsertProtectionRecord(Record(env, c.id, "decision", "guardian", "appointed",
        Decision("", "Saule Nurova", "Guardianship authority"), coordinator, now - 2 * kDay)));
    AuditEvent e;
    e.username = "cli:demo";
    e.action = "protection.create";
    e.outcome = "ok";
    e.method = "CLI";
    e.path = "demo";
    e.ip = "local";
    e.records = {"protection_file:" + a.id, "protection_file:" + b.id, "protection_file:" + c.id};
    return r.audit->Append(w, e);
  });
}

}  // namespace ariadne
