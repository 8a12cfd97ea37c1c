// What a file is, judged from its bytes (libmagic), never from the name or the type the
// client declared — and whether the name's extension agrees.
#pragma once

#include <string>

namespace ariadne {

// The MIME type of content starting with `head`, e.g. "application/pdf", "text/plain";
// "application/octet-stream" when unknown.
std::string SniffMediaType(const std::string& head);

// False when the file name's extension names a different kind of file than `media_type`
// (a "report.pdf" that is a Windows program). Names without a known extension agree.
bool NameMatchesType(const std::string& file_name, const std::string& media_type);

}  // namespace ariadne
