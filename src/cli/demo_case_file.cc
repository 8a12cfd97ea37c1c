// The demo's case file for its first cases: people with their roles (a victim, a suspect with
// his network role, a witness), a relationship, events on the timeline, an exhibit with its
// chain of custody, a witness interview with a corrected statement, and a charge. Everything
// goes through the same domain checks as the API, so the demo never holds what a user could
// not have entered.
#include "cli/demo_case_file.h"

#include "files/sniff.h"
#include "files/text_extract.h"

#include "base/ids.h"
#include "domain/entity_input.h"
#include "store/new_entity.h"
#include "security/custody_chain.h"

namespace ariadne {
namespace {

using nlohmann::json;

Result<std::string> Record(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                           const json& body) {
  const EntitySchema& schema = r.authz->entity_schema();
  auto in = ParseEntityInput(body, schema, r.lookups, {c.jurisdiction_country}, EntityInputMode::kCreate);
  if (!in) return Fail(in.error());
  Entity e;
  e.id = NewUuidV7(*r.env);
  e.case_id = c.id;
  std::vector<PropertyChange> changes;
  ARIADNE_RETURN_IF_ERROR(InsertNewEntity(w, *in, *schema.Find(in->schema), user_id, at, e, changes));
  return e.id;
}

}  // namespace

Result<std::string> AddDemoRecord(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                                  const nlohmann::json& body) {
  return Record(r, w, c, user_id, at, body);
}

namespace {

Status Involve(StoreWriter& w, const Case& c, const std::string& entity, const std::string& role,
               const std::string& network_role, const std::string& user_id, int64_t at) {
  return w.PutInvolvement({c.id, entity, role, network_role, "", user_id, at});
}

}  // namespace

// A document of the case, stored in the encrypted file store as an upload would be.
Status AddDemoDocument(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                       const std::string& name, const std::string& title, const std::string& content,
                       const std::string& exhibit_id) {
  auto writer = r.blobs->StartWrite();
  if (!writer) return Fail(writer.error());
  ARIADNE_RETURN_IF_ERROR((*writer)->Append(content.data(), content.size()));
  auto info = (*writer)->Finish();
  if (!info) return Fail(info.error());
  ARIADNE_RETURN_IF_ERROR(r.blobs->Commit(**writer, *info));
  StoredFile f{info->sha256, info->size, SniffMediaType(info->head), "none", 0, at};
  ExtractedText text = ExtractText(f.media_type, content);
  f.text_status = text.status;
  f.text_chars = static_cast<int64_t>(text.text.size());
  ARIADNE_RETURN_IF_ERROR(w.PutStoredFile(f, text.text));
  Document d;
  d.id = NewUuidV7(*r.env);
  d.case_id = c.id;
  d.name = name;
  d.title = title;
  d.declared_type = f.media_type;
  d.name_mismatch = !NameMatchesType(name, f.media_type);
  d.exhibit_id = exhibit_id;
  d.uploaded_by = user_id;
  d.uploaded_at = at;
  d.file = f;
  return w.InsertDocument(d);
}

Status AddDemoCaseFile(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at,
                       std::string* victim_id) {
  const int64_t day = 24LL * 3600 * 1000;
  auto victim = Record(r, w, c, user_id, at,
                       {{"schema", "Person"},
                        {"properties",
                         {{"name", {"Жанар Серикова"}}, {"birthDate", {"2001-04"}}, {"nationality", {"KZ"}},
                          {"phone", {"+7 701 555 12 34"}}, {"address", {"Shymkent, Tauke khan 12"}},
                          {"shelter", {"Shelter 'Sana Sezim', Almaty"}}}},
                        {"source", "screening interview"},
                        {"grade", "B"}});
  if (!victim) return Fail(victim.error());
  if (victim_id) *victim_id = *victim;
  auto suspect = Record(r, w, c, user_id, at,
                        {{"schema", "Person"},
                         {"properties",
                          {{"name", {"Рахимов Ботир"}}, {"alias", {"Botya"}}, {"nationality", {"UZ"}},
                           {"phone", {"+998 90 123 45 67"}}, {"passportNumber", {"AB 1234567"}}}},
                         {"source", "victim's statement"},
                         {"grade", "C"}});
  if (!suspect) return Fail(suspect.error());
  auto witness = Record(r, w, c, user_id, at,
                        {{"schema", "Person"}, {"properties", {{"name", {"Dina Akhmetova"}}, {"phone", {"+77017654321"}}}}});
  if (!witness) return Fail(witness.error());
  auto agency = Record(r, w, c, user_id, at,
                       {{"schema", "Organization"},
                        {"properties", {{"name", {"ТОО «Жулдыз Тревел»"}}, {"country", {"KZ"}}, {"registrationNumber", {"150340012345"}}}}});
  if (!agency) return Fail(agency.error());
  ARIADNE_RETURN_IF_ERROR(Involve(w, c, *victim, "victim", "", user_id, at));
  ARIADNE_RETURN_IF_ERROR(Involve(w, c, *suspect, "suspect", "recruiter", user_id, at));
  ARIADNE_RETURN_IF_ERROR(Involve(w, c, *witness, "witness", "", user_id, at));
  auto emp = Record(r, w, c, user_id, at,
                    {{"schema", "Employment"}, {"properties", {{"employee", {*suspect}}, {"employer", {*agency}}, {"role", {"recruiter"}}}}});
  if (!emp) return Fail(emp.error());
  for (const auto& [name, type, date] :
       {std::tuple{"Job offer as a waitress, through the agency", "recruitment", "2026-03"},
        std::tuple{"Flight Shymkent – Antalya; passport taken on arrival", "border_crossing", "2026-04-02"},
        std::tuple{"Victim identified during a check of a hotel", "identification", "2026-06-18"}}) {
    auto ev = Record(r, w, c, user_id, at,
                     {{"schema", "Event"},
                      {"properties", {{"name", {name}}, {"eventType", {type}}, {"date", {date}}, {"involved", {*victim, *suspect}}}}});
    if (!ev) return Fail(ev.error());
  }
  // An exhibit with a complete chain: seized, sealed, to the lab and back.
  Exhibit x;
  x.id = NewUuidV7(*r.env);
  x.case_id = c.id;
  x.evidence_type = "electronic_device";
  x.description = "Suspect's phone, Samsung A52, black";
  x.seized_at = at + day;
  x.seized_place = "Almaty, Abai 10, flat 12";
  x.seized_by = "Capt. A. Seitkali";
  x.authority = "Search warrant";
  x.warrant_number = "No. 17/2026";
  x.packaging = "Faraday bag in evidence bag";
  x.seal_numbers = {"KZ-0001234"};
  x.created_by = user_id;
  x.created_at = at + day;
  x.updated_at = at + day;
  ARIADNE_RETURN_IF_ERROR(w.InsertExhibit(x));
  std::string prev(64, '0');
  int64_t seq = 0;
  for (const auto& [kind, holder, offset] :
       {std::tuple{"seized", "Capt. A. Seitkali", 1}, std::tuple{"transferred", "Forensic laboratory, Almaty", 2},
        std::tuple{"received", "Forensic laboratory, Almaty", 2}, std::tuple{"examined", "Forensic laboratory, Almaty", 5}}) {
    CustodyEvent e;
    e.id = NewUuidV7(*r.env);
    e.exhibit_id = x.id;
    e.seq = ++seq;
    e.kind = kind;
    e.at = at + offset * day;
    e.recorded_at = e.at;
    e.recorded_by = user_id;
    e.holder = holder;
    if (seq == 1) e.seal_numbers = x.seal_numbers;
    e.prev_hash = prev;
    e.hash = CustodyHash(e);
    prev = e.hash;
    ARIADNE_RETURN_IF_ERROR(w.AppendCustody(e));
  }
  ARIADNE_RETURN_IF_ERROR(AddDemoDocument(
      r, w, c, user_id, at + day, "protokol-izyatiya.txt", "Протокол изъятия",
      "ПРОТОКОЛ ИЗЪЯТИЯ (вымышленный, для демонстрации)\n"
      "Место: г. Алматы, ул. Абая 10, кв. 12. Изъят мобильный телефон Samsung A52, чёрный, "
      "упакован в экранирующий пакет, опечатан пломбой KZ-0001234.\n"
      "В телефоне переписка с абонентом +77011234567 о покупке билетов в Анталью и паспортах.\n",
      x.id));
  Interview iv;
  iv.id = NewUuidV7(*r.env);
  iv.case_id = c.id;
  iv.kind = "witness";
  iv.subject_entity_id = *witness;
  iv.started_at = at + 3 * day;
  iv.ended_at = iv.started_at + 3600 * 1000;
  iv.place = "Almaty CTU, interview room 2";
  iv.language = "ru";
  iv.peace_stage = "evaluation";
  iv.consent = true;
  iv.present = {{"interviewer", "Lt. D. Omarova", ""}};
  iv.checklist = {"private_room", "phones_off", "officer_introduced", "agreement_to_participate"};
  iv.created_by = user_id;
  iv.created_at = iv.started_at;
  iv.updated_at = iv.ended_at;
  ARIADNE_RETURN_IF_ERROR(w.InsertInterview(iv));
  ARIADNE_RETURN_IF_ERROR(w.InsertStatement({iv.id, 1, "Видела, как Жанар садилась в белый микроавтобус у агентства.", "ru", "",
                                             user_id, iv.ended_at}));
  ARIADNE_RETURN_IF_ERROR(w.InsertStatement({iv.id, 2,
                                             "Видела, как Жанар садилась в белый микроавтобус у агентства, около 22:00; за рулём был мужчина по имени Ботир.",
                                             "ru", "corrected after reading back", user_id, iv.ended_at + 600000}));
  Charge ch;
  ch.id = NewUuidV7(*r.env);
  ch.case_id = c.id;
  ch.suspect_entity_id = *suspect;
  ch.jurisdiction = "KZ";
  ch.article = "kz-cc-128";
  ch.status = "filed";
  ch.prosecutor = "Almaty city prosecutor's office";
  ch.filed_at = at + 20 * day;
  ch.created_by = user_id;
  ch.created_at = at + 20 * day;
  ch.updated_at = ch.created_at;
  return w.InsertCharge(ch);
}

Status AddDemoCrossBorderSuspect(Runtime& r, StoreWriter& w, const Case& c, const std::string& user_id, int64_t at) {
  // The recruiter of the Kazakh case file, recorded again by a Kyrgyz unit from his passport:
  // Latin letters, surname first, the same passport and phone written another way.
  auto id = Record(r, w, c, user_id, at,
                   {{"schema", "Person"},
                    {"properties",
                     {{"name", {"RAKHIMOV BOTIR"}}, {"nationality", {"UZ"}}, {"birthDate", {"1988"}},
                      {"phone", {"998901234567"}}, {"passportNumber", {"ab-1234567"}}}}});
  if (!id) return Fail(id.error());
  return Involve(w, c, *id, "suspect", "recruiter", user_id, at);
}

}  // namespace ariadne
