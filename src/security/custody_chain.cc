#include "security/custody_chain.h"

#include "security/crypto.h"

namespace ariadne {

std::string CustodyHash(const CustodyEvent& e) { return Sha256Hex(CustodyCanonical(e)); }

}  // namespace ariadne
