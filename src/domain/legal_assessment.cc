#include "domain/legal_assessment.h"

#include <algorithm>
#include <regex>
#include <set>

#include "domain/config_reader.h"

namespace ariadne {
namespace {

using nlohmann::json;

LegalReason Reason(const std::string& code) {
  static const std::map<std::string, LocalText> kTexts = {
      {"act_shown", {"An act is recorded (recruitment, transport, transfer, harbouring or receipt).",
                     "Зафиксировано действие (вербовка, перевозка, передача, укрывательство или получение)."}},
      {"act_missing", {"No act is recorded yet.", "Действие пока не зафиксировано."}},
      {"means_shown", {"A means is recorded (threat, force, deception, abuse of vulnerability ...).",
                       "Зафиксировано средство (угроза, сила, обман, использование уязвимости ...)."}},
      {"means_missing", {"No means is recorded, and the person is an adult.",
                         "Средство не зафиксировано, а лицо совершеннолетнее."}},
      {"purpose_shown", {"A purpose of exploitation is recorded.", "Зафиксирована цель эксплуатации."}},
      {"purpose_missing", {"No purpose of exploitation is recorded yet.", "Цель эксплуатации пока не зафиксирована."}},
      {"child_no_means_needed", {"The person is a child: no means needs to be shown.",
                                 "Лицо — ребёнок: доказывать средство не требуется."}},
      {"age_unknown_treated_as_child", {"The age is unknown, so the person is treated as a child.",
                                        "Возраст неизвестен, поэтому лицо рассматривается как ребёнок."}},
      {"consent_irrelevant", {"The person's consent is irrelevant once a means is shown (or the person is a child).",
                              "Согласие лица не имеет значения, если установлено средство (или лицо — ребёнок)."}},
      {"consent_claimed_no_means", {"Consent is claimed and no means is recorded: look for deception, debt or abuse of vulnerability.",
                                    "Заявлено согласие, а средство не зафиксировано: проверьте обман, долг или использование уязвимости."}},
      {"no_border_needed", {"No border crossing is needed for trafficking: it can happen inside one country.",
                            "Для торговли людьми пересечение границы не требуется: она возможна внутри страны."}},
      {"border_shown", {"An irregular crossing of a border is recorded.", "Зафиксировано незаконное пересечение границы."}},
      {"border_missing", {"Smuggling needs an irregular crossing of a border; none is recorded.",
                          "Для незаконного ввоза мигрантов нужно незаконное пересечение границы; оно не зафиксировано."}},
      {"benefit_shown", {"A financial or material benefit to the smuggler is recorded.",
                         "Зафиксирована финансовая или материальная выгода перевозчика."}},
      {"benefit_missing", {"Smuggling needs a financial or material benefit; none is recorded.",
                           "Для незаконного ввоза мигрантов нужна финансовая или материальная выгода; она не зафиксирована."}},
      {"smuggling_may_become_trafficking",
       {"Control continues after arrival (a debt still owed, documents held): check for trafficking.",
        "Контроль продолжается после прибытия (долг, удержание документов): проверьте признаки торговли людьми."}},
      {"national_child_rule_missing",
       {"National law, as the SOP records it, lacks the child rule: a charge may need a means proven even for a child.",
        "Национальное право, по данным СОП, не содержит правила о детях: для обвинения может потребоваться доказать средство и для ребёнка."}},
      {"national_consent_rule_missing",
       {"National law, as the SOP records it, does not say consent is irrelevant: expect the defence to raise it.",
        "Национальное право, по данным СОП, не указывает, что согласие не имеет значения: защита может на это ссылаться."}},
  };
  auto it = kTexts.find(code);
  return {code, it == kTexts.end() ? LocalText{code, code} : it->second};
}

Result<std::vector<LegalElement>> Elements(const json& body, const std::string& key,
                                           const std::vector<std::string>& known) {
  std::vector<LegalElement> out;
  if (!body.contains(key)) return out;
  if (!body[key].is_array()) return Fail(Error::BadRequest("wrong_type", key + " must be a list", key));
  static const std::regex kRef("(interview|document|exhibit|entity|event):[0-9a-f-]{36}");
  std::set<std::string> seen;
  for (size_t i = 0; i < body[key].size(); ++i) {
    const json& e = body[key][i];
    const std::string field = key + "[" + std::to_string(i) + "]";
    if (!e.is_object()) return Fail(Error::BadRequest("wrong_type", field + " must be an object", field));
    for (const auto& [k, v] : e.items())
      if (k != "id" && k != "evidence") return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", field + "." + k));
    if (!e.contains("id") || !e["id"].is_string())
      return Fail(Error::BadRequest("wrong_type", field + ".id must be a string", field + ".id"));
    LegalElement el{e["id"].get<std::string>(), {}};
    if (std::find(known.begin(), known.end(), el.id) == known.end())
      return Fail(Error::Invalid("invalid_value", "unknown " + key + " element '" + el.id + "'", field + ".id"));
    if (!seen.insert(el.id).second)
      return Fail(Error::Invalid("invalid_value", "'" + el.id + "' is listed twice", field + ".id"));
    if (e.contains("evidence")) {
      if (!e["evidence"].is_array() || e["evidence"].size() > 50)
        return Fail(Error::BadRequest("wrong_type", field + ".evidence must be a list", field + ".evidence"));
      for (size_t j = 0; j < e["evidence"].size(); ++j) {
        const json& ref = e["evidence"][j];
        const std::string rf = field + ".evidence[" + std::to_string(j) + "]";
        if (!ref.is_string() || !std::regex_match(ref.get<std::string>(), kRef))
          return Fail(Error::Invalid("invalid_value", "an evidence reference is kind:id (interview, document, exhibit, entity, event)", rf));
        el.evidence.push_back(ref.get<std::string>());
      }
    }
    out.push_back(std::move(el));
  }
  return out;
}

json ElementsJson(const std::vector<LegalElement>& v) {
  json out = json::array();
  for (const auto& e : v) out.push_back({{"id", e.id}, {"evidence", e.evidence}});
  return out;
}

json ReasonsJson(const std::vector<LegalReason>& v) {
  json out = json::array();
  for (const auto& r : v) out.push_back({{"code", r.code}, {"text", TextJson(r.text)}});
  return out;
}

}  // namespace

Result<LegalInput> ParseLegalInput(const json& body, const LegalVocabulary& vocabulary) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"subject_entity_id", "jurisdiction", "acts", "means", "purposes", "child",
                                               "consent_claimed", "border_crossed", "illegal_entry", "benefit",
                                               "continuing_control", "note"};
  for (const auto& [k, v] : body.items())
    if (!kKnown.count(k)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + k + "'", k));
  LegalInput in;
  for (auto [key, target] : {std::pair{"subject_entity_id", &in.subject_entity_id},
                             std::pair{"jurisdiction", &in.jurisdiction}, std::pair{"note", &in.note}}) {
    if (!body.contains(key) || body[key].is_null()) continue;
    if (!body[key].is_string()) return Fail(Error::BadRequest("wrong_type", std::string(key) + " must be a string", key));
    *target = body[key].get<std::string>();
  }
  if (in.note.size() > 5000) return Fail(Error::Invalid("invalid_value", "note is at most 5000 characters", "note"));
  auto acts = Elements(body, "acts", vocabulary.acts);
  if (!acts) return Fail(acts.error());
  auto means = Elements(body, "means", vocabulary.means);
  if (!means) return Fail(means.error());
  auto purposes = Elements(body, "purposes", vocabulary.purposes);
  if (!purposes) return Fail(purposes.error());
  in.acts = *acts, in.means = *means, in.purposes = *purposes;
  if (body.contains("child") && !body["child"].is_null()) {
    if (!body["child"].is_boolean()) return Fail(Error::BadRequest("wrong_type", "child is true, false or null", "child"));
    in.child = body["child"].get<bool>();
  }
  for (auto [key, target] : {std::pair{"consent_claimed", &in.consent_claimed}, std::pair{"border_crossed", &in.border_crossed},
                             std::pair{"illegal_entry", &in.illegal_entry}, std::pair{"benefit", &in.benefit},
                             std::pair{"continuing_control", &in.continuing_control}}) {
    if (!body.contains(key)) continue;
    if (!body[key].is_boolean()) return Fail(Error::BadRequest("wrong_type", std::string(key) + " must be true or false", key));
    *target = body[key].get<bool>();
  }
  return in;
}

