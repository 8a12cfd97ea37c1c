#include "engine/match/match_input.h"

#include <algorithm>

#include "engine/normalise/phone_cache.h"

namespace ariadne {

MatchKind KindOfSchema(const std::string& schema) {
  if (schema == "Person") return MatchKind::kPerson;
  if (schema == "BankAccount") return MatchKind::kAccount;
  if (schema == "Passport" || schema == "Identification") return MatchKind::kDocument;
  if (schema == "Vehicle") return MatchKind::kVehicle;
  return MatchKind::kOrganization;  // Organization, Company, LegalEntity
}

const char* IdKindName(IdKind k) {
  switch (k) {
    case IdKind::kPassport: return "passport";
    case IdKind::kNationalId: return "national_id";
    case IdKind::kAccount: return "account";
    case IdKind::kPlate: return "plate";
    case IdKind::kEmail: return "email";
    case IdKind::kRegistration: return "registration";
  }
  return "identifier";
}

PreparedRecord Prepare(const MatchInput& in) {
  PreparedRecord r;
  r.id = in.id;
  r.group = in.group;
  r.schema = in.schema;
  r.kind = KindOfSchema(in.schema);
  for (const std::string& n : in.names) {
    PersonName p = ParsePersonName(n);
    if (!p.empty()) r.names.push_back(std::move(p));
    // A Latin x is х in Uzbek (Xurshid) but ks in English-style Russian names (Maxim): both readings.
    if (n.find_first_of("xX") != std::string::npos) {
      std::string ks;
      for (char c : n) ks += c == 'x' ? std::string("ks") : c == 'X' ? std::string("KS") : std::string(1, c);
      PersonName alt = ParsePersonName(ks);
      if (!alt.empty()) r.names.push_back(std::move(alt));
    }
  }
  for (const std::string& d : in.birth_dates)
    if (auto range = ParseDateRange(d)) r.births.push_back(*range);
  if (in.gender == "male" || in.gender == "m") r.gender = 'm';
  else if (in.gender == "female" || in.gender == "f") r.gender = 'f';
  else if (r.kind == MatchKind::kPerson)
    for (const PersonName& n : r.names)
      if (n.gender) r.gender = n.gender;
  for (const std::string& ph : in.phones) {
    std::string e = PhoneE164(ph, in.region);
    if (!e.empty() && std::find(r.phones.begin(), r.phones.end(), e) == r.phones.end()) r.phones.push_back(std::move(e));
  }
  for (const auto& [kind, raw] : in.identifiers) {
    std::string v = kind == IdKind::kAccount ? AccountKey(raw) : kind == IdKind::kEmail ? EmailKey(raw) : DocumentNumberKey(raw);
    // Too short to tell anyone apart ("1", "A12"): not an identifier for matching.
    if (v.size() < 5) continue;
    PreparedId id{kind, std::move(v)};
    if (std::find(r.ids.begin(), r.ids.end(), id) == r.ids.end()) r.ids.push_back(std::move(id));
  }
  return r;
}

}  // namespace ariadne
