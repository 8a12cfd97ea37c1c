#include "domain/workflow.h"

#include <algorithm>
#include <deque>
#include <regex>

namespace ariadne {
namespace {

using nlohmann::json;

// Reads one definition file, failing with the file and the field named.
class Reader {
 public:
  Reader(std::string file, const WorkflowVocabulary& v) : file_(std::move(file)), v_(v) {}

  Error Bad(const std::string& what, const std::string& field) const {
    return Error::Invalid("invalid_config", "config/workflows/" + file_ + ": " + what, field);
  }

  Status Known(const json& obj, const std::set<std::string>& keys, const std::string& where) const {
    if (!obj.is_object()) return Fail(Bad(where + " must be an object", ""));
    for (const auto& [k, val] : obj.items())
      if (!keys.count(k)) return Fail(Bad("unknown field '" + k + "' in " + where, k));
    return Ok();
  }

  Result<LocalText> Text(const json& obj, const std::string& key, const std::string& where) const {
    const json& t = obj.contains(key) ? obj[key] : json();
    if (!t.is_object() || !t.contains("en") || !t.contains("ru") || !t["en"].is_string() || !t["ru"].is_string() ||
        t["en"].get<std::string>().empty() || t["ru"].get<std::string>().empty())
      return Fail(Bad(where + " needs " + key + ".en and " + key + ".ru", key));
    if (t.size() != 2) return Fail(Bad(where + ": " + key + " has only en and ru", key));
    return LocalText{t["en"].get<std::string>(), t["ru"].get<std::string>()};
  }

  Result<std::string> Id(const json& obj, const std::string& key, const std::string& where) const {
    static const std::regex kId("[a-z][a-z0-9_]*");
    const json& v = obj.contains(key) ? obj[key] : json();
    if (!v.is_string() || !std::regex_match(v.get<std::string>(), kId))
      return Fail(Bad(where + " needs " + key + ", a lower-case identifier", key));
    return v.get<std::string>();
  }

  Result<std::vector<std::string>> Strings(const json& obj, const std::string& key, const std::string& where,
                                           const std::set<std::string>* allowed, bool required) const {
    std::vector<std::string> out;
    if (!obj.contains(key)) {
      if (required) return Fail(Bad(where + " needs " + key, key));
      return out;
    }
    if (!obj[key].is_array()) return Fail(Bad(where + ": " + key + " must be a list", key));
    for (const auto& s : obj[key]) {
      if (!s.is_string()) return Fail(Bad(where + ": " + key + " must list strings", key));
      std::string val = s.get<std::string>();
      if (allowed && !allowed->count(val)) return Fail(Bad(where + ": unknown " + key + " '" + val + "'", key));
      out.push_back(val);
    }
    if (required && out.empty()) return Fail(Bad(where + ": " + key + " must not be empty", key));
    return out;
  }

  Result<int64_t> Hours(const json& obj, const std::string& key, const std::string& where, int64_t min) const {
    const json& v = obj.contains(key) ? obj[key] : json();
    if (!v.is_number_integer() || v.get<int64_t>() < min || v.get<int64_t>() > 24 * 366 * 5)
      return Fail(Bad(where + ": " + key + " must be a whole number of hours", key));
    return v.get<int64_t>();
  }