LegalResult AssessLegalElements(const LegalInput& in, const NationalRules& rules) {
  LegalResult r;
  auto add = [&](const std::string& code) { r.reasons.push_back(Reason(code)); };
  const bool child = in.child.value_or(true);
  const bool act = !in.acts.empty(), means = !in.means.empty(), purpose = !in.purposes.empty();
  if (!in.child) add("age_unknown_treated_as_child");
  add(act ? "act_shown" : "act_missing");
  if (means) add("means_shown");
  else if (child) add("child_no_means_needed");
  else add("means_missing");
  add(purpose ? "purpose_shown" : "purpose_missing");
  if (!act) r.trafficking_missing.push_back("act");
  if (!means && !child) r.trafficking_missing.push_back("means");
  if (!purpose) r.trafficking_missing.push_back("purpose");
  r.trafficking = r.trafficking_missing.empty();
  if (in.consent_claimed) add(means || child ? "consent_irrelevant" : "consent_claimed_no_means");
  if (r.trafficking && !in.border_crossed && !in.illegal_entry) add("no_border_needed");

  const bool border = in.illegal_entry;
  add(border ? "border_shown" : "border_missing");
  add(in.benefit ? "benefit_shown" : "benefit_missing");
  if (!border) r.smuggling_missing.push_back("border");
  if (!in.benefit) r.smuggling_missing.push_back("benefit");
  r.smuggling = r.smuggling_missing.empty();
  if (r.smuggling && in.continuing_control && !r.trafficking) add("smuggling_may_become_trafficking");

  r.proposal = r.trafficking && r.smuggling ? "both" : r.trafficking ? "trafficking" : r.smuggling ? "smuggling" : "undetermined";

  if (r.trafficking && child && !means && !rules.child_needs_no_means) r.national.push_back(Reason("national_child_rule_missing"));
  if (in.consent_claimed && (means || child) && !rules.consent_irrelevant)
    r.national.push_back(Reason("national_consent_rule_missing"));
  return r;
}

json LegalInputJson(const LegalInput& in) {
  return {{"subject_entity_id", in.subject_entity_id.empty() ? json(nullptr) : json(in.subject_entity_id)},
          {"jurisdiction", in.jurisdiction},
          {"acts", ElementsJson(in.acts)},
          {"means", ElementsJson(in.means)},
          {"purposes", ElementsJson(in.purposes)},
          {"child", in.child ? json(*in.child) : json(nullptr)},
          {"consent_claimed", in.consent_claimed},
          {"border_crossed", in.border_crossed},
          {"illegal_entry", in.illegal_entry},
          {"benefit", in.benefit},
          {"continuing_control", in.continuing_control},
          {"note", in.note}};
}

json LegalResultJson(const LegalResult& r) {
  return {{"proposal", r.proposal},
          {"trafficking", {{"met", r.trafficking}, {"missing", r.trafficking_missing}}},
          {"smuggling", {{"met", r.smuggling}, {"missing", r.smuggling_missing}}},
          {"reasons", ReasonsJson(r.reasons)},
          {"national", ReasonsJson(r.national)}};
}

}  // namespace ariadne
