// A small flowing-layout helper for the PDF reports: A4 portrait pages with margins, a running
// y position and automatic page breaks, a header and a "page N of M" footer on every page, and a
// few blocks (title, heading, paragraph, label/value table, multi-column table). All text goes
// through pango so that Cyrillic shapes correctly; all lengths are PDF points.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cairo.h>
#include <pango/pango.h>

#include "base/error.h"

namespace ariadne::pdf {

struct TextStyle {
  const char* family;
  double size;  // points
  bool bold = false;
  double red = 0, green = 0, blue = 0;
};

inline constexpr TextStyle kBody{"DejaVu Sans", 9.5};
inline constexpr TextStyle kBold{"DejaVu Sans", 9.5, true};
inline constexpr TextStyle kSmall{"DejaVu Sans", 8};
inline constexpr TextStyle kMuted{"DejaVu Sans", 8, false, 0.35, 0.35, 0.35};
inline constexpr TextStyle kMono{"DejaVu Sans Mono", 7.5};
inline constexpr TextStyle kTitle{"DejaVu Sans", 17, true};
inline constexpr TextStyle kHeading{"DejaVu Sans", 12.5, true, 0.1, 0.2, 0.4};
inline constexpr TextStyle kSubheading{"DejaVu Sans", 10, true};
inline constexpr TextStyle kGood{"DejaVu Sans", 9.5, true, 0.1, 0.45, 0.15};
inline constexpr TextStyle kAlert{"DejaVu Sans", 9.5, true, 0.75, 0.1, 0.1};
inline constexpr TextStyle kTableHeader{"DejaVu Sans", 7.5, true, 0.2, 0.2, 0.2};
inline constexpr TextStyle kTableCell{"DejaVu Sans", 7.5};

// A run of text in one style; a paragraph may mix several (a label in sans, a hash in mono).
struct Span {
  std::string text;
  const TextStyle* style = &kBody;
};
using RichText = std::vector<Span>;

struct Column {
  std::string header;
  double weight = 1;  // share of the table's width
  const TextStyle* style = &kTableCell;
};

struct TableRow {
  std::vector<std::string> cells;  // one per column; "" prints as an em dash
  RichText detail;                 // optional full-width line under the cells
};

// What every page carries besides the content, and the document's metadata.
struct PageFrame {
  std::string title;  // PDF metadata title
  std::string header_left, header_right;
  std::string footer_first, footer_second;  // left-hand footer lines
  std::function<std::string(int page, int pages)> page_label;  // right-hand footer
};

class PdfWriter {
 public:
  using LabelValueRows = std::vector<std::pair<std::string, std::string>>;

  // Runs `content` twice on one A4 PDF surface: first only measuring, to count the pages, then
  // drawing. Returns the PDF bytes, or Error::Internal when cairo reports a failure.
  static Result<std::string> Render(const PageFrame& frame, const std::function<void(PdfWriter&)>& content);

  void Title(std::string_view text);
  void Heading(std::string_view text);  // section heading, kept with what follows
  void Subheading(std::string_view text);
  void Paragraph(std::string_view text, const TextStyle& style = kBody);
  void Paragraph(const RichText& text);
  void LabelValues(const LabelValueRows& rows);  // "" values print as an em dash
  void Table(const std::vector<Column>& columns, const std::vector<TableRow>& rows);
  void Gap(double points);
  void EnsureRoom(double points);  // a new page unless `points` are left on this one

  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;
  ~PdfWriter();

 private:
  struct Cell;
  struct Block;

  PdfWriter(cairo_t* cr, const PageFrame& frame);
  void BeginPass(bool drawing, int pages);
  void EndPass();
  void NewPage();
  void DrawFrame();
  void Place(const Block& block);
  void PlaceSplit(const Block& block);
  void Rule(double y, double gray, double width);
  PangoLayout* MakeLayout(const RichText& text, double width);

  cairo_t* cr_;
  PangoContext* context_;
  const PageFrame& frame_;
  bool drawing_ = false;
  int page_ = 1, pages_ = 1;
  double y_ = 0;
  double page_top_ = 0;  // y_ where this page's content starts (below a repeated header)
  std::function<void()> after_page_break_;  // repeats a table's header row
};

// "" becomes an em dash, so that an empty field reads as deliberately empty.
std::string OrDash(const std::string& value);

}  // namespace ariadne::pdf
