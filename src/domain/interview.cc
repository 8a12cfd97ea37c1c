#include "domain/interview.h"

#include <algorithm>

#include "domain/body_fields.h"

namespace ariadne {
namespace {

using nlohmann::json;

}  // namespace

Result<InterviewChecklist> InterviewChecklist::FromJson(const nlohmann::json& doc) {
  InterviewChecklist c;
  if (!doc.is_object() || !doc.contains("groups") || !doc["groups"].is_array())
    return Fail(Error::Invalid("invalid_config", "config/checklists/interview.json: groups are required", "groups"));
  for (const auto& g : doc["groups"]) {
    if (!g.is_object() || !g.contains("items") || !g["items"].is_array())
      return Fail(Error::Invalid("invalid_config", "config/checklists/interview.json: every group needs items", "groups"));
    for (const auto& it : g["items"]) {
      if (!it.is_object() || !it.contains("id") || !it["id"].is_string() || !it.contains("label") ||
          !it["label"].is_object() || !it["label"].contains("en") || !it["label"].contains("ru"))
        return Fail(Error::Invalid("invalid_config",
                                   "config/checklists/interview.json: every item needs an id and label.en, label.ru",
                                   "items"));
      if (!c.items_.insert(it["id"].get<std::string>()).second)
        return Fail(Error::Invalid("invalid_config",
                                   "config/checklists/interview.json: duplicate item " + it["id"].get<std::string>(),
                                   "items"));
    }
  }
  c.doc_ = doc;
  return c;
}

Result<InterviewInput> ParseInterviewInput(const json& body, const Lookups& lookups, const InterviewChecklist& checklist,
                                           InterviewInputMode mode) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  static const std::set<std::string> kKnown = {"version", "kind", "subject_entity_id", "started_at", "ended_at", "place",
                                               "language", "peace_stage", "consent", "consent_note", "present",
                                               "checklist"};
  for (const auto& [key, value] : body.items())
    if (!kKnown.count(key)) return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  InterviewInput in;
  if (body.contains("version")) {
    if (!body["version"].is_number_integer())
      return Fail(Error::BadRequest("wrong_type", "version must be an integer", "version"));
    in.version = body["version"].get<int64_t>();
  }
  if (mode == InterviewInputMode::kUpdate && !in.version)
    return Fail(Error::Invalid("required", "version is required", "version"));
  for (auto [key, target, max] : {std::tuple{"kind", &in.kind, size_t{50}},
                                  std::tuple{"subject_entity_id", &in.subject_entity_id, size_t{64}},
                                  std::tuple{"place", &in.place, size_t{500}},
                                  std::tuple{"language", &in.language, size_t{100}},
                                  std::tuple{"peace_stage", &in.peace_stage, size_t{50}},
                                  std::tuple{"consent_note", &in.consent_note, size_t{2000}}}) {
    auto v = OptionalText(body, key, max);
    if (!v) return Fail(v.error());
    *target = *v;
  }
  if (in.kind && !lookups.Has("interview_kinds", *in.kind))
    return Fail(Error::Invalid("invalid_value", "unknown interview kind '" + *in.kind + "'", "kind"));
  if (in.peace_stage && !in.peace_stage->empty() && !lookups.Has("peace_stages", *in.peace_stage))
    return Fail(Error::Invalid("invalid_value", "unknown PEACE stage '" + *in.peace_stage + "'", "peace_stage"));
  for (auto [key, target] : {std::pair{"started_at", &in.started_at}, std::pair{"ended_at", &in.ended_at}}) {
    auto t = OptionalTime(body, key);
    if (!t) return Fail(t.error());
    *target = *t;
  }
  if (body.contains("consent") && !body["consent"].is_null()) {
    if (!body["consent"].is_boolean()) return Fail(Error::BadRequest("wrong_type", "consent must be true or false", "consent"));
    in.consent = body["consent"].get<bool>();
  }
  if (body.contains("present") && !body["present"].is_null()) {
    const auto& list = body["present"];
    if (!list.is_array() || list.size() > 30)
      return Fail(Error::BadRequest("wrong_type", "present must be a list of at most 30 people", "present"));
    std::vector<InterviewParticipant> people;
    for (const auto& p : list) {
      if (!p.is_object()) return Fail(Error::BadRequest("wrong_type", "each person present is an object", "present"));
      for (const auto& [key, value] : p.items())
        if (key != "role" && key != "name" && key != "entity_id")
          return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "' of a person present", "present"));
      InterviewParticipant ip;
      auto role = OptionalText(p, "role", 50);
      auto name = OptionalText(p, "name", 200);
      auto entity = OptionalText(p, "entity_id", 64);
      if (!role || !name || !entity) return Fail(Error::BadRequest("wrong_type", "role, name and entity_id are strings", "present"));
      ip.role = role->value_or("");
      ip.name = name->value_or("");
      ip.entity_id = entity->value_or("");
      if (!lookups.Has("interview_participants", ip.role))
        return Fail(Error::Invalid("invalid_value", "unknown role '" + ip.role + "' of a person present", "present"));
      if (ip.name.empty() && ip.entity_id.empty())
        return Fail(Error::Invalid("required", "each person present needs a name or a person record", "present"));
      people.push_back(std::move(ip));
    }
    in.present = std::move(people);
  }
  if (body.contains("checklist") && !body["checklist"].is_null()) {
    const auto& list = body["checklist"];
    if (!list.is_array()) return Fail(Error::BadRequest("wrong_type", "checklist must be a list of item ids", "checklist"));
    std::set<std::string> ticked;
    for (const auto& it : list) {
      if (!it.is_string() || !checklist.Has(it.get<std::string>()))
        return Fail(Error::Invalid("invalid_value", "unknown checklist item " + it.dump(), "checklist"));
      ticked.insert(it.get<std::string>());
    }
    in.checklist = std::move(ticked);
  }
  if (mode == InterviewInputMode::kCreate) {
    if (!in.kind) return Fail(Error::Invalid("required", "kind is required", "kind"));
    if (!in.subject_entity_id || in.subject_entity_id->empty())
      return Fail(Error::Invalid("required", "the person interviewed is required", "subject_entity_id"));
    if (!in.started_at) return Fail(Error::Invalid("required", "started_at is required", "started_at"));
  }
  return in;
}

