// The hash of a custody event (domain/custody.h defines what it covers).
#pragma once

#include <string>

#include "domain/custody.h"

namespace ariadne {

// Hex SHA-256 of CustodyCanonical(e).
std::string CustodyHash(const CustodyEvent& e);

}  // namespace ariadne
