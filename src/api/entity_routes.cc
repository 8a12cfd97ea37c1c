// /api/v1/cases/{id}/entities: the case file's people, organisations, addresses, accounts,
// vehicles, documents and relationships, and how each is involved in the case.
#include "api/app.h"
#include "api/case_access.h"
#include "api/entity_view.h"
#include "api/resolver.h"
#include "base/ids.h"
#include "domain/entity_input.h"
#include "domain/permissions.h"
#include "store/new_entity.h"

namespace ariadne {
namespace {

using nlohmann::json;

// The need-to-know check of a route about record {eid}: the record is named in the audit event
// before the case is checked, so a refused look at it is on the record too.
Result<CaseAccessFacts> CheckRecordAccess(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  ctx.audit.records.push_back("entity:" + ctx.Param("eid"));
  return CheckCaseAccess(ctx, r, permission);
}

// Loads record {eid} of the case the caller may see; NotFound when it is not of this case.
Result<Entity> LoadEntity(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f) {
  const std::string eid = ctx.Param("eid");
  if (!IsUuid(eid)) return Fail(Error::NotFound("entity"));
  auto e = r.GetEntity(eid);
  if (!e) return Fail(e.error());
  if (e->case_id != f.case_id) return Fail(Error::NotFound("entity"));
  return e;
}

Result<HttpResponse> ListEntities(RequestContext& ctx) {
  EntityListQuery q;
  auto limit = LimitParam(ctx.req, 100, 500);
  if (!limit) return Fail(limit.error());
  q.limit = *limit;
  q.cursor = ctx.req.Query("cursor");
  q.schema = ctx.req.Query("schema");
  if (!q.schema.empty() && !ctx.app.authz->entity_schema().Find(q.schema))
    return Fail(Error::BadRequest("invalid_value", "unknown schema", "schema"));
  json body;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    q.case_id = f->case_id;
    auto page = r.ListEntities(q);
    if (!page) return Fail(page.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    json items = json::array();
    for (const auto& e : page->items) {
      items.push_back(view->Render(e, r));
      ctx.audit.records.push_back("entity:" + e.id);
    }
    body = {{"items", items}, {"total", page->total},
            {"next_cursor", page->next_cursor.empty() ? json(nullptr) : json(page->next_cursor)}};
    return Ok();
  }));
  ctx.audit.detail = {{"schema", q.schema}, {"returned", body["items"].size()}};
  return JsonResponse(200, body);
}

Result<HttpResponse> RenderOne(RequestContext& ctx, const CaseAccessFacts& f, const std::string& eid, int status) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto e = r.GetEntity(eid);
    if (!e) return Fail(e.error());
    auto view = EntityView::ForCase(ctx, r, f);
    if (!view) return Fail(view.error());
    out = view->Render(*e, r);
    return Ok();
  }));
  return JsonResponse(status, out);
}

