// Cryptographic primitives, all from libsodium — the only file that includes sodium.h.
#pragma once

#include <string>

#include "base/error.h"

namespace ariadne {

// Must be called once before any other function here. Safe to call again.
Status InitCrypto();

// Argon2id (libsodium's interactive limits: 2 passes, 64 MiB) in the PHC string format.
Result<std::string> HashPassword(const std::string& password);
bool VerifyPassword(const std::string& encoded_hash, const std::string& password);

std::string Sha256Hex(const std::string& data);
// HMAC-SHA-256 of `data` under `key`, as hex.
std::string HmacSha256Hex(const std::string& key, const std::string& data);
// Compares in time independent of where the strings differ.
bool ConstantTimeEquals(const std::string& a, const std::string& b);

}  // namespace ariadne
