// How a case looks in the API. Restricted fields are left out — the key absent, not empty —
// unless the access function said the caller may see them.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/model.h"
#include "store/store.h"

namespace ariadne {

nlohmann::json UnitJson(const Unit& u);
nlohmann::json CaseSummaryJson(const Case& c, const Unit& unit);
// `visible_restricted` lists the restricted fields the caller may read.
nlohmann::json CaseJson(const Case& c, const Unit& unit, const User* creator,
                        const std::vector<std::string>& visible_restricted);

// Caches units by id for one request.
class UnitCache {
 public:
  explicit UnitCache(StoreReader& r) : r_(r) {}
  const Unit& Get(const std::string& id);

 private:
  StoreReader& r_;
  std::map<std::string, Unit> units_;
};

// Caches user names by id for one request ("" for an unknown id).
class UserNameCache {
 public:
  explicit UserNameCache(StoreReader& r) : r_(r) {}
  const std::string& Get(const std::string& user_id);

 private:
  StoreReader& r_;
  std::map<std::string, std::string> names_;
};

}  // namespace ariadne
