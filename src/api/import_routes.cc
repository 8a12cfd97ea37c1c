// Imports of call records and bank statements into a case: the file is first uploaded as a
// document of the case (so the original stays, encrypted, with its hash, as evidence), then
// imported from there through a column mapping (api/import_service.h). Mappings are saved under
// the name of their source format for the next file of the same layout.
#include "api/app.h"
#include "api/case_access.h"
#include "api/import_service.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "engine/ingest/column_mapping.h"

namespace ariadne {

namespace {

using nlohmann::json;

constexpr uint64_t kMaxImportBytes = 512ull << 20;  // larger files: `ariadne import`

json JobJson(const ImportJob& j) {
  json out = {{"id", j.id},           {"case_id", j.case_id},       {"kind", j.kind},
          {"file_name", j.file_name}, {"sha256", j.sha256},      {"size", j.size},
          {"status", j.status},   {"on_error", j.on_error},     {"rows_ok", j.rows_ok},
          {"rows_bad", j.rows_bad}, {"errors", json::parse(j.errors_json)},
          {"mapping", json::parse(j.mapping_json)}, {"created_by", j.created_by},
          {"created_at", FormatTime(j.created_at)}, {"published_at", j.published_at ? json(FormatTime(j.published_at)) : json(nullptr)}};
  const json mapping = json::parse(j.mapping_json);
  out["mapping_name"] = mapping.value("name", "");
  out["document_id"] = j.document_id;
  out["document_name"] = j.file_name;
  return out;
}

Result<HttpResponse> CreateImport(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(CheckKnownFields(*body, {"document_id", "kind", "mapping", "mapping_name", "on_error", "save_mapping"}));
  auto doc_id = RequiredString(*body, "document_id", 64);
  if (!doc_id) return Fail(doc_id.error());
  auto kind = RequiredString(*body, "kind", 20);
  if (!kind) return Fail(kind.error());
  auto on_error = OptionalString(*body, "on_error", 10);
  if (!on_error) return Fail(on_error.error());
  auto mapping_name = OptionalString(*body, "mapping_name", 120);
  if (!mapping_name) return Fail(mapping_name.error());
  if (body->contains("mapping") && !(*body)["mapping"].is_object())
    return Fail(Error::BadRequest("wrong_type", "mapping must be an object", "mapping"));
  if (!body->contains("mapping") && mapping_name->empty())
    return Fail(Error::Invalid("required", "mapping or mapping_name is required", "mapping"));
  bool save = false;
  if (body->contains("save_mapping")) {
    if (!(*body)["save_mapping"].is_boolean())
      return Fail(Error::BadRequest("wrong_type", "save_mapping must be true or false", "save_mapping"));
    save = (*body)["save_mapping"].get<bool>();
  }

  Document doc;
  json mapping;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kImportCreate);
    if (!f) return Fail(f.error());
    auto d = r.GetDocument(*doc_id);
    if (!d || d->case_id != f->case_id) return Fail(Error::Invalid("document_not_found", "no such document in this case", "document_id"));
    doc = *d;
    if (body->contains("mapping")) {
      mapping = (*body)["mapping"];
    } else {
      auto m = r.FindImportMapping(*kind, *mapping_name);
      if (!m) return Fail(m.error());
      if (!*m) return Fail(Error::Invalid("mapping_not_found", "no saved mapping " + *mapping_name, "mapping_name"));
      mapping = json::parse((*m)->doc);
    }
    return Ok();
  }));
  // The mapping is checked before the file is read, so a bad mapping names its field at once.
  auto parsed = ingest::ParseMapping(mapping);
  if (!parsed) return Fail(parsed.error());
  if (doc.file.size > kMaxImportBytes)
    return Fail(Error::Invalid("file_too_large", "files over 512 MiB are imported with `ariadne import`", "document_id"));
  auto data = ctx.app.blobs->ReadAll(doc.file.sha256, kMaxImportBytes);
  if (!data) return Fail(data.error());

  ImportInput in;
  in.case_id = doc.case_id;
  in.kind = *kind;
  in.file_name = doc.name;
  in.document_id = doc.id;
  in.on_error = on_error->empty() ? "skip" : *on_error;
  in.mapping = mapping;
  in.user_id = ctx.caller().user_id;
  in.username = ctx.caller().username;
  in.method = ctx.req.method;
  in.path = ctx.req.path;
  in.ip = ctx.req.remote_ip;
  auto out = RunImport(*ctx.app.store, *ctx.app.env, ctx.app.audit, *data, in);
  if (!out) return Fail(out.error());
  if (save) {
    ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
      ImportMapping m;
      m.id = NewUuidV7(*ctx.app.env);
      m.kind = *kind;
      m.name = parsed->name;
      m.doc = ingest::MappingJson(*parsed).dump();
      m.created_by = ctx.caller().user_id;
      m.created_at = m.updated_at = ctx.app.env->NowMillis();
      return w.PutImportMapping(m);
    }));
  }
  ctx.audit.records.push_back("import:" + out->job.id);
  ctx.audit.records.push_back("document:" + doc.id);
  ctx.audit.detail = {{"status", out->job.status}, {"rows_ok", out->job.rows_ok}, {"rows_bad", out->job.rows_bad},
                      {"already_imported", out->already_imported}};
  json j = JobJson(out->job);
  j["already_imported"] = out->already_imported;
  j["resumed"] = out->resumed;
  return JsonResponse(out->already_imported ? 200 : 201, j);
}

