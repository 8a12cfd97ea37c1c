// The flowing PDF layout of pdf_writer.h: blocks of pango layouts placed down A4 pages, a block
// that does not fit moved to the next page whole, one taller than a page split between lines.
#include "reports/pdf_writer.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

namespace ariadne::pdf {
namespace {

constexpr double kPageWidth = 595.276, kPageHeight = 841.89;  // A4 in points
constexpr double kLeft = 50, kRight = kPageWidth - 50, kWidth = kRight - kLeft;
constexpr double kTop = 62, kBottom = kPageHeight - 58;
constexpr double kCellPadX = 2.5, kCellPadY = 2;

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* p) const { Free(p); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_destroy>>;
using CairoPtr = std::unique_ptr<cairo_t, Deleter<cairo_destroy>>;
using FontPtr = std::unique_ptr<PangoFontDescription, Deleter<pango_font_description_free>>;
using AttrListPtr = std::unique_ptr<PangoAttrList, Deleter<pango_attr_list_unref>>;
using LayoutPtr = std::unique_ptr<PangoLayout, Deleter<g_object_unref>>;

// cairo's stream callback: appends to the std::string passed as closure.
cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

// pango truncates at a NUL and warns on bad UTF-8: neither may come from a stored record.
std::string ValidUtf8(std::string_view text) {
  std::string out(text);
  std::erase(out, '\0');
  if (g_utf8_validate(out.data(), static_cast<gssize>(out.size()), nullptr)) return out;
  gchar* fixed = g_utf8_make_valid(out.data(), static_cast<gssize>(out.size()));
  std::string result(fixed);
  g_free(fixed);
  return result;
}

Error CairoError(cairo_status_t status) {
  return Error::Internal(std::string("cairo: ") + cairo_status_to_string(status));
}

guint16 Channel(double value) { return static_cast<guint16>(std::clamp(value, 0.0, 1.0) * 65535); }

void AddStyle(PangoAttrList* list, const TextStyle& style, guint start, guint end) {
  for (PangoAttribute* a : {pango_attr_family_new(style.family),
                            pango_attr_size_new_absolute(static_cast<int>(style.size * PANGO_SCALE)),
                            pango_attr_weight_new(style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL),
                            pango_attr_foreground_new(Channel(style.red), Channel(style.green),
                                                      Channel(style.blue))}) {
    a->start_index = start;
    a->end_index = end;
    pango_attr_list_insert(list, a);
  }
}

double HeightOf(PangoLayout* layout) {
  int width = 0, height = 0;
  pango_layout_get_size(layout, &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

}  // namespace

std::string OrDash(const std::string& value) { return value.empty() ? "—" : value; }

// A layout placed at (dx, dy) from the block's top-left corner; the block owns it.
struct PdfWriter::Cell {
  LayoutPtr layout;
  double dx, dy;
};

// What moves to the next page as one piece when it can: a paragraph, a table row.
struct PdfWriter::Block {
  std::vector<Cell> cells;
  double height = 0;
  double background = 1;  // gray level of a fill behind the block; 1 is none
  double rule_gray = 1;   // gray level of a hairline under the block; 1 is none

  void Add(PangoLayout* layout, double dx, double dy, double pad_bottom = 0) {
    LayoutPtr owned(layout);
    height = std::max(height, dy + HeightOf(layout) + pad_bottom);
    cells.push_back({std::move(owned), dx, dy});
  }
};

PdfWriter::PdfWriter(cairo_t* cr, const PageFrame& frame)
    : cr_(cr), context_(pango_cairo_create_context(cr)), frame_(frame) {
  pango_context_set_round_glyph_positions(context_, FALSE);  // PDF keeps fractional advances
}

PdfWriter::~PdfWriter() { g_object_unref(context_); }

Result<std::string> PdfWriter::Render(const PageFrame& frame, const std::function<void(PdfWriter&)>& content) {
  std::string bytes;
  SurfacePtr surface(cairo_pdf_surface_create_for_stream(AppendToString, &bytes, kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Fail(CairoError(cairo_surface_status(surface.get())));
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, ValidUtf8(frame.title).c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Ariadne");
  cairo_status_t status;
  {
    CairoPtr cr(cairo_create(surface.get()));
    PdfWriter writer(cr.get(), frame);
    writer.BeginPass(false, 1);
    content(writer);
    writer.EndPass();
    writer.BeginPass(true, writer.page_);
    content(writer);
    writer.EndPass();
    status = cairo_status(cr.get());
  }
  cairo_surface_finish(surface.get());
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS) return Fail(CairoError(status));
  surface.reset();
  return bytes;
}

void PdfWriter::BeginPass(bool drawing, int pages) {
  drawing_ = drawing;
  pages_ = pages;
  page_ = 1;
  y_ = page_top_ = kTop;
  after_page_break_ = nullptr;
}

void PdfWriter::EndPass() {
  if (!drawing_) return;
  DrawFrame();
  cairo_show_page(cr_);
}

void PdfWriter::NewPage() {
  if (drawing_) {
    DrawFrame();
    cairo_show_page(cr_);
  }
  ++page_;
  y_ = kTop;
  if (after_page_break_) after_page_break_();
  page_top_ = y_;
}

void PdfWriter::EnsureRoom(double points) {
  if (y_ + points > kBottom && y_ > page_top_) NewPage();
}

void PdfWriter::Rule(double y, double gray, double width) {
  if (!drawing_) return;
  cairo_set_source_rgb(cr_, gray, gray, gray);
  cairo_set_line_width(cr_, width);
  cairo_move_to(cr_, kLeft, y);
  cairo_line_to(cr_, kRight, y);
  cairo_stroke(cr_);
}

PangoLayout* PdfWriter::MakeLayout(const RichText& text, double width) {
  std::string joined;
  AttrListPtr attrs(pango_attr_list_new());
  for (const Span& span : text) {
    auto start = static_cast<guint>(joined.size());
    joined += ValidUtf8(span.text);
    AddStyle(attrs.get(), *span.style, start, static_cast<guint>(joined.size()));
  }
  const TextStyle& base = text.empty() ? kBody : *text.front().style;
  FontPtr font(pango_font_description_new());
  pango_font_description_set_family(font.get(), base.family);
  pango_font_description_set_absolute_size(font.get(), base.size * PANGO_SCALE);
  PangoLayout* layout = pango_layout_new(context_);
  pango_layout_set_font_description(layout, font.get());
  pango_layout_set_text(layout, joined.data(), static_cast<int>(joined.size()));
  pango_layout_set_attributes(layout, attrs.get());
  pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);  // a hash or a long URL still wraps
  return layout;
}

void PdfWriter::DrawFrame() {
  auto draw = [this](const std::string& text, const TextStyle& style, double y, PangoAlignment align) {
    LayoutPtr layout(MakeLayout({{text, &style}}, align == PANGO_ALIGN_RIGHT ? kWidth : kWidth * 0.72));
    pango_layout_set_alignment(layout.get(), align);
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    cairo_move_to(cr_, kLeft, y);
    pango_cairo_show_layout(cr_, layout.get());
  };
  draw(frame_.header_left, kMuted, 30, PANGO_ALIGN_LEFT);
  draw(frame_.header_right, kMuted, 30, PANGO_ALIGN_RIGHT);
  Rule(44, 0.6, 0.5);
  Rule(kBottom + 14, 0.6, 0.5);
  draw(frame_.footer_first, kMuted, kBottom + 18, PANGO_ALIGN_LEFT);
  if (frame_.page_label) draw(frame_.page_label(page_, pages_), kMuted, kBottom + 18, PANGO_ALIGN_RIGHT);
  draw(frame_.footer_second, kMuted, kBottom + 29, PANGO_ALIGN_LEFT);
}

void PdfWriter::Place(const Block& block) {
  if (y_ + block.height > kBottom && y_ > page_top_ && block.height <= kBottom - kTop) NewPage();
  if (y_ + block.height > kBottom + 0.01) return PlaceSplit(block);
  if (drawing_) {
    if (block.background < 1) {
      cairo_set_source_rgb(cr_, block.background, block.background, block.background);
      cairo_rectangle(cr_, kLeft, y_, kWidth, block.height);
      cairo_fill(cr_);
    }
    cairo_set_source_rgb(cr_, 0, 0, 0);
    for (const Cell& c : block.cells) {
      cairo_move_to(cr_, kLeft + c.dx, y_ + c.dy);
      pango_cairo_show_layout(cr_, c.layout.get());
    }
  }
  y_ += block.height;
  if (block.rule_gray < 1) Rule(y_, block.rule_gray, 0.3);
}

// Line by line: each page takes every line that still fits below y_, the rest go on.
void PdfWriter::PlaceSplit(const Block& block) {
  struct Line {
    PangoLayoutLine* line;
    double x, top, bottom, baseline;
    bool placed = false;
  };
  std::vector<Line> lines;
  for (const Cell& c : block.cells) {
    PangoLayoutIter* it = pango_layout_get_iter(c.layout.get());
    do {
      PangoRectangle in_layout, in_line;
      pango_layout_iter_get_line_extents(it, nullptr, &in_layout);
      PangoLayoutLine* line = pango_layout_iter_get_line_readonly(it);
      pango_layout_line_get_extents(line, nullptr, &in_line);
      double top = c.dy + static_cast<double>(in_layout.y) / PANGO_SCALE;
      lines.push_back({line, kLeft + c.dx + static_cast<double>(in_layout.x - in_line.x) / PANGO_SCALE, top,
                       top + static_cast<double>(in_layout.height) / PANGO_SCALE,
                       c.dy + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
  }
  double offset = 0;  // block coordinate that sits at y_ on this page
  size_t left = lines.size();
  auto place = [&](Line& l) {
    if (drawing_) {
      cairo_move_to(cr_, l.x, y_ + l.baseline - offset);
      pango_cairo_show_layout_line(cr_, l.line);
    }
    l.placed = true;
    --left;
  };
  auto first_unplaced = [&] {
    return std::min_element(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
      return !a.placed && (b.placed || a.top < b.top);
    });
  };
  if (drawing_) cairo_set_source_rgb(cr_, 0, 0, 0);
  while (left > 0) {
    size_t before = left;
    for (Line& l : lines) {
      if (!l.placed && l.bottom - offset <= kBottom - y_) place(l);
    }
    if (left == before && y_ <= page_top_) place(*first_unplaced());  // taller than a page: runs off it
    if (left == 0) break;
    NewPage();
    if (drawing_) cairo_set_source_rgb(cr_, 0, 0, 0);
    offset = first_unplaced()->top - kCellPadY;
  }
  y_ += block.height - offset;
  if (block.rule_gray < 1) Rule(y_, block.rule_gray, 0.3);
}

void PdfWriter::Title(std::string_view text) {
  Block block;
  block.Add(MakeLayout({{std::string(text), &kTitle}}, kWidth), 0, 0, 6);
  Place(block);
}

void PdfWriter::Heading(std::string_view text) {
  Block block;
  block.Add(MakeLayout({{std::string(text), &kHeading}}, kWidth), 0, 10, 3);
  EnsureRoom(block.height + 40);  // a heading never ends a page on its own
  Place(block);
  Rule(y_, 0.5, 0.6);
  y_ += 5;
}

void PdfWriter::Subheading(std::string_view text) {
  Block block;
  block.Add(MakeLayout({{std::string(text), &kSubheading}}, kWidth), 0, 6, 2);
  EnsureRoom(block.height + 30);
  Place(block);
}

void PdfWriter::Paragraph(std::string_view text, const TextStyle& style) {
  Paragraph(RichText{{std::string(text), &style}});
}

void PdfWriter::Paragraph(const RichText& text) {
  Block block;
  block.Add(MakeLayout(text, kWidth), 0, 0, 4);
  Place(block);
}

void PdfWriter::LabelValues(const LabelValueRows& rows) {
  constexpr double kLabelWidth = kWidth * 0.3;
  for (const auto& [label, value] : rows) {
    Block block;
    block.rule_gray = 0.88;
    PangoLayout* label_layout = MakeLayout({{label, &kMuted}}, kLabelWidth - 2 * kCellPadX);
    PangoLayout* value_layout = MakeLayout({{OrDash(value), &kBody}}, kWidth - kLabelWidth - 2 * kCellPadX);
    // The smaller label sits on the value's first baseline.
    double lower_by = static_cast<double>(pango_layout_get_baseline(value_layout) -
                                          pango_layout_get_baseline(label_layout)) / PANGO_SCALE;
    block.Add(label_layout, kCellPadX, kCellPadY + std::max(lower_by, 0.0), kCellPadY);
    block.Add(value_layout, kLabelWidth + kCellPadX, kCellPadY, kCellPadY);
    Place(block);
  }
  y_ += 6;
}

void PdfWriter::Table(const std::vector<Column>& columns, const std::vector<TableRow>& rows) {
  double total_weight = std::accumulate(columns.begin(), columns.end(), 0.0,
                                        [](double sum, const Column& c) { return sum + c.weight; });
  std::vector<double> lefts, widths;
  double x = 0;
  for (const Column& c : columns) {
    lefts.push_back(x);
    widths.push_back(kWidth * c.weight / total_weight);
    x += widths.back();
  }
  Block header;
  header.background = 0.9;
  for (size_t i = 0; i < columns.size(); ++i) {
    header.Add(MakeLayout({{columns[i].header, &kTableHeader}}, widths[i] - 2 * kCellPadX), lefts[i] + kCellPadX,
               kCellPadY, kCellPadY);
  }
  EnsureRoom(header.height + 24);
  Place(header);
  after_page_break_ = [this, &header] { Place(header); };
  for (const TableRow& row : rows) {
    Block block;
    block.rule_gray = 0.8;
    for (size_t i = 0; i < columns.size(); ++i) {
      std::string cell = i < row.cells.size() ? row.cells[i] : std::string();
      block.Add(MakeLayout({{OrDash(cell), columns[i].style}}, widths[i] - 2 * kCellPadX), lefts[i] + kCellPadX,
                kCellPadY, kCellPadY);
    }
    if (!row.detail.empty()) {
      block.Add(MakeLayout(row.detail, kWidth - 2 * kCellPadX), kCellPadX, block.height, kCellPadY);
    }
    Place(block);
  }
  after_page_break_ = nullptr;
  y_ += 8;
}

void PdfWriter::Gap(double points) { y_ += points; }

}  // namespace ariadne::pdf
