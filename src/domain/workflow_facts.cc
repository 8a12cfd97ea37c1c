#include "domain/workflow_facts.h"

#include "domain/roles.h"

namespace ariadne {

const std::set<std::string>& WorkflowCaseFields() {
  static const std::set<std::string> kFields = {
      "title", "summary", "category", "forms_of_exploitation", "approach", "trigger", "jurisdiction_country",
      "jurisdiction_region", "countries_of_origin", "countries_of_transit", "countries_of_destination", "team_lead"};
  return kFields;
}

std::set<std::string> FilledCaseFields(const Case& c) {
  std::set<std::string> out;
  auto add = [&](const char* name, bool filled) {
    if (filled) out.insert(name);
  };
  add("title", !c.title.empty());
  add("summary", !c.summary.empty());
  add("category", !c.category.empty() && c.category != "undetermined");
  add("forms_of_exploitation", !c.forms_of_exploitation.empty());
  add("approach", !c.approach.empty());
  add("trigger", !c.trigger.empty());
  add("jurisdiction_country", !c.jurisdiction_country.empty());
  add("jurisdiction_region", !c.jurisdiction_region.empty());
  add("countries_of_origin", !c.countries_of_origin.empty());
  add("countries_of_transit", !c.countries_of_transit.empty());
  add("countries_of_destination", !c.countries_of_destination.empty());
  for (const auto& m : c.team)
    if (m.team_role == "lead") out.insert("team_lead");
  return out;
}

WorkflowVocabulary MakeWorkflowVocabulary(const Lookups& lookups, const ChecklistCatalogue* checklists) {
  WorkflowVocabulary v;
  for (Role r : AllRoles()) v.roles.insert(std::string(RoleId(r)));
  auto ids = [&](const char* list, std::set<std::string>& out) {
    const auto& doc = lookups.json();
    if (!doc.contains(list)) return;
    for (const auto& e : doc[list])
      if (e.contains("id") && e["id"].is_string()) out.insert(e["id"].get<std::string>());
  };
  ids("team_roles", v.case_roles);
  v.case_roles.insert("unit_supervisor");
  v.case_roles.insert("shared");
  ids("case_states", v.case_states);
  ids("categories", v.categories);
  ids("approaches", v.approaches);
  v.case_fields = WorkflowCaseFields();
  v.checklists = checklists;
  return v;
}

}  // namespace ariadne
