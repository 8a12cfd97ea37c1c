#include "api/entity_view.h"

#include "base/time_format.h"

namespace ariadne {

using nlohmann::json;

Result<EntityView> EntityView::ForCase(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& facts) {
  EntityView v(ctx, facts);
  auto all = r.ListInvolvements(facts.case_id);
  if (!all) return Fail(all.error());
  for (auto& i : *all) v.involvements_[i.entity_id].push_back(std::move(i));
  return v;
}

const std::vector<Involvement>& EntityView::InvolvementsOf(const std::string& entity_id) const {
  static const std::vector<Involvement> kNone;
  auto it = involvements_.find(entity_id);
  return it == involvements_.end() ? kNone : it->second;
}

std::vector<std::string> EntityView::RolesOf(const Entity& e) const {
  std::vector<std::string> roles;
  for (const auto& i : InvolvementsOf(e.id)) roles.push_back(i.role);
  const SchemaDef* def = ctx_->app.authz->entity_schema().Find(e.schema);
  if (def && !def->inherits_involvement_from.empty())
    for (const auto& v : e.values)
      if (v.prop == def->inherits_involvement_from)
        for (const auto& i : InvolvementsOf(v.normalized)) roles.push_back(i.role);
  return roles;
}

bool EntityView::MayRead(const Entity& e, const std::string& property) const {
  return ctx_->app.authz->MayReadEntityProperty(ctx_->caller(), facts_, RolesOf(e), property);
}

std::set<std::string> EntityView::Hidden(const Entity& e) const {
  std::set<std::string> hidden;
  const SchemaDef* def = ctx_->app.authz->entity_schema().Find(e.schema);
  if (!def) return hidden;
  const auto roles = RolesOf(e);
  for (const auto& [name, _] : def->properties)
    if (!ctx_->app.authz->MayReadEntityProperty(ctx_->caller(), facts_, roles, name)) hidden.insert(name);
  return hidden;
}

json EntityView::Render(const Entity& e, StoreReader& r) {
  if (!users_) users_.emplace(r);
  const auto hidden = Hidden(e);
  json props = json::object();
  for (const auto& v : e.values) {
    if (hidden.count(v.prop)) continue;
    json jv = {{"value", v.value},
               {"recorded_by", users_->Get(v.recorded_by)},
               {"recorded_at", FormatTime(v.recorded_at)}};
    if (!v.normalized.empty()) jv["normalized"] = v.normalized;
    if (!v.latin.empty()) jv["latin"] = v.latin;
    if (!v.flags.empty()) jv["flags"] = v.flags;
    if (!v.source.empty()) jv["source"] = v.source;
    if (!v.grade.empty()) jv["grade"] = v.grade;
    props[v.prop].push_back(std::move(jv));
  }
  json involvements = json::array();
  for (const auto& i : InvolvementsOf(e.id)) {
    json ji = {{"role", i.role}, {"added_at", FormatTime(i.added_at)}, {"added_by", users_->Get(i.added_by)}};
    if (!i.network_role.empty()) ji["network_role"] = i.network_role;
    if (!i.note.empty()) ji["note"] = i.note;
    involvements.push_back(std::move(ji));
  }
  const bool caption_hidden = !e.caption_prop.empty() && hidden.count(e.caption_prop);
  json out = {{"id", e.id},
              {"case_id", e.case_id},
              {"schema", e.schema},
              {"caption", caption_hidden ? json(nullptr) : json(e.caption)},
              {"version", e.version},
              {"created_by", users_->Get(e.created_by)},
              {"created_at", FormatTime(e.created_at)},
              {"updated_at", FormatTime(e.updated_at)},
              {"properties", props},
              {"involvements", involvements}};
  if (!caption_hidden && !e.caption_latin.empty()) out["caption_latin"] = e.caption_latin;
  if (caption_hidden) out["identity_restricted"] = true;
  return out;
}

json EntityView::RenderHistory(const Entity& e, const std::vector<EntityHistoryEntry>& entries, StoreReader& r) {
  if (!users_) users_.emplace(r);
  const auto hidden = Hidden(e);
  json items = json::array();
  for (const auto& h : entries) {
    json changes = json::array();
    auto parsed = json::parse(h.changes_json, nullptr, false);
    if (parsed.is_array())
      for (const auto& c : parsed)
        if (c.is_object() && !hidden.count(c.value("property", ""))) changes.push_back(c);
    // A version whose every change is hidden still shows that something changed, and when.
    items.push_back({{"version", h.version},
                     {"changed_by", users_->Get(h.changed_by)},
                     {"at", FormatTime(h.at)},
                     {"changes", changes}});
  }
  return items;
}

}  // namespace ariadne
