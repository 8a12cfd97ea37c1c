// /api/v1/cases/{id}/timeline: the case's events in date order — Event records (recruitment,
// transport, border crossing, exploitation, payment, arrest, search, interview, hearing, ...),
// trips and payments — filterable by a person or organisation involved and by type. Dates may
// be partial ("2025", "2025-03") and events may span a range (startDate..endDate).
#include <algorithm>

#include "api/app.h"
#include "api/case_access.h"
#include "api/entity_view.h"
#include "base/ids.h"
#include "domain/permissions.h"

namespace ariadne {
namespace {

using nlohmann::json;

// At most this many items: a timeline is read by a person, and the list is audited record by
// record. The answer says when it was cut.
constexpr int kMaxTimelineItems = 2000;

std::string FirstValue(const Entity& e, std::initializer_list<const char*> props) {
  for (const char* p : props)
    for (const auto& v : e.values)
      if (v.prop == p) return v.value;
  return {};
}

// The type of a timeline item: an Event's eventType, or what the schema itself is.
std::string TypeOf(const Entity& e) {
  if (e.schema == "Trip") return "transport";
  if (e.schema == "Payment") return "payment";
  std::string t = FirstValue(e, {"eventType"});
  return t.empty() ? "other" : t;
}

Result<HttpResponse> Timeline(RequestContext& ctx) {
  const std::string entity = ctx.req.Query("entity");
  const std::string type = ctx.req.Query("type");
  if (!entity.empty() && !IsUuid(entity)) return Fail(Error::BadRequest("invalid_value", "entity must be a record id", "entity"));
  if (!type.empty() && !ctx.app.lookups->Has("event_types", type))
    return Fail(Error::BadRequest("invalid_value", "unknown event type", "type"));
  json items = json::array();
  bool truncated = false;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto f = CheckCaseAccess(ctx, r, perm::kCaseRead);
    if (!f) return Fail(f.error());
    EntityListQuery q;
    q.case_id = f->case_id;
    q.schemata = {"Event", "Trip", "Payment"};
    q.references = entity;
    q.limit = kMaxTimelineItems;
    auto page = r.ListEntities(q);
    if (!page) return Fail(page.error());
    truncated = !page->next_cursor.empty();
    auto view = EntityView::ForCase(ctx, r, *f);
    if (!view) return Fail(view.error());
    struct Item {
      std::string start, end, type;
      const Entity* e;
    };
    std::vector<Item> sorted;
    for (const auto& e : page->items) {
      std::string t = TypeOf(e);
      if (!type.empty() && t != type) continue;
      std::string start = FirstValue(e, {"startDate", "date"});
      std::string end = FirstValue(e, {"endDate"});
      // A date the caller may not read does not place the event either.
      if (!view->MayRead(e, "startDate") || !view->MayRead(e, "date")) start.clear();
      sorted.push_back({start, end, t, &e});
    }
    // Undated events last; partial dates sort before the full dates they contain ("2025" < "2025-03").
    std::stable_sort(sorted.begin(), sorted.end(), [](const Item& a, const Item& b) {
      if (a.start.empty() != b.start.empty()) return b.start.empty();
      return a.start < b.start;
    });
    for (const auto& it : sorted) {
      json j = view->Render(*it.e, r);
      j["timeline"] = {{"type", it.type},
                       {"start", it.start.empty() ? json(nullptr) : json(it.start)},
                       {"end", it.end.empty() ? json(nullptr) : json(it.end)}};
      items.push_back(std::move(j));
      ctx.audit.records.push_back("entity:" + it.e->id);
    }
    return Ok();
  }));
  ctx.audit.detail = {{"entity", entity}, {"type", type}, {"returned", items.size()}};
  return JsonResponse(200, {{"items", items}, {"truncated", truncated}});
}

}  // namespace

void AddTimelineRoutes(Router& r) {
  r.Add({"GET", "/api/v1/cases/{id}/timeline", perm::kCaseRead, "case.timeline",
         "The case's events, trips and payments in date order (?entity=, ?type=)", Timeline, nullptr, "entities"});
}

}  // namespace ariadne
