#include "domain/protection_reference.h"

#include "domain/config_reader.h"
#include "domain/protection.h"

namespace ariadne {
namespace {

using nlohmann::json;

// One list of {id, label, description?, hint?, source} entries; returns the ids in order and
// the entries as clients see them.
Result<std::vector<std::string>> Entries(const ConfigReader& r, const json& list, const std::string& where,
                                         json& client) {
  if (!list.is_array() || list.empty()) return Fail(r.Bad(where + " must be a non-empty list", where));
  std::vector<std::string> ids;
  client = json::array();
  for (const auto& e : list) {
    ARIADNE_RETURN_IF_ERROR(r.Known(e, {"id", "label", "description", "hint", "source", "comment"}, "an entry of " + where));
    auto id = r.Id(e, "id", where);
    if (!id) return Fail(id.error());
    for (const auto& seen : ids)
      if (seen == *id) return Fail(r.Bad(where + ": id " + *id + " appears twice", "id"));
    auto label = r.Text(e, "label", where + " " + *id);
    if (!label) return Fail(label.error());
    json c = {{"id", *id}, {"label", TextJson(*label)}};
    for (const char* k : {"description", "hint"}) {
      auto t = r.Text(e, k, where + " " + *id, false);
      if (!t) return Fail(t.error());
      if (!t->en.empty()) c[k] = TextJson(*t);
    }
    ARIADNE_RETURN_IF_ERROR(r.Source(e, where + " " + *id));
    ids.push_back(*id);
    client.push_back(std::move(c));
  }
  return ids;
}

Result<const json*> File(const std::map<std::string, json>& files, const std::string& name) {
  auto it = files.find(name);
  if (it == files.end())
    return Fail(Error::Invalid("invalid_config", "config/protection/" + name + " is missing", "protection"));
  if (!it->second.is_object() || !it->second.contains("version") || !it->second["version"].is_number_integer())
    return Fail(ConfigReader("protection", name).Bad("must be an object with a version", "version"));
  return &it->second;
}

}  // namespace

Result<ProtectionReference> ProtectionReference::FromJson(const std::map<std::string, json>& files) {
  ProtectionReference p;
  json& out = p.client_doc_;
  {
    auto f = File(files, "referral_services.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "referral_services.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "services", "comment"}, "the file"));
    auto ids = Entries(r, (*f)->value("services", json()), "services", out["referral_services"]);
    if (!ids) return Fail(ids.error());
    p.services_.insert(ids->begin(), ids->end());
  }
  {
    auto f = File(files, "risk_assessment.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "risk_assessment.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "stages", "comment"}, "the file"));
    const json& stages = (*f)->value("stages", json());
    if (!stages.is_array() || stages.empty()) return Fail(r.Bad("stages must be a non-empty list", "stages"));
    json& cs = out["risk_assessment"]["stages"] = json::array();
    for (const auto& s : stages) {
      ARIADNE_RETURN_IF_ERROR(r.Known(s, {"id", "label", "source", "factors", "comment"}, "a stage"));
      auto id = r.Id(s, "id", "a stage");
      if (!id) return Fail(id.error());
      auto label = r.Text(s, "label", "stage " + *id);
      if (!label) return Fail(label.error());
      json factors;
      auto ids = Entries(r, s.value("factors", json()), "factors of " + *id, factors);
      if (!ids) return Fail(ids.error());
      p.risk_[*id] = {ids->begin(), ids->end()};
      cs.push_back({{"id", *id}, {"label", TextJson(*label)}, {"factors", factors}});
    }
    for (const char* needed : {"identification", "before_shelter", "before_repatriation", "before_return"})
      if (!p.risk_.count(needed)) return Fail(r.Bad(std::string("stage ") + needed + " is missing", "stages"));
  }
  {
    auto f = File(files, "needs_assessment.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "needs_assessment.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "levels", "comment"}, "the file"));
    const json& levels = (*f)->value("levels", json());
    if (!levels.is_array() || levels.empty()) return Fail(r.Bad("levels must be a non-empty list", "levels"));
    json& cl = out["needs_assessment"]["levels"] = json::array();
    for (const auto& l : levels) {
      ARIADNE_RETURN_IF_ERROR(r.Known(l, {"id", "label", "source", "items", "comment"}, "a level"));
      auto id = r.Id(l, "id", "a level");
      if (!id) return Fail(id.error());
      auto label = r.Text(l, "label", "level " + *id);
      if (!label) return Fail(label.error());
      json items;
      auto ids = Entries(r, l.value("items", json()), "items of " + *id, items);
      if (!ids) return Fail(ids.error());
      for (const auto& i : *ids)
        if (!p.needs_items_.insert(i).second) return Fail(r.Bad("item " + i + " appears in two levels", "items"));
      cl.push_back({{"id", *id}, {"label", TextJson(*label)}, {"items", items}});
    }
  }
  {
    auto f = File(files, "reintegration_plan.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "reintegration_plan.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "steps", "comment"}, "the file"));
    auto ids = Entries(r, (*f)->value("steps", json()), "steps", out["reintegration_plan"]["steps"]);
    if (!ids) return Fail(ids.error());
    p.reintegration_steps_ = *ids;
  }
  {
    auto f = File(files, "legal_elements.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "legal_elements.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "trafficking", "smuggling", "rules", "comment"}, "the file"));
    const json& tip = (*f)->value("trafficking", json());
    ARIADNE_RETURN_IF_ERROR(r.Known(tip, {"acts", "means", "purposes", "comment"}, "trafficking"));
    for (auto [key, target] : {std::pair{"acts", &p.legal_.acts}, std::pair{"means", &p.legal_.means},
                               std::pair{"purposes", &p.legal_.purposes}}) {
      auto ids = Entries(r, tip.value(key, json()), key, out["legal_elements"]["trafficking"][key]);
      if (!ids) return Fail(ids.error());
      *target = *ids;
    }
    const json& som = (*f)->value("smuggling", json());
    ARIADNE_RETURN_IF_ERROR(r.Known(som, {"elements", "comment"}, "smuggling"));
    auto ids = Entries(r, som.value("elements", json()), "smuggling elements", out["legal_elements"]["smuggling"]["elements"]);
    if (!ids) return Fail(ids.error());
  }
  {
    auto f = File(files, "frontline_report.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "frontline_report.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "source", "blocks", "comment"}, "the file"));
    auto ids = Entries(r, (*f)->value("blocks", json()), "blocks", out["frontline_report"]["blocks"]);
    if (!ids) return Fail(ids.error());
    if (ids->size() != 12) return Fail(r.Bad("the frontline report has 12 blocks", "blocks"));
    p.frontline_blocks_ = *ids;
  }
  {
    // Labels for the code's own vocabularies: the ids must be exactly the code's.
    auto f = File(files, "vocabulary.json");
    if (!f) return Fail(f.error());
    ConfigReader r("protection", "vocabulary.json");
    ARIADNE_RETURN_IF_ERROR(r.Known(**f, {"version", "comment", "assistance_statuses", "procedural_statuses", "referral_states",
                                          "consent_data", "action_kinds"},
                                    "the file"));
    for (auto [key, code] : {std::pair{"assistance_statuses", &AssistanceStatuses()},
                             std::pair{"procedural_statuses", &ProceduralStatuses()},
                             std::pair{"referral_states", &ReferralStates()},
                             std::pair{"consent_data", &ConsentDataCategories()}, std::pair{"action_kinds", &ActionKinds()}}) {
      const json& list = (*f)->value(key, json());
      if (!list.is_array()) return Fail(r.Bad(std::string(key) + " must be a list", key));
      std::vector<std::string> ids;
      json& client = out[key] = json::array();
      for (const auto& e : list) {
        ARIADNE_RETURN_IF_ERROR(r.Known(e, {"id", "label"}, std::string("an entry of ") + key));
        auto id = r.Id(e, "id", key);
        if (!id) return Fail(id.error());
        auto label = r.Text(e, "label", std::string(key) + " " + *id);
        if (!label) return Fail(label.error());
        ids.push_back(*id);
        client.push_back({{"id", *id}, {"label", TextJson(*label)}});
      }
      if (ids != *code) return Fail(r.Bad(std::string(key) + " must list exactly the code's ids, in its order", key));
    }
  }
  return p;
}

const std::set<std::string>* ProtectionReference::RiskFactors(const std::string& stage) const {
  auto it = risk_.find(stage);
  return it == risk_.end() ? nullptr : &it->second;
}

}  // namespace ariadne
