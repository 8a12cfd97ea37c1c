#include "domain/intel_grading.h"

#include <algorithm>

#include "domain/config_reader.h"

namespace ariadne {

using nlohmann::json;

namespace {

const std::set<std::string> kClasses = {"own_agency", "national_le", "foreign_le", "non_prosecuting"};
const std::set<std::string> kPaths = {intel_path::kView,      intel_path::kExport,    intel_path::kSearchHit,
                                      intel_path::kGraphPath, intel_path::kShareUnit, intel_path::kShareAbroad};

Status Grades(const ConfigReader& cr, const json& doc, const char* key, std::map<std::string, std::string>& out) {
  if (!doc.contains(key) || !doc[key].is_array() || doc[key].size() != 5)
    return Fail(cr.Bad("must be a list of five grades", key));
  for (size_t i = 0; i < doc[key].size(); ++i) {
    const json& g = doc[key][i];
    const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
    if (!g.is_object() || !g.contains("code") || !g["code"].is_string() || g["code"].get<std::string>().empty())
      return Fail(cr.Bad("needs a code", where));
    if (!g.contains("admiralty") || !g["admiralty"].is_string()) return Fail(cr.Bad("needs its Admiralty grade", where + ".admiralty"));
    auto label = cr.Text(g, "label", where);
    if (!label) return Fail(label.error());
    if (!out.emplace(g["code"].get<std::string>(), g["admiralty"].get<std::string>()).second)
      return Fail(cr.Bad("repeats a code", where + ".code"));
  }
  return Ok();
}

}  // namespace

Result<IntelGrading> IntelGrading::FromJson(const json& doc) {
  ConfigReader cr("intelligence", "grading.json");
  IntelGrading g;
  g.doc_ = doc;
  if (!doc.is_object()) return Fail(cr.Bad("must be an object", ""));
  ARIADNE_RETURN_IF_ERROR(cr.Known(doc, {"version", "comment", "source_grades", "intelligence_grades", "recipient_classes",
                                         "paths", "handling_codes", "cycle", "modus_operandi", "min_cell"},
                                   ""));
  ARIADNE_RETURN_IF_ERROR(Grades(cr, doc, "source_grades", g.admiralty_source_));
  ARIADNE_RETURN_IF_ERROR(Grades(cr, doc, "intelligence_grades", g.admiralty_intel_));
  for (const char* list : {"recipient_classes", "paths"}) {
    if (!doc.contains(list) || !doc[list].is_array()) return Fail(cr.Bad("must be a list", list));
    const std::set<std::string>& known = std::string(list) == "paths" ? kPaths : kClasses;
    std::set<std::string> seen;
    for (size_t i = 0; i < doc[list].size(); ++i) {
      const std::string where = std::string(list) + "[" + std::to_string(i) + "]";
      auto id = cr.Id(doc[list][i], "id", where);
      if (!id) return Fail(id.error());
      if (!known.count(*id)) return Fail(cr.Bad("is not one the access rules know", where + ".id"));
      auto label = cr.Text(doc[list][i], "label", where);
      if (!label) return Fail(label.error());
      seen.insert(*id);
    }
    if (seen != known) return Fail(cr.Bad("must list each of them once", list));
  }
  if (!doc.contains("handling_codes") || !doc["handling_codes"].is_array() || doc["handling_codes"].empty())
    return Fail(cr.Bad("must be a list", "handling_codes"));
  for (size_t i = 0; i < doc["handling_codes"].size(); ++i) {
    const json& h = doc["handling_codes"][i];
    const std::string where = "handling_codes[" + std::to_string(i) + "]";
    ARIADNE_RETURN_IF_ERROR(cr.Known(h, {"code", "tlp", "special", "consent_required", "label", "allow"}, where));
    HandlingCode c;
    if (!h.contains("code") || !h["code"].is_string() || h["code"].get<std::string>().empty())
      return Fail(cr.Bad("needs a code", where + ".code"));
    c.code = h["code"];
    static const std::set<std::string> kTlp = {"TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"};
    if (!h.contains("tlp") || !h["tlp"].is_string() || !kTlp.count(h["tlp"].get<std::string>()))
      return Fail(cr.Bad("must be a TLP 2.0 label", where + ".tlp"));
    c.tlp = h["tlp"];
    c.special = h.value("special", false);
    c.consent_required = h.value("consent_required", false);
    auto label = cr.Text(h, "label", where);
    if (!label) return Fail(label.error());
    if (!h.contains("allow") || !h["allow"].is_object()) return Fail(cr.Bad("must map each recipient class to paths", where + ".allow"));
    for (const auto& cls : kClasses) {
      const std::string w = where + ".allow." + cls;
      if (!h["allow"].contains(cls) || !h["allow"][cls].is_array()) return Fail(cr.Bad("must be a list of paths", w));
      for (const auto& p : h["allow"][cls]) {
        if (!p.is_string() || !kPaths.count(p.get<std::string>())) return Fail(cr.Bad("names an unknown path", w));
        c.allow[cls].insert(p.get<std::string>());
      }
    }
    for (const auto& [cls, _] : h["allow"].items())
      if (!kClasses.count(cls)) return Fail(cr.Bad("is not a recipient class", where + ".allow." + cls));
    if (c.consent_required)
      for (const auto& [cls, paths] : c.allow)
        if (paths.count(intel_path::kShareUnit) || paths.count(intel_path::kShareAbroad))
          return Fail(cr.Bad("a code that needs the originator's consent lets nobody else pass it on", where + ".allow." + cls));
    for (const auto& other : g.handling_)
      if (other.code == c.code) return Fail(cr.Bad("repeats a code", where + ".code"));
    g.handling_.push_back(std::move(c));
  }
  const json& cycle = doc.value("cycle", json::object());
  if (!cycle.contains("states") || !cycle["states"].is_array() || !cycle.contains("transitions") ||
      !cycle["transitions"].is_object())
    return Fail(cr.Bad("needs states and transitions", "cycle"));
  for (size_t i = 0; i < cycle["states"].size(); ++i) {
    auto id = cr.Id(cycle["states"][i], "id", "cycle.states[" + std::to_string(i) + "]");
    if (!id) return Fail(id.error());
    g.transitions_[*id];
  }
  for (const char* needed : {"collected", "analysed", "disseminated", "actioned", "archived"})
    if (!g.transitions_.count(needed)) return Fail(cr.Bad(std::string("must have the state ") + needed, "cycle.states"));
  for (const auto& [from, tos] : cycle["transitions"].items()) {
    if (!g.transitions_.count(from)) return Fail(cr.Bad("is not a state", "cycle.transitions." + from));
    if (!tos.is_array()) return Fail(cr.Bad("must be a list of states", "cycle.transitions." + from));
    for (const auto& t : tos) {
      if (!t.is_string() || !g.transitions_.count(t.get<std::string>()))
        return Fail(cr.Bad("names an unknown state", "cycle.transitions." + from));
      g.transitions_[from].insert(t.get<std::string>());
    }
  }
  if (!doc.contains("modus_operandi") || !doc["modus_operandi"].is_array())
    return Fail(cr.Bad("must be a list", "modus_operandi"));
  for (size_t i = 0; i < doc["modus_operandi"].size(); ++i) {
    const std::string where = "modus_operandi[" + std::to_string(i) + "]";
    auto id = cr.Id(doc["modus_operandi"][i], "id", where);
    if (!id) return Fail(id.error());
    auto label = cr.Text(doc["modus_operandi"][i], "label", where);
    if (!label) return Fail(label.error());
    g.modus_[*id] = doc["modus_operandi"][i]["label"];
  }
  if (doc.contains("min_cell")) {
    auto m = cr.Positive(doc, "min_cell", "");
    if (!m) return Fail(m.error());
    g.min_cell_ = *m;
  }
  return g;
}

const HandlingCode* IntelGrading::Handling(const std::string& code) const {
  for (const auto& h : handling_)
    if (h.code == code) return &h;
  return nullptr;
}

bool IntelGrading::Allows(const std::string& code, const std::string& cls, const std::string& path) const {
  const HandlingCode* h = Handling(code);
  if (!h) return false;  // an unknown code lets nothing through
  auto it = h->allow.find(cls);
  return it != h->allow.end() && it->second.count(path) > 0;
}

std::string IntelGrading::Stricter(const std::string& a, const std::string& b) const {
  if (a.empty()) return b;
  if (b.empty()) return a;
  // An unknown code ranks past every known one: it lets nothing through (Allows).
  auto rank = [&](const std::string& c) {
    for (size_t i = 0; i < handling_.size(); ++i)
      if (handling_[i].code == c) return i;
    return handling_.size();
  };
  return rank(a) >= rank(b) ? a : b;
}

bool IntelGrading::MayMove(const std::string& from, const std::string& to) const {
  auto it = transitions_.find(from);
  return it != transitions_.end() && it->second.count(to) > 0;
}

std::string IntelGrading::AdmiraltySource(const std::string& c) const {
  auto it = admiralty_source_.find(c);
  return it == admiralty_source_.end() ? "F" : it->second;
}

std::string IntelGrading::AdmiraltyIntelligence(const std::string& c) const {
  auto it = admiralty_intel_.find(c);
  return it == admiralty_intel_.end() ? "6" : it->second;
}

const json& IntelGrading::ModusLabel(const std::string& id) const {
  static const json kNull = nullptr;
  auto it = modus_.find(id);
  return it == modus_.end() ? kNull : it->second;
}

Result<Grading> IntelGrading::Parse(const json& j, const std::string& field, Grading g) const {
  if (!j.is_object()) return Fail(Error::BadRequest("wrong_type", field + " is an object of source, intelligence, handling", field));
  for (const auto& [k, v] : j.items()) {
    const std::string f = field + "." + k;
    if (k != "source" && k != "intelligence" && k != "handling")
      return Fail(Error::BadRequest("unknown_field", "unknown field '" + f + "'", f));
    if (!v.is_string()) return Fail(Error::BadRequest("wrong_type", f + " is a code", f));
    const std::string c = v;
    if (k == "source" ? !IsSource(c) : k == "intelligence" ? !IsIntelligence(c) : Handling(c) == nullptr)
      return Fail(Error::Invalid("invalid_value", "'" + c + "' is not a " + k + " code", f));
    (k == "source" ? g.source : k == "intelligence" ? g.intelligence : g.handling) = c;
  }
  return g;
}

json GradingJson(const Grading& g) {
  return {{"source", g.source}, {"intelligence", g.intelligence}, {"handling", g.handling}};
}

}  // namespace ariadne
