// The partner directory of the national referral mechanism: organisations (NGOs, social and
// child services, health, legal aid) with the services they offer — the SOP's six referral
// types — by region, with contacts. A partner's users are the members of its unit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

class ProtectionReference;

struct PartnerOrg {
  std::string id;
  std::string name;
  std::string kind = "ngo";  // ngo | state | international | other
  std::string country, region;
  std::vector<std::string> services;
  nlohmann::json contacts = nlohmann::json::object();  // phone, email, address, person
  std::string unit_id;  // the unit whose users act for it; may be empty
  bool active = true;
  int64_t created_at = 0, updated_at = 0;
  int64_t version = 1;

  bool Offers(const std::string& service) const;
};

// Creates (`existing` null) or changes a partner from a request body; unknown services,
// kinds, contact fields and wrong types are refused naming the field.
Status ApplyPartnerInput(const nlohmann::json& body, const ProtectionReference& ref, PartnerOrg& p, bool create);

}  // namespace ariadne
