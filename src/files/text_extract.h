// The text of a stored file, for the search index and the document viewer: plain text as
// UTF-8 (Windows-1251, still common in the region, converted), PDF through poppler-cpp.
#pragma once

#include <string>

namespace ariadne {

struct ExtractedText {
  std::string status;  // "extracted", "none" (no text in this type), "failed", "too_large"
  std::string text;    // UTF-8
};

inline constexpr size_t kMaxExtractBytes = 200u << 20;     // larger files are not extracted
inline constexpr size_t kMaxExtractedChars = 8u << 20;     // text kept per file

// Whether files of this type have text we extract.
bool HasExtractableText(const std::string& media_type);
ExtractedText ExtractText(const std::string& media_type, const std::string& content);

}  // namespace ariadne
