// Hands the font caches of the PDF reports back at process exit (see report_fonts.h).
#include "reports/report_fonts.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

namespace ariadne {

void ReleaseReportFontCaches() {
  pango_cairo_font_map_set_default(nullptr);
  FcFini();
}

}  // namespace ariadne
