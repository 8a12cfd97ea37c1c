// Excel workbooks (.xlsx) for exports and report downloads, written with libxlsxwriter.
// Each sheet is a bold header row (kept in view while scrolling) and plain rows of text or
// numbers; no formulas, so a hostile "=HYPERLINK(...)" in the data stays text.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/error.h"

namespace ariadne {

struct XlsxCell {
  enum Kind { kText, kNumber };
  Kind kind = kText;
  std::string text;   // kText: UTF-8
  double number = 0;  // kNumber; NaN and infinities are written as text

  static XlsxCell Text(std::string s) { return {kText, std::move(s), 0}; }
  static XlsxCell Number(double d) { return {kNumber, {}, d}; }
};

struct XlsxSheet {
  std::string name;  // made valid for Excel: see WriteXlsx
  std::vector<std::string> header;
  std::vector<std::vector<XlsxCell>> rows;
};

// The .xlsx file holding `sheets` in order (one empty sheet when there are none).
//
// Sheet names are made acceptable to Excel: []:*?/\ and control characters become '_',
// leading and trailing apostrophes go, names are cut to 31 characters, an empty name
// becomes "SheetN", and names equal to an earlier one (ignoring case) get " (2)", " (3)".
// Text is cut to Excel's 32,767 characters per cell; invalid UTF-8 becomes U+FFFD.
// Fails with xlsx_too_large past Excel's 1,048,576 rows or 16,384 columns.
Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets);

}  // namespace ariadne
