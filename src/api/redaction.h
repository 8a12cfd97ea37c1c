// The one redaction mechanism every export uses: what the reader may not see (restricted
// properties, through EntityView) plus what the exporter chooses to leave out — named
// properties, or the identity of everyone involved in a role (a victim's, for a partner agency).
#pragma once

#include <set>
#include <string>

#include "api/entity_view.h"

namespace ariadne {

struct Redaction {
  std::set<std::string> properties;  // ?redact=phone,address
  std::set<std::string> identities;  // ?redact_identity=victim,witness: involvement roles
};

// Reads ?redact= and ?redact_identity= (comma-separated); 400 naming the parameter for an
// unknown property or role.
Result<Redaction> ParseRedaction(const RequestContext& ctx);

struct RedactedView {
  std::set<std::string> hidden;  // properties to leave out of this record
  bool identity = false;         // the record's identity is withheld (its identifying properties are hidden)
};

RedactedView Redact(const EntityView& view, const Entity& e, const Redaction& r, const EntitySchema& schema);

}  // namespace ariadne