  Result<WorkflowAction> Action(const json& a, const std::string& where) const {
    WorkflowAction out;
    if (a.contains("task")) {
      ARIADNE_RETURN_IF_ERROR(Known(a, {"task", "title", "due_hours", "assignee", "priority"}, where));
      auto id = Id(a, "task", where);
      if (!id) return Fail(id.error());
      out.kind = WorkflowAction::Kind::kTask;
      out.id = *id;
      auto t = Text(a, "title", where);
      if (!t) return Fail(t.error());
      out.text = *t;
      auto h = Hours(a, "due_hours", where, 0);
      if (!h) return Fail(h.error());
      out.hours = *h;
      out.assignee = a.value("assignee", std::string("lead"));
      if (out.assignee != "lead" && out.assignee != "unassigned")
        return Fail(Bad(where + ": assignee is lead or unassigned", "assignee"));
      out.priority = a.value("priority", std::string("normal"));
      static const std::set<std::string> kPriorities = {"low", "normal", "high", "urgent"};
      if (!kPriorities.count(out.priority)) return Fail(Bad(where + ": unknown priority", "priority"));
    } else if (a.contains("start_timer")) {
      ARIADNE_RETURN_IF_ERROR(Known(a, {"start_timer", "label", "hours"}, where));
      auto id = Id(a, "start_timer", where);
      if (!id) return Fail(id.error());
      out.kind = WorkflowAction::Kind::kStartTimer;
      out.id = *id;
      auto t = Text(a, "label", where);
      if (!t) return Fail(t.error());
      out.text = *t;
      auto h = Hours(a, "hours", where, 1);
      if (!h) return Fail(h.error());
      out.hours = *h;
    } else if (a.contains("stop_timer")) {
      ARIADNE_RETURN_IF_ERROR(Known(a, {"stop_timer"}, where));
      auto id = Id(a, "stop_timer", where);
      if (!id) return Fail(id.error());
      out.kind = WorkflowAction::Kind::kStopTimer;
      out.id = *id;
    } else if (a.contains("notify")) {
      ARIADNE_RETURN_IF_ERROR(Known(a, {"notify", "message"}, where));
      out.kind = WorkflowAction::Kind::kNotify;
      out.assignee = a["notify"].is_string() ? a["notify"].get<std::string>() : "";
      if (out.assignee != "team" && out.assignee != "lead" && out.assignee != "supervisors")
        return Fail(Bad(where + ": notify is team, lead or supervisors", "notify"));
      auto t = Text(a, "message", where);
      if (!t) return Fail(t.error());
      out.text = *t;
    } else {
      return Fail(Bad(where + " must be a task, start_timer, stop_timer or notify", "on_enter"));
    }
    return out;
  }

  Result<WorkflowGuard> Guard(const json& g, const std::string& where) const {
    WorkflowGuard out;
    if (g.contains("field")) {
      ARIADNE_RETURN_IF_ERROR(Known(g, {"field"}, where));
      out.kind = WorkflowGuard::Kind::kField;
      out.field = g["field"].is_string() ? g["field"].get<std::string>() : "";
      if (!v_.case_fields.count(out.field)) return Fail(Bad(where + ": unknown case field '" + out.field + "'", "field"));
    } else if (g.contains("checklist")) {
      ARIADNE_RETURN_IF_ERROR(Known(g, {"checklist", "items", "min"}, where));
      out.kind = WorkflowGuard::Kind::kChecklist;
      out.checklist = g["checklist"].is_string() ? g["checklist"].get<std::string>() : "";
      const ChecklistTemplate* t = v_.checklists ? v_.checklists->Find(out.checklist) : nullptr;
      if (!t) return Fail(Bad(where + ": unknown checklist '" + out.checklist + "'", "checklist"));
      auto items = Strings(g, "items", where, nullptr, false);
      if (!items) return Fail(items.error());
      for (const auto& i : *items)
        if (!t->Find(i)) return Fail(Bad(where + ": checklist " + out.checklist + " has no item '" + i + "'", "items"));
      out.items = *items;
      if (out.items.empty())
        for (const auto& i : t->items) out.items.push_back(i.id);
      if (g.contains("min")) {
        if (!g["min"].is_number_integer() || g["min"].get<int>() < 1 ||
            g["min"].get<int>() > static_cast<int>(out.items.size()))
          return Fail(Bad(where + ": min must be between 1 and the number of items", "min"));
        out.min_items = g["min"].get<int>();
      }
    } else if (g.contains("approval")) {
      ARIADNE_RETURN_IF_ERROR(Known(g, {"approval"}, where));
      if (g["approval"] != true) return Fail(Bad(where + ": approval must be true", "approval"));
      out.kind = WorkflowGuard::Kind::kApproval;
    } else if (g.contains("timer_elapsed")) {
      ARIADNE_RETURN_IF_ERROR(Known(g, {"timer_elapsed"}, where));
      auto id = Id(g, "timer_elapsed", where);
      if (!id) return Fail(id.error());
      out.kind = WorkflowGuard::Kind::kTimerElapsed;
      out.timer = *id;
    } else {
      return Fail(Bad(where + " must be a field, checklist, approval or timer_elapsed guard", "guards"));
    }
    return out;
  }