Result<HttpResponse> CreateEntity(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  const EntitySchema& schema = ctx.app.authz->entity_schema();
  Entity e;
  e.id = NewUuidV7(*ctx.app.env);
  CaseAccessFacts facts;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    auto in = ParseEntityInput(*body, schema, *ctx.app.lookups, {f->jurisdiction_country}, EntityInputMode::kCreate);
    if (!in) return Fail(in.error());
    const SchemaDef& def = *schema.Find(in->schema);
    ARIADNE_RETURN_IF_ERROR(CheckEntityReferences(*in, def, [&](const std::string& id) -> std::optional<std::string> {
      auto s = w.EntitySchemaOf(f->case_id, id);
      return s ? *s : std::nullopt;
    }));
    // A new record has no involvement yet, so only the always-restricted properties apply.
    for (const auto& [name, _] : in->properties)
      if (!ctx.app.authz->MayReadEntityProperty(p, *f, {}, name))
        return Fail(Error::Forbidden("forbidden", "you may not record " + name));
    e.case_id = f->case_id;
    std::vector<PropertyChange> changes;
    ARIADNE_RETURN_IF_ERROR(InsertNewEntity(w, *in, def, p.user_id, now, e, changes));
    ctx.audit.records.push_back("entity:" + e.id);
    // Matched at once against every other case, in this transaction: the queue is live.
    if (ctx.app.resolver) {
      auto proposed = ctx.app.resolver->MatchSaved(DepsOf(ctx.app), w, e, &p, now);
      if (!proposed) return Fail(proposed.error());
    }
    json fields = json::array();
    for (const auto& c : changes) fields.push_back(c.property);
    ctx.audit.detail = {{"schema", e.schema}, {"properties", fields}};
    return ctx.AuditIn(w);
  }));
  if (ctx.app.resolver) ctx.app.resolver->Indexed(e, facts.jurisdiction_country);
  auto res = RenderOne(ctx, facts, e.id, 201);
  if (res) res->headers.push_back({"Location", "/api/v1/cases/" + e.case_id + "/entities/" + e.id});
  return res;
}

Result<HttpResponse> GetEntity(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckRecordAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto e = LoadEntity(ctx, r, *f);
    if (!e) return Fail(e.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    out = view->Render(*e, r);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> UpdateEntity(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  const EntitySchema& schema = ctx.app.authz->entity_schema();
  CaseAccessFacts facts;
  std::string eid;
  std::optional<Entity> saved;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckRecordAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    auto e = LoadEntity(ctx, w, *f);
    if (!e) return Fail(e.error());
    eid = e->id;
    auto in = ParseEntityInput(*body, schema, *ctx.app.lookups, {f->jurisdiction_country}, EntityInputMode::kUpdate,
                               e->schema);
    if (!in) return Fail(in.error());
    const SchemaDef& def = *schema.Find(e->schema);
    // Nobody writes a property they may not read.
    auto view = EntityView::ForCase(ctx, w, *f);
    if (!view) return Fail(view.error());
    for (const auto& [name, _] : in->properties)
      if (!view->MayRead(*e, name)) return Fail(Error::Forbidden("forbidden", "you may not change " + name));
    if (e->version != *in->version)
      return Fail(Error::Conflict("version_conflict", "the record was changed by someone else; reload it", "version"));
    ARIADNE_RETURN_IF_ERROR(CheckEntityReferences(*in, def, [&](const std::string& id) -> std::optional<std::string> {
      if (id == e->id) return std::nullopt;  // no record points at itself
      auto s = w.EntitySchemaOf(f->case_id, id);
      return s ? *s : std::nullopt;
    }));
    const int64_t expected = e->version;
    std::vector<EntityValue> closed;
    auto changes = ApplyEntityInput(*in, def, p.user_id, now, expected + 1, *e, closed);
    if (changes.empty()) return Ok();
    ARIADNE_RETURN_IF_ERROR(CheckRequired(def, *e));
    e->version = expected + 1;
    e->updated_at = now;
    ARIADNE_RETURN_IF_ERROR(w.UpdateEntity(*e, expected, closed));
    ARIADNE_RETURN_IF_ERROR(w.InsertEntityHistory(e->id, {e->version, p.user_id, now, ChangesJson(changes).dump()}));
    if (ctx.app.resolver) {
      auto proposed = ctx.app.resolver->MatchSaved(DepsOf(ctx.app), w, *e, &p, now);
      if (!proposed) return Fail(proposed.error());
      saved = *e;
    }
    json fields = json::array();
    for (const auto& c : changes) fields.push_back(c.property);
    ctx.audit.detail = {{"properties", fields}, {"version", e->version}};
    return ctx.AuditIn(w);
  }));
  if (saved) ctx.app.resolver->Indexed(*saved, facts.jurisdiction_country);
  return RenderOne(ctx, facts, eid, 200);
}

