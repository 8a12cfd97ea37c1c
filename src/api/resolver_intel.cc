// Entity resolution for intelligence: a report's items in the live index, matched against the
// records of every case and every other report; deconfliction between the units holding them.
#include "api/request_context.h"
#include "api/resolver.h"
#include "api/workflow_runner.h"
#include "base/ids.h"
#include "engine/match/record_input.h"

namespace ariadne {

using nlohmann::json;

std::optional<json> ReportItemFtm(const FrontlineReport& r, const json& item) {
  const std::string kind = item.value("kind", "");
  const json f = item.value("fields", json::object());
  json props = json::object();
  auto put = [&](const char* field, const char* prop) {
    if (f.contains(field) && f[field].is_string() && !f[field].get<std::string>().empty())
      props[prop] = json::array({f[field]});
  };
  std::string schema;
  if (kind == "person") {
    schema = "Person";
    put("name", "name");
    put("birth_date", "birthDate");
    put("nationality", "nationality");
    put("phone", "phone");
    put("passport", "passportNumber");
  } else if (kind == "organisation") {
    schema = "Organization";
    put("name", "name");
  } else if (kind == "vehicle") {
    schema = "Vehicle";
    put("plate", "registrationNumber");
  } else if (kind == "document") {
    schema = "Passport";
    put("number", "number");
  } else if (kind == "account") {
    schema = "BankAccount";
    put("number", "accountNumber");
  } else {
    return std::nullopt;
  }
  return json{{"id", item.value("id", "")}, {"schema", schema}, {"properties", props},
              {"datasets", json::array({"report:" + r.id})}};
}

namespace {

std::string RegionOf(const FrontlineReport& r) {
  // The countries the report names; the first one is the best guess for a phone's region.
  if (r.facts.contains("countries") && r.facts["countries"].is_array() && !r.facts["countries"].empty())
    return r.facts["countries"][0].value("code", "");
  return "";
}

bool Indexable(const FrontlineReport& r) { return r.state != "draft" && r.sanitised_from.empty() && r.cycle != "archived"; }

}  // namespace

void Resolver::IndexReport(const FrontlineReport& r) {
  for (const auto& item : r.items) {
    const std::string id = item.value("id", "");
    if (id.empty()) continue;
    auto ftm = Indexable(r) ? ReportItemFtm(r, item) : std::nullopt;
    std::optional<MatchInput> in;
    if (ftm) in = InputFromFtm(*ftm, RegionOf(r));
    if (in) index_.Upsert(Prepare(*in));
    else index_.Remove(id);
  }
}

std::vector<std::pair<std::string, LiveCandidate>> Resolver::ReportCandidates(const FrontlineReport& r) const {
  std::vector<std::pair<std::string, LiveCandidate>> out;
  for (const auto& item : r.items) {
    auto ftm = ReportItemFtm(r, item);
    if (!ftm) continue;
    auto in = InputFromFtm(*ftm, RegionOf(r));
    if (!in) continue;
    auto candidates = index_.Match(Prepare(*in), config().review);
    if (candidates.size() > 20) candidates.resize(20);
    for (auto& c : candidates) out.emplace_back(item.value("id", ""), std::move(c));
  }
  return out;
}

Status Resolver::MatchReport(const ResolverDeps& deps, StoreWriter& w, const FrontlineReport& r, const Principal* who,
                             int64_t now) {
  if (!Indexable(r)) return Ok();
  const std::string holder = r.target_unit_id.empty() ? r.author_unit_id : r.target_unit_id;
  for (const auto& [item_id, c] : ReportCandidates(r)) {
    if (c.score.probability < config().strong) continue;
    IntelSide mine{holder, r.id, "", item_id, r.reference, false};
    IntelSide theirs;
    theirs.record_id = c.id;
    if (c.group.rfind("report:", 0) == 0) {
      auto other = w.GetFrontlineReport(c.group.substr(7));
      if (!other) continue;
      theirs.unit_id = other->target_unit_id.empty() ? other->author_unit_id : other->target_unit_id;
      theirs.report_id = other->id;
      theirs.reference = other->reference;
    } else {
      auto kase = w.GetCase(c.group);
      if (!kase) continue;
      theirs.unit_id = kase->owning_unit_id;
      theirs.case_id = kase->id;
      theirs.reference = kase->reference;
      theirs.covert = kase->covert;
    }
    ARIADNE_RETURN_IF_ERROR(DeconflictIntel(deps, w, mine, theirs, who, now));
  }
  return Ok();
}

Status Resolver::DeconflictIntel(const ResolverDeps& deps, StoreWriter& w, const IntelSide& a, const IntelSide& b,
                                 const Principal* who, int64_t now) {
  if (a.unit_id == b.unit_id || a.unit_id.empty() || b.unit_id.empty()) return Ok();
  const std::string key = a.record_id < b.record_id ? a.record_id + "|" + b.record_id : b.record_id + "|" + a.record_id;
  struct Told {
    const IntelSide* told;
    const IntelSide* other;
  };
  std::vector<Told> sides;
  // A covert case is told, but tells nobody that it holds the target.
  if (!b.covert) sides.push_back({&a, &b});
  if (!a.covert) sides.push_back({&b, &a});
  AppServices env;
  env.env = deps.env;
  for (const Told& s : sides) {
    IntelNotice n;
    n.id = NewUuidV7(*deps.env);
    n.unit_id = s.told->unit_id;
    n.report_id = s.told->report_id;
    n.case_id = s.told->case_id;
    n.item_id = s.told->record_id;
    n.other_unit_id = s.other->unit_id;
    n.pair_key = key;
    n.created_at = now;
    auto inserted = w.InsertIntelNotice(n);
    if (!inserted) return Fail(inserted.error());
    if (!*inserted) continue;  // told of this pair already
    AuditEvent ev;
    ev.user_id = who ? who->user_id : "";
    ev.username = who ? who->username : "system";
    ev.action = "deconfliction.intel_notice";
    ev.records = {"unit:" + n.unit_id, n.report_id.empty() ? "case:" + n.case_id : "frontline_report:" + n.report_id};
    ev.detail = {{"notice", n.id}, {"other_unit", n.other_unit_id}};
    ARIADNE_RETURN_IF_ERROR(deps.audit->Append(w, ev));
    auto other_unit = w.GetUnit(n.other_unit_id);
    if (!other_unit) return Fail(other_unit.error());
    const std::string contact = UnitContact(w, n.other_unit_id);
    auto supervisors = w.ListUnitUsers(n.unit_id, "supervisor");
    if (!supervisors) return Fail(supervisors.error());
    const std::string what = s.told->reference;
    ARIADNE_RETURN_IF_ERROR(Notify(
        env, w, *supervisors, "", n.case_id, "deconfliction",
        {"Another unit, " + other_unit->name + " (" + other_unit->code + "), holds intelligence or a case on the same "
         "target as " + what + ". Contact: " + (contact.empty() ? "the unit" : contact) + ".",
         "Другое подразделение, " + other_unit->name + " (" + other_unit->code + "), располагает сведениями или делом "
         "по тому же объекту, что и " + what + ". Контакт: " + (contact.empty() ? "подразделение" : contact) + "."},
        "/intelligence/notices", now));
  }
  return Ok();
}

}  // namespace ariadne