Result<HttpResponse> ListImports(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto jobs = r.ListImportJobs(f->case_id);
    if (!jobs) return Fail(jobs.error());
    for (const auto& j : *jobs) items.push_back(JobJson(j));
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

// The job {jid} of case {id}, the caller holding `permission` on the case (else 404 as if neither
// existed); it is named in the request's audit row.
Result<ImportJob> JobOfCase(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  auto f = CheckCaseAccess(ctx, r, permission);
  if (!f) return Fail(f.error());
  auto j = r.GetImportJob(ctx.Param("jid"));
  if (!j || j->case_id != f->case_id) return Fail(Error::NotFound("import"));
  ctx.audit.records.push_back("import:" + j->id);
  return j;
}

Result<HttpResponse> GetImport(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto j = JobOfCase(ctx, r, perm::kCaseRead);
    if (!j) return Fail(j.error());
    out = JobJson(*j);
    return Ok();
  }));
  return JsonResponse(200, out);
}

// An interrupted import given up (its file will not be run again, or was the wrong one): the rows
// staged so far are deleted, not kept unseen, and the same file may later be imported afresh. A
// run still reading the file is refused at its next chunk and stores nothing more. Any other job:
// 409 import_not_staging, from the store.
Result<HttpResponse> DiscardImport(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto j = JobOfCase(ctx, w, perm::kImportCreate);
    if (!j) return Fail(j.error());
    const int64_t now = ctx.app.env->NowMillis();
    ARIADNE_RETURN_IF_ERROR(w.DiscardImportJob(j->id, now));
    ctx.audit.detail = {{"kind", j->kind}, {"file", j->file_name}, {"sha256", j->sha256}, {"rows_staged", j->rows_ok}};
    j->status = "discarded";
    j->updated_at = now;
    out = JobJson(*j);
    return ctx.AuditIn(w);
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> ListMappings(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListImportMappings(ctx.req.Query("kind"));
    if (!list) return Fail(list.error());
    for (const auto& m : *list)
      items.push_back({{"id", m.id}, {"kind", m.kind}, {"name", m.name}, {"mapping", json::parse(m.doc)},
                       {"updated_at", FormatTime(m.updated_at)}});
    return Ok();
  }));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> PutMapping(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  auto parsed = ingest::ParseMapping(*body);
  if (!parsed) return Fail(parsed.error());
  ImportMapping m;
  m.id = NewUuidV7(*ctx.app.env);
  m.kind = ingest::ImportKindName(parsed->kind);
  m.name = parsed->name;
  m.doc = ingest::MappingJson(*parsed).dump();
  m.created_by = ctx.caller().user_id;
  m.created_at = m.updated_at = ctx.app.env->NowMillis();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    ARIADNE_RETURN_IF_ERROR(w.PutImportMapping(m));
    return ctx.AuditIn(w);
  }));
  ctx.audit.detail = {{"kind", m.kind}, {"name", m.name}};
  return JsonResponse(200, {{"kind", m.kind}, {"name", m.name}, {"mapping", json::parse(m.doc)}});
}

}  // namespace

void AddImportRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/imports";
  r.Add({"POST", base, perm::kImportCreate, "import.create",
         "Import an uploaded document of the case as call records or bank transactions through a column mapping "
         "(bad rows skipped or the file refused; published in one step; the same file twice adds nothing)",
         CreateImport, {{"type", "object"}}, "imports"});
  r.Add({"GET", base, perm::kCaseRead, "import.list", "The imports of a case, newest first", ListImports, nullptr,
         "imports"});
  r.Add({"GET", base + "/{jid}", perm::kCaseRead, "import.read", "One import: its counts and bad rows by line",
         GetImport, nullptr, "imports"});
  r.Add({"DELETE", base + "/{jid}", perm::kImportCreate, "import.discard",
         "Give up an interrupted import: the rows it staged are deleted and the same file may be imported afresh "
         "(409 import_not_staging once it has been published, refused or discarded)",
         DiscardImport, nullptr, "imports"});
  r.Add({"GET", "/api/v1/import-mappings", perm::kImportCreate, "import.mapping_list", "Saved column mappings (?kind=calls|transactions)",
         ListMappings, nullptr, "imports"});
  r.Add({"PUT", "/api/v1/import-mappings", perm::kImportCreate, "import.mapping",
         "Save a column mapping under the name of its source format", PutMapping, {{"type", "object"}}, "imports"});
}

}  // namespace ariadne
