#include "files/text_extract.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/ucnv.h>

#include <memory>

namespace ariadne {
namespace {

bool IsUtf8(const std::string& s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    if (len == 2 && c < 0xc2) return false;  // overlong
    i += len;
  }
  return true;
}

std::string FromWindows1251(const std::string& s) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(s.size() * 3 + 1, '\0');
  int32_t n = ucnv_convert("UTF-8", "windows-1251", out.data(), static_cast<int32_t>(out.size()), s.data(),
                           static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err)) return {};
  out.resize(static_cast<size_t>(n));
  return out;
}

// Cuts at most `max` bytes without splitting a UTF-8 sequence.
void Clip(std::string& s, size_t max) {
  if (s.size() <= max) return;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) >> 6) == 0x2) --cut;
  s.resize(cut);
}

ExtractedText PlainText(const std::string& content) {
  std::string text = content;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // byte order mark
  if (!IsUtf8(text)) text = FromWindows1251(text);
  if (text.find('\0') != std::string::npos) return {"failed", {}};
  Clip(text, kMaxExtractedChars);
  return {text.empty() ? "none" : "extracted", std::move(text)};
}

ExtractedText PdfText(const std::string& content) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(content.data(), static_cast<int>(content.size())));
  if (!doc || doc->is_locked()) return {"failed", {}};
  std::string text;
  for (int i = 0; i < doc->pages() && text.size() < kMaxExtractedChars; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    auto bytes = page->text().to_utf8();
    text.append(bytes.begin(), bytes.end());
    text.push_back('\n');
  }
  Clip(text, kMaxExtractedChars);
  bool blank = text.find_first_not_of(" \n\r\t\f") == std::string::npos;
  return {blank ? "none" : "extracted", blank ? std::string() : std::move(text)};
}

}  // namespace

bool HasExtractableText(const std::string& media_type) {
  return media_type.rfind("text/", 0) == 0 || media_type == "application/pdf" || media_type == "application/json" ||
         media_type == "application/csv" || media_type == "application/xml";
}

ExtractedText ExtractText(const std::string& media_type, const std::string& content) {
  if (!HasExtractableText(media_type)) return {"none", {}};
  if (content.size() > kMaxExtractBytes) return {"too_large", {}};
  if (media_type == "application/pdf") return PdfText(content);
  return PlainText(content);
}

}  // namespace ariadne
