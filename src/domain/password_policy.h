// The password policy: long passphrases rather than composition rules (NIST SP 800-63B):
// at least 12 characters, not the user name, not a run of one character, not a known-weak one.
#pragma once

#include <string>

#include "base/error.h"

namespace ariadne {

inline constexpr size_t kMinPasswordChars = 12;
inline constexpr size_t kMaxPasswordBytes = 1024;

Status CheckPasswordPolicy(const std::string& username, const std::string& password);

}  // namespace ariadne
