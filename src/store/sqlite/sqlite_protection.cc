// Victim protection: protection files and their records, screenings, legal assessments,
// frontline reports, the partner directory and confirmations of national rules.
#include "store/sqlite/row_collect.h"
#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/statement_macros.h"

namespace ariadne::sqlite {
namespace {

using nlohmann::json;

json Parse(const std::string& text, json fallback) {
  if (text.empty()) return fallback;
  json j = json::parse(text, nullptr, false);
  return j.is_discarded() ? fallback : j;
}

std::vector<std::string> Strings(const json& j) {
  std::vector<std::string> out;
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

constexpr const char* kFileColumns =
    "id, reference, owner_unit_id, case_id, entity_id, jurisdiction, person, forms, cooperation, note, "
    "assistance_status, procedural_status, reflection_started_at, reflection_ends_at, reflection_days, guardian, "
    "created_by, created_at, updated_at, version";

json PersonToJson(const PersonDetails& p) {
  return {{"name", p.name}, {"sex", p.sex}, {"birth_date", p.birth_date}, {"age_uncertain", p.age_uncertain},
          {"nationality", p.nationality}, {"languages", p.languages}, {"contact", p.contact}};
}

PersonDetails PersonFromJson(const json& j) {
  PersonDetails p;
  p.name = j.value("name", "");
  p.sex = j.value("sex", "unknown");
  p.birth_date = j.value("birth_date", "");
  p.age_uncertain = j.value("age_uncertain", false);
  p.nationality = j.value("nationality", "");
  p.languages = Strings(j.value("languages", json::array()));
  p.contact = j.value("contact", "");
  return p;
}

std::string GuardianText(const std::optional<Guardian>& g) {
  if (!g) return "";
  return json{{"name", g->name}, {"organisation", g->organisation}, {"contact", g->contact},
              {"appointed_by", g->appointed_by}, {"appointed_at", g->appointed_at}}
      .dump();
}

ProtectionFile ReadFile(Stmt& s) {
  ProtectionFile f;
  f.id = s.Text(0);
  f.reference = s.Text(1);
  f.owner_unit_id = s.Text(2);
  f.case_id = s.Text(3);
  f.entity_id = s.Text(4);
  f.jurisdiction = s.Text(5);
  f.person = PersonFromJson(Parse(s.Text(6), json::object()));
  f.forms_of_exploitation = Strings(Parse(s.Text(7), json::array()));
  f.cooperation = s.Text(8);
  f.note = s.Text(9);
  f.assistance_status = s.Text(10);
  f.procedural_status = s.Text(11);
  f.reflection_started_at = s.Int(12);
  f.reflection_ends_at = s.Int(13);
  f.reflection_days = static_cast<int>(s.Int(14));
  json g = Parse(s.Text(15), json());
  if (g.is_object())
    f.guardian = Guardian{g.value("name", ""), g.value("organisation", ""), g.value("contact", ""),
                          g.value("appointed_by", ""), g.value("appointed_at", int64_t{0})};
  f.created_by = s.Text(16);
  f.created_at = s.Int(17);
  f.updated_at = s.Int(18);
  f.version = s.Int(19);
  return f;
}

constexpr const char* kRecordColumns =
    "id, file_id, kind, subtype, state, organisation_id, body, created_by, created_at, updated_at, due_at, version";

ProtectionRecord ReadRecord(Stmt& s) {
  ProtectionRecord r;
  r.id = s.Text(0);
  r.file_id = s.Text(1);
  r.kind = s.Text(2);
  r.subtype = s.Text(3);
  r.state = s.Text(4);
  r.organisation_id = s.Text(5);
  r.body = Parse(s.Text(6), json::object());
  r.created_by = s.Text(7);
  r.created_at = s.Int(8);
  r.updated_at = s.Int(9);
  r.due_at = s.Int(10);
  r.version = s.Int(11);
  return r;
}

constexpr const char* kScreeningColumns =
    "id, case_id, entity_id, report_id, file_id, sets, observations, result, recommendation, note, created_by, "
    "created_at";

Screening ReadScreening(Stmt& s) {
  Screening x;
  x.id = s.Text(0);
  x.case_id = s.Text(1);
  x.entity_id = s.Text(2);
  x.report_id = s.Text(3);
  x.file_id = s.Text(4);
  x.sets = Parse(s.Text(5), json::array());
  x.observations = Parse(s.Text(6), json::array());
  x.result = Parse(s.Text(7), json::object());
  x.recommendation = s.Text(8);
  x.note = s.Text(9);
  x.created_by = s.Text(10);
  x.created_at = s.Int(11);
  return x;
}

constexpr const char* kReportColumns =
    "id, reference, author_id, author_unit_id, target_unit_id, state, blocks, location, observed_at, case_id, "
    "handed_over_at, created_at, updated_at, version, cycle, grading, facts, items, originator_contact, "
    "risk_assessment, sanitised_from";

FrontlineReport ReadReport(Stmt& s) {
  FrontlineReport r;
  r.id = s.Text(0);
  r.reference = s.Text(1);
  r.author_id = s.Text(2);
  r.author_unit_id = s.Text(3);
  r.target_unit_id = s.Text(4);
  r.state = s.Text(5);
  r.blocks = Parse(s.Text(6), json::object());
  r.location = s.Text(7);
  r.observed_at = s.Int(8);
  r.case_id = s.Text(9);
  r.handed_over_at = s.Int(10);
  r.created_at = s.Int(11);
  r.updated_at = s.Int(12);
  r.version = s.Int(13);
  r.cycle = s.Text(14);
  const json g = Parse(s.Text(15), json::object());
  r.grading.source = g.value("source", r.grading.source);
  r.grading.intelligence = g.value("intelligence", r.grading.intelligence);
  r.grading.handling = g.value("handling", r.grading.handling);
  r.facts = Parse(s.Text(16), json::object());
  r.items = Parse(s.Text(17), json::array());
  r.originator_contact = s.Text(18);
  r.risk_assessment = Parse(s.Text(19), json(nullptr));
  r.sanitised_from = s.Text(20);
  return r;
}

constexpr const char* kPartnerColumns =
    "id, name, kind, country, region, services, contacts, unit_id, active, created_at, updated_at, version";

PartnerOrg ReadPartner(Stmt& s) {
  PartnerOrg p;
  p.id = s.Text(0);
  p.name = s.Text(1);
  p.kind = s.Text(2);
  p.country = s.Text(3);
  p.region = s.Text(4);
  p.services = Strings(Parse(s.Text(5), json::array()));
  p.contacts = Parse(s.Text(6), json::object());
  p.unit_id = s.Text(7);
  p.active = s.Int(8) != 0;
  p.created_at = s.Int(9);
  p.updated_at = s.Int(10);
  p.version = s.Int(11);
  return p;
}

Status Changed(Db& db, const char* what) {
  if (db.Changes() == 0)
    return Fail(Error::Conflict("version_conflict", std::string("the ") + what + " was changed by someone else; reload it",
                                "version"));
  return Ok();
}

}  // namespace

Result<ProtectionFile> SqliteConnection::GetProtectionFile(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kFileColumns + " FROM protection_files WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("protection file"));
  return ReadFile(*s);
}

Result<std::vector<ProtectionFile>> SqliteConnection::ListProtectionFiles(const ProtectionFileQuery& q) {
  std::string sql = std::string("SELECT ") + kFileColumns + " FROM protection_files WHERE ";
  if (q.all) {
    sql += "1";
  } else {
    std::vector<std::string> any = {"created_by = ?1"};
    if (!q.owner_unit_id.empty()) any.push_back("owner_unit_id = ?2");
    if (q.cases) any.push_back("(case_id != '' AND " + InScope("case_id", *q.cases) + ")");
    sql += "(";
    for (size_t i = 0; i < any.size(); ++i) sql += (i ? " OR " : "") + any[i];
    sql += ")";
  }
  if (!q.case_id.empty()) sql += " AND case_id = ?5";
  if (!q.assistance_status.empty()) sql += " AND assistance_status = ?6";
  sql += " ORDER BY updated_at DESC, id LIMIT ?7";
  PREPARE(s, sql);
  if (!q.all) {
    s->Bind(1, q.created_by);
    if (!q.owner_unit_id.empty()) s->Bind(2, q.owner_unit_id);
    if (q.cases) {
      s->Bind(3, q.cases->user_id);
      if (q.cases->supervised_unit) s->Bind(4, *q.cases->supervised_unit);
    }
  }
  if (!q.case_id.empty()) s->Bind(5, q.case_id);
  if (!q.assistance_status.empty()) s->Bind(6, q.assistance_status);
  s->Bind(7, static_cast<int64_t>(q.limit));
  return Collect<ProtectionFile>(s, ReadFile);
}

Result<std::vector<ProtectionFile>> SqliteConnection::AllProtectionFiles() {
  PREPARE(s, std::string("SELECT ") + kFileColumns + " FROM protection_files ORDER BY id");
  return Collect<ProtectionFile>(s, ReadFile);
}

Status SqliteConnection::InsertProtectionFile(const ProtectionFile& f) {
  PREPARE(s, std::string("INSERT INTO protection_files(") + kFileColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, f.id).Bind(2, f.reference).Bind(3, f.owner_unit_id).Bind(4, f.case_id).Bind(5, f.entity_id)
      .Bind(6, f.jurisdiction).Bind(7, PersonToJson(f.person).dump()).Bind(8, json(f.forms_of_exploitation).dump())
      .Bind(9, f.cooperation).Bind(10, f.note).Bind(11, f.assistance_status).Bind(12, f.procedural_status)
      .Bind(13, f.reflection_started_at).Bind(14, f.reflection_ends_at).Bind(15, f.reflection_days)
      .Bind(16, GuardianText(f.guardian)).Bind(17, f.created_by).Bind(18, f.created_at).Bind(19, f.updated_at)
      .Bind(20, f.version).Run();
}

Status SqliteConnection::UpdateProtectionFile(const ProtectionFile& f, int64_t expected_version) {
  PREPARE(s, "UPDATE protection_files SET case_id = ?, entity_id = ?, jurisdiction = ?, person = ?, forms = ?, "
             "cooperation = ?, note = ?, assistance_status = ?, procedural_status = ?, reflection_started_at = ?, "
             "reflection_ends_at = ?, reflection_days = ?, guardian = ?, updated_at = ?, version = ? "
             "WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, f.case_id).Bind(2, f.entity_id).Bind(3, f.jurisdiction)
                              .Bind(4, PersonToJson(f.person).dump()).Bind(5, json(f.forms_of_exploitation).dump())
                              .Bind(6, f.cooperation).Bind(7, f.note).Bind(8, f.assistance_status)
                              .Bind(9, f.procedural_status).Bind(10, f.reflection_started_at)
                              .Bind(11, f.reflection_ends_at).Bind(12, f.reflection_days)
                              .Bind(13, GuardianText(f.guardian)).Bind(14, f.updated_at).Bind(15, f.version)
                              .Bind(16, f.id).Bind(17, expected_version).Run());
  return Changed(*db_, "protection file");
}

Result<std::vector<ProtectionRecord>> SqliteConnection::ListProtectionRecords(const std::string& file_id) {
  PREPARE(s, std::string("SELECT ") + kRecordColumns + " FROM protection_records WHERE file_id = ? ORDER BY created_at, id");
  s->Bind(1, file_id);
  return Collect<ProtectionRecord>(s, ReadRecord);
}

Result<ProtectionRecord> SqliteConnection::GetProtectionRecord(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kRecordColumns + " FROM protection_records WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("record"));
  return ReadRecord(*s);
}

Result<std::vector<ProtectionRecord>> SqliteConnection::ListReferrals(const ReferralQuery& q) {
  std::string sql = std::string("SELECT ") + kRecordColumns + " FROM protection_records WHERE kind = 'referral'";
  if (!q.organisation_id.empty()) sql += " AND organisation_id = ?1";
  if (!q.file_id.empty()) sql += " AND file_id = ?2";
  if (!q.all && !q.unit_id.empty())
    sql += " AND file_id IN (SELECT id FROM protection_files WHERE owner_unit_id = ?6 OR case_id IN "
           "(SELECT id FROM cases WHERE owning_unit_id = ?6))";
  if (!q.all && q.cases)
    sql += " AND file_id IN (SELECT id FROM protection_files WHERE created_by = ?8 OR (case_id != '' AND " +
           InScope("case_id", *q.cases) + "))";
  if (q.overdue_only) sql += " AND state = 'requested' AND due_at > 0 AND due_at < ?7";
  sql += " ORDER BY due_at, created_at, id LIMIT ?5";
  PREPARE(s, sql);
  if (!q.organisation_id.empty()) s->Bind(1, q.organisation_id);
  if (!q.file_id.empty()) s->Bind(2, q.file_id);
  if (!q.all && !q.unit_id.empty()) s->Bind(6, q.unit_id);
  if (!q.all && q.cases) {
    s->Bind(8, q.created_by).Bind(3, q.cases->user_id);
    if (q.cases->supervised_unit) s->Bind(4, *q.cases->supervised_unit);
  }
  if (q.overdue_only) s->Bind(7, q.now);
  s->Bind(5, static_cast<int64_t>(q.limit));
  return Collect<ProtectionRecord>(s, ReadRecord);
}

Result<std::vector<ProtectionRecord>> SqliteConnection::AllProtectionRecords(const std::string& kind) {
  PREPARE(s, std::string("SELECT ") + kRecordColumns + " FROM protection_records WHERE kind = ? ORDER BY id");
  s->Bind(1, kind);
  return Collect<ProtectionRecord>(s, ReadRecord);
}

Status SqliteConnection::InsertProtectionRecord(const ProtectionRecord& r) {
  PREPARE(s, std::string("INSERT INTO protection_records(") + kRecordColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, r.id).Bind(2, r.file_id).Bind(3, r.kind).Bind(4, r.subtype).Bind(5, r.state)
      .Bind(6, r.organisation_id).Bind(7, r.body.dump()).Bind(8, r.created_by).Bind(9, r.created_at)
      .Bind(10, r.updated_at).Bind(11, r.due_at).Bind(12, r.version).Run();
}

Status SqliteConnection::UpdateProtectionRecord(const ProtectionRecord& r, int64_t expected_version) {
  PREPARE(s, "UPDATE protection_records SET state = ?, body = ?, updated_at = ?, due_at = ?, version = ? "
             "WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, r.state).Bind(2, r.body.dump()).Bind(3, r.updated_at).Bind(4, r.due_at)
                              .Bind(5, r.version).Bind(6, r.id).Bind(7, expected_version).Run());
  return Changed(*db_, "record");
}

Result<std::vector<Screening>> SqliteConnection::ListScreenings(const ScreeningQuery& q) {
  std::string sql = std::string("SELECT ") + kScreeningColumns + " FROM screenings WHERE ";
  std::string key;
  if (!q.case_id.empty()) {
    sql += "case_id = ?1";
    if (!q.entity_id.empty()) sql += " AND entity_id = ?2";
  } else if (!q.report_id.empty()) {
    sql += "report_id = ?3";
  } else {
    sql += "file_id = ?4";
  }
  sql += " ORDER BY created_at DESC, id LIMIT ?5";
  PREPARE(s, sql);
  if (!q.case_id.empty()) {
    s->Bind(1, q.case_id);
    if (!q.entity_id.empty()) s->Bind(2, q.entity_id);
  } else if (!q.report_id.empty()) {
    s->Bind(3, q.report_id);
  } else {
    s->Bind(4, q.file_id);
  }
  s->Bind(5, static_cast<int64_t>(q.limit));
  return Collect<Screening>(s, ReadScreening);
}

Status SqliteConnection::InsertScreening(const Screening& x) {
  PREPARE(s, std::string("INSERT INTO screenings(") + kScreeningColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, x.id).Bind(2, x.case_id).Bind(3, x.entity_id).Bind(4, x.report_id).Bind(5, x.file_id)
      .Bind(6, x.sets.dump()).Bind(7, x.observations.dump()).Bind(8, x.result.dump()).Bind(9, x.recommendation)
      .Bind(10, x.note).Bind(11, x.created_by).Bind(12, x.created_at).Run();
}

Result<std::vector<LegalAssessmentRecord>> SqliteConnection::ListLegalAssessments(const std::string& case_id) {
  PREPARE(s, "SELECT id, case_id, subject_entity_id, jurisdiction, input, result, proposal, created_by, created_at "
             "FROM legal_assessments WHERE case_id = ? ORDER BY created_at DESC, id DESC");
  s->Bind(1, case_id);
  return Collect<LegalAssessmentRecord>(s, [](Stmt& r) -> LegalAssessmentRecord {
    return {r.Text(0), r.Text(1), r.Text(2), r.Text(3), Parse(r.Text(4), json::object()),
            Parse(r.Text(5), json::object()), r.Text(6), r.Text(7), r.Int(8)};
  });
}

Status SqliteConnection::InsertLegalAssessment(const LegalAssessmentRecord& a) {
  PREPARE(s, "INSERT INTO legal_assessments(id, case_id, subject_entity_id, jurisdiction, input, result, proposal, "
             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, a.id).Bind(2, a.case_id).Bind(3, a.subject_entity_id).Bind(4, a.jurisdiction)
      .Bind(5, a.input.dump()).Bind(6, a.result.dump()).Bind(7, a.proposal).Bind(8, a.created_by)
      .Bind(9, a.created_at).Run();
}

Result<FrontlineReport> SqliteConnection::GetFrontlineReport(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kReportColumns + " FROM frontline_reports WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("report"));
  return ReadReport(*s);
}

Result<std::vector<FrontlineReport>> SqliteConnection::ListFrontlineReports(const FrontlineQuery& q) {
  std::string sql = std::string("SELECT ") + kReportColumns + " FROM frontline_reports WHERE ";
  std::string key;
  if (!q.author_id.empty()) {
    sql += "author_id = ?1 ORDER BY created_at DESC, id";
    key = q.author_id;
  } else if (!q.sanitised_from.empty()) {
    sql += "sanitised_from = ?1 ORDER BY created_at, id";
    key = q.sanitised_from;
  } else if (q.handed_over) {
    sql += "cycle != '' AND ?1 = '' ORDER BY handed_over_at DESC, id";
  } else {
    sql += "target_unit_id = ?1 AND state != 'draft' ORDER BY handed_over_at DESC, id";
    key = q.target_unit_id;
  }
  sql += " LIMIT ?2";
  PREPARE(s, sql);
  s->Bind(1, key).Bind(2, static_cast<int64_t>(q.limit));
  return Collect<FrontlineReport>(s, ReadReport);
}

Status SqliteConnection::InsertFrontlineReport(const FrontlineReport& r) {
  PREPARE(s, std::string("INSERT INTO frontline_reports(") + kReportColumns +
                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, r.id).Bind(2, r.reference).Bind(3, r.author_id).Bind(4, r.author_unit_id).Bind(5, r.target_unit_id)
      .Bind(6, r.state).Bind(7, r.blocks.dump()).Bind(8, r.location).Bind(9, r.observed_at).Bind(10, r.case_id)
      .Bind(11, r.handed_over_at).Bind(12, r.created_at).Bind(13, r.updated_at).Bind(14, r.version).Bind(15, r.cycle)
      .Bind(16, GradingJson(r.grading).dump()).Bind(17, r.facts.dump()).Bind(18, r.items.dump())
      .Bind(19, r.originator_contact).Bind(20, r.risk_assessment.dump()).Bind(21, r.sanitised_from).Run();
}

Status SqliteConnection::UpdateFrontlineReport(const FrontlineReport& r, int64_t expected_version) {
  PREPARE(s, "UPDATE frontline_reports SET target_unit_id = ?, state = ?, blocks = ?, location = ?, observed_at = ?, "
             "case_id = ?, handed_over_at = ?, updated_at = ?, version = ?, cycle = ?, grading = ?, facts = ?, "
             "items = ?, originator_contact = ?, risk_assessment = ? WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, r.target_unit_id).Bind(2, r.state).Bind(3, r.blocks.dump()).Bind(4, r.location)
                              .Bind(5, r.observed_at).Bind(6, r.case_id).Bind(7, r.handed_over_at)
                              .Bind(8, r.updated_at).Bind(9, r.version).Bind(10, r.cycle)
                              .Bind(11, GradingJson(r.grading).dump()).Bind(12, r.facts.dump())
                              .Bind(13, r.items.dump()).Bind(14, r.originator_contact)
                              .Bind(15, r.risk_assessment.dump()).Bind(16, r.id).Bind(17, expected_version)
                              .Run());
  return Changed(*db_, "report");
}

Result<PartnerOrg> SqliteConnection::GetPartner(const std::string& id) {
  PREPARE(s, std::string("SELECT ") + kPartnerColumns + " FROM partner_orgs WHERE id = ?");
  s->Bind(1, id);
  STEP_OR_RETURN(s, row);
  if (!*row) return Fail(Error::NotFound("partner"));
  return ReadPartner(*s);
}

Result<std::vector<PartnerOrg>> SqliteConnection::ListPartners() {
  PREPARE(s, std::string("SELECT ") + kPartnerColumns + " FROM partner_orgs ORDER BY name, id");
  return Collect<PartnerOrg>(s, ReadPartner);
}

Status SqliteConnection::InsertPartner(const PartnerOrg& p) {
  PREPARE(s, std::string("INSERT INTO partner_orgs(") + kPartnerColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s->Bind(1, p.id).Bind(2, p.name).Bind(3, p.kind).Bind(4, p.country).Bind(5, p.region)
      .Bind(6, json(p.services).dump()).Bind(7, p.contacts.dump()).Bind(8, p.unit_id).Bind(9, p.active)
      .Bind(10, p.created_at).Bind(11, p.updated_at).Bind(12, p.version).Run();
}

Status SqliteConnection::UpdatePartner(const PartnerOrg& p, int64_t expected_version) {
  PREPARE(s, "UPDATE partner_orgs SET name = ?, kind = ?, country = ?, region = ?, services = ?, contacts = ?, "
             "unit_id = ?, active = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?");
  ARIADNE_RETURN_IF_ERROR(s->Bind(1, p.name).Bind(2, p.kind).Bind(3, p.country).Bind(4, p.region)
                              .Bind(5, json(p.services).dump()).Bind(6, p.contacts.dump()).Bind(7, p.unit_id)
                              .Bind(8, p.active).Bind(9, p.updated_at).Bind(10, p.version).Bind(11, p.id)
                              .Bind(12, expected_version).Run());
  return Changed(*db_, "partner");
}

Result<std::vector<JurisdictionConfirmation>> SqliteConnection::ListJurisdictionConfirmations() {
  PREPARE(s, "SELECT country, item, confirmed_by, confirmed_at, note FROM jurisdiction_confirmations ORDER BY country, item");
  return Collect<JurisdictionConfirmation>(s, [](Stmt& r) -> JurisdictionConfirmation {
    return {r.Text(0), r.Text(1), r.Text(2), r.Int(3), r.Text(4)};
  });
}

Status SqliteConnection::PutJurisdictionConfirmation(const JurisdictionConfirmation& c) {
  PREPARE(s, "INSERT OR REPLACE INTO jurisdiction_confirmations(country, item, confirmed_by, confirmed_at, note) "
             "VALUES (?, ?, ?, ?, ?)");
  return s->Bind(1, c.country).Bind(2, c.item).Bind(3, c.confirmed_by).Bind(4, c.confirmed_at).Bind(5, c.note).Run();
}

Result<int64_t> SqliteConnection::CountReferences(const std::string& table, const std::string& prefix) {
  if (table != "protection_files" && table != "frontline_reports")
    return Fail(Error{ErrorCode::kInternal, "internal", "no reference series in " + table});
  PREPARE(s, "SELECT COUNT(*) FROM " + table + " WHERE reference LIKE ? || '-%'");
  s->Bind(1, prefix);
  STEP_OR_RETURN(s, row);
  return s->Int(0);
}

}  // namespace ariadne::sqlite