Result<HttpResponse> DeleteEntity(RequestContext& ctx) {
  const Principal& p = ctx.caller();
  const int64_t now = ctx.app.env->NowMillis();
  int64_t version = 0;
  const std::string v = ctx.req.Query("version");
  if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 18)
    return Fail(Error::BadRequest("required", "?version= of the record is required", "version"));
  version = std::stoll(v);
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckRecordAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    auto e = LoadEntity(ctx, w, *f);
    if (!e) return Fail(e.error());
    if (e->version != version)
      return Fail(Error::Conflict("version_conflict", "the record was changed by someone else; reload it", "version"));
    // A record others point at is not deleted from under them: a relationship, an event, an
    // interview or a charge would be left naming nothing. Ids only in the answer, no captions.
    EntityListQuery refs;
    refs.case_id = f->case_id;
    refs.references = e->id;
    refs.limit = 5;
    auto page = w.ListEntities(refs);
    if (!page) return Fail(page.error());
    int64_t pointing = page->total;
    auto interviews = w.ListInterviews(f->case_id);
    if (!interviews) return Fail(interviews.error());
    for (const auto& iv : *interviews) {
      bool names = iv.subject_entity_id == e->id;
      for (const auto& person : iv.present) names = names || person.entity_id == e->id;
      if (names) ++pointing;
    }
    auto charges = w.ListCharges(f->case_id);
    if (!charges) return Fail(charges.error());
    for (const auto& c : *charges)
      if (c.suspect_entity_id == e->id) ++pointing;
    if (pointing > 0)
      return Fail(Error::Conflict("referenced", std::to_string(pointing) +
                                                    " records of the case point at this one; change or delete them first"));
    // The values stay, closed by the record's deletion: history is never lost (DESIGN.md §4).
    e->deleted = true;
    e->version = version + 1;
    e->updated_at = now;
    e->values.clear();
    ARIADNE_RETURN_IF_ERROR(w.UpdateEntity(*e, version, {}));
    ARIADNE_RETURN_IF_ERROR(
        w.InsertEntityHistory(e->id, {e->version, p.user_id, now, json::array({{{"property", "*"}, {"deleted", true}}}).dump()}));
    if (ctx.app.resolver) ARIADNE_RETURN_IF_ERROR(ctx.app.resolver->Withdraw(w, e->id, p.user_id, now));
    ctx.audit.detail = {{"deleted", e->id}};
    return ctx.AuditIn(w);
  }));
  if (ctx.app.resolver) ctx.app.resolver->Forget(ctx.Param("eid"));
  HttpResponse res;
  res.status = 204;
  return res;
}

