#include "engine/ingest/column_mapping.h"

#include <set>

namespace ariadne::ingest {

const char* ImportKindName(ImportKind k) { return k == ImportKind::kCalls ? "calls" : "transactions"; }

bool ParseImportKind(const std::string& s, ImportKind* out) {
  if (s == "calls") *out = ImportKind::kCalls;
  else if (s == "transactions") *out = ImportKind::kTransactions;
  else return false;
  return true;
}

const std::vector<std::string>& RequiredFields(ImportKind k) {
  static const std::vector<std::string> calls = {"caller", "callee", "start"};
  static const std::vector<std::string> txns = {"from_account", "to_account", "amount", "date"};
  return k == ImportKind::kCalls ? calls : txns;
}

const std::vector<std::string>& OptionalFields(ImportKind k) {
  static const std::vector<std::string> calls = {"duration", "cell", "location", "latitude", "longitude"};
  static const std::vector<std::string> txns = {"currency", "reference", "from_name", "to_name"};
  return k == ImportKind::kCalls ? calls : txns;
}

namespace {

Error Bad(const std::string& key, const std::string& what) {
  return Error::Invalid("invalid_mapping", "mapping." + key + " " + what, "mapping." + key);
}

Result<std::string> Str(const nlohmann::json& j, const std::string& key, const std::string& dflt,
                        const std::set<std::string>& allowed = {}) {
  if (!j.contains(key)) return dflt;
  if (!j[key].is_string()) return Fail(Bad(key, "must be a string"));
  std::string v = j[key].get<std::string>();
  if (!allowed.empty() && !allowed.count(v)) {
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    return Fail(Bad(key, "must be one of " + list));
  }
  return v;
}

}  // namespace

Result<ColumnMapping> ParseMapping(const nlohmann::json& j) {
  if (!j.is_object()) return Fail(Error::Invalid("invalid_mapping", "the mapping must be an object", "mapping"));
  static const std::set<std::string> keys = {"version", "kind", "name", "delimiter", "encoding", "header",
                                             "columns", "time_format", "duration_format", "region", "decimal",
                                             "currency", "utc_offset_minutes", "comment"};
  for (const auto& [k, v] : j.items())
    if (!keys.count(k)) return Fail(Bad(k, "is not a mapping key"));
  ColumnMapping m;
  auto kind = Str(j, "kind", "");
  if (!kind) return Fail(kind.error());
  if (!ParseImportKind(*kind, &m.kind)) return Fail(Bad("kind", "must be calls or transactions"));
  auto name = Str(j, "name", "");
  if (!name) return Fail(name.error());
  m.name = *name;
  if (m.name.empty() || m.name.size() > 120) return Fail(Bad("name", "must name the source format (1-120 characters)"));
  auto delim = Str(j, "delimiter", "");
  if (!delim) return Fail(delim.error());
  if (*delim == "\\t" || *delim == "tab") *delim = "\t";
  if (delim->size() > 1 || (delim->size() == 1 && std::string(",;\t|").find((*delim)[0]) == std::string::npos))
    return Fail(Bad("delimiter", "must be one of , ; tab |"));
  m.delimiter = delim->empty() ? 0 : (*delim)[0];
  auto enc = Str(j, "encoding", "utf-8", {"utf-8", "windows-1251"});
  if (!enc) return Fail(enc.error());
  m.windows_1251 = *enc == "windows-1251";
  if (j.contains("header")) {
    if (!j["header"].is_boolean()) return Fail(Bad("header", "must be true or false"));
    m.header = j["header"].get<bool>();
  }
  auto tf = Str(j, "time_format", "iso", {"iso", "dmy", "epoch"});
  if (!tf) return Fail(tf.error());
  m.time_format = *tf;
  auto df = Str(j, "duration_format", "seconds", {"seconds", "hms"});
  if (!df) return Fail(df.error());
  m.duration_format = *df;
  auto region = Str(j, "region", "");
  if (!region) return Fail(region.error());
  m.region = *region;
  if (!m.region.empty() && (m.region.size() != 2 || !isalpha(m.region[0]) || !isalpha(m.region[1])))
    return Fail(Bad("region", "must be a two-letter country code"));
  for (auto& c : m.region) c = static_cast<char>(toupper(c));
  auto dec = Str(j, "decimal", ".", {".", ","});
  if (!dec) return Fail(dec.error());
  m.decimal = (*dec)[0];
  auto cur = Str(j, "currency", "");
  if (!cur) return Fail(cur.error());
  m.currency = *cur;
  if (!m.currency.empty() && m.currency.size() != 3) return Fail(Bad("currency", "must be a three-letter code"));
  for (auto& c : m.currency) c = static_cast<char>(toupper(c));
  if (j.contains("utc_offset_minutes")) {
    if (!j["utc_offset_minutes"].is_number_integer()) return Fail(Bad("utc_offset_minutes", "must be an integer"));
    m.utc_offset_minutes = j["utc_offset_minutes"].get<int>();
    if (m.utc_offset_minutes < -720 || m.utc_offset_minutes > 840)
      return Fail(Bad("utc_offset_minutes", "must be between -720 and 840"));
  }
  if (!j.contains("columns") || !j["columns"].is_object()) return Fail(Bad("columns", "must be an object"));
  std::set<std::string> fields(RequiredFields(m.kind).begin(), RequiredFields(m.kind).end());
  fields.insert(OptionalFields(m.kind).begin(), OptionalFields(m.kind).end());
  for (const auto& [k, v] : j["columns"].items()) {
    if (!fields.count(k)) return Fail(Bad("columns." + k, "is not a field of " + std::string(ImportKindName(m.kind))));
    if (!v.is_string() || v.get<std::string>().empty())
      return Fail(Bad("columns." + k, "must name a column"));
    m.columns[k] = v.get<std::string>();
  }
  for (const auto& f : RequiredFields(m.kind))
    if (!m.columns.count(f)) return Fail(Bad("columns." + f, "is required"));
  if (m.kind == ImportKind::kTransactions && m.currency.empty() && !m.columns.count("currency"))
    return Fail(Bad("currency", "is required when the file has no currency column"));
  if (!m.header)
    for (const auto& [k, v] : m.columns)
      if (v[0] != '#') return Fail(Bad("columns." + k, "must be #N when the file has no header"));
  return m;
}

nlohmann::json MappingJson(const ColumnMapping& m) {
  nlohmann::json j = {{"version", 1},
                      {"kind", ImportKindName(m.kind)},
                      {"name", m.name},
                      {"encoding", m.windows_1251 ? "windows-1251" : "utf-8"},
                      {"header", m.header},
                      {"columns", m.columns},
                      {"time_format", m.time_format},
                      {"duration_format", m.duration_format},
                      {"decimal", std::string(1, m.decimal)},
                      {"utc_offset_minutes", m.utc_offset_minutes}};
  if (m.delimiter) j["delimiter"] = m.delimiter == '\t' ? std::string("tab") : std::string(1, m.delimiter);
  if (!m.region.empty()) j["region"] = m.region;
  if (!m.currency.empty()) j["currency"] = m.currency;
  return j;
}

}  // namespace ariadne::ingest
