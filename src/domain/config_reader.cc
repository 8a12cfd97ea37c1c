#include "domain/config_reader.h"

#include <regex>

namespace ariadne {

using nlohmann::json;

Error ConfigReader::Bad(const std::string& what, const std::string& field) const {
  return Error::Invalid("invalid_config", "config/" + folder_ + "/" + file_ + ": " + what, field);
}

Status ConfigReader::Known(const json& obj, const std::set<std::string>& keys, const std::string& where) const {
  if (!obj.is_object()) return Fail(Bad(where + " must be an object", ""));
  for (const auto& [k, v] : obj.items())
    if (!keys.count(k)) return Fail(Bad("unknown field '" + k + "' in " + where, k));
  return Ok();
}

Result<LocalText> ConfigReader::Text(const json& obj, const std::string& key, const std::string& where,
                                     bool required) const {
  if (!obj.contains(key)) {
    if (required) return Fail(Bad(where + " needs " + key + ".en and " + key + ".ru", key));
    return LocalText{};
  }
  const json& t = obj[key];
  if (!t.is_object() || !t.contains("en") || !t.contains("ru") || !t["en"].is_string() || !t["ru"].is_string() ||
      t["en"].get<std::string>().empty() || t["ru"].get<std::string>().empty() || t.size() != 2)
    return Fail(Bad(where + " needs " + key + ".en and " + key + ".ru", key));
  return LocalText{t["en"].get<std::string>(), t["ru"].get<std::string>()};
}

Result<std::string> ConfigReader::Id(const json& obj, const std::string& key, const std::string& where) const {
  static const std::regex kId("[a-z][a-z0-9_.]*");
  if (!obj.contains(key) || !obj[key].is_string() || !std::regex_match(obj[key].get<std::string>(), kId))
    return Fail(Bad(where + ": " + key + " must be a lower-case identifier", key));
  return obj[key].get<std::string>();
}

Status ConfigReader::Source(const json& obj, const std::string& where) const {
  static const std::regex kLines("([0-9]+(-[0-9]+)?(, ?[0-9]+(-[0-9]+)?)*)?");
  if (!obj.contains("source")) return Fail(Bad(where + " needs a source (document and lines)", "source"));
  const json& s = obj["source"];
  ARIADNE_RETURN_IF_ERROR(Known(s, {"document", "lines"}, where + " source"));
  if (!s.contains("document") || !s["document"].is_string() || s["document"].get<std::string>().empty() ||
      !s.contains("lines") || !s["lines"].is_string() || !std::regex_match(s["lines"].get<std::string>(), kLines))
    return Fail(Bad(where + " source needs a document and lines (\"N\", \"N-M\" or a comma-separated list)", "source"));
  return Ok();
}

Result<int> ConfigReader::Positive(const json& obj, const std::string& key, const std::string& where) const {
  if (!obj.contains(key) || !obj[key].is_number_integer() || obj[key].get<int64_t>() < 1 ||
      obj[key].get<int64_t>() > 1000000)
    return Fail(Bad(where + ": " + key + " must be a positive integer", key));
  return obj[key].get<int>();
}

json TextJson(const LocalText& t) { return {{"en", t.en}, {"ru", t.ru}}; }

}  // namespace ariadne
