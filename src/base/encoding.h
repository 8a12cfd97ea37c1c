// Byte encodings the API and store share: hex, unpadded base64url (RFC 4648 §5), UTF-8.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ariadne {

std::string HexEncode(const std::string& bytes);
std::string Base64UrlEncode(const std::string& bytes);
std::optional<std::string> Base64UrlDecode(const std::string& text);
// Appends a Unicode scalar value as UTF-8.
void AppendUtf8(uint32_t cp, std::string& out);

}  // namespace ariadne
