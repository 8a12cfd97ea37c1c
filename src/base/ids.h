// Record ids: UUIDv7 (RFC 9562) — time-ordered, so they index well and can be made on several
// servers or offline without coordination (DESIGN.md §4).
#pragma once

#include <string>

#include "base/env.h"

namespace ariadne {

// A new UUIDv7 in canonical 8-4-4-4-12 lower-case form, timestamped by env's clock.
std::string NewUuidV7(Env& env);

// True when `s` is a canonical UUID string (any version).
bool IsUuid(const std::string& s);

// `bytes` random bytes from env, as lower-case hex.
std::string RandomHex(Env& env, size_t bytes);

}  // namespace ariadne
