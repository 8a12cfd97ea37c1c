#include "domain/search_text.h"

#include <map>
#include <set>

namespace ariadne {
namespace {

void AddLine(std::string& out, const std::string& s) {
  if (s.empty()) return;
  if (!out.empty()) out += '\n';
  out += s;
}

}  // namespace

std::vector<SearchItem> CaseSearchItems(const Case& c) {
  std::vector<SearchItem> out;
  std::string text;
  AddLine(text, c.reference);
  AddLine(text, c.summary);
  AddLine(text, c.jurisdiction_region);
  out.push_back({"case", c.id, "", c.title, text});
  if (!c.victim_notes.empty()) out.push_back({"case", c.id, "field:victim_notes", "", c.victim_notes});
  return out;
}

std::vector<SearchItem> EntitySearchItems(const Entity& e, const EntitySchema& schema) {
  if (e.deleted) return {};
  std::set<std::string> restrictable;
  for (const auto& r : schema.restrictions()) restrictable.insert(r.properties.begin(), r.properties.end());
  // An identity document inherits its holder's protection: all its values are guarded.
  const SchemaDef* def = schema.Find(e.schema);
  bool inherits = def && !def->inherits_involvement_from.empty();
  std::map<std::string, std::string> by_guard;
  for (const auto& v : e.values) {
    const PropertyDef* p = def ? def->Property(v.prop) : nullptr;
    if (p && p->type == "entity") continue;  // ids of other records are not words
    std::string guard = (inherits || restrictable.count(v.prop)) ? "property:" + v.prop : "";
    std::string& text = by_guard[guard];
    AddLine(text, v.value);
    if (!v.latin.empty() && v.latin != v.value) AddLine(text, v.latin);
    if (!v.normalized.empty() && v.normalized != v.value) AddLine(text, v.normalized);
  }
  std::vector<SearchItem> out;
  for (auto& [guard, text] : by_guard) {
    // The caption names the record; an open title only when it comes from an open property.
    bool caption_open = !inherits && !restrictable.count(e.caption_prop);
    out.push_back({"entity", e.id, guard, guard.empty() && caption_open ? e.caption : "", std::move(text)});
  }
  return out;
}

std::vector<SearchItem> InterviewSearchItems(const Interview& iv, const std::vector<Statement>& statements) {
  std::vector<SearchItem> out;
  std::string facts;
  AddLine(facts, iv.place);
  AddLine(facts, iv.language);
  AddLine(facts, iv.consent_note);
  for (const auto& p : iv.present) AddLine(facts, p.name);
  if (!facts.empty()) out.push_back({"interview", iv.id, "", "", facts});
  for (const auto& s : statements) {
    std::string text = s.text;
    AddLine(text, s.note);
    out.push_back({"statement", iv.id, "statement:" + iv.kind, "", std::move(text)});
  }
  return out;
}

std::vector<SearchItem> ExhibitSearchItems(const Exhibit& x) {
  std::string text;
  AddLine(text, x.description);
  AddLine(text, x.seized_place);
  AddLine(text, x.seized_by);
  AddLine(text, x.authority);
  AddLine(text, x.warrant_number);
  AddLine(text, x.packaging);
  for (const auto& s : x.seal_numbers) AddLine(text, s);
  return {{"exhibit", x.id, "", x.number, text}};
}

std::vector<SearchItem> DocumentSearchItems(const Document& d, const std::string& text, const std::string& interview_kind) {
  std::string guard = d.interview_id.empty() ? "" : "statement:" + interview_kind;
  std::string head = d.name;
  AddLine(head, d.title);
  const std::string title = guard.empty() ? (d.title.empty() ? d.name : d.title) : "";
  std::vector<SearchItem> out{{"document", d.id, guard, title, head}};
  if (!text.empty()) out.push_back({"document", d.id, guard, title, text});
  return out;
}

}  // namespace ariadne
