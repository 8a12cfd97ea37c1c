// Time-based one-time passwords (RFC 6238: 30-second steps, 6 digits, HMAC-SHA-1), as every
// authenticator app speaks them. Backed by liboath; time comes from the caller's Env.
#pragma once

#include <cstdint>
#include <string>

#include "base/env.h"
#include "base/error.h"

namespace ariadne {

// A new random 160-bit secret, base32 without padding.
std::string NewTotpSecret(Env& env);
// otpauth:// URI for QR codes in authenticator apps.
std::string TotpUri(const std::string& issuer, const std::string& account, const std::string& secret);
// True when `code` is valid at `now_ms`, one step of clock drift allowed either way.
bool VerifyTotp(const std::string& secret_base32, const std::string& code, int64_t now_ms);
// The code at `now_ms` (for tests and the demo).
Result<std::string> TotpCode(const std::string& secret_base32, int64_t now_ms);

}  // namespace ariadne
