// Byte encodings the API and store share: hex and unpadded base64url (RFC 4648 §5).
#pragma once

#include <optional>
#include <string>

namespace ariadne {

std::string HexEncode(const std::string& bytes);
std::string Base64UrlEncode(const std::string& bytes);
std::optional<std::string> Base64UrlDecode(const std::string& text);

}  // namespace ariadne