  Result<WorkflowDefinition> Definition(const json& doc) const {
    ARIADNE_RETURN_IF_ERROR(Known(doc, {"version", "id", "label", "comment", "source", "applies_to", "initial",
                                        "states", "transitions"},
                                  "the definition"));
    WorkflowDefinition d;
    auto id = Id(doc, "id", "the definition");
    if (!id) return Fail(id.error());
    d.id = *id;
    if (file_.rfind(d.id + ".", 0) != 0 || file_.size() < 5 || file_.substr(file_.size() - 5) != ".json")
      return Fail(Bad("the file name must start with its id (" + d.id + ".json or " + d.id + ".vN.json)", "id"));
    if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"].get<int>() < 1)
      return Fail(Bad("version must be a positive integer", "version"));
    d.version = doc["version"].get<int>();
    auto label = Text(doc, "label", "the definition");
    if (!label) return Fail(label.error());
    d.label = *label;
    if (doc.contains("applies_to")) {
      ARIADNE_RETURN_IF_ERROR(Known(doc["applies_to"], {"categories", "approaches"}, "applies_to"));
      auto c = Strings(doc["applies_to"], "categories", "applies_to", &v_.categories, false);
      if (!c) return Fail(c.error());
      auto a = Strings(doc["applies_to"], "approaches", "applies_to", &v_.approaches, false);
      if (!a) return Fail(a.error());
      d.categories = *c;
      d.approaches = *a;
    }
    if (!doc.contains("states") || !doc["states"].is_array() || doc["states"].empty())
      return Fail(Bad("states are required", "states"));
    for (const auto& s : doc["states"]) {
      ARIADNE_RETURN_IF_ERROR(
          Known(s, {"id", "label", "section", "case_state", "final", "checklists", "on_enter"}, "a state"));
      WorkflowState st;
      auto sid = Id(s, "id", "a state");
      if (!sid) return Fail(sid.error());
      st.id = *sid;
      std::string where = "state " + st.id;
      if (d.State(st.id)) return Fail(Bad("two states are called " + st.id, "states"));
      auto l = Text(s, "label", where);
      if (!l) return Fail(l.error());
      st.label = *l;
      if (!s.contains("section") || !s["section"].is_string() || s["section"].get<std::string>().empty())
        return Fail(Bad(where + " needs section: the SOP section it comes from", "section"));
      st.section = s["section"].get<std::string>();
      st.case_state = s.value("case_state", std::string());
      if (!v_.case_states.count(st.case_state))
        return Fail(Bad(where + ": case_state must be one of the case states", "case_state"));
      if (s.contains("final") && !s["final"].is_boolean()) return Fail(Bad(where + ": final is true or false", "final"));
      st.final = s.value("final", false);
      auto cl = Strings(s, "checklists", where, nullptr, false);
      if (!cl) return Fail(cl.error());
      for (const auto& c : *cl)
        if (!v_.checklists || !v_.checklists->Find(c)) return Fail(Bad(where + ": unknown checklist '" + c + "'", "checklists"));
      st.checklists = *cl;
      if (s.contains("on_enter")) {
        if (!s["on_enter"].is_array()) return Fail(Bad(where + ": on_enter must be a list", "on_enter"));
        for (const auto& a : s["on_enter"]) {
          auto act = Action(a, where + " on_enter");
          if (!act) return Fail(act.error());
          st.on_enter.push_back(*act);
        }
      }
      d.states.push_back(std::move(st));
    }
    auto initial = Id(doc, "initial", "the definition");
    if (!initial) return Fail(initial.error());
    d.initial = *initial;
    if (!d.State(d.initial)) return Fail(Bad("initial names no state", "initial"));
    if (!doc.contains("transitions") || !doc["transitions"].is_array())
      return Fail(Bad("transitions are required", "transitions"));
    std::set<std::string> state_ids;
    for (const auto& s : d.states) state_ids.insert(s.id);
    for (const auto& t : doc["transitions"]) {
      ARIADNE_RETURN_IF_ERROR(Known(t, {"id", "from", "to", "label", "roles", "case_roles", "guards"}, "a transition"));
      WorkflowTransition tr;
      auto tid = Id(t, "id", "a transition");
      if (!tid) return Fail(tid.error());
      tr.id = *tid;
      std::string where = "transition " + tr.id;
      if (d.Transition(tr.id)) return Fail(Bad("two transitions are called " + tr.id, "transitions"));
      auto l = Text(t, "label", where);
      if (!l) return Fail(l.error());
      tr.label = *l;
      std::set<std::string> from_allowed = state_ids;
      from_allowed.insert("*");
      auto from = Strings(t, "from", where, &from_allowed, true);
      if (!from) return Fail(from.error());
      if (std::find(from->begin(), from->end(), "*") != from->end()) {  // every state that is not final
        from->clear();
        for (const auto& s : d.states)
          if (!s.final) from->push_back(s.id);
      }
      tr.from = *from;
      tr.to = t.value("to", std::string());
      if (!state_ids.count(tr.to)) return Fail(Bad(where + ": to names no state", "to"));
      tr.from.erase(std::remove(tr.from.begin(), tr.from.end(), tr.to), tr.from.end());
      if (tr.from.empty()) return Fail(Bad(where + " leads nowhere new", "from"));
      auto roles = Strings(t, "roles", where, &v_.roles, false);
      if (!roles) return Fail(roles.error());
      if (roles->empty()) return Fail(Bad(where + ": no role may take it", "roles"));
      tr.roles = *roles;
      auto case_roles = Strings(t, "case_roles", where, &v_.case_roles, false);
      if (!case_roles) return Fail(case_roles.error());
      tr.case_roles = *case_roles;
      if (t.contains("guards")) {
        if (!t["guards"].is_array()) return Fail(Bad(where + ": guards must be a list", "guards"));
        for (const auto& g : t["guards"]) {
          auto guard = Guard(g, where + " guard");
          if (!guard) return Fail(guard.error());
          tr.guards.push_back(*guard);
        }
      }
      d.transitions.push_back(std::move(tr));
    }
    return d;
  }

