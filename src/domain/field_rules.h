// Restricted fields of a record type (config/schema/<record>.json): a field visible only to
// the roles named (when they have access to the record) or to team members holding a grant.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/lookups.h"
#include "domain/roles.h"

namespace ariadne {

struct FieldRule {
  std::string name;
  std::vector<Role> roles;
  std::vector<std::string> grants;
};

class RecordSchema {
 public:
  static Result<RecordSchema> FromJson(const nlohmann::json& doc, const Lookups& lookups);
  // The rule for `field`, or nullptr when the field is not restricted.
  const FieldRule* Restriction(const std::string& field) const;
  const std::vector<FieldRule>& restricted() const { return restricted_; }

 private:
  std::vector<FieldRule> restricted_;
};

}  // namespace ariadne
