// Validation of an entity create or update body against the entity schema. Every value is
// checked by its property type; a problem names the property ("properties.phone") so the
// client can point at it, and nothing is stored unless the whole body is sound.
//
//   create: {"schema": "Person", "properties": {"name": ["Алия Садыкова"], "phone": ["+7 701 …"]},
//            "source": "interview of 2 Nov", "grade": "B"}
//   update: {"version": 3, "properties": {"phone": []}, ...}  — each listed property's values
//            are replaced by the list; values already there keep their provenance.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/entity.h"
#include "domain/entity_schema.h"
#include "domain/property_value.h"

namespace ariadne {

struct EntityInput {
  std::optional<int64_t> version;  // required for updates
  std::string schema;              // create only
  std::map<std::string, std::vector<NormalizedValue>> properties;
  std::string source, grade;
};

enum class EntityInputMode { kCreate, kUpdate };

inline constexpr size_t kMaxValuesPerProperty = 50;

// `current_schema` is the entity's schema for updates (the body may not change it).
Result<EntityInput> ParseEntityInput(const nlohmann::json& body, const EntitySchema& schema, const Lookups& lookups,
                                     const ValueContext& ctx, EntityInputMode mode,
                                     const std::string& current_schema = {});

// Checks that every entity-typed value names a record of the case whose schema is in the
// property's range. `schema_of(id)` answers the schema of a record of the same case, or
// nullopt when there is none (or the caller may not see it).
Status CheckEntityReferences(const EntityInput& in, const SchemaDef& def,
                             const std::function<std::optional<std::string>(const std::string&)>& schema_of);

struct PropertyChange {
  std::string property;
  std::vector<std::string> added, removed;
};

// Applies `in` to `e` as version `next` (1 on create): values no longer listed are closed
// (until_version = next), new ones opened (since_version = next), unchanged ones kept with
// their provenance. Returns the changes; `closed` gets the closed values. Recomputes the
// caption. Does not touch e.version.
std::vector<PropertyChange> ApplyEntityInput(const EntityInput& in, const SchemaDef& def, const std::string& user_id,
                                             int64_t now, int64_t next, Entity& e, std::vector<EntityValue>& closed);

// The changes as the history stores them: [{property, added, removed}].
nlohmann::json ChangesJson(const std::vector<PropertyChange>& changes);

// Checks the schema's required properties on the entity's current values.
Status CheckRequired(const SchemaDef& def, const Entity& e);

// The caption from the first caption property with a value.
void ComputeCaption(const SchemaDef& def, Entity& e);

}  // namespace ariadne
