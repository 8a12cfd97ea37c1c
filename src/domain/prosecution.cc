#include "domain/prosecution.h"

#include <set>

#include "domain/body_fields.h"

namespace ariadne {
using nlohmann::json;

Result<ChargeInput> ParseChargeInput(const nlohmann::json& body, const Lookups& lookups, ChargeInputMode mode) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"version", "suspect_entity_id", "jurisdiction", "article", "status",
                                               "prosecutor", "filed_at", "outcome", "sentence", "sentence_months", "note"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  ChargeInput in;
  if (body.contains("version")) {
    if (!body["version"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
  }
  if (mode == ChargeInputMode::kUpdate && !in.version) return Fail(Error::Invalid("required", "version is required", "version"));
  for (auto [key, target, max] : {std::tuple{"suspect_entity_id", &in.suspect_entity_id, size_t{64}},
                                  std::tuple{"jurisdiction", &in.jurisdiction, size_t{2}},
                                  std::tuple{"article", &in.article, size_t{100}},
                                  std::tuple{"status", &in.status, size_t{50}},
                                  std::tuple{"prosecutor", &in.prosecutor, size_t{300}},
                                  std::tuple{"outcome", &in.outcome, size_t{50}},
                                  std::tuple{"sentence", &in.sentence, size_t{2000}},
                                  std::tuple{"note", &in.note, size_t{5000}}}) {
    auto v = OptionalText(body, key, max);
    if (!v) return Fail(v.error());
    *target = *v;
  }
  if (in.jurisdiction) {
    std::string up = *in.jurisdiction;
    for (char& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    in.jurisdiction = up;
  }
  if (in.status && !lookups.Has("charge_statuses", *in.status))
    return Fail(Error::Invalid("invalid_value", "unknown charge status '" + *in.status + "'", "status"));
  if (in.outcome && !in.outcome->empty() && !lookups.Has("charge_outcomes", *in.outcome))
    return Fail(Error::Invalid("invalid_value", "unknown outcome '" + *in.outcome + "'", "outcome"));
  auto filed_at = OptionalTime(body, "filed_at");
  if (!filed_at) return Fail(filed_at.error());
  in.filed_at = *filed_at;
  if (body.contains("sentence_months") && !body["sentence_months"].is_null()) {
    if (!body["sentence_months"].is_number_integer() || body["sentence_months"].get<int64_t>() < 0 ||
        body["sentence_months"].get<int64_t>() > 12 * 100)
      return Fail(Error::Invalid("invalid_value", "sentence_months is a whole number of months", "sentence_months"));
    in.sentence_months = body["sentence_months"].get<int64_t>();
  }
  if (mode == ChargeInputMode::kCreate) {
    for (auto [field, present] : {std::pair{"suspect_entity_id", in.suspect_entity_id.has_value()},
                                  std::pair{"jurisdiction", in.jurisdiction.has_value()},
                                  std::pair{"article", in.article.has_value()}})
      if (!present) return Fail(Error::Invalid("required", std::string(field) + " is required", field));
  }
  return in;
}

std::vector<std::string> ApplyChargeInput(const ChargeInput& in, Charge& c) {
  std::vector<std::string> changed;
  auto set = [&](const char* name, const auto& from, auto& to) {
    if (from && *from != to) {
      to = *from;
      changed.push_back(name);
    }
  };
  set("suspect_entity_id", in.suspect_entity_id, c.suspect_entity_id);
  set("jurisdiction", in.jurisdiction, c.jurisdiction);
  set("article", in.article, c.article);
  set("status", in.status, c.status);
  set("prosecutor", in.prosecutor, c.prosecutor);
  set("filed_at", in.filed_at, c.filed_at);
  set("outcome", in.outcome, c.outcome);
  set("sentence", in.sentence, c.sentence);
  set("sentence_months", in.sentence_months, c.sentence_months);
  set("note", in.note, c.note);
  return changed;
}

Status CheckCharge(const Charge& c, const Jurisdictions& j) {
  if (!j.Article(c.jurisdiction, c.article))
    return Fail(Error::Invalid("unknown_article", "no article '" + c.article + "' for jurisdiction " + c.jurisdiction,
                               "article"));
  const bool decided = c.status == "decided";
  if (!c.outcome.empty() && !decided)
    return Fail(Error::Invalid("invalid_value", "an outcome needs the status decided", "outcome"));
  if (decided && c.outcome.empty()) return Fail(Error::Invalid("required", "a decided charge needs its outcome", "outcome"));
  if ((!c.sentence.empty() || c.sentence_months) && c.outcome != "convicted")
    return Fail(Error::Invalid("invalid_value", "a sentence needs a conviction", "sentence"));
  return Ok();
}

}  // namespace ariadne
