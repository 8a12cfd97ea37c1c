#include "api/document_io.h"

#include <cctype>

namespace ariadne {
namespace {

bool ParseU64(const std::string& s, uint64_t& out) {
  if (s.empty() || s.size() > 19) return false;
  out = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    out = out * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

}  // namespace

std::optional<ByteRange> ParseByteRange(const std::string& header, uint64_t size) {
  if (header.rfind("bytes=", 0) != 0) return std::nullopt;
  std::string spec = header.substr(6);
  if (spec.find(',') != std::string::npos) return std::nullopt;
  size_t dash = spec.find('-');
  if (dash == std::string::npos) return std::nullopt;
  std::string a = spec.substr(0, dash), b = spec.substr(dash + 1);
  uint64_t first = 0, last = 0;
  if (a.empty()) {
    uint64_t suffix = 0;
    if (!ParseU64(b, suffix)) return std::nullopt;
    if (suffix == 0 || size == 0) return ByteRange{0, 0};
    suffix = std::min(suffix, size);
    return ByteRange{size - suffix, suffix};
  }
  if (!ParseU64(a, first)) return std::nullopt;
  if (first >= size) return ByteRange{0, 0};
  if (b.empty()) {
    last = size - 1;
  } else {
    if (!ParseU64(b, last) || last < first) return std::nullopt;
    last = std::min(last, size - 1);
  }
  return ByteRange{first, last - first + 1};
}

std::string ContentDisposition(bool inline_view, const std::string& file_name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_';
    ascii += plain ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  if (ascii.empty()) ascii = "file";
  return std::string(inline_view ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace ariadne
