// /api/v1/cases/{id}/documents: documents and media of a case. Uploads stream into the
// encrypted file store (files/blob_store.h) after the caller has been checked; downloads come
// back out of it in pieces, with byte ranges, and each one is audited.
#include "api/app.h"
#include "api/case_access.h"
#include "api/document_access.h"
#include "api/document_io.h"
#include "base/ids.h"
#include "base/time_format.h"
#include "domain/permissions.h"
#include "files/sniff.h"
#include "files/text_extract.h"

namespace ariadne {
namespace {

using nlohmann::json;

constexpr size_t kMaxTextReturned = 2u << 20;

json UserRef(StoreReader& r, const std::string& id, std::map<std::string, json>& cache) {
  auto it = cache.find(id);
  if (it != cache.end()) return it->second;
  auto u = r.GetUser(id);
  json out = u ? json{{"id", u->id}, {"username", u->username}, {"display_name", u->display_name}}
               : json{{"id", id}, {"username", ""}, {"display_name", ""}};
  cache[id] = out;
  return out;
}

json DocumentJson(const Document& d, StoreReader& r, std::map<std::string, json>& users) {
  return {{"id", d.id},
          {"case_id", d.case_id},
          {"name", d.name},
          {"title", d.title},
          {"sha256", d.file.sha256},
          {"size", d.file.size},
          {"media_type", d.file.media_type},
          {"declared_type", d.declared_type},
          {"name_mismatch", d.name_mismatch},
          {"text_status", d.file.text_status},
          {"text_chars", d.file.text_chars},
          {"exhibit_id", d.exhibit_id},
          {"interview_id", d.interview_id},
          {"uploaded_by", UserRef(r, d.uploaded_by, users)},
          {"uploaded_at", FormatTime(d.uploaded_at)}};
}

Result<Document> LoadDocument(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f) {
  const std::string did = ctx.Param("did");
  if (!IsUuid(did)) return Fail(Error::NotFound("document"));
  auto d = r.GetDocument(did);
  if (!d) return Fail(d.error());
  if (d->case_id != f.case_id || !MayReadDocument(ctx, r, f, *d)) return Fail(Error::NotFound("document"));
  return d;
}

Result<CaseAccessFacts> CheckDocumentAccess(RequestContext& ctx, StoreReader& r) {
  ctx.audit.records.push_back("document:" + ctx.Param("did"));
  return CheckCaseAccess(ctx, r, perm::kCaseRead);
}

struct UploadParams {
  std::string name, title, exhibit_id, interview_id;
};

Result<UploadParams> ParseUploadParams(const HttpRequest& req) {
  UploadParams p;
  p.name = req.Query("name");
  p.title = req.Query("title");
  p.exhibit_id = req.Query("exhibit_id");
  p.interview_id = req.Query("interview_id");
  if (p.name.empty()) return Fail(Error::Invalid("required", "name (the file name) is required", "name"));
  if (p.name.size() > 255) return Fail(Error::Invalid("too_long", "name is longer than 255 bytes", "name"));
  if (p.name.find('/') != std::string::npos || p.name.find('\\') != std::string::npos)
    return Fail(Error::Invalid("invalid_value", "name is a file name, not a path", "name"));
  if (p.title.size() > 500) return Fail(Error::Invalid("too_long", "title is longer than 500 bytes", "title"));
  if (!p.exhibit_id.empty() && !IsUuid(p.exhibit_id))
    return Fail(Error::Invalid("invalid_value", "exhibit_id is not an id", "exhibit_id"));
  if (!p.interview_id.empty() && !IsUuid(p.interview_id))
    return Fail(Error::Invalid("invalid_value", "interview_id is not an id", "interview_id"));
  return p;
}

// The exhibit and interview named must be of this case.
Status CheckAttachments(StoreReader& r, const CaseAccessFacts& f, const UploadParams& p) {
  if (!p.exhibit_id.empty()) {
    auto x = r.GetExhibit(p.exhibit_id);
    if (!x || x->case_id != f.case_id)
      return Fail(Error::Invalid("not_found", "no such exhibit in this case", "exhibit_id"));
  }
  if (!p.interview_id.empty()) {
    auto iv = r.GetInterview(p.interview_id);
    if (!iv || iv->case_id != f.case_id)
      return Fail(Error::Invalid("not_found", "no such interview in this case", "interview_id"));
  }
  return Ok();
}

Error UploadTooLarge(uint64_t limit) {
  Error e = Error::TooLarge("the file is over the upload limit of " + std::to_string(limit) + " bytes");
  e.reason = "upload_too_large";
  e.http_status = 413;
  return e;
}

// The preflight: who is asking, for which case, with what — before any of the body is read.
Result<HttpResponse> StartUpload(RequestContext& ctx) {
  auto p = ParseUploadParams(ctx.req);
  if (!p) return Fail(p.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    return CheckAttachments(r, *f, *p);
  }));
  std::string length = ctx.req.Header("content-length");
  if (!length.empty()) {
    uint64_t n = 0;
    try {
      n = std::stoull(length);
    } catch (...) {
      return Fail(Error::BadRequest("malformed_request", "Content-Length is not a number"));
    }
    if (n > ctx.app.max_upload_bytes) return Fail(UploadTooLarge(ctx.app.max_upload_bytes));
  }
  auto writer = ctx.app.blobs->StartWrite();
  if (!writer) return Fail(writer.error());
  ctx.req.sink = std::make_shared<BlobSink>(std::move(*writer));
  HttpResponse go_on;
  go_on.status = 100;
  return go_on;
}

