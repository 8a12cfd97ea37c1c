// GET /api/v1/search: full-text search over the case files the caller may see. Need-to-know is
// applied inside the store before anything is counted; restricted content (statements,
// protected properties and fields) is checked here, hit by hit, by the access function.
// The search and every record it returned go into the audit trail.
#include "api/app.h"
#include "api/entity_view.h"
#include "base/ids.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

// The checks of guarded hits, with what each case needs loaded once.
class HitGuard {
 public:
  HitGuard(RequestContext& ctx, StoreReader& r) : ctx_(ctx), r_(r) {}

  bool MayRead(const std::string& case_id, const std::string& record_id, const std::string& guard) {
    CaseState* c = For(case_id);
    if (!c) return false;
    const Authorizer& authz = *ctx_.app.authz;
    if (guard.rfind("statement:", 0) == 0) return authz.MayReadStatements(ctx_.caller(), c->facts, guard.substr(10));
    if (guard.rfind("field:", 0) == 0) return authz.MayReadCaseField(ctx_.caller(), c->facts, guard.substr(6));
    if (guard.rfind("property:", 0) == 0) {
      auto e = r_.GetEntity(record_id);
      return e && c->view && c->view->MayRead(*e, guard.substr(9));
    }
    return false;  // a guard this code does not know is a door left shut
  }

  // The title of a hit, rendered as the caller may see the record.
  std::string Title(const SearchHit& h) {
    if (h.kind != "entity") return h.title;
    CaseState* c = For(h.case_id);
    auto e = r_.GetEntity(h.record_id);
    if (!c || !c->view || !e) return "";
    json j = c->view->Render(*e, r_);
    return j.value("caption", "");
  }

 private:
  struct CaseState {
    CaseAccessFacts facts;
    std::optional<EntityView> view;
  };
  CaseState* For(const std::string& case_id) {
    auto it = cases_.find(case_id);
    if (it != cases_.end()) return it->second.get();
    std::unique_ptr<CaseState> state;
    auto f = r_.GetCaseAccess(case_id, ctx_.caller().user_id);
    if (f && ctx_.app.authz->CheckCase(ctx_.caller(), perm::kCaseRead, *f)) {
      state = std::make_unique<CaseState>();
      state->facts = *f;
      auto view = EntityView::ForCase(ctx_, r_, *f);
      if (view) state->view.emplace(std::move(*view));
    }
    return cases_.emplace(case_id, std::move(state)).first->second.get();
  }
  RequestContext& ctx_;
  StoreReader& r_;
  std::map<std::string, std::unique_ptr<CaseState>> cases_;
};

json SnippetJson(const std::string& snippet) {
  json out = json::array();
  std::string text;
  bool hit = false;
  auto flush = [&] {
    if (!text.empty()) out.push_back({{"text", text}, {"hit", hit}});
    text.clear();
  };
  for (char c : snippet) {
    if (c == '\x01' || c == '\x02') {
      flush();
      hit = c == '\x01';
    } else {
      text += c;
    }
  }
  flush();
  return out;
}

Result<HttpResponse> Search(RequestContext& ctx) {
  std::string q = ctx.req.Query("q");
  if (q.find_first_not_of(" \t\r\n") == std::string::npos)
    return Fail(Error::Invalid("required", "q (what to search for) is required", "q"));
  if (q.size() > 500) return Fail(Error::Invalid("too_long", "q is longer than 500 bytes", "q"));
  auto limit = LimitParam(ctx.req, 20, 100);
  if (!limit) return Fail(limit.error());
  int offset = 0;
  if (std::string o = ctx.req.Query("offset"); !o.empty()) {
    try {
      size_t used = 0;
      offset = std::stoi(o, &used);
      if (used != o.size() || offset < 0 || offset > 10000) throw std::out_of_range("offset");
    } catch (...) {
      return Fail(Error::Invalid("invalid_value", "offset must be a whole number from 0 to 10000", "offset"));
    }
  }
  const std::string case_id = ctx.req.Query("case_id");
  if (!case_id.empty() && !IsUuid(case_id)) return Fail(Error::Invalid("invalid_value", "case_id is not an id", "case_id"));
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());

  json items = json::array();
  int64_t total = 0;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    HitGuard guard(ctx, r);
    SearchQuery query;
    query.text = q;
    query.scope = *scope;
    query.case_id = case_id;
    query.limit = *limit;
    query.offset = offset;
    query.may_read = [&](const std::string& cid, const std::string& rid, const std::string& g) {
      return guard.MayRead(cid, rid, g);
    };
    auto found = r.Search(query);
    if (!found) return Fail(found.error());
    total = found->total;
    UnitCache units(r);
    std::map<std::string, Case> cases;
    for (const auto& h : found->hits) {
      auto it = cases.find(h.case_id);
      if (it == cases.end()) {
        auto c = r.GetCase(h.case_id);
        if (!c) return Fail(c.error());
        it = cases.emplace(h.case_id, std::move(*c)).first;
      }
      items.push_back({{"kind", h.kind},
                       {"record_id", h.record_id},
                       {"case_id", h.case_id},
                       {"case_reference", it->second.reference},
                       {"case_title", it->second.title},
                       {"title", guard.Title(h)},
                       {"snippet", SnippetJson(h.snippet)}});
      std::string kind = h.kind == "statement" ? "interview" : h.kind;
      ctx.audit.records.push_back(kind + ":" + h.record_id);
      ctx.audit.records.push_back("case:" + h.case_id);
    }
    return Ok();
  }));
  // Each record once in the audit row, in the order returned.
  std::vector<std::string> unique;
  for (const auto& rec : ctx.audit.records)
    if (std::find(unique.begin(), unique.end(), rec) == unique.end()) unique.push_back(rec);
  ctx.audit.records = std::move(unique);
  ctx.audit.detail = {{"q", q}, {"total", total}, {"returned", items.size()}, {"offset", offset}};
  if (!case_id.empty()) ctx.audit.detail["case_id"] = case_id;
  return JsonResponse(200, {{"query", q}, {"total", total}, {"items", items}});
}

}  // namespace

void AddSearchRoutes(Router& r) {
  r.Add({"GET", "/api/v1/search", perm::kCaseRead, "search",
         "Full-text search over the case files you may see (?q=, &case_id=, &limit=, &offset=): notes, statements, "
         "document text, names in either script; Russian words match by their stem",
         Search, nullptr, "search"});
}

}  // namespace ariadne
