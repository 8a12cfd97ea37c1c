// What a case-file PDF shows, already filtered by access and redaction (api/ fills it in, so
// that nothing here decides who may see what). Strings are UTF-8 as they will be printed; times
// are already formatted in the reader's time zone.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"

namespace ariadne {

struct ReportField {
  std::string label, value;  // value "" prints as an em dash
};

struct ReportPerson {
  std::string caption;          // the name as written, e.g. "Рахимов Ботир"
  std::string transliteration;  // "Rakhimov Botir"; empty when the same as caption
  std::vector<std::string> roles;  // labels, already translated: "Victim", "Suspect (recruiter)"
  std::vector<ReportField> facts;  // date of birth, nationality, phones… in schema order
  bool redacted = false;           // identity withheld by the exporter or by restriction
};

struct ReportEvent {
  std::string when;   // "2025-03", "2025-03-04 – 2025-03-09"
  std::string type;   // translated label
  std::string place;
  std::string summary;
};

struct ReportCustodyEvent {
  std::string seq, kind, at, recorded_by, holder, location, seals, note, hash;
};

struct ReportExhibit {
  std::string number, type, description, seized, seized_by, authority, seals, state;
  bool chain_ok = true;
  std::vector<std::string> flags;  // translated messages of custody problems
  std::vector<ReportCustodyEvent> custody;
};

struct ReportDocument {
  std::string name, title, media_type, size, sha256, uploaded_by, uploaded_at;
};

struct ReportCharge {
  std::string article, title, person, status, outcome;
};

struct CaseFileReport {
  std::string lang = "en";  // "en" or "ru": which labels of `strings` to use
  std::string title;        // case title
  std::string reference;    // "ALM-2026-0001"
  std::vector<ReportField> summary;  // state, category, unit, opened, team…
  std::string description;
  std::vector<ReportPerson> persons;
  std::vector<ReportEvent> timeline;
  std::vector<ReportExhibit> exhibits;
  std::vector<ReportDocument> documents;
  std::vector<ReportCharge> charges;
  std::string produced_by;  // "Dina Sultanova (investigator, ALM-TIP)"
  std::string produced_at;  // "2026-12-01 10:42 UTC"
  std::string redaction_note;  // what was left out and why; empty when nothing
  std::string export_id;       // the audit row's id, printed in the footer of every page
};

// One exhibit's custody report, for the court or the evidence room.
struct CustodyReport {
  std::string lang = "en";
  std::string case_reference, case_title;
  ReportExhibit exhibit;
  std::string produced_by, produced_at, export_id;
};

// Renders as PDF (cairo + pango, A4, fonts that cover Cyrillic). `strings` is the "report"
// object of config/i18n/<lang>.json: section headings and column labels.
Result<std::string> RenderCaseFilePdf(const CaseFileReport& report, const nlohmann::json& strings);
Result<std::string> RenderCustodyPdf(const CustodyReport& report, const nlohmann::json& strings);

}  // namespace ariadne