Result<HttpResponse> FinishUpload(RequestContext& ctx) {
  auto* sink = dynamic_cast<BlobSink*>(ctx.req.sink.get());
  if (!sink) return Fail(Error::BadRequest("malformed_request", "the file must be sent as the request body"));
  auto p = ParseUploadParams(ctx.req);
  if (!p) return Fail(p.error());
  auto info = sink->writer().Finish();
  if (!info) return Fail(info.error());
  const std::string media_type = SniffMediaType(info->head);

  // Text once per content: a file stored before keeps the text it was given then.
  std::optional<StoredFile> known;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto got = r.GetStoredFile(info->sha256);
    if (!got) return Fail(got.error());
    known = *got;
    return Ok();
  }));
  ARIADNE_RETURN_IF_ERROR(ctx.app.blobs->Commit(sink->writer(), *info));
  const int64_t now = ctx.app.env->NowMillis();
  StoredFile file = known.value_or(StoredFile{info->sha256, info->size, media_type, "none", 0, now});
  ExtractedText text;
  if (!known) {
    if (!HasExtractableText(media_type)) {
      text.status = "none";
    } else if (info->size > kMaxExtractBytes) {
      text.status = "too_large";
    } else {
      auto content = ctx.app.blobs->ReadAll(info->sha256, kMaxExtractBytes);
      if (!content) return Fail(content.error());
      text = ExtractText(media_type, *content);
    }
    file.text_status = text.status;
    file.text_chars = static_cast<int64_t>(text.text.size());
  }

  Document d;
  d.id = NewUuidV7(*ctx.app.env);
  d.name = p->name;
  d.title = p->title;
  d.declared_type = ctx.req.Header("content-type").substr(0, 200);
  d.name_mismatch = !NameMatchesType(p->name, file.media_type);
  d.exhibit_id = p->exhibit_id;
  d.interview_id = p->interview_id;
  d.uploaded_by = ctx.caller().user_id;
  d.uploaded_at = now;
  d.file = file;
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Write([&](StoreWriter& w) -> Status {
    auto f = CheckCaseAccess(ctx, w, perm::kCaseUpdate);
    if (!f) return Fail(f.error());
    ARIADNE_RETURN_IF_ERROR(CheckAttachments(w, *f, *p));
    d.case_id = f->case_id;
    ARIADNE_RETURN_IF_ERROR(w.PutStoredFile(file, text.text));
    ARIADNE_RETURN_IF_ERROR(w.InsertDocument(d));
    ctx.audit.records.push_back("document:" + d.id);
    ctx.audit.detail = {{"sha256", file.sha256}, {"size", file.size}, {"media_type", file.media_type},
                        {"name_mismatch", d.name_mismatch}};
    std::map<std::string, json> users;
    out = DocumentJson(d, w, users);
    return ctx.AuditIn(w);
  }));
  HttpResponse res = JsonResponse(201, out);
  res.headers.push_back({"Location", "/api/v1/cases/" + d.case_id + "/documents/" + d.id});
  return res;
}

Result<HttpResponse> Upload(RequestContext& ctx) { return ctx.req.preflight ? StartUpload(ctx) : FinishUpload(ctx); }

Result<HttpResponse> ListDocuments(RequestContext& ctx) {
  json items = json::array();
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    auto list = r.ListDocuments(f->case_id);
    if (!list) return Fail(list.error());
    std::map<std::string, json> users;
    for (const auto& d : *list) {
      if (!MayReadDocument(ctx, r, *f, d)) continue;
      items.push_back(DocumentJson(d, r, users));
      ctx.audit.records.push_back("document:" + d.id);
    }
    return Ok();
  }));
  ctx.audit.detail = {{"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> GetDocument(RequestContext& ctx) {
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckDocumentAccess(ctx, r);
    if (!f) return Fail(f.error());
    auto d = LoadDocument(ctx, r, *f);
    if (!d) return Fail(d.error());
    std::map<std::string, json> users;
    out = DocumentJson(*d, r, users);
    return Ok();
  }));
  return JsonResponse(200, out);
}

