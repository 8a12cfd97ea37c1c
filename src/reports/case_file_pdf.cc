// The two PDF reports of case_file_report.h: the whole case file, and one exhibit's chain of
// custody. What goes on the page and in which order; pdf_writer.h does the layout.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "reports/case_file_report.h"
#include "reports/pdf_writer.h"
#include "reports/report_labels.h"

namespace ariadne {
namespace {

using pdf::Column;
using pdf::PdfWriter;
using pdf::RichText;
using pdf::TableRow;

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// A custody hash in the case file: enough to compare by eye, the full value is in the custody report.
std::string ShortHash(const std::string& hash) {
  if (hash.size() <= 16) return hash;
  std::string prefix;
  prefix.reserve(19);
  prefix.append(hash, 0, 16).append("…");
  return prefix;
}

PdfWriter::LabelValueRows ToRows(const std::vector<ReportField>& fields) {
  PdfWriter::LabelValueRows rows;
  for (const ReportField& f : fields) rows.emplace_back(f.label, f.value);
  return rows;
}

void None(PdfWriter& w, const ReportLabels& label) { w.Paragraph(label("none"), pdf::kMuted); }

pdf::PageFrame Frame(const ReportLabels& label, std::string title, std::string reference,
                     const std::string& produced_by, const std::string& produced_at, const std::string& export_id) {
  pdf::PageFrame frame;
  frame.title = std::move(title);
  frame.header_left = label("confidential");
  frame.header_right = std::move(reference);
  frame.footer_first =
      label.Format("produced", {{"by", pdf::OrDash(produced_by)}, {"at", pdf::OrDash(produced_at)}});
  frame.footer_second = label.Format("export", {{"id", pdf::OrDash(export_id)}});
  frame.page_label = [&label](int page, int pages) {
    return label.Format("page", {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
  };
  return frame;
}

void ClosingLine(PdfWriter& w, const ReportLabels& label, const std::string& by, const std::string& at) {
  w.Gap(10);
  w.Paragraph(label.Format("produced", {{"by", pdf::OrDash(by)}, {"at", pdf::OrDash(at)}}), pdf::kMuted);
}

void ExhibitFields(PdfWriter& w, const ReportLabels& label, const ReportExhibit& e) {
  w.LabelValues({{label("number"), e.number},
                 {label("type"), e.type},
                 {label("description"), e.description},
                 {label("seized"), e.seized},
                 {label("seized_by"), e.seized_by},
                 {label("authority"), e.authority},
                 {label("seals"), e.seals},
                 {label("state"), e.state}});
}

void ChainStatus(PdfWriter& w, const ReportLabels& label, const ReportExhibit& e) {
  w.EnsureRoom(30 + 14 * static_cast<double>(std::min<size_t>(e.flags.size(), 3)));  // status with its flags
  if (e.chain_ok) {
    w.Paragraph(label("chain_ok"), pdf::kGood);
  } else {
    w.Paragraph(label("chain_broken"), pdf::kAlert);
  }
  for (const std::string& flag : e.flags) w.Paragraph("•  " + flag);
}

// The custody events of one exhibit. The case file shortens each hash to fit a column; the
// custody report prints it in full on a line of its own under the event.
void CustodyTable(PdfWriter& w, const ReportLabels& label, const std::vector<ReportCustodyEvent>& events,
                  bool full_hashes) {
  if (events.empty()) return None(w, label);
  std::vector<Column> columns = {{label("seq"), 0.45},        {label("event"), 1.1},
                                 {label("at"), 1.2},          {label("recorded_by"), 1.2},
                                 {label("holder"), 1.2},      {label("location"), 1.2},
                                 {label("seals"), 0.9}};
  if (!full_hashes) columns.push_back({label("hash"), 1.5, &pdf::kMono});
  std::vector<TableRow> rows;
  for (const ReportCustodyEvent& c : events) {
    TableRow row{{c.seq, c.kind, c.at, c.recorded_by, c.holder, c.location, c.seals}, {}};
    if (full_hashes) {
      row.detail = {{label("hash") + "  ", &pdf::kMuted}, {pdf::OrDash(c.hash), &pdf::kMono}};
    } else {
      row.cells.push_back(ShortHash(c.hash));
    }
    if (!c.note.empty()) {
      row.detail.push_back({std::string(row.detail.empty() ? "" : "\n") + label("note") + ": ", &pdf::kMuted});
      row.detail.push_back({c.note, &pdf::kTableCell});
    }
    rows.push_back(std::move(row));
  }
  w.Table(columns, rows);
}

void Persons(PdfWriter& w, const ReportLabels& label, const std::vector<ReportPerson>& persons) {
  w.Heading(label("persons"));
  if (persons.empty()) return None(w, label);
  for (const ReportPerson& p : persons) {
    // A withheld identity keeps its caption (api/ gives it a neutral one) and roles, nothing else.
    bool show_transliteration = !p.redacted && !p.transliteration.empty() && p.transliteration != p.caption;
    w.Subheading(pdf::OrDash(p.caption) + (show_transliteration ? " (" + p.transliteration + ")" : ""));
    std::string roles = Join(p.roles, ", ");
    if (roles.empty()) roles = label("none");
    w.Paragraph(RichText{{label("roles") + ": ", &pdf::kMuted}, {roles, &pdf::kBody}});
    if (p.redacted) {
      w.Paragraph(label("identity_withheld"), pdf::kAlert);
    } else if (p.facts.empty()) {
      None(w, label);
    } else {
      w.LabelValues(ToRows(p.facts));
    }
  }
}

void Timeline(PdfWriter& w, const ReportLabels& label, const std::vector<ReportEvent>& events) {
  w.Heading(label("timeline"));
  if (events.empty()) return None(w, label);
  std::vector<TableRow> rows;
  for (const ReportEvent& e : events) rows.push_back({{e.when, e.type, e.place, e.summary}, {}});
  w.Table({{label("when"), 1.3}, {label("type"), 1.2}, {label("place"), 1.3}, {label("what"), 3.2}}, rows);
}

void Exhibits(PdfWriter& w, const ReportLabels& label, const std::vector<ReportExhibit>& exhibits) {
  w.Heading(label("exhibits"));
  if (exhibits.empty()) return None(w, label);
  for (const ReportExhibit& e : exhibits) {
    w.Subheading(Join({label("exhibit"), e.number}, " ") + (e.type.empty() ? "" : " — " + e.type));
    ExhibitFields(w, label, e);
    ChainStatus(w, label, e);
    w.Paragraph(label("custody"), pdf::kBold);
    CustodyTable(w, label, e.custody, false);
  }
}

void Documents(PdfWriter& w, const ReportLabels& label, const std::vector<ReportDocument>& documents) {
  w.Heading(label("documents"));
  if (documents.empty()) return None(w, label);
  std::vector<TableRow> rows;
  for (const ReportDocument& d : documents) {
    rows.push_back({{d.name, d.title, d.media_type, d.size, Join({d.uploaded_by, d.uploaded_at}, "\n")},
                    {{label("sha256") + "  ", &pdf::kMuted}, {pdf::OrDash(d.sha256), &pdf::kMono}}});
  }
  w.Table({{label("name"), 1.6}, {label("title"), 1.8}, {label("media_type"), 1.1}, {label("size"), 0.7},
           {label("uploaded"), 1.4}},
          rows);
}

void Charges(PdfWriter& w, const ReportLabels& label, const std::vector<ReportCharge>& charges) {
  w.Heading(label("charges"));
  if (charges.empty()) return None(w, label);
  std::vector<TableRow> rows;
  for (const ReportCharge& c : charges) rows.push_back({{c.article, c.title, c.person, c.status, c.outcome}, {}});
  w.Table({{label("article"), 0.9}, {label("title"), 2}, {label("person"), 1.5}, {label("status"), 1},
           {label("outcome"), 1.4}},
          rows);
}

}  // namespace

Result<std::string> RenderCaseFilePdf(const CaseFileReport& report, const nlohmann::json& strings) {
  ReportLabels label(strings);
  pdf::PageFrame frame = Frame(label, Join({label("case_file"), report.reference, report.title}, " — "),
                               report.reference, report.produced_by, report.produced_at, report.export_id);
  return PdfWriter::Render(frame, [&](PdfWriter& w) {
    w.Paragraph(Join({label("case_file"), report.reference}, " · "), pdf::kMuted);
    w.Title(pdf::OrDash(report.title));
    w.Heading(label("summary"));
    if (report.summary.empty()) {
      None(w, label);
    } else {
      w.LabelValues(ToRows(report.summary));
    }
    w.Heading(label("description"));
    if (report.description.empty()) {
      None(w, label);
    } else {
      w.Paragraph(report.description);
    }
    Persons(w, label, report.persons);
    Timeline(w, label, report.timeline);
    Exhibits(w, label, report.exhibits);
    Documents(w, label, report.documents);
    Charges(w, label, report.charges);
    if (!report.redaction_note.empty()) {
      w.Heading(label("redactions"));
      w.Paragraph(report.redaction_note);
    }
    ClosingLine(w, label, report.produced_by, report.produced_at);
  });
}

Result<std::string> RenderCustodyPdf(const CustodyReport& report, const nlohmann::json& strings) {
  ReportLabels label(strings);
  const ReportExhibit& e = report.exhibit;
  pdf::PageFrame frame = Frame(label, Join({label("custody_report"), e.number, report.case_reference}, " — "),
                               Join({report.case_reference, e.number}, " · "), report.produced_by,
                               report.produced_at, report.export_id);
  return PdfWriter::Render(frame, [&](PdfWriter& w) {
    w.Paragraph(Join({label("case_file"), report.case_reference}, " · "), pdf::kMuted);
    w.Title(label("custody_report"));
    w.Paragraph(pdf::OrDash(report.case_title), pdf::kBold);
    w.Heading(Join({label("exhibit"), e.number}, " ") + (e.type.empty() ? "" : " — " + e.type));
    ExhibitFields(w, label, e);
    ChainStatus(w, label, e);
    w.Heading(label("custody"));
    CustodyTable(w, label, e.custody, true);
    ClosingLine(w, label, report.produced_by, report.produced_at);
  });
}

}  // namespace ariadne
