#include "api/resolver.h"

#include <set>

#include "api/request_context.h"
#include "api/workflow_runner.h"
#include "base/ids.h"
#include "domain/permissions.h"
#include "engine/match/record_input.h"

namespace ariadne {
namespace {

using nlohmann::json;

json ReasonsJson(const std::vector<MatchReason>& reasons) {
  json out = json::array();
  for (const MatchReason& r : reasons)
    out.push_back({{"code", r.code}, {"strength", r.strength}, {"text", r.text}, {"text_ru", r.text_ru}});
  return out;
}

// "Имя (login), ..." of a unit's supervisors: how the other unit is reached.
std::string SupervisorContact(StoreReader& r, const std::string& unit_id) {
  std::string out;
  auto ids = r.ListUnitUsers(unit_id, "supervisor");
  if (!ids) return out;
  for (const std::string& id : *ids) {
    auto u = r.GetUser(id);
    if (!u || u->disabled) continue;
    out += (out.empty() ? "" : ", ") + u->display_name + " (" + u->username + ")";
  }
  return out;
}

// Notify needs only the clock of the services.
AppServices EnvOnly(const ResolverDeps& deps) {
  AppServices app;
  app.env = deps.env;
  return app;
}

}  // namespace

std::string UnitContact(StoreReader& r, const std::string& unit_id) { return SupervisorContact(r, unit_id); }

ResolverDeps DepsOf(const AppServices& app) { return {app.env, app.authz, app.audit}; }

const std::vector<std::string>& MatchingProperties() {
  static const std::vector<std::string> kProps = {
      "name", "alias", "firstName", "lastName", "fatherName", "surname", "givenName", "birthDate", "phone",
      "email", "passportNumber", "idNumber", "number", "personalNumber", "iban", "accountNumber",
      "registrationNumber", "taxNumber"};
  return kProps;
}

Status Resolver::Load(Store& store) {
  return store.Read([&](StoreReader& r) -> Status {
    ARIADNE_RETURN_IF_ERROR(
        r.ScanMatchableEntities([&](const Entity& e, const std::string& country) { Indexed(e, country); }));
    FrontlineQuery q;
    q.handed_over = true;
    q.limit = 1000000;
    auto reports = r.ListFrontlineReports(q);
    if (!reports) return Fail(reports.error());
    for (const auto& rep : *reports) IndexReport(rep);
    return Ok();
  });
}

void Resolver::Indexed(const Entity& e, const std::string& country) {
  auto in = InputFromEntity(e, country);
  if (!in) {
    index_.Remove(e.id);
    return;
  }
  index_.Upsert(Prepare(*in));
}

Result<int> Resolver::MatchSaved(const ResolverDeps& deps, StoreWriter& w, const Entity& e, const Principal* who,
                                 int64_t now) {
  auto mine = w.GetCase(e.case_id);
  if (!mine) return Fail(mine.error());
  auto in = InputFromEntity(e, mine->jurisdiction_country);
  if (!in) return 0;
  const PreparedRecord rec = Prepare(*in);
  std::vector<LiveCandidate> candidates = index_.Match(rec, config().review);
  if (candidates.size() > 50) candidates.resize(50);  // the best fifty; a hub name is not a finding
  int proposed = 0;
  for (const LiveCandidate& c : candidates) {
    if (c.group.rfind("report:", 0) == 0) {
      // A record of a case meets intelligence: deconfliction between the two units, never a
      // proposal in the case's queue (the report's content stays under its handling).
      if (c.score.probability < config().strong) continue;
      auto rep = w.GetFrontlineReport(c.group.substr(7));
      if (!rep) continue;
      IntelSide mine_side{mine->owning_unit_id, "", mine->id, e.id, mine->reference, mine->covert};
      IntelSide their_side{rep->target_unit_id.empty() ? rep->author_unit_id : rep->target_unit_id, rep->id, "",
                           c.id, rep->reference, false};
      ARIADNE_RETURN_IF_ERROR(DeconflictIntel(deps, w, mine_side, their_side, who, now));
      continue;
    }
    auto theirs = w.GetCase(c.group);
    if (!theirs) continue;  // the other record's case is gone: the index is a step behind
    auto existing = w.FindMatchPair(e.id, c.id);
    if (!existing) return Fail(existing.error());
    const std::string reasons = ReasonsJson(c.score.reasons).dump();
    if (*existing) {
      MatchPair p = **existing;
      // A decision is remembered: a confirmed or rejected pair is not proposed again.
      if (p.status == "confirmed" || p.status == "rejected") continue;
      const bool reopened = p.status == "withdrawn";
      if (!reopened && std::abs(p.score - c.score.probability) < 1e-6 && p.reasons_json == reasons) continue;
      const int64_t expected = p.version;
      p.score = c.score.probability;
      p.reasons_json = reasons;
      p.status = "proposed";
      p.updated_at = now;
      p.version = expected + 1;
      ARIADNE_RETURN_IF_ERROR(w.UpdateMatchPair(p, expected));
      ARIADNE_RETURN_IF_ERROR(w.InsertMatchEvent({p.id, reopened ? "proposed" : "rescored", "", now, ""}));
      continue;
    }
    MatchPair p;
    p.id = NewUuidV7(*deps.env);
    const bool first = e.id < c.id;
    p.a_entity = first ? e.id : c.id;
    p.b_entity = first ? c.id : e.id;
    p.a_case = first ? e.case_id : c.group;
    p.b_case = first ? c.group : e.case_id;
    p.schema = e.schema;
    p.score = c.score.probability;
    p.reasons_json = reasons;
    p.created_at = p.updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.InsertMatchPair(p));
    ARIADNE_RETURN_IF_ERROR(w.InsertMatchEvent({p.id, "proposed", "", now, ""}));
    ++proposed;
    if (p.score >= config().strong)
      ARIADNE_RETURN_IF_ERROR(Deconflict(deps, w, p, *mine, e.id, *theirs, c.id, who, now));
  }
  return proposed;
}

