#include "api/case_json.h"

#include <algorithm>

#include "base/time_format.h"

namespace ariadne {

using nlohmann::json;

json UnitJson(const Unit& u) {
  return {{"id", u.id}, {"code", u.code}, {"name", u.name}, {"country", u.country}, {"region", u.region},
          {"agency", u.agency}, {"kind", u.kind}};
}

json CaseSummaryJson(const Case& c, const Unit& unit) {
  return {{"id", c.id},
          {"reference", c.reference},
          {"title", c.title},
          {"category", c.category},
          {"forms_of_exploitation", c.forms_of_exploitation},
          {"approach", c.approach},
          {"trigger", c.trigger},
          {"state", c.state},
          {"jurisdiction", {{"country", c.jurisdiction_country}, {"region", c.jurisdiction_region}}},
          {"owning_unit", {{"id", unit.id}, {"code", unit.code}, {"name", unit.name}}},
          {"created_at", FormatTime(c.created_at)},
          {"updated_at", FormatTime(c.updated_at)},
          {"version", c.version}};
}

json CaseJson(const Case& c, const Unit& unit, const User* creator, const std::vector<std::string>& visible_restricted) {
  json j = CaseSummaryJson(c, unit);
  j["summary"] = c.summary;
  j["countries_of_origin"] = c.countries_of_origin;
  j["countries_of_transit"] = c.countries_of_transit;
  j["countries_of_destination"] = c.countries_of_destination;
  j["covert"] = c.covert;
  j["created_by"] = creator ? json{{"id", creator->id}, {"username", creator->username},
                                   {"display_name", creator->display_name}}
                            : json{{"id", c.created_by}};
  json team = json::array();
  for (const auto& m : c.team)
    team.push_back({{"user_id", m.user_id}, {"username", m.username}, {"display_name", m.display_name},
                    {"role", RoleId(m.role)}, {"team_role", m.team_role}, {"grants", m.grants}});
  j["team"] = team;
  json shares = json::array();
  for (const auto& s : c.shares)
    shares.push_back({{"user_id", s.user_id}, {"username", s.username}, {"display_name", s.display_name},
                      {"role", RoleId(s.role)}});
  j["shares"] = shares;
  json links = json::array();
  for (const auto& l : c.links)
    links.push_back({{"case_id", l.case_id}, {"reference", l.reference}, {"title", l.title}, {"reason", l.reason}});
  j["links"] = links;
  auto visible = [&](const char* f) {
    return std::find(visible_restricted.begin(), visible_restricted.end(), f) != visible_restricted.end();
  };
  if (visible("victim_notes")) j["victim_notes"] = c.victim_notes;
  return j;
}

const Unit& UnitCache::Get(const std::string& id) {
  auto it = units_.find(id);
  if (it != units_.end()) return it->second;
  auto u = r_.GetUnit(id);
  Unit unit = u ? *u : Unit{id, "?", "?", "", "", 0};
  return units_.emplace(id, unit).first->second;
}

const std::string& UserNameCache::Get(const std::string& user_id) {
  auto it = names_.find(user_id);
  if (it != names_.end()) return it->second;
  auto u = r_.GetUser(user_id);
  return names_[user_id] = u ? u->username : std::string();
}

}  // namespace ariadne
