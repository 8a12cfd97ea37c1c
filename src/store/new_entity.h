// Writing a new case-file record with the first version of its history: the one path the API,
// the FollowTheMoney import and the demo all take, so each record starts the same way.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/entity_input.h"
#include "store/store.h"

namespace ariadne {

// Applies `in` to `e` (whose id and case_id the caller set) as version 1 recorded by `user_id`
// at `now`, checks the schema's required properties, and stores the record and its history.
// `changes` gets what version 1 recorded.
Status InsertNewEntity(StoreWriter& w, const EntityInput& in, const SchemaDef& def, const std::string& user_id,
                       int64_t now, Entity& e, std::vector<PropertyChange>& changes);

}  // namespace ariadne