Result<HttpResponse> GetDocumentText(RequestContext& ctx) {
  std::string text;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckDocumentAccess(ctx, r);
    if (!f) return Fail(f.error());
    auto d = LoadDocument(ctx, r, *f);
    if (!d) return Fail(d.error());
    auto t = r.StoredFileText(d->file.sha256);
    if (!t) return Fail(t.error());
    text = std::move(*t);
    return Ok();
  }));
  bool truncated = text.size() > kMaxTextReturned;
  if (truncated) {
    size_t cut = kMaxTextReturned;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) >> 6) == 0x2) --cut;
    text.resize(cut);
  }
  return JsonResponse(200, {{"text", text}, {"truncated", truncated}});
}

// Types a browser may show in our own page: never HTML, SVG or anything scriptable.
bool SafeInline(const std::string& t) {
  return t == "application/pdf" || t == "text/plain" || t == "image/jpeg" || t == "image/png" || t == "image/gif" ||
         t == "image/webp" || t.rfind("video/", 0) == 0 || t.rfind("audio/", 0) == 0;
}

Result<HttpResponse> GetDocumentContent(RequestContext& ctx) {
  Document d;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckDocumentAccess(ctx, r);
    if (!f) return Fail(f.error());
    auto got = LoadDocument(ctx, r, *f);
    if (!got) return Fail(got.error());
    d = std::move(*got);
    return Ok();
  }));
  auto reader = ctx.app.blobs->Open(d.file.sha256);
  if (!reader) return Fail(reader.error());
  const uint64_t size = (*reader)->size();
  HttpResponse res;
  res.headers.push_back({"Accept-Ranges", "bytes"});
  ByteRange range{0, size};
  if (auto asked = ParseByteRange(ctx.req.Header("range"), size)) {
    if (asked->length == 0) {
      Error e = Error::Invalid("range_not_satisfiable", "the range is outside the file");
      e.http_status = 416;
      ctx.audit.detail = {{"range", ctx.req.Header("range")}};
      return Fail(e);
    }
    range = *asked;
    res.status = 206;
    res.headers.push_back({"Content-Range", "bytes " + std::to_string(range.first) + "-" +
                                                std::to_string(range.first + range.length - 1) + "/" +
                                                std::to_string(size)});
  }
  const bool inline_view = ctx.req.Query("inline") == "1" && SafeInline(d.file.media_type);
  res.content_type = d.file.media_type.rfind("text/", 0) == 0 ? d.file.media_type + "; charset=utf-8" : d.file.media_type;
  res.headers.push_back({"Content-Disposition", ContentDisposition(inline_view, d.name)});
  if (inline_view) {
    res.headers.push_back({"X-Frame-Options", "SAMEORIGIN"});
    // Chromium's PDF viewer does not run in a sandboxed document; PDFs get no script anyway.
    res.headers.push_back({"Content-Security-Policy", d.file.media_type == "application/pdf"
                                                          ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
                                                          : "sandbox; default-src 'none'; media-src 'self'; img-src 'self'; frame-ancestors 'self'"});
  } else {
    res.headers.push_back({"Content-Security-Policy", "sandbox; default-src 'none'"});
  }
  res.source = std::make_shared<BlobSource>(std::move(*reader), range.first, range.length);
  ctx.audit.detail = {{"sha256", d.file.sha256}, {"bytes", range.length}};
  if (res.status == 206) ctx.audit.detail["range"] = ctx.req.Header("range");
  return res;
}

}  // namespace

bool MayReadDocument(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& f, const Document& d) {
  if (d.interview_id.empty()) return true;
  auto iv = r.GetInterview(d.interview_id);
  return ctx.app.authz->MayReadStatements(ctx.caller(), f, iv ? iv->kind : "victim");
}

void AddDocumentRoutes(Router& r) {
  const std::string base = "/api/v1/cases/{id}/documents";
  Route upload{"PUT", base, perm::kCaseUpdate, "document.upload",
               "Upload a document or media file: the raw bytes as the body, ?name= the file name "
               "(&title=, &exhibit_id=, &interview_id=); the type is sniffed from the content",
               Upload, {{"type", "string"}, {"format", "binary"}}, "documents"};
  upload.streams_body = true;
  r.Add(std::move(upload));
  r.Add({"GET", base, perm::kCaseRead, "document.list", "The documents of a case, newest first", ListDocuments,
         nullptr, "documents"});
  r.Add({"GET", base + "/{did}", perm::kCaseRead, "document.read", "One document's record", GetDocument, nullptr,
         "documents"});
  r.Add({"GET", base + "/{did}/content", perm::kCaseRead, "document.download",
         "The file itself (Range requests supported; ?inline=1 to view PDFs, images, audio and video in place)",
         GetDocumentContent, nullptr, "documents"});
  r.Add({"GET", base + "/{did}/text", perm::kCaseRead, "document.text", "The text extracted from the file",
         GetDocumentText, nullptr, "documents"});
}

}  // namespace ariadne
