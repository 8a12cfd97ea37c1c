#include "domain/indicators.h"

#include <regex>
#include <set>

#include "domain/config_reader.h"

namespace ariadne {
namespace {

using nlohmann::json;

struct PendingRef {
  std::string set_id;
  int version;
  size_t index;
  std::string ref;
  std::string file;
};

Result<IndicatorSet> ParseSet(const std::string& file, const json& doc, std::vector<PendingRef>& refs) {
  ConfigReader r("indicators", file);
  if (!doc.is_object()) return Fail(r.Bad("must be a JSON object", ""));
  ARIADNE_RETURN_IF_ERROR(r.Known(doc, {"id", "version", "kind", "label", "description", "source", "applies_to",
                                        "jurisdiction", "community", "groups", "indicators", "comment"},
                                  "the set"));
  IndicatorSet s;
  auto id = r.Id(doc, "id", "the set");
  if (!id) return Fail(id.error());
  s.id = *id;
  auto version = r.Positive(doc, "version", "the set");
  if (!version) return Fail(version.error());
  s.version = *version;
  const std::string plain = s.id + ".json", versioned = s.id + ".v" + std::to_string(s.version) + ".json";
  if (file != plain && file != versioned)
    return Fail(r.Bad("the file must be named " + plain + " or " + versioned, "id"));
  s.kind = doc.value("kind", "");
  if (s.kind != "standard" && s.kind != "national" && s.kind != "community")
    return Fail(r.Bad("kind is standard, national or community", "kind"));
  s.applies_to = doc.value("applies_to", "any");
  if (s.applies_to != "any" && s.applies_to != "adult" && s.applies_to != "child")
    return Fail(r.Bad("applies_to is any, adult or child", "applies_to"));
  if (s.kind == "national") {
    if (!doc.contains("jurisdiction") || !doc["jurisdiction"].is_string() ||
        doc["jurisdiction"].get<std::string>().size() != 2)
      return Fail(r.Bad("a national set names its jurisdiction (a country code)", "jurisdiction"));
    s.jurisdiction = doc["jurisdiction"].get<std::string>();
  }
  if (s.kind == "community") {
    const json& c = doc.value("community", json());
    ARIADNE_RETURN_IF_ERROR(r.Known(c, {"name", "role"}, "community"));
    auto name = r.Text(c, "name", "community");
    if (!name) return Fail(name.error());
    if (c.value("role", "") != "source" && c.value("role", "") != "destination")
      return Fail(r.Bad("community.role is source or destination", "community"));
  }
  auto label = r.Text(doc, "label", "the set");
  if (!label) return Fail(label.error());
  s.label = *label;
  auto description = r.Text(doc, "description", "the set", false);
  if (!description) return Fail(description.error());
  if (doc.contains("source")) ARIADNE_RETURN_IF_ERROR(r.Source(doc, "the set"));
  if (!doc.contains("groups") || !doc["groups"].is_array() || doc["groups"].empty())
    return Fail(r.Bad("groups must be a non-empty list", "groups"));
  for (const auto& g : doc["groups"]) {
    ARIADNE_RETURN_IF_ERROR(r.Known(g, {"id", "label"}, "a group"));
    auto gid = r.Id(g, "id", "a group");
    if (!gid) return Fail(gid.error());
    auto gl = r.Text(g, "label", "group " + *gid);
    if (!gl) return Fail(gl.error());
    if (s.Group(*gid)) return Fail(r.Bad("group " + *gid + " appears twice", "groups"));
    s.groups.push_back({*gid, *gl});
  }
  if (!doc.contains("indicators") || !doc["indicators"].is_array() || doc["indicators"].empty())
    return Fail(r.Bad("indicators must be a non-empty list", "indicators"));
  std::set<std::string> ids;
  for (const auto& i : doc["indicators"]) {
    ARIADNE_RETURN_IF_ERROR(r.Known(i, {"id", "text", "group", "direct", "source", "ref", "priority", "weight"},
                                    "an indicator"));
    auto iid = r.Id(i, "id", "an indicator");
    if (!iid) return Fail(iid.error());
    const std::string where = "indicator " + *iid;
    if (iid->rfind(s.id + ".", 0) != 0) return Fail(r.Bad(where + ": its id must start with '" + s.id + ".'", "id"));
    if (!ids.insert(*iid).second) return Fail(r.Bad(where + " appears twice", "indicators"));
    Indicator ind;
    ind.id = *iid;
    ind.group = i.value("group", "");
    if (!s.Group(ind.group)) return Fail(r.Bad(where + ": unknown group '" + ind.group + "'", "group"));
    if (i.contains("priority")) {
      auto p = r.Positive(i, "priority", where);
      if (!p) return Fail(p.error());
      ind.priority = *p;
    }
    if (i.contains("weight") && (s.kind == "standard" || !i["weight"].is_number() || i["weight"].get<double>() < 0))
      return Fail(r.Bad(where + ": only a national or community set may weigh an indicator, with a number >= 0",
                        "weight"));
    if (i.contains("ref")) {
      if (!i["ref"].is_string()) return Fail(r.Bad(where + ": ref names an indicator of another set", "ref"));
      refs.push_back({s.id, s.version, s.indicators.size(), i["ref"].get<std::string>(), file});
    } else {
      auto text = r.Text(i, "text", where);
      if (!text) return Fail(text.error());
      ind.text = *text;
      if (!i.contains("direct") || !i["direct"].is_boolean())
        return Fail(r.Bad(where + ": direct must be true or false", "direct"));
      ind.direct = i["direct"].get<bool>();
      ARIADNE_RETURN_IF_ERROR(r.Source(i, where));
    }
    s.indicators.push_back(std::move(ind));
  }
  s.doc = doc;
  s.doc.erase("comment");
  return s;
}

}  // namespace

const Indicator* IndicatorSet::Find(const std::string& indicator_id) const {
  for (const auto& i : indicators)
    if (i.id == indicator_id) return &i;
  return nullptr;
}

const IndicatorGroup* IndicatorSet::Group(const std::string& group_id) const {
  for (const auto& g : groups)
    if (g.id == group_id) return &g;
  return nullptr;
}

Result<IndicatorCatalogue> IndicatorCatalogue::FromJson(const std::map<std::string, json>& files) {
  IndicatorCatalogue c;
  std::vector<PendingRef> refs;
  for (const auto& [file, doc] : files) {
    auto s = ParseSet(file, doc, refs);
    if (!s) return Fail(s.error());
    auto& versions = c.sets_[s->id];
    if (versions.count(s->version))
      return Fail(ConfigReader("indicators", file).Bad("another file holds version " + std::to_string(s->version) +
                                                           " of " + s->id, "version"));
    versions.emplace(s->version, std::move(*s));
  }
  // One indicator id means one thing: a later version may keep it, another set may not.
  std::map<std::string, std::string> owner;
  for (const auto& [id, versions] : c.sets_)
    for (const auto& [v, s] : versions)
      for (const auto& i : s.indicators) owner.emplace(i.id, id);
  for (const auto& p : refs) {
    const Indicator* target = nullptr;
    auto it = owner.find(p.ref);
    if (it != owner.end() && it->second != p.set_id)
      for (const auto& [v, s] : c.sets_[it->second])  // oldest first: the newest version holding it wins
        if (const Indicator* i = s.Find(p.ref)) target = i;
    if (!target)
      return Fail(ConfigReader("indicators", p.file).Bad("ref '" + p.ref + "' names no indicator of another set", "ref"));
    Indicator& ind = c.sets_[p.set_id][p.version].indicators[p.index];
    ind.text = target->text;
    ind.direct = target->direct;
  }
  return c;
}

const IndicatorSet* IndicatorCatalogue::Latest(const std::string& id) const {
  auto it = sets_.find(id);
  if (it == sets_.end() || it->second.empty()) return nullptr;
  return &it->second.rbegin()->second;
}

const IndicatorSet* IndicatorCatalogue::Find(const std::string& id, int version) const {
  auto it = sets_.find(id);
  if (it == sets_.end()) return nullptr;
  auto v = it->second.find(version);
  return v == it->second.end() ? nullptr : &v->second;
}

std::vector<const IndicatorSet*> IndicatorCatalogue::LatestAll() const {
  std::vector<const IndicatorSet*> out;
  for (const auto& [id, versions] : sets_)
    if (!versions.empty()) out.push_back(&versions.rbegin()->second);
  return out;
}

Result<ScreeningResult> EvaluateScreening(const std::vector<const IndicatorSet*>& sets,
                                          const std::vector<Observation>& observations) {
  ScreeningResult out;
  std::set<std::string> seen;
  std::map<std::string, std::pair<const IndicatorSet*, const Indicator*>> observed;
  for (size_t k = 0; k < observations.size(); ++k) {
    const std::string field = "observations[" + std::to_string(k) + "].indicator";
    const Observation& o = observations[k];
    const Indicator* found = nullptr;
    const IndicatorSet* in = nullptr;
    for (const IndicatorSet* s : sets)
      if (const Indicator* i = s->Find(o.indicator)) found = i, in = s;
    if (!found)
      return Fail(Error::Invalid("invalid_value", "'" + o.indicator + "' is not an indicator of the chosen sets", field));
    if (!seen.insert(o.indicator).second)
      return Fail(Error::Invalid("invalid_value", "indicator '" + o.indicator + "' is observed twice", field));
    observed[o.indicator] = {in, found};
  }
  bool any_direct = false, any = !observed.empty();
  for (const IndicatorSet* s : sets)
    for (const IndicatorGroup& g : s->groups) {
      GroupSignal sig{s->id, g.id, g.label};
      for (const Indicator& i : s->indicators) {
        if (i.group != g.id) continue;
        ++sig.total;
        if (observed.count(i.id)) {
          ++sig.observed;
          if (i.direct) ++sig.direct_observed, any_direct = true;
        }
      }
      out.groups.push_back(sig);
    }
  out.recommendation = any_direct ? "refer_specialised_unit" : any ? "enquire_further" : "no_indicators_observed";
  return out;
}

LocalText ScreeningNotice() {
  return {"Indicators prompt further enquiry and referral; they never decide whether someone is or is not a victim.",
          "Индикаторы — повод для дальнейшей проверки и направления; они никогда не решают, является ли человек жертвой."};
}

}  // namespace ariadne
