// FollowTheMoney JSON lines: export of a case's records as the reader may see them (and as the
// exporter chooses to redact them), and import of the shared types into a case.
#include <algorithm>

#include "api/app.h"
#include "api/resolver.h"
#include "api/case_access.h"
#include "api/redaction.h"
#include "base/ids.h"
#include "domain/entity_input.h"
#include "domain/ftm.h"
#include "domain/permissions.h"
#include "store/new_entity.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr size_t kMaxImportEntities = 5000;
constexpr int kMaxExportEntities = 100000;

Result<HttpResponse> ExportFtm(RequestContext& ctx) {
  auto redaction = ParseRedaction(ctx);
  if (!redaction) return Fail(redaction.error());
  std::string body;
  size_t count = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    const EntitySchema& schema = ctx.app.authz->entity_schema();
    EntityListQuery q;
    q.case_id = f->case_id;
    q.limit = 500;
    do {
      auto page = r.ListEntities(q);
      if (!page) return Fail(page.error());
      for (const auto& e : page->items) {
        const SchemaDef* def = schema.Find(e.schema);
        if (!def) continue;
        RedactedView rv = Redact(*view, e, *redaction, schema);
        json j = ToFtm(e, *def, rv.hidden);
        // FtM needs a Person's name: a withheld identity is exported as a label, not as nothing.
        if (rv.identity && std::find(def->required.begin(), def->required.end(), "name") != def->required.end())
          j["properties"]["name"] = json::array({"[redacted " + e.id.substr(e.id.size() - 6) + "]"});
        body += j.dump();
        body += '\n';
        ctx.audit.records.push_back("entity:" + e.id);
        if (++count > static_cast<size_t>(kMaxExportEntities))
          return Fail(Error::TooLarge("the case has more records than one export holds"));
      }
      q.cursor = page->next_cursor;
    } while (!q.cursor.empty());
    return Ok();
  }));
  ctx.audit.detail = {{"format", "ftm"}, {"entities", count},
                      {"redact", std::vector<std::string>(redaction->properties.begin(), redaction->properties.end())},
                      {"redact_identity", std::vector<std::string>(redaction->identities.begin(), redaction->identities.end())}};
  HttpResponse res;
  res.content_type = "application/x-ndjson; charset=utf-8";
  res.body = std::move(body);
  res.headers.push_back({"Content-Disposition", "attachment; filename=\"case-" + ctx.Param("id") + ".ftm.jsonl\""});
  return res;
}

Result<HttpResponse> ImportFtm(RequestContext& ctx) {
  const EntitySchema& schema = ctx.app.authz->entity_schema();
  auto lines = ParseFtmLines(ctx.req.body, schema, kMaxImportEntities);
  if (!lines) return Fail(lines.error());
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  json mapping = json::object();
  std::vector<Entity> imported;  // matched in the write, indexed once it has committed
  std::string country;
  // One write job: every line is stored, or none.
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    std::map<std::string, std::string> ids;
    std::map<std::string, std::string> schema_of_new;
    for (const auto& l : *lines) {
      ids[l.id] = NewUuidV7(*ctx.app.env);
      schema_of_new[ids[l.id]] = l.body["schema"].get<std::string>();
    }
    size_t number = 0;
    for (auto& l : *lines) {
      ++number;
      auto at_line = [&](Error e) {
        e.message = "entity " + l.id + ": " + e.message;
        return Fail(e);
      };
      const SchemaDef& def = *schema.Find(l.body["schema"].get<std::string>());
      if (auto st = MapFtmReferences(l, def, ids); !st) return at_line(st.error());
      json body = l.body;
      body["source"] = "FollowTheMoney import";
      auto in = ParseEntityInput(body, schema, *ctx.app.lookups, {f->jurisdiction_country}, EntityInputMode::kCreate);
      if (!in) return at_line(in.error());
      if (auto st = CheckEntityReferences(*in, def, [&](const std::string& id) -> std::optional<std::string> {
            auto it = schema_of_new.find(id);
            if (it != schema_of_new.end()) return it->second;
            return std::nullopt;
          });
          !st)
        return at_line(st.error());
      for (const auto& [name, _] : in->properties)
        if (!ctx.app.authz->MayReadEntityProperty(p, *f, {}, name))
          return Fail(Error::Forbidden("forbidden", "you may not record " + name));
      Entity e;
      e.id = ids[l.id];
      e.case_id = f->case_id;
      std::vector<PropertyChange> changes;
      if (auto st = InsertNewEntity(w, *in, def, p.user_id, now, e, changes); !st) return at_line(st.error());
      ctx.audit.records.push_back("entity:" + e.id);
      mapping[l.id] = e.id;
      if (ctx.app.resolver) {
        auto proposed = ctx.app.resolver->MatchSaved(DepsOf(ctx.app), w, e, &p, now);
        if (!proposed) return Fail(proposed.error());
        imported.push_back(e);
        country = f->jurisdiction_country;
      }
    }
    ctx.audit.detail = {{"format", "ftm"}, {"entities", number}};
    return ctx.AuditIn(w);
  }));
  for (const Entity& e : imported) ctx.app.resolver->Indexed(e, country);
  return JsonResponse(201, {{"imported", mapping.size()}, {"ids", mapping}});
}

}  // namespace

void AddFtmRoutes(Router& r) {
  r.Add({"GET", "/api/v1/cases/{id}/export/ftm", perm::kCaseRead, "case.export",
         "The case's records as FollowTheMoney JSON lines (?redact=props, ?redact_identity=roles)", ExportFtm, nullptr,
         "export"});
  r.Add({"POST", "/api/v1/cases/{id}/import/ftm", perm::kCaseUpdate, "case.import",
         "Import FollowTheMoney JSON lines into the case (all or nothing)", ImportFtm, {{"type", "string"}}, "export"});
}

}  // namespace ariadne
