#include "store/search_indexer.h"

namespace ariadne {
namespace {

bool Missing(const Error& e) { return e.code == ErrorCode::kNotFound; }

}  // namespace

Status SearchIndexer::Flush(StoreWriter& w) const {
  for (const auto& task : w.TakeIndexTasks()) ARIADNE_RETURN_IF_ERROR(Reindex(w, task));
  return Ok();
}

Status SearchIndexer::Reindex(StoreWriter& w, const IndexTask& t) const {
  auto remove = [&] { return w.ReplaceSearchItems("", t.id, {}); };
  if (t.kind == "case") {
    auto c = w.GetCase(t.id);
    if (!c) return Missing(c.error()) ? remove() : Fail(c.error());
    return w.ReplaceSearchItems(c->id, c->id, CaseSearchItems(*c));
  }
  if (t.kind == "entity") {
    auto e = w.GetEntity(t.id);
    if (!e) return Missing(e.error()) ? remove() : Fail(e.error());
    return w.ReplaceSearchItems(e->case_id, e->id, EntitySearchItems(*e, *schema_));
  }
  if (t.kind == "interview") {
    auto iv = w.GetInterview(t.id);
    if (!iv) return Missing(iv.error()) ? remove() : Fail(iv.error());
    auto statements = w.ListStatements(t.id);
    if (!statements) return Fail(statements.error());
    return w.ReplaceSearchItems(iv->case_id, iv->id, InterviewSearchItems(*iv, *statements));
  }
  if (t.kind == "exhibit") {
    auto x = w.GetExhibit(t.id);
    if (!x) return Missing(x.error()) ? remove() : Fail(x.error());
    return w.ReplaceSearchItems(x->case_id, x->id, ExhibitSearchItems(*x));
  }
  if (t.kind == "document") {
    auto d = w.GetDocument(t.id);
    if (!d) return Missing(d.error()) ? remove() : Fail(d.error());
    auto text = w.StoredFileText(d->file.sha256);
    if (!text) return Fail(text.error());
    std::string interview_kind;
    if (!d->interview_id.empty()) {
      auto iv = w.GetInterview(d->interview_id);
      interview_kind = iv ? iv->kind : "victim";  // unknown: guarded as the most protected kind
    }
    return w.ReplaceSearchItems(d->case_id, d->id, DocumentSearchItems(*d, *text, interview_kind));
  }
  return Fail(Error::Internal("unknown index task kind " + t.kind));
}

Status SearchIndexer::RebuildAll(StoreWriter& w) const {
  ARIADNE_RETURN_IF_ERROR(w.ClearSearchIndex());
  (void)w.TakeIndexTasks();
  auto cases = w.AllCaseIds();
  if (!cases) return Fail(cases.error());
  for (const auto& id : *cases) {
    ARIADNE_RETURN_IF_ERROR(Reindex(w, {"case", id}));
    EntityListQuery q;
    q.case_id = id;
    q.limit = 500;
    while (true) {
      auto page = w.ListEntities(q);
      if (!page) return Fail(page.error());
      for (const auto& e : page->items) ARIADNE_RETURN_IF_ERROR(w.ReplaceSearchItems(id, e.id, EntitySearchItems(e, *schema_)));
      if (page->next_cursor.empty()) break;
      q.cursor = page->next_cursor;
    }
    auto interviews = w.ListInterviews(id);
    if (!interviews) return Fail(interviews.error());
    for (const auto& iv : *interviews) ARIADNE_RETURN_IF_ERROR(Reindex(w, {"interview", iv.id}));
    auto exhibits = w.ListExhibits(id);
    if (!exhibits) return Fail(exhibits.error());
    for (const auto& x : *exhibits) ARIADNE_RETURN_IF_ERROR(w.ReplaceSearchItems(id, x.id, ExhibitSearchItems(x)));
    auto documents = w.ListDocuments(id);
    if (!documents) return Fail(documents.error());
    for (const auto& d : *documents) ARIADNE_RETURN_IF_ERROR(Reindex(w, {"document", d.id}));
  }
  return w.PutSetting("search_index_version", kVersion);
}

Result<bool> SearchIndexer::RebuildIfStale(Store& store) const {
  // Read first: opening a store must not write to it unless the index needs it, since every
  // write seals the audit chain's head — and `audit verify` must see the store as it was.
  std::string version;
  ARIADNE_RETURN_IF_ERROR(store.Read([&](StoreReader& r) -> Status {
    auto v = r.GetSetting("search_index_version");
    if (!v) return Fail(v.error());
    version = *v;
    return Ok();
  }));
  if (version == kVersion) return false;
  ARIADNE_RETURN_IF_ERROR(store.Write([&](StoreWriter& w) -> Status { return RebuildAll(w); }));
  return true;
}

}  // namespace ariadne
