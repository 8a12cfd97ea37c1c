// Reading MatchInput from the two places records come from: a FollowTheMoney entity (the
// `ariadne resolve` command's JSON lines) and a case-file record of the store.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/entity.h"
#include "engine/match/match_input.h"

namespace ariadne {

// Whether records of this schema take part in matching.
bool IsMatchableSchema(const std::string& schema);
// nullopt for an entity that is not matchable or has nothing to match on. `default_region`
// for phones when the entity names no jurisdiction or country.
std::optional<MatchInput> InputFromFtm(const nlohmann::json& entity, const std::string& default_region);
// A case-file record; `region` is its case's jurisdiction.
std::optional<MatchInput> InputFromEntity(const Entity& e, const std::string& region);

}  // namespace ariadne
