// Who may read a document: anyone who sees its case, except a document attached to an
// interview, which is read as that interview's statements are (victims', children's).
#pragma once

#include "api/request_context.h"

namespace ariadne {

bool MayReadDocument(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f, const Document& d);

}  // namespace ariadne
