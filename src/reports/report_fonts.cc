// Hands the font caches of the PDF reports back at process exit (see report_fonts.h).
#include "reports/report_fonts.h"

#include <pango/pangocairo.h>

namespace ariadne {

void ReleaseReportFontCaches() {
  // Only pango's map. fontconfig's FcFini() asserts (and aborts the process) when a cache is
  // still referenced, which happened at random in tests; its one configuration per process is
  // left to the exit, and LeakSanitizer is told so in tests/lsan.supp.
  pango_cairo_font_map_set_default(nullptr);
}

}  // namespace ariadne
