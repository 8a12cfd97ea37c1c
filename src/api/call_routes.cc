// Call analysis over the call records of the cases the caller may see: a number's most frequent
// contacts, the contacts several numbers share, who a number spoke with around a moment, and
// its activity over time.
#include <algorithm>
#include <map>
#include <set>

#include "api/app.h"
#include "api/graph_service.h"
#include "engine/normalise/phone_cache.h"

namespace ariadne {

namespace {

using nlohmann::json;

// The visible case ids, and the number in E.164 (as the imports stored it).
struct CallScope {
  std::vector<std::string> case_ids;
};

Result<CallScope> ScopeFor(RequestContext& ctx, StoreReader& r) {
  auto scope = ctx.app.authz->CaseListScope(ctx.caller());
  if (!scope) return Fail(scope.error());
  auto ids = r.CaseIdsInScope(*scope);
  if (!ids) return Fail(ids.error());
  return CallScope{std::move(*ids)};
}

Result<std::string> Number(const std::string& raw, const char* field) {
  if (raw.empty()) return Fail(Error::BadRequest("required", std::string(field) + " is required", field));
  std::string e164 = raw[0] == '+' ? PhoneE164(raw, "") : PhoneE164("+" + raw, "");
  if (e164.empty()) e164 = PhoneE164(raw, "KZ");
  if (e164.empty()) return Fail(Error::Invalid("invalid_phone", std::string(field) + " is not a phone number", field));
  return e164;
}

Result<int64_t> TimeParam(const HttpRequest& req, const char* name, int64_t fallback) {
  const std::string s = req.Query(name);
  if (s.empty()) return fallback;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < 0) return Fail(Error::BadRequest("invalid_parameter", std::string(name) + " must be epoch seconds", name));
  return static_cast<int64_t>(v);
}

struct Contact {
  int64_t calls = 0, seconds = 0, first = 0, last = 0;
  std::set<std::string> cases;
};

json ContactsJson(const std::map<std::string, Contact>& m, size_t limit, RequestContext& ctx) {
  std::vector<std::pair<std::string, Contact>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second.calls != b.second.calls ? a.second.calls > b.second.calls : a.first < b.first;
  });
  if (v.size() > limit) v.resize(limit);
  json out = json::array();
  std::set<std::string> cases;
  for (const auto& [num, c] : v) {
    out.push_back({{"number", num}, {"calls", c.calls}, {"seconds", c.seconds}, {"first", c.first}, {"last", c.last},
                   {"case_ids", c.cases}});
    cases.insert(c.cases.begin(), c.cases.end());
  }
  for (const auto& c : cases) ctx.audit.records.push_back("case:" + c);
  return out;
}

Result<std::map<std::string, Contact>> ContactsOf(StoreReader& r, const CallScope& s, const std::string& number,
                                                  int64_t from, int64_t to) {
  CallQuery q;
  q.case_ids = s.case_ids;
  q.numbers = {number};
  q.from = from;
  q.to = to;
  auto calls = r.ListCalls(q);
  if (!calls) return Fail(calls.error());
  std::map<std::string, Contact> m;
  for (const auto& c : *calls) {
    const std::string& other = c.row.caller == number ? c.row.callee : c.row.caller;
    Contact& k = m[other];
    if (k.calls == 0 || c.row.start < k.first) k.first = c.row.start;
    k.last = std::max(k.last, c.row.start);
    ++k.calls;
    k.seconds += c.row.duration;
    k.cases.insert(c.case_id);
  }
  return m;
}

Result<HttpResponse> Contacts(RequestContext& ctx) {
  auto number = Number(ctx.req.Query("number"), "number");
  if (!number) return Fail(number.error());
  auto from = TimeParam(ctx.req, "from", 0);
  if (!from) return Fail(from.error());
  auto to = TimeParam(ctx.req, "to", 0);
  if (!to) return Fail(to.error());
  auto limit = LimitParam(ctx.req, 20, 500);
  if (!limit) return Fail(limit.error());
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto s = ScopeFor(ctx, r);
    if (!s) return Fail(s.error());
    auto m = ContactsOf(r, *s, *number, *from, *to);
    if (!m) return Fail(m.error());
    out = {{"number", *number}, {"contacts", ContactsJson(*m, static_cast<size_t>(*limit), ctx)}};
    return Ok();
  }));
  ctx.audit.detail = {{"number", *number}};
  return JsonResponse(200, out);
}

Result<HttpResponse> Around(RequestContext& ctx) {
  auto number = Number(ctx.req.Query("number"), "number");
  if (!number) return Fail(number.error());
  auto at = TimeParam(ctx.req, "at", -1);
  if (!at) return Fail(at.error());
  if (*at < 0) return Fail(Error::BadRequest("required", "at is required (epoch seconds)", "at"));
  const std::string h = ctx.req.Query("hours");
  int window = 24;
  if (!h.empty()) {
    window = std::atoi(h.c_str());
    if (window < 1 || window > 24 * 31) return Fail(Error::BadRequest("invalid_parameter", "hours must be 1 to 744", "hours"));
  }
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto s = ScopeFor(ctx, r);
    if (!s) return Fail(s.error());
    auto m = ContactsOf(r, *s, *number, std::max<int64_t>(0, *at - window * 3600), *at + window * 3600);
    if (!m) return Fail(m.error());
    out = {{"number", *number}, {"at", *at}, {"hours", window}, {"contacts", ContactsJson(*m, 200, ctx)}};
    return Ok();
  }));
  ctx.audit.detail = {{"number", *number}, {"at", *at}};
  return JsonResponse(200, out);
}

