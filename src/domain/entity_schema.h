// The entity schemata of the case file (config/schema/entities.json): a subset of
// FollowTheMoney with its schema and property names, each property typed and multi-valued,
// plus the restricted-property rules that protect victims and informants (DESIGN.md §4, §5).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/field_rules.h"
#include "domain/lookups.h"

namespace ariadne {

struct PropertyDef {
  std::string name;
  std::string type;                // a property_value.h type, or "address"
  std::vector<std::string> range;  // schemata an "entity" property may point at
  bool ftm = true;                 // false: Ariadne's own, never exported as FollowTheMoney
  std::string lookup;              // values must be ids of this lookups list (e.g. event_types)
  nlohmann::json label;            // {en, ru}
};

struct EdgeDef {
  std::string source, target;  // entity properties
  bool directed = true;
};

struct SchemaDef {
  std::string name;
  nlohmann::json label;
  std::vector<std::string> caption;   // properties tried in order for the record's caption
  std::vector<std::string> required;
  std::map<std::string, PropertyDef> properties;
  std::optional<EdgeDef> edge;        // relationships: the two ends
  // An identity document is protected as its holder is: the record takes the involvement roles
  // of the record this entity property names (Passport.holder).
  std::string inherits_involvement_from;
  const PropertyDef* Property(const std::string& name) const;
};

// Properties restricted for everyone but the rule's roles and grants — always, or while the
// person is involved in the case in one of `when_involved_as`.
struct PropertyRestriction {
  std::set<std::string> properties;
  bool always = false;
  std::set<std::string> when_involved_as;
  FieldRule to;  // roles and grants that may read them (FieldRule::name is unused)
};

class EntitySchema {
 public:
  // Validates the document: known types, ranges naming schemata, edges on entity properties,
  // captions and required properties that exist, restrictions on known properties, roles,
  // involvement roles and grants.
  static Result<EntitySchema> FromJson(const nlohmann::json& doc, const Lookups& lookups);

  const SchemaDef* Find(const std::string& schema) const;
  const std::map<std::string, SchemaDef>& schemata() const { return schemata_; }
  // The restrictions that apply to `property` of a record involved in the case as `roles`.
  std::vector<const PropertyRestriction*> RestrictionsFor(const std::string& property,
                                                          const std::vector<std::string>& roles) const;
  const std::vector<PropertyRestriction>& restrictions() const { return restrictions_; }
  int version() const { return version_; }
  // The validated document, for clients that build forms from it.
  const nlohmann::json& json() const { return doc_; }

 private:
  int version_ = 0;
  nlohmann::json doc_;
  std::map<std::string, SchemaDef> schemata_;
  std::vector<PropertyRestriction> restrictions_;
};

}  // namespace ariadne