Status Resolver::Deconflict(const ResolverDeps& deps, StoreWriter& w, const MatchPair& pair, const Case& mine,
                            const std::string& my_entity, const Case& theirs, const std::string& their_entity,
                            const Principal* who, int64_t now) {
  // Within one unit the supervisors see both cases and the match in their queue; deconfliction
  // is between units.
  if (mine.owning_unit_id == theirs.owning_unit_id) return Ok();
  // Whoever sees both cases sees the match itself, in the queue.
  if (who) {
    auto facts = w.GetCaseAccess(theirs.id, who->user_id);
    if (facts && deps.authz->CheckCase(*who, perm::kCaseRead, *facts)) return Ok();
  }
  // Probing: one user's saves may trigger only so many notices in the window. Past it, the
  // notice to the user's own side is withheld and the auditors hear of it once.
  bool over = false;
  if (who) {
    const int64_t since = now - static_cast<int64_t>(config().probe_window_hours) * 3600 * 1000;
    auto count = w.CountNoticesTriggeredBy(who->user_id, since);
    if (!count) return Fail(count.error());
    over = *count >= config().probe_max_notices;
    if (*count == config().probe_max_notices) {
      std::vector<std::string> auditors;
      if (auto units = w.ListUnits())
        for (const Unit& u : *units)
          if (auto a = w.ListUnitUsers(u.id, "auditor")) auditors.insert(auditors.end(), a->begin(), a->end());
      ARIADNE_RETURN_IF_ERROR(Notify(EnvOnly(deps), w, auditors, "", "", "deconfliction_probing",
                                     {"A user's records triggered more deconfliction notices than the limit allows; "
                                      "further notices to their unit are withheld. See the audit trail.",
                                      "Записи пользователя вызвали больше уведомлений о деконфликтинге, чем допускает "
                                      "предел; дальнейшие уведомления его подразделению задержаны. См. журнал аудита."},
                                     "/audit", now));
      AuditEvent ev;
      ev.user_id = who->user_id;
      ev.username = who->username;
      ev.action = "deconfliction.probing";
      ev.outcome = "denied";
      ev.alert = true;
      ev.records = {"user:" + who->user_id, "case:" + mine.id};
      ev.detail = {{"notices_in_window", *count}, {"window_hours", config().probe_window_hours}};
      ARIADNE_RETURN_IF_ERROR(deps.audit->Append(w, ev));
    }
  }
  struct Side {
    const Case* told;
    std::string entity;
    const Case* other;
    bool withheld;
  };
  std::vector<Side> sides;
  // A covert case receives notices but sends none: nobody learns that it holds a match.
  if (!theirs.covert) sides.push_back({&mine, my_entity, &theirs, over});
  if (!mine.covert) sides.push_back({&theirs, their_entity, &mine, false});
  for (const Side& s : sides) {
    DeconflictionNotice n;
    n.id = NewUuidV7(*deps.env);
    n.pair_id = pair.id;
    n.unit_id = s.told->owning_unit_id;
    n.case_id = s.told->id;
    n.entity_id = s.entity;
    n.other_unit_id = s.other->owning_unit_id;
    n.triggered_by = who ? who->user_id : "";
    n.created_at = now;
    n.withheld = s.withheld;
    ARIADNE_RETURN_IF_ERROR(w.InsertDeconflictionNotice(n));
    AuditEvent ev;
    ev.user_id = who ? who->user_id : "";
    ev.username = who ? who->username : "system";
    ev.action = "deconfliction.notice";
    ev.outcome = s.withheld ? "denied" : "ok";
    ev.records = {"case:" + s.told->id, "entity:" + s.entity, "unit:" + n.unit_id};
    ev.detail = {{"notice", n.id}, {"match", pair.id}, {"other_unit", n.other_unit_id}, {"withheld", s.withheld}};
    ARIADNE_RETURN_IF_ERROR(deps.audit->Append(w, ev));
    if (s.withheld) continue;
    auto other_unit = w.GetUnit(n.other_unit_id);
    if (!other_unit) return Fail(other_unit.error());
    const std::string contact = UnitContact(w, n.other_unit_id);
    const std::string ref = s.told->reference;
    auto supervisors = w.ListUnitUsers(n.unit_id, "supervisor");
    if (!supervisors) return Fail(supervisors.error());
    ARIADNE_RETURN_IF_ERROR(Notify(
        EnvOnly(deps), w, *supervisors, "", s.told->id, "deconfliction",
        {"Another unit, " + other_unit->name + " (" + other_unit->code + "), holds a record that strongly matches a "
         "record of case " + ref + ". Contact: " + (contact.empty() ? "the unit" : contact) + ".",
         "Другое подразделение, " + other_unit->name + " (" + other_unit->code + "), располагает записью, которая "
         "совпадает с записью дела " + ref + ". Контакт: " + (contact.empty() ? "подразделение" : contact) + "."},
        "/deconfliction", now));
  }
  return Ok();
}

