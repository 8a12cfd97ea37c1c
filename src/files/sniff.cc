#include "files/sniff.h"

#include <magic.h>

#include <algorithm>
#include <map>
#include <vector>

namespace ariadne {
namespace {

// One libmagic handle per thread: magic_t is not safe to share, and loading its database
// costs more than a sniff.
class Magic {
 public:
  Magic() : m_(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR)) {
    if (m_ && magic_load(m_, nullptr) != 0) {
      magic_close(m_);
      m_ = nullptr;
    }
  }
  ~Magic() {
    if (m_) magic_close(m_);
  }
  std::string Type(const std::string& head) {
    if (!m_) return "application/octet-stream";
    const char* t = magic_buffer(m_, head.data(), head.size());
    return t ? t : "application/octet-stream";
  }

 private:
  magic_t m_;
};

// Extensions and the types their content may have. Office formats are ZIP or OLE containers
// that libmagic names differently across versions, so each lists what may be seen.
const std::map<std::string, std::vector<std::string>>& KnownExtensions() {
  static const std::map<std::string, std::vector<std::string>> table = {
      {"pdf", {"application/pdf"}},
      {"txt", {"text/"}},
      {"csv", {"text/", "application/csv"}},
      {"md", {"text/"}},
      {"json", {"application/json", "text/"}},
      {"xml", {"text/xml", "application/xml", "text/"}},
      {"html", {"text/html", "text/"}},
      {"htm", {"text/html", "text/"}},
      {"jpg", {"image/jpeg"}},
      {"jpeg", {"image/jpeg"}},
      {"png", {"image/png"}},
      {"gif", {"image/gif"}},
      {"tif", {"image/tiff"}},
      {"tiff", {"image/tiff"}},
      {"webp", {"image/webp"}},
      {"heic", {"image/heic", "image/heif"}},
      {"mp4", {"video/mp4"}},
      {"m4v", {"video/mp4", "video/x-m4v"}},
      {"mov", {"video/quicktime"}},
      {"webm", {"video/webm", "audio/webm"}},
      {"avi", {"video/x-msvideo"}},
      {"mp3", {"audio/mpeg"}},
      {"wav", {"audio/x-wav", "audio/wav", "audio/vnd.wave"}},
      {"ogg", {"audio/ogg", "video/ogg", "application/ogg"}},
      {"m4a", {"audio/mp4", "audio/x-m4a", "video/mp4"}},
      {"zip", {"application/zip"}},
      {"docx", {"application/vnd.openxmlformats-officedocument", "application/zip", "application/octet-stream"}},
      {"xlsx", {"application/vnd.openxmlformats-officedocument", "application/zip", "application/octet-stream"}},
      {"pptx", {"application/vnd.openxmlformats-officedocument", "application/zip", "application/octet-stream"}},
      {"odt", {"application/vnd.oasis.opendocument", "application/zip"}},
      {"doc", {"application/msword", "application/x-ole-storage", "application/CDFV2", "application/vnd.ms-"}},
      {"xls", {"application/vnd.ms-excel", "application/x-ole-storage", "application/CDFV2", "application/vnd.ms-"}},
      {"rtf", {"text/rtf", "application/rtf", "text/"}},
      {"exe", {"application/x-dosexec", "application/vnd.microsoft.portable-executable"}},
  };
  return table;
}

}  // namespace

std::string SniffMediaType(const std::string& head) {
  thread_local Magic magic;
  std::string t = magic.Type(head);
  if (t == "application/x-empty" || t == "inode/x-empty") return "application/octet-stream";
  return t;
}

bool NameMatchesType(const std::string& file_name, const std::string& media_type) {
  size_t dot = file_name.rfind('.');
  if (dot == std::string::npos || dot + 1 == file_name.size()) return true;
  std::string ext = file_name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto it = KnownExtensions().find(ext);
  if (it == KnownExtensions().end()) return true;
  for (const auto& prefix : it->second)
    if (media_type.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace ariadne
