#include "domain/checklist.h"

#include <regex>
#include <set>

namespace ariadne {
namespace {

using nlohmann::json;

Error Bad(const std::string& file, const std::string& what, const std::string& field) {
  return Error::Invalid("invalid_config", "config/checklists/" + file + ": " + what, field);
}

Status Known(const std::string& file, const json& obj, const std::set<std::string>& keys, const std::string& where) {
  for (const auto& [k, v] : obj.items())
    if (!keys.count(k)) return Fail(Bad(file, "unknown field '" + k + "' in " + where, k));
  return Ok();
}

Result<LocalText> Text(const std::string& file, const json& obj, const std::string& key, const std::string& where,
                       bool required) {
  if (!obj.contains(key)) {
    if (required) return Fail(Bad(file, where + " needs " + key + ".en and " + key + ".ru", key));
    return LocalText{};
  }
  const json& t = obj[key];
  if (!t.is_object() || !t.contains("en") || !t.contains("ru") || !t["en"].is_string() || !t["ru"].is_string() ||
      t["en"].get<std::string>().empty() || t["ru"].get<std::string>().empty())
    return Fail(Bad(file, where + " needs " + key + ".en and " + key + ".ru", key));
  return LocalText{t["en"].get<std::string>(), t["ru"].get<std::string>()};
}

bool IsId(const json& v) {
  static const std::regex kId("[a-z][a-z0-9_]*");
  return v.is_string() && std::regex_match(v.get<std::string>(), kId);
}

bool IsLines(const json& v) {
  static const std::regex kLines("[0-9]+(-[0-9]+)?");
  return v.is_string() && std::regex_match(v.get<std::string>(), kLines);
}

Result<ChecklistTemplate> ParseTemplate(const std::string& file, const json& doc) {
  if (!doc.is_object()) return Fail(Bad(file, "must be a JSON object", ""));
  ARIADNE_RETURN_IF_ERROR(Known(file, doc, {"version", "id", "label", "comment", "source", "groups"}, "the template"));
  ChecklistTemplate t;
  if (!IsId(doc.value("id", json()))) return Fail(Bad(file, "id must be a lower-case identifier", "id"));
  t.id = doc["id"].get<std::string>();
  if (file != t.id + ".json") return Fail(Bad(file, "the file must be named after its id (" + t.id + ".json)", "id"));
  if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"].get<int>() < 1)
    return Fail(Bad(file, "version must be a positive integer", "version"));
  t.version = doc["version"].get<int>();
  auto label = Text(file, doc, "label", "the template", true);
  if (!label) return Fail(label.error());
  t.label = *label;
  const json& src = doc.value("source", json());
  if (!src.is_object() || !src.contains("document") || !src["document"].is_string() || !IsLines(src.value("lines", json())))
    return Fail(Bad(file, "source needs a document and lines", "source"));
  ARIADNE_RETURN_IF_ERROR(Known(file, src, {"document", "lines"}, "source"));
  if (!doc.contains("groups") || !doc["groups"].is_array() || doc["groups"].empty())
    return Fail(Bad(file, "groups are required", "groups"));
  std::set<std::string> group_ids, item_ids;
  for (const auto& g : doc["groups"]) {
    if (!g.is_object()) return Fail(Bad(file, "every group must be an object", "groups"));
    ARIADNE_RETURN_IF_ERROR(Known(file, g, {"id", "label", "items"}, "a group"));
    if (!IsId(g.value("id", json())) || !group_ids.insert(g["id"].get<std::string>()).second)
      return Fail(Bad(file, "every group needs a unique lower-case id", "groups"));
    std::string gid = g["id"].get<std::string>();
    if (auto l = Text(file, g, "label", "group " + gid, true); !l) return Fail(l.error());
    if (!g.contains("items") || !g["items"].is_array() || g["items"].empty())
      return Fail(Bad(file, "group " + gid + " needs items", "items"));
    for (const auto& it : g["items"]) {
      if (!it.is_object()) return Fail(Bad(file, "every item must be an object", "items"));
      ARIADNE_RETURN_IF_ERROR(Known(file, it, {"id", "lines", "document", "label", "hint"}, "an item of " + gid));
      if (!IsId(it.value("id", json())))
        return Fail(Bad(file, "every item of " + gid + " needs a lower-case id", "items"));
      ChecklistItem item;
      item.id = it["id"].get<std::string>();
      if (!item_ids.insert(item.id).second) return Fail(Bad(file, "duplicate item " + item.id, "items"));
      item.group = gid;
      if (!IsLines(it.value("lines", json())))
        return Fail(Bad(file, "item " + item.id + " needs the lines it comes from (\"N\" or \"N-M\")", "lines"));
      item.lines = it["lines"].get<std::string>();
      item.document = it.contains("document") && it["document"].is_string() ? it["document"].get<std::string>()
                                                                           : src["document"].get<std::string>();
      auto l = Text(file, it, "label", "item " + item.id, true);
      if (!l) return Fail(l.error());
      item.label = *l;
      auto h = Text(file, it, "hint", "item " + item.id, false);
      if (!h) return Fail(h.error());
      item.hint = *h;
      t.items.push_back(std::move(item));
    }
  }
  t.doc = doc;
  return t;
}

}  // namespace

const ChecklistItem* ChecklistTemplate::Find(const std::string& item_id) const {
  for (const auto& i : items)
    if (i.id == item_id) return &i;
  return nullptr;
}

Status ValidateChecklistMark(const ChecklistTemplate& t, const std::string& item_id, const std::string& status,
                             const std::string& note) {
  if (!t.Find(item_id)) return Fail(Error::NotFound("checklist item"));
  if (status != "done" && status != "not_applicable" && status != "open")
    return Fail(Error::BadRequest("invalid_value", "status must be done, not_applicable or open", "status"));
  if (status == "not_applicable" && note.find_first_not_of(" \t\r\n") == std::string::npos)
    return Fail(Error::Invalid("reason_required", "say why the item does not apply", "note"));
  if (note.size() > 4000) return Fail(Error::BadRequest("invalid_value", "the note is too long", "note"));
  return Ok();
}

ChecklistProgress ProgressOf(const ChecklistTemplate& t, const std::vector<ChecklistMark>& marks) {
  ChecklistProgress p;
  p.total = static_cast<int>(t.items.size());
  for (const auto& m : marks) {
    if (m.checklist_id != t.id || !t.Find(m.item_id)) continue;
    if (m.status == "done") ++p.done;
    if (m.status == "not_applicable") ++p.not_applicable;
  }
  return p;
}

Result<ChecklistCatalogue> ChecklistCatalogue::FromJson(const std::map<std::string, nlohmann::json>& files) {
  ChecklistCatalogue c;
  for (const auto& [file, doc] : files) {
    auto t = ParseTemplate(file, doc);
    if (!t) return Fail(t.error());
    std::string id = t->id;
    c.templates_.emplace(id, std::move(*t));
  }
  return c;
}

const ChecklistTemplate* ChecklistCatalogue::Find(const std::string& id) const {
  auto it = templates_.find(id);
  return it == templates_.end() ? nullptr : &it->second;
}

}  // namespace ariadne
