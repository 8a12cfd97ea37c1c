// A document or media file of a case: the case's record of it (name, title, what it belongs
// to) over a stored file named by its SHA-256, which several records may share.
#pragma once

#include <cstdint>
#include <string>

namespace ariadne {

struct StoredFile {
  std::string sha256;
  uint64_t size = 0;
  std::string media_type;   // sniffed from the content
  std::string text_status;  // "extracted", "none", "failed", "too_large"
  int64_t text_chars = 0;
  int64_t stored_at = 0;
};

struct Document {
  std::string id, case_id;
  std::string name, title;      // name as uploaded; title optional
  std::string declared_type;    // what the uploader's client said
  bool name_mismatch = false;   // the extension names another kind of file
  std::string exhibit_id, interview_id;  // what it is attached to, or empty
  std::string uploaded_by;
  int64_t uploaded_at = 0;
  StoredFile file;
};

}  // namespace ariadne