Result<HttpResponse> EntityHistory(RequestContext& ctx) {
  json items;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckRecordAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto e = LoadEntity(ctx, r, *f);
    if (!e) return Fail(e.error());
    auto entries = r.EntityHistory(e->id);
    if (!entries) return Fail(entries.error());
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    items = view->RenderHistory(*e, *entries, r);
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

// PUT and DELETE /involvements/{role}. Taking away a role that restricts properties would
// reveal them, so only someone who may already read all of them can do it.
Result<HttpResponse> ChangeInvolvement(RequestContext& ctx, bool add) {
  const std::string role = ctx.Param("role");
  if (!ctx.app.lookups->Has("involvement_roles", role))
    return Fail(Error::Invalid("invalid_value", "unknown involvement role '" + role + "'", "role"));
  Involvement inv;
  if (add) {
    auto body = ctx.JsonBody();
    if (!body) return Fail(body.error());
    ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"network_role", "note"}));
    auto network_role = OptionalString(*body, "network_role", 50);
    if (!network_role) return Fail(network_role.error());
    if (!network_role->empty() && !ctx.app.lookups->Has("network_roles", *network_role))
      return Fail(Error::Invalid("invalid_value", "unknown network role '" + *network_role + "'", "network_role"));
    if (!network_role->empty() && role != "suspect")
      return Fail(Error::Invalid("invalid_value", "only a suspect has a network role", "network_role"));
    auto note = OptionalString(*body, "note", 2000);
    if (!note) return Fail(note.error());
    inv.network_role = *network_role;
    inv.note = *note;
  }
  CaseAccessFacts facts;
  std::string eid;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckRecordAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    facts = *f;
    auto e = LoadEntity(ctx, w, *f);
    if (!e) return Fail(e.error());
    eid = e->id;
    if (e->schema != "Person" && e->schema != "Organization")
      return Fail(Error::Invalid("invalid_value", "only people and organisations are involved in a case", "role"));
    if (!add) {
      // Refused when a property hidden from the caller now would show once the role is gone.
      auto view = EntityView::ForCase(ctx, w, *f);
      if (!view) return Fail(view.error());
      std::vector<std::string> after;
      for (const auto& i : view->InvolvementsOf(e->id))
        if (i.role != role) after.push_back(i.role);
      for (const auto& prop : view->Hidden(*e))
        if (ctx.app.authz->MayReadEntityProperty(ctx.caller(), *f, after, prop))
          return Fail(Error::Forbidden("forbidden", "you may not lift a protection you are not allowed to see behind"));
      ARIADNE_RETURN_IF_ERROR(w.RemoveInvolvement(f->case_id, e->id, role));
    } else {
      inv.case_id = f->case_id;
      inv.entity_id = e->id;
      inv.role = role;
      inv.added_by = ctx.caller().user_id;
      inv.added_at = ctx.app.env->NowMillis();
      ARIADNE_RETURN_IF_ERROR(w.PutInvolvement(inv));
    }
    ctx.audit.detail = {{"role", role}, {add ? "added" : "removed", true}};
    if (!inv.network_role.empty()) ctx.audit.detail["network_role"] = inv.network_role;
    return ctx.AuditIn(w);
  }));
  return RenderOne(ctx, facts, eid, 200);
}

Result<HttpResponse> PutInvolvement(RequestContext& ctx) { return ChangeInvolvement(ctx, true); }
Result<HttpResponse> RemoveInvolvement(RequestContext& ctx) { return ChangeInvolvement(ctx, false); }

}  // namespace

void AddEntityRoutes(Router& r) {
  const json entity_body = {{"$ref", "#/components/schemas/EntityInput"}};
  const std::string base = "/api/v1/cases/{id}/entities";
  r.Add({"GET", base, perm::kCaseRead, "entity.list", "List the records of a case", ListEntities, nullptr, "entities"});
  r.Add({"POST", base, perm::kCaseUpdate, "entity.create", "Record a person, organisation, address, account, vehicle, "
         "document or relationship", CreateEntity, entity_body, "entities"});
  r.Add({"GET", base + "/{eid}", perm::kCaseRead, "entity.read", "View a record", GetEntity, nullptr, "entities"});
  r.Add({"PATCH", base + "/{eid}", perm::kCaseUpdate, "entity.update", "Change a record's properties (with its version)",
         UpdateEntity, entity_body, "entities"});
  r.Add({"DELETE", base + "/{eid}", perm::kCaseUpdate, "entity.delete", "Delete a record (?version=; history is kept)",
         DeleteEntity, nullptr, "entities"});
  r.Add({"GET", base + "/{eid}/history", perm::kCaseRead, "entity.history", "Field-level history of a record",
         EntityHistory, nullptr, "entities"});
  r.Add({"PUT", base + "/{eid}/involvements/{role}", perm::kCaseUpdate, "entity.involve",
         "Involve a person or organisation in the case in a role", PutInvolvement, {{"type", "object"}}, "entities"});
  r.Add({"DELETE", base + "/{eid}/involvements/{role}", perm::kCaseUpdate, "entity.uninvolve",
         "Take a role in the case away", RemoveInvolvement, nullptr, "entities"});
}

}  // namespace ariadne