std::vector<std::string> ApplyInterviewInput(const InterviewInput& in, Interview& iv) {
  std::vector<std::string> changed;
  auto set = [&](const char* name, const auto& from, auto& to) {
    if (from && *from != to) {
      to = *from;
      changed.push_back(name);
    }
  };
  set("kind", in.kind, iv.kind);
  set("subject_entity_id", in.subject_entity_id, iv.subject_entity_id);
  set("started_at", in.started_at, iv.started_at);
  set("ended_at", in.ended_at, iv.ended_at);
  set("place", in.place, iv.place);
  set("language", in.language, iv.language);
  set("peace_stage", in.peace_stage, iv.peace_stage);
  set("consent", in.consent, iv.consent);
  set("consent_note", in.consent_note, iv.consent_note);
  set("checklist", in.checklist, iv.checklist);
  if (in.present) {
    auto same = [](const InterviewParticipant& a, const InterviewParticipant& b) {
      return a.role == b.role && a.name == b.name && a.entity_id == b.entity_id;
    };
    if (in.present->size() != iv.present.size() ||
        !std::equal(in.present->begin(), in.present->end(), iv.present.begin(), same)) {
      iv.present = *in.present;
      changed.push_back("present");
    }
  }
  return changed;
}

Status CheckInterview(const Interview& iv) {
  if (iv.kind == "child") {
    bool safeguarded = std::any_of(iv.present.begin(), iv.present.end(), [](const InterviewParticipant& p) {
      return p.role == "guardian" || p.role == "support_person";
    });
    if (!safeguarded)
      return Fail(Error::Invalid("child_needs_guardian",
                                 "a child is interviewed only with a guardian or a support person present", "present"));
  }
  if (iv.ended_at && iv.ended_at < iv.started_at)
    return Fail(Error::Invalid("invalid_date", "the interview cannot end before it started", "ended_at"));
  return Ok();
}

Result<Statement> ParseStatement(const json& body) {
  if (!body.is_object()) return Fail(Error::BadRequest("wrong_type", "the body must be a JSON object"));
  for (const auto& [key, value] : body.items())
    if (key != "text" && key != "language" && key != "note")
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + key + "'", key));
  Statement s;
  auto text = OptionalText(body, "text", 1'000'000);
  if (!text) return Fail(text.error());
  if (!*text || (*text)->empty()) return Fail(Error::Invalid("required", "text is required", "text"));
  s.text = **text;
  auto language = OptionalText(body, "language", 100);
  if (!language) return Fail(language.error());
  s.language = language->value_or("");
  auto note = OptionalText(body, "note", 2000);
  if (!note) return Fail(note.error());
  s.note = note->value_or("");
  return s;
}

}  // namespace ariadne
