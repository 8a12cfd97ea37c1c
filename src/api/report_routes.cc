// The case-file PDF for prosecutors and the custody report of one exhibit. Both are built from
// what the reader may see (EntityView, MayReadDocument) and what the exporter redacts (the one
// redaction mechanism, api/redaction.h), then drawn by reports/. Each export is audited with
// every record it contains, and carries the export's id on every page.
#include "api/app.h"
#include "api/case_access.h"
#include "api/document_access.h"
#include "api/redaction.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/custody.h"
#include "domain/permissions.h"
#include "reports/case_file_report.h"
#include "security/custody_chain.h"

namespace ariadne {
namespace {

using nlohmann::json;

struct Lang {
  std::string code;  // en, ru
  std::string Pick(const json& label) const {
    if (label.is_object()) {
      if (label.contains(code) && label[code].is_string()) return label[code].get<std::string>();
      if (label.contains("en") && label["en"].is_string()) return label["en"].get<std::string>();
    }
    return label.is_string() ? label.get<std::string>() : std::string();
  }
};

std::string LookupLabel(const Lookups& lookups, const std::string& list, const std::string& id, const Lang& lang) {
  const json& doc = lookups.json();
  if (doc.contains(list) && doc[list].is_array())
    for (const auto& item : doc[list])
      if (item.value("id", "") == id) return lang.Pick(item["label"]);
  return id;
}

std::string When(int64_t ms) {
  std::string t = FormatTime(ms);  // 2026-11-22T07:40:00.000Z
  return t.size() >= 16 ? t.substr(0, 10) + " " + t.substr(11, 5) + " UTC" : t;
}

std::string ReadableSize(uint64_t n) {
  const char* units[] = {"B", "KB", "MB", "GB"};
  double v = static_cast<double>(n);
  int u = 0;
  while (v >= 1024 && u < 3) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

Result<Lang> ParseLang(const RequestContext& ctx) {
  std::string lang = ctx.req.Query("lang");
  if (lang.empty()) lang = "en";
  if (lang != "en" && lang != "ru") return Fail(Error::BadRequest("invalid_value", "lang is en or ru", "lang"));
  return Lang{lang};
}

const json& Strings(RequestContext& ctx, const Lang& lang) {
  static const json kEmpty = json::object();
  const json* all = ctx.app.report_strings;
  if (!all || !all->contains(lang.code)) return kEmpty;
  return (*all)[lang.code];
}

std::string ProducedBy(RequestContext& ctx, StoreReader& r) {
  const Principal& p = ctx.caller();
  std::string unit;
  if (auto u = r.GetUnit(p.unit_id)) unit = ", " + u->code;
  return (p.display_name.empty() ? p.username : p.display_name) + " (" + p.username + ", " + std::string(RoleId(p.role)) + unit + ")";
}

ReportExhibit ExhibitSection(const Exhibit& x, const std::vector<CustodyEvent>& events, UserNameCache& users,
                             const Lookups& lookups, const Lang& lang) {
  ReportExhibit out;
  out.number = x.number;
  out.type = LookupLabel(lookups, "evidence_types", x.evidence_type, lang);
  out.description = x.description;
  out.seized = When(x.seized_at) + (x.seized_place.empty() ? "" : ", " + x.seized_place);
  out.seized_by = x.seized_by;
  out.authority = x.authority + (x.warrant_number.empty() ? "" : " " + x.warrant_number);
  for (size_t i = 0; i < x.seal_numbers.size(); ++i) out.seals += (i ? ", " : "") + x.seal_numbers[i];
  out.state = CustodyState(events);
  for (const auto& f : AnalyseCustody(events, CustodyHash)) {
    out.flags.push_back("#" + std::to_string(f.seq) + " " + f.code + ": " + f.message);
    // As the exhibit view says: only an altered or re-ordered row breaks the chain; the rest are flags.
    if (f.code == "altered" || f.code == "out_of_order") out.chain_ok = false;
  }
  for (const auto& e : events) {
    std::string seals;
    for (size_t i = 0; i < e.seal_numbers.size(); ++i) seals += (i ? ", " : "") + e.seal_numbers[i];
    out.custody.push_back({std::to_string(e.seq), LookupLabel(lookups, "custody_events", e.kind, lang), When(e.at),
                           users.Get(e.recorded_by), e.holder, e.location, seals, e.note, e.hash});
  }
  return out;
}

HttpResponse PdfResponse(std::string pdf, const std::string& file_name) {
  HttpResponse res;
  res.content_type = "application/pdf";
  res.body = std::move(pdf);
  res.headers.push_back({"Content-Disposition", "attachment; filename=\"" + file_name + "\""});
  return res;
}

Result<HttpResponse> CaseFilePdf(RequestContext& ctx) {
  auto lang = ParseLang(ctx);
  if (!lang) return Fail(lang.error());
  auto redaction = ParseRedaction(ctx);
  if (!redaction) return Fail(redaction.error());
  const EntitySchema& schema = ctx.app.authz->entity_schema();
  const Lookups& lookups = *ctx.app.lookups;
  const json& strings = Strings(ctx, *lang);
  CaseFileReport rep;
  rep.lang = lang->code;
  rep.export_id = NewUuidV7(*ctx.app.env);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto c = r.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    UserNameCache users(r);
    UnitCache units(r);
    auto label = [&](const char* key) { return strings.value(key, std::string(key)); };
    rep.title = c->title;
    rep.reference = c->reference;
    rep.description = c->summary;
    const Unit& unit = units.Get(c->owning_unit_id);
    std::string team;
    for (const auto& m : c->team) team += (team.empty() ? "" : ", ") + users.Get(m.user_id) + " (" + m.team_role + ")";
    rep.summary = {{label("state"), LookupLabel(lookups, "case_states", c->state, *lang)},
                   {label("category"), LookupLabel(lookups, "categories", c->category, *lang)},
                   {label("approach"), LookupLabel(lookups, "approaches", c->approach, *lang)},
                   {label("unit"), unit.code + " — " + unit.name},
                   {label("jurisdiction"), c->jurisdiction_country + (c->jurisdiction_region.empty() ? "" : ", " + c->jurisdiction_region)},
                   {label("opened"), When(c->created_at)},
                   {label("team"), team}};
    ctx.audit.records.push_back("case:" + c->id);

    // Persons and organisations with their roles; events for the timeline.
    std::map<std::string, std::string> caption_of;  // for charges
    EntityListQuery q;
    q.case_id = c->id;
    q.limit = 500;
    std::vector<std::pair<std::string, ReportEvent>> events;
    do {
      auto page = r.ListEntities(q);
      if (!page) return Fail(page.error());
      for (const auto& e : page->items) {
        const SchemaDef* def = schema.Find(e.schema);
        if (!def) continue;
        RedactedView rv = Redact(*view, e, *redaction, schema);
        const bool caption_hidden = rv.identity || (!e.caption_prop.empty() && rv.hidden.count(e.caption_prop));
        auto values = [&](const std::string& prop) {
          std::string out;
          if (rv.hidden.count(prop)) return out;
          for (const auto& v : e.values)
            if (v.prop == prop) out += (out.empty() ? "" : "; ") + v.value;
          return out;
        };
        if (e.schema == "Person" || e.schema == "Organization") {
          ReportPerson p;
          p.redacted = caption_hidden;
          p.caption = caption_hidden ? strings.value("withheld_caption", "[withheld]") : e.caption;
          if (!caption_hidden && e.caption_latin != e.caption) p.transliteration = e.caption_latin;
          for (const auto& inv : view->InvolvementsOf(e.id))
            p.roles.push_back(LookupLabel(lookups, "involvement_roles", inv.role, *lang) +
                              (inv.network_role.empty() ? "" : " (" + LookupLabel(lookups, "network_roles", inv.network_role, *lang) + ")"));
          if (!caption_hidden)
            for (const auto& [name, prop] : def->properties) {
              if (name == e.caption_prop || prop.type == "entity") continue;
              std::string v = values(name);
              if (!v.empty()) p.facts.push_back({lang->Pick(prop.label), v});
            }
          caption_of[e.id] = p.caption;
          rep.persons.push_back(std::move(p));
          ctx.audit.records.push_back("entity:" + e.id);
        } else if (e.schema == "Event") {
          std::string date = values("date");
          if (date.empty()) {
            date = values("startDate");
            if (!values("endDate").empty()) date += " – " + values("endDate");
          }
          std::string type = values("eventType");
          events.push_back({date, {date, type.empty() ? "" : LookupLabel(lookups, "event_types", type, *lang), values("location"),
                                   values("name") + (values("description").empty() ? "" : ": " + values("description"))}});
          ctx.audit.records.push_back("entity:" + e.id);
        }
      }
      q.cursor = page->next_cursor;
    } while (!q.cursor.empty());
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [_, ev] : events) rep.timeline.push_back(std::move(ev));

    auto exhibits = r.ListExhibits(c->id);
    if (!exhibits) return Fail(exhibits.error());
    for (const auto& x : *exhibits) {
      auto chain = r.ListCustody(x.id);
      if (!chain) return Fail(chain.error());
      rep.exhibits.push_back(ExhibitSection(x, *chain, users, lookups, *lang));
      ctx.audit.records.push_back("exhibit:" + x.id);
    }
    auto documents = r.ListDocuments(c->id);
    if (!documents) return Fail(documents.error());
    for (const auto& d : *documents) {
      if (!MayReadDocument(ctx, r, *f, d)) continue;
      rep.documents.push_back({d.name, d.title, d.file.media_type, ReadableSize(d.file.size), d.file.sha256,
                               users.Get(d.uploaded_by), When(d.uploaded_at)});
      ctx.audit.records.push_back("document:" + d.id);
    }
    auto charges = r.ListCharges(c->id);
    if (!charges) return Fail(charges.error());
    for (const auto& ch : *charges) {
      const json* article = ctx.app.jurisdictions->Article(ch.jurisdiction, ch.article);
      std::string code = article ? article->value("code", ch.article) : ch.article;
      std::string title = article && article->contains("title") ? lang->Pick((*article)["title"]) : "";
      auto who = caption_of.find(ch.suspect_entity_id);
      rep.charges.push_back({code, title, who == caption_of.end() ? "" : who->second,
                             LookupLabel(lookups, "charge_statuses", ch.status, *lang),
                             ch.outcome.empty() ? "" : LookupLabel(lookups, "charge_outcomes", ch.outcome, *lang)});
      ctx.audit.records.push_back("charge:" + ch.id);
    }
    rep.produced_by = ProducedBy(ctx, r);
    return Ok();
  }));
  rep.produced_at = When(ctx.app.env->NowMillis());
  rep.redaction_note = strings.value("restricted_left_out", "Restricted information you may not read is left out.");
  std::vector<std::string> chosen(redaction->properties.begin(), redaction->properties.end());
  for (const auto& role : redaction->identities) chosen.push_back(LookupLabel(lookups, "involvement_roles", role, *lang));
  if (!chosen.empty()) {
    std::string what;
    for (const auto& c : chosen) what += (what.empty() ? "" : ", ") + c;
    std::string tpl = strings.value("redacted_by_exporter", "Left out by the exporter: {{what}}.");
    size_t at = tpl.find("{{what}}");
    rep.redaction_note += " " + (at == std::string::npos ? tpl + " " + what : tpl.replace(at, 8, what));
  }
  auto pdf = RenderCaseFilePdf(rep, strings);
  if (!pdf) return Fail(pdf.error());
  ctx.audit.detail = {{"format", "pdf"}, {"export_id", rep.export_id}, {"lang", lang->code},
                      {"persons", rep.persons.size()}, {"documents", rep.documents.size()},
                      {"redact", std::vector<std::string>(redaction->properties.begin(), redaction->properties.end())},
                      {"redact_identity", std::vector<std::string>(redaction->identities.begin(), redaction->identities.end())}};
  return PdfResponse(std::move(*pdf), rep.reference + ".pdf");
}

