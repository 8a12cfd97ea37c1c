#include "domain/lookups.h"

namespace ariadne {

Result<Lookups> Lookups::FromJson(const nlohmann::json& doc) {
  if (!doc.is_object()) return Fail(Error::Invalid("invalid_config", "lookups: object expected"));
  Lookups l;
  l.doc_ = doc;
  for (const auto& [name, list] : doc.items()) {
    if (name == "version") continue;
    if (!list.is_array()) return Fail(Error::Invalid("invalid_config", "lookups: " + name + " must be a list", name));
    auto& ids = l.ids_[name];
    for (const auto& item : list) {
      if (!item.is_object() || !item.contains("id") || !item["id"].is_string() || !item.contains("label") ||
          !item["label"].is_object() || !item["label"].contains("en") || !item["label"].contains("ru"))
        return Fail(Error::Invalid("invalid_config", "lookups: " + name + " needs {id, label:{en, ru}}", name));
      if (!ids.insert(item["id"].get<std::string>()).second)
        return Fail(Error::Invalid("invalid_config", "lookups: duplicate id in " + name, name));
    }
  }
  for (const char* required : {"categories", "forms_of_exploitation", "approaches", "triggers",
                               "case_states", "countries", "roles", "team_roles", "grants"})
    if (!l.ids_.count(required))
      return Fail(Error::Invalid("invalid_config", std::string("lookups: missing list ") + required, required));
  return l;
}

bool Lookups::Has(const std::string& list, const std::string& id) const {
  auto it = ids_.find(list);
  return it != ids_.end() && it->second.count(id) > 0;
}

}  // namespace ariadne