 private:
  std::string file_;
  const WorkflowVocabulary& v_;
};

// The checks across the whole definition: every state reachable, no dead end, timers known.
Status CheckGraph(const std::string& file, const WorkflowDefinition& d) {
  auto bad = [&](const std::string& what, const std::string& field) {
    return Fail(Error::Invalid("invalid_config", "config/workflows/" + file + ": " + what, field));
  };
  std::set<std::string> seen = {d.initial};
  std::deque<std::string> todo = {d.initial};
  while (!todo.empty()) {
    std::string s = todo.front();
    todo.pop_front();
    for (const auto& t : d.transitions)
      if (std::find(t.from.begin(), t.from.end(), s) != t.from.end() && seen.insert(t.to).second) todo.push_back(t.to);
  }
  bool any_final = false;
  for (const auto& s : d.states) {
    if (!seen.count(s.id)) return bad("state " + s.id + " cannot be reached from " + d.initial, "states");
    any_final = any_final || s.final;
    bool leaves = std::any_of(d.transitions.begin(), d.transitions.end(), [&](const WorkflowTransition& t) {
      return std::find(t.from.begin(), t.from.end(), s.id) != t.from.end();
    });
    if (!s.final && !leaves) return bad("state " + s.id + " is a dead end: no transition leaves it and it is not final", "states");
  }
  if (!any_final) return bad("no state is final", "states");
  std::set<std::string> timers = d.Timers();
  for (const auto& s : d.states)
    for (const auto& a : s.on_enter)
      if (a.kind == WorkflowAction::Kind::kStopTimer && !timers.count(a.id))
        return bad("state " + s.id + " stops timer " + a.id + ", which no state starts", "on_enter");
  for (const auto& t : d.transitions)
    for (const auto& g : t.guards)
      if (g.kind == WorkflowGuard::Kind::kTimerElapsed && !timers.count(g.timer))
        return bad("transition " + t.id + " waits for timer " + g.timer + ", which no state starts", "guards");
  return Ok();
}

}  // namespace

const WorkflowState* WorkflowDefinition::State(const std::string& sid) const {
  for (const auto& s : states)
    if (s.id == sid) return &s;
  return nullptr;
}

const WorkflowTransition* WorkflowDefinition::Transition(const std::string& tid) const {
  for (const auto& t : transitions)
    if (t.id == tid) return &t;
  return nullptr;
}

std::set<std::string> WorkflowDefinition::Timers() const {
  std::set<std::string> out;
  for (const auto& s : states)
    for (const auto& a : s.on_enter)
      if (a.kind == WorkflowAction::Kind::kStartTimer) out.insert(a.id);
  return out;
}

Result<WorkflowDefinition> ParseWorkflow(const std::string& file, const nlohmann::json& doc,
                                         const WorkflowVocabulary& vocabulary) {
  auto d = Reader(file, vocabulary).Definition(doc);
  if (!d) return Fail(d.error());
  ARIADNE_RETURN_IF_ERROR(CheckGraph(file, *d));
  d->doc = doc;
  return d;
}

Status WorkflowCatalogue::Add(WorkflowDefinition def) {
  auto key = std::make_pair(def.id, def.version);
  if (defs_.count(key))
    return Fail(Error::Invalid("invalid_config", "workflow " + def.id + " version " + std::to_string(def.version) +
                                                     " is defined twice", "version"));
  defs_.emplace(key, std::move(def));
  return Ok();
}

const WorkflowDefinition* WorkflowCatalogue::Find(const std::string& id, int version) const {
  auto it = defs_.find({id, version});
  return it == defs_.end() ? nullptr : &it->second;
}

const WorkflowDefinition* WorkflowCatalogue::Latest(const std::string& id) const {
  const WorkflowDefinition* best = nullptr;
  for (const auto& [key, d] : defs_)
    if (key.first == id) best = &d;  // ordered by version
  return best;
}

const WorkflowDefinition* WorkflowCatalogue::ForNewCase(const std::string& category, const std::string& approach) const {
  const WorkflowDefinition* best = nullptr;
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  for (const auto& [key, d] : defs_) {
    if (!has(d.categories, category) || !has(d.approaches, approach)) continue;
    if (Latest(d.id) == &d) best = best ? best : &d;
  }
  return best;
}

std::vector<const WorkflowDefinition*> WorkflowCatalogue::All() const {
  std::vector<const WorkflowDefinition*> out;
  for (const auto& [key, d] : defs_) out.push_back(&d);
  return out;
}

Result<WorkflowCatalogue> LoadWorkflows(const std::map<std::string, nlohmann::json>& files,
                                        const WorkflowVocabulary& vocabulary) {
  WorkflowCatalogue c;
  for (const auto& [file, doc] : files) {
    auto d = ParseWorkflow(file, doc, vocabulary);
    if (!d) return Fail(d.error());
    ARIADNE_RETURN_IF_ERROR(c.Add(std::move(*d)));
  }
  // A new case must have one workflow, not a choice between two.
  std::map<std::pair<std::string, std::string>, std::string> claimed;
  for (const WorkflowDefinition* d : c.All()) {
    if (c.Latest(d->id) != d) continue;
    for (const auto& cat : d->categories)
      for (const auto& app : d->approaches) {
        auto [it, fresh] = claimed.emplace(std::make_pair(cat, app), d->id);
        if (!fresh)
          return Fail(Error::Invalid("invalid_config", "workflows " + it->second + " and " + d->id +
                                                           " both apply to new " + cat + " cases with the " + app +
                                                           " approach", "applies_to"));
      }
  }
  return c;
}

Result<std::map<std::string, std::string>> CheckMigration(const WorkflowDefinition& from, const WorkflowDefinition& to,
                                                          const std::map<std::string, std::string>& mapping) {
  if (from.id != to.id)
    return Fail(Error::BadRequest("invalid_value", "a case migrates only between versions of one workflow", "to_version"));
  if (to.version <= from.version)
    return Fail(Error::BadRequest("invalid_value", "migrate to a newer version", "to_version"));
  std::map<std::string, std::string> out;
  for (const auto& [old_state, new_state] : mapping) {
    if (!from.State(old_state))
      return Fail(Error::BadRequest("invalid_value", "version " + std::to_string(from.version) + " has no state " + old_state,
                                    "mapping." + old_state));
    if (!to.State(new_state))
      return Fail(Error::BadRequest("invalid_value", "version " + std::to_string(to.version) + " has no state " + new_state,
                                    "mapping." + old_state));
  }
  for (const auto& s : from.states) {
    if (s.final) continue;
    auto it = mapping.find(s.id);
    if (it != mapping.end()) {
      out[s.id] = it->second;
    } else if (to.State(s.id)) {
      out[s.id] = s.id;
    } else {
      return Fail(Error::BadRequest("mapping_incomplete",
                                    "state " + s.id + " is gone in version " + std::to_string(to.version) + ": map it",
                                    "mapping." + s.id));
    }
  }
  return out;
}

}  // namespace ariadne