Result<HttpResponse> CustodyPdf(RequestContext& ctx) {
  auto lang = ParseLang(ctx);
  if (!lang) return Fail(lang.error());
  const json& strings = Strings(ctx, *lang);
  CustodyReport rep;
  rep.lang = lang->code;
  rep.export_id = NewUuidV7(*ctx.app.env);
  ctx.audit.records.push_back("exhibit:" + ctx.Param("xid"));
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    if (!IsUuid(ctx.Param("xid"))) return Fail(Error::NotFound("exhibit"));
    auto x = r.GetExhibit(ctx.Param("xid"));
    if (!x) return Fail(x.error());
    if (x->case_id != f->case_id) return Fail(Error::NotFound("exhibit"));
    auto c = r.GetCase(f->case_id);
    if (!c) return Fail(c.error());
    auto chain = r.ListCustody(x->id);
    if (!chain) return Fail(chain.error());
    UserNameCache users(r);
    rep.case_reference = c->reference;
    rep.case_title = c->title;
    rep.exhibit = ExhibitSection(*x, *chain, users, *ctx.app.lookups, *lang);
    rep.produced_by = ProducedBy(ctx, r);
    return Ok();
  }));
  rep.produced_at = When(ctx.app.env->NowMillis());
  auto pdf = RenderCustodyPdf(rep, strings);
  if (!pdf) return Fail(pdf.error());
  ctx.audit.detail = {{"format", "pdf"}, {"export_id", rep.export_id}, {"lang", lang->code}, {"events", rep.exhibit.custody.size()}};
  return PdfResponse(std::move(*pdf), "custody-" + rep.exhibit.number + ".pdf");
}

}  // namespace

void AddReportRoutes(Router& r) {
  r.Add({"GET", "/api/v1/cases/{id}/export/pdf", perm::kCaseRead, "case.export",
         "The case file as PDF for the prosecutor (?lang=en|ru; ?redact=, ?redact_identity= as for FtM)", CaseFilePdf,
         nullptr, "export"});
  r.Add({"GET", "/api/v1/cases/{id}/exhibits/{xid}/custody.pdf", perm::kCaseRead, "exhibit.custody_report",
         "The chain of custody of one exhibit as PDF (?lang=en|ru)", CustodyPdf, nullptr, "exhibits"});
}

}  // namespace ariadne
