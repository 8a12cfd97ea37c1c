#include "engine/match/record_input.h"

#include <map>

namespace ariadne {
namespace {

using Props = std::map<std::string, std::vector<std::string>>;

const std::vector<std::string>& Values(const Props& p, const std::string& name) {
  static const std::vector<std::string> kNone;
  auto it = p.find(name);
  return it == p.end() ? kNone : it->second;
}

// Every property of the FtM schemata we read, by what it is to matching.
std::optional<MatchInput> FromProps(const std::string& id, const std::string& schema, const std::string& group,
                                    const Props& p, const std::string& region) {
  if (!IsMatchableSchema(schema)) return std::nullopt;
  MatchInput in;
  in.id = id;
  in.schema = schema;
  in.group = group;
  in.region = region;
  auto names = [&](const char* prop) {
    for (const auto& v : Values(p, prop)) in.names.push_back(v);
  };
  auto ids = [&](const char* prop, IdKind kind) {
    for (const auto& v : Values(p, prop)) in.identifiers.push_back({kind, v});
  };
  names("name");
  names("alias");
  if (in.names.empty()) {  // a name in parts only: "lastName firstName fatherName"
    std::string composed;
    for (const char* part : {"lastName", "surname", "firstName", "givenName", "fatherName", "middleName"})
      for (const auto& v : Values(p, part)) composed += (composed.empty() ? "" : " ") + v;
    if (!composed.empty()) in.names.push_back(composed);
  }
  for (const auto& v : Values(p, "birthDate")) in.birth_dates.push_back(v);
  if (!Values(p, "gender").empty()) in.gender = Values(p, "gender").front();
  for (const auto& v : Values(p, "phone")) in.phones.push_back(v);
  ids("email", IdKind::kEmail);
  const MatchKind kind = KindOfSchema(schema);
  if (kind == MatchKind::kPerson) {
    ids("passportNumber", IdKind::kPassport);
    ids("idNumber", IdKind::kNationalId);
  } else if (kind == MatchKind::kOrganization) {
    ids("registrationNumber", IdKind::kRegistration);
    ids("taxNumber", IdKind::kRegistration);
    ids("idNumber", IdKind::kRegistration);
  } else if (kind == MatchKind::kAccount) {
    ids("iban", IdKind::kAccount);
    ids("accountNumber", IdKind::kAccount);
  } else if (kind == MatchKind::kDocument) {
    ids("number", IdKind::kPassport);
    ids("passportNumber", IdKind::kPassport);
  } else if (kind == MatchKind::kVehicle) {
    ids("registrationNumber", IdKind::kPlate);
  }
  if (in.names.empty() && in.phones.empty() && in.identifiers.empty()) return std::nullopt;
  return in;
}

}  // namespace

bool IsMatchableSchema(const std::string& s) {
  return s == "Person" || s == "Organization" || s == "Company" || s == "LegalEntity" || s == "BankAccount" ||
         s == "Passport" || s == "Identification" || s == "Vehicle";
}

std::optional<MatchInput> InputFromFtm(const nlohmann::json& j, const std::string& default_region) {
  if (!j.is_object() || !j.contains("id") || !j["id"].is_string() || !j.contains("schema") || !j["schema"].is_string())
    return std::nullopt;
  Props props;
  if (j.contains("properties") && j["properties"].is_object()) {
    for (const auto& [k, v] : j["properties"].items()) {
      if (!v.is_array()) continue;
      for (const auto& x : v)
        if (x.is_string()) props[k].push_back(x.get<std::string>());
    }
  }
  std::string group;
  if (j.contains("datasets") && j["datasets"].is_array() && !j["datasets"].empty() && j["datasets"][0].is_string())
    group = j["datasets"][0].get<std::string>();
  std::string region = default_region;
  for (const char* prop : {"jurisdiction", "country", "nationality"})
    if (!Values(props, prop).empty()) {
      region = Values(props, prop).front();
      break;
    }
  return FromProps(j["id"].get<std::string>(), j["schema"].get<std::string>(), group, props, region);
}

std::optional<MatchInput> InputFromEntity(const Entity& e, const std::string& region) {
  if (e.deleted) return std::nullopt;
  Props props;
  for (const EntityValue& v : e.values) props[v.prop].push_back(v.value);
  return FromProps(e.id, e.schema, e.case_id, props, region);
}

}  // namespace ariadne
