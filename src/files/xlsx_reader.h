// Excel workbooks (.xlsx) as CSV, so that spreadsheet uploads go through the same import
// path as CSV files. Only the first worksheet is read (the first visible one, in tab
// order), and only cell values: formulas, formatting (other than "this number is a date")
// and other sheets are ignored.
//
// Line N of the CSV is row N of the sheet (empty lines stand for empty rows), so an import
// error on "line 17" points at the row the user sees as 17 in Excel.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"

namespace ariadne {

// Zip bomb guard: the sum of the uncompressed sizes of every part read, and the CSV built.
inline constexpr uint64_t kMaxXlsxUncompressedBytes = uint64_t{2} << 30;
inline constexpr size_t kMaxXlsxCsvBytes = size_t{2} << 30;

// The first worksheet of the .xlsx file `bytes` as RFC 4180 CSV: comma-separated, fields
// quoted when they hold a comma, quote, CR or LF, every line ended by LF. Trailing empty
// fields of a row and trailing empty rows are left out. Date-formatted numbers become
// "YYYY-MM-DD HH:MM:SS" ("YYYY-MM-DD" at midnight, "HH:MM:SS" for a time without a date);
// other numbers are kept as Excel stored them ("0.1", "1E+20"); booleans are TRUE/FALSE.
//
// Fails with invalid_xlsx (field "file") when the bytes are not a readable workbook, and
// with xlsx_too_large when the CSV would hold more than `max_cells` fields or the file
// unpacks to more than the limits above.
Result<std::string> XlsxFirstSheetToCsv(const std::string& bytes, size_t max_cells = 200'000'000);

}  // namespace ariadne
