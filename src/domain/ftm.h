// FollowTheMoney JSON lines: the shared types of the case file as Aleph and other FtM tools read
// them, one entity per line: {"id", "schema", "properties": {name: [values]}}.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/entity.h"
#include "domain/entity_schema.h"

namespace ariadne {

// The entity as an FtM object. Properties in `hidden` (restricted for the reader, or redacted
// by the exporter) and Ariadne's own properties (ftm: false) are left out; values go in the form
// FtM expects (E.164 phones, compact IBANs, lower-case countries), names as written.
nlohmann::json ToFtm(const Entity& e, const SchemaDef& def, const std::set<std::string>& hidden);

// One parsed line of an import: the schema, the properties as an entity-input body, and the
// FtM ids it refers to (to be mapped to the new records' ids).
struct FtmLine {
  std::string id;
  nlohmann::json body;  // {"schema", "properties"} for ParseEntityInput, references still FtM ids
};

// Parses a JSON-lines document. Fails at the first bad line, naming it ("line 3: ...").
// At most `max_lines` entities.
Result<std::vector<FtmLine>> ParseFtmLines(const std::string& text, const EntitySchema& schema, size_t max_lines);

// Replaces the FtM ids in entity-typed properties by the ids in `ids`; fails naming the line's
// entity when a reference is to an id that is not in the import.
Status MapFtmReferences(FtmLine& line, const SchemaDef& def, const std::map<std::string, std::string>& ids);

}  // namespace ariadne