Result<HttpResponse> Common(RequestContext& ctx) {
  std::vector<std::string> numbers;
  const std::string raw = ctx.req.Query("numbers");
  size_t i = 0;
  while (i < raw.size()) {
    size_t j = raw.find(',', i);
    if (j == std::string::npos) j = raw.size();
    auto n = Number(raw.substr(i, j - i), "numbers");
    if (!n) return Fail(n.error());
    numbers.push_back(*n);
    i = j + 1;
  }
  if (numbers.size() < 2 || numbers.size() > 20)
    return Fail(Error::BadRequest("invalid_parameter", "numbers: two to twenty phone numbers, comma-separated", "numbers"));
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto s = ScopeFor(ctx, r);
    if (!s) return Fail(s.error());
    std::map<std::string, Contact> common;
    std::map<std::string, json> per;
    bool first = true;
    for (const auto& n : numbers) {
      auto m = ContactsOf(r, *s, n, 0, 0);
      if (!m) return Fail(m.error());
      std::map<std::string, Contact> next;
      for (auto& [k, c] : *m) {
        if (!first && !common.count(k)) continue;
        Contact merged = first ? c : common[k];
        if (!first) {
          merged.calls += c.calls;
          merged.seconds += c.seconds;
          merged.first = std::min(merged.first, c.first);
          merged.last = std::max(merged.last, c.last);
          merged.cases.insert(c.cases.begin(), c.cases.end());
        }
        next[k] = merged;
        per[k][n] = c.calls;
      }
      common = std::move(next);
      first = false;
    }
    json list = ContactsJson(common, 200, ctx);
    for (auto& c : list) c["by_number"] = per[c["number"].get<std::string>()];
    out = {{"numbers", numbers}, {"common", list}};
    return Ok();
  }));
  ctx.audit.detail = {{"numbers", numbers}};
  return JsonResponse(200, out);
}

Result<HttpResponse> Activity(RequestContext& ctx) {
  auto number = Number(ctx.req.Query("number"), "number");
  if (!number) return Fail(number.error());
  const std::string bucket = ctx.req.Query("bucket").empty() ? "day" : ctx.req.Query("bucket");
  if (bucket != "day" && bucket != "hour" && bucket != "week")
    return Fail(Error::BadRequest("invalid_parameter", "bucket must be hour, day or week", "bucket"));
  const int64_t width = bucket == "hour" ? 3600 : bucket == "day" ? 86400 : 7 * 86400;
  json out;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto s = ScopeFor(ctx, r);
    if (!s) return Fail(s.error());
    CallQuery q;
    q.case_ids = s->case_ids;
    q.numbers = {*number};
    auto calls = r.ListCalls(q);
    if (!calls) return Fail(calls.error());
    std::map<int64_t, std::pair<int64_t, int64_t>> hist;  // bucket start -> {outgoing, incoming}
    std::set<std::string> cases;
    for (const auto& c : *calls) {
      auto& h = hist[c.row.start / width * width];
      (c.row.caller == *number ? h.first : h.second)++;
      cases.insert(c.case_id);
    }
    json buckets = json::array();
    for (const auto& [t, h] : hist) buckets.push_back({{"start", t}, {"outgoing", h.first}, {"incoming", h.second}});
    for (const auto& c : cases) ctx.audit.records.push_back("case:" + c);
    out = {{"number", *number}, {"bucket", bucket}, {"buckets", buckets}, {"calls", calls->size()}};
    return Ok();
  }));
  ctx.audit.detail = {{"number", *number}};
  return JsonResponse(200, out);
}

}  // namespace

void AddCallRoutes(Router& r) {
  r.Add({"GET", "/api/v1/calls/contacts", perm::kGraphRead, "calls.contacts",
         "A number's most frequent contacts (?number=&from=&to=&limit=)", Contacts, nullptr, "graph"});
  r.Add({"GET", "/api/v1/calls/common", perm::kGraphRead, "calls.common",
         "The contacts several numbers share (?numbers=a,b,...)", Common, nullptr, "graph"});
  r.Add({"GET", "/api/v1/calls/around", perm::kGraphRead, "calls.around",
         "Who a number spoke with around a moment (?number=&at=epoch seconds&hours=)", Around, nullptr, "graph"});
  r.Add({"GET", "/api/v1/calls/activity", perm::kGraphRead, "calls.activity",
         "A number's calls over time (?number=&bucket=hour|day|week)", Activity, nullptr, "graph"});
}

}  // namespace ariadne