Status Resolver::Withdraw(StoreWriter& w, const std::string& entity_id, const std::string& by, int64_t now) {
  MatchPairQuery q;
  q.entity_id = entity_id;
  q.status = "proposed";
  q.limit = 1000;
  auto pairs = w.ListMatchPairs(q);
  if (!pairs) return Fail(pairs.error());
  for (MatchPair p : *pairs) {
    const int64_t expected = p.version;
    p.status = "withdrawn";
    p.updated_at = now;
    p.version = expected + 1;
    ARIADNE_RETURN_IF_ERROR(w.UpdateMatchPair(p, expected));
    ARIADNE_RETURN_IF_ERROR(w.InsertMatchEvent({p.id, "withdrawn", by, now, "record deleted"}));
  }
  return Ok();
}

Result<int> Resolver::MatchAll(const ResolverDeps& deps, Store& store) {
  std::vector<std::pair<Entity, std::string>> all;
  ARIADNE_RETURN_IF_ERROR(store.Read([&](StoreReader& r) -> Status {
    return r.ScanMatchableEntities([&](const Entity& e, const std::string& c) { all.push_back({e, c}); });
  }));
  for (const auto& [e, c] : all) Indexed(e, c);
  int proposed = 0;
  ARIADNE_RETURN_IF_ERROR(store.Write([&](StoreWriter& w) -> Status {
    for (const auto& [e, c] : all) {
      auto n = MatchSaved(deps, w, e, nullptr, deps.env->NowMillis());
      if (!n) return Fail(n.error());
      proposed += *n;
    }
    return Ok();
  }));
  return proposed;
}

}  // namespace ariadne
