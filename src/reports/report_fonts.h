// Font caches behind the PDF reports. Rendering needs no set-up: pango keeps one font map per
// thread (freed when the thread ends) and fontconfig one configuration per process.
#pragma once

namespace ariadne {

// Frees this thread's pango font map (fontconfig's configuration stays until exit; see tests/lsan.supp), so that
// LeakSanitizer finds nothing at exit. Only for the very end of a process (a test binary, or the
// server after its threads are joined): call it once no other thread renders; a later render
// would load everything again.
void ReleaseReportFontCaches();

}  // namespace ariadne
