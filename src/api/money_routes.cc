// Money-flow tracing (engine/graph/money_flow.h) over the transactions of the cases the caller
// may see: forward or back from an account, under FIFO or proportional attribution, as flows,
// totals per counterpart and the nodes and links of a Sankey diagram; or as an XLSX workbook.
#include <set>

#include "api/app.h"
#include "api/graph_service.h"
#include "files/xlsx_writer.h"

namespace ariadne {

namespace {

using nlohmann::json;

Result<HttpResponse> Trace(RequestContext& ctx) {
  auto body = ctx.JsonBody();
  if (!body) return Fail(body.error());
  ARIADNE_RETURN_IF_ERROR(
      CheckKnownFields(*body, {"account", "direction", "rule", "hops", "from", "to", "min_amount", "currency"}));
  auto account = RequiredString(*body, "account", 100);
  if (!account) return Fail(account.error());
  auto direction = OptionalString(*body, "direction", 10);
  if (!direction) return Fail(direction.error());
  auto rule = OptionalString(*body, "rule", 20);
  if (!rule) return Fail(rule.error());
  auto currency = OptionalString(*body, "currency", 3);
  if (!currency) return Fail(currency.error());
  graph::TraceQuery q;
  if (*direction == "back") q.direction = graph::Direction::kBackward;
  else if (!direction->empty() && *direction != "forward")
    return Fail(Error::Invalid("invalid_direction", "direction must be forward or back", "direction"));
  if (*rule == "proportional") q.rule = graph::Attribution::kProportional;
  else if (!rule->empty() && *rule != "fifo")
    return Fail(Error::Invalid("invalid_rule", "rule must be fifo or proportional", "rule"));
  auto num = [&](const char* key, double lo, double hi, double* out) -> Status {
    if (!body->contains(key)) return Ok();
    if (!(*body)[key].is_number()) return Fail(Error::BadRequest("wrong_type", std::string(key) + " must be a number", key));
    const double v = (*body)[key].get<double>();
    if (v < lo || v > hi) return Fail(Error::Invalid("out_of_range", std::string(key) + " is out of range", key));
    *out = v;
    return Ok();
  };
  double hops = 3, from = 0, to = 0, min_amount = 0.01;
  ARIADNE_RETURN_IF_ERROR(num("hops", 1, 10, &hops));
  ARIADNE_RETURN_IF_ERROR(num("from", 0, 1e11, &from));
  ARIADNE_RETURN_IF_ERROR(num("to", 0, 1e11, &to));
  ARIADNE_RETURN_IF_ERROR(num("min_amount", 0, 1e15, &min_amount));
  q.hops = static_cast<int>(hops);
  q.from_at = static_cast<int64_t>(from);
  q.to_at = static_cast<int64_t>(to);
  q.min_amount = min_amount;
  const bool xlsx = ctx.req.Query("format") == "xlsx";

  GraphService* gs = ctx.app.graph;
  if (!gs) return Fail(Error::Unavailable("link analysis is not loaded"));
  ARIADNE_RETURN_IF_ERROR(gs->CatchUp(*ctx.app.store));
  json out;
  std::vector<XlsxSheet> sheets;
  ARIADNE_RETURN_IF_ERROR(ctx.app.store->Read([&](StoreReader& r) -> Status {
    auto lock = gs->ReadLock();
    auto view = gs->ViewFor(ctx, r, graph::kAllLinks);
    if (!view) return Fail(view.error());
    const graph::Ledger& l = gs->ledger();
    std::string key = *account;
    if (key.rfind("a:", 0) == 0) key = key.substr(2);
    const uint32_t start = l.FindAccount(key);
    // An account the caller sees no transaction of is as unknown as one that does not exist.
    bool visible = false;
    if (start != 0xFFFFFFFFu) {
      for (uint32_t t : l.Out(start)) visible |= view->ScopeOk(l.txn(t).scope);
      for (uint32_t t : l.In(start)) visible |= view->ScopeOk(l.txn(t).scope);
    }
    if (!visible) return Fail(Error::NotFound("account"));
    q.start = start;
    q.scope_ok = view->scope_ok;
    uint32_t cur = 0xFFFFFFFFu;
    if (!currency->empty()) {
      for (const auto* list : {&l.Out(start), &l.In(start)})
        for (uint32_t t : *list)
          if (l.CurrencyCode(l.txn(t).currency) == *currency) cur = l.txn(t).currency;
      if (cur == 0xFFFFFFFFu)
        return Fail(Error::Invalid("currency_not_found", "the account has no transactions in " + *currency, "currency"));
    }
    auto res = graph::Trace(l, q, cur);
    std::set<std::string> cases;
    json flows = json::array(), counterparts = json::array(), snodes = json::array(), slinks = json::array();
    std::map<uint32_t, size_t> sankey_index;
    auto sankey_node = [&](uint32_t a) {
      auto it = sankey_index.find(a);
      if (it != sankey_index.end()) return it->second;
      sankey_index[a] = snodes.size();
      snodes.push_back({{"id", "a:" + l.AccountKey(a)}, {"account", l.AccountKey(a)}});
      return snodes.size() - 1;
    };
    std::map<std::pair<size_t, size_t>, double> links;
    std::string currency_code;
    for (const auto& f : res.flows) {
      const graph::Txn& t = l.txn(f.txn);
      cases.insert(gs->CaseOfScope(t.scope));
      currency_code = l.CurrencyCode(t.currency);
      flows.push_back({{"txn", t.id},
                       {"from", l.AccountKey(f.from)},
                       {"to", l.AccountKey(f.to)},
                       {"hop", f.hop},
                       {"at", t.at},
                       {"amount", f.amount},
                       {"of_amount", f.of_amount},
                       {"case_id", gs->CaseOfScope(t.scope)}});
      links[{sankey_node(f.from), sankey_node(f.to)}] += f.amount;
    }
    for (const auto& [k, v] : links) slinks.push_back({{"source", k.first}, {"target", k.second}, {"value", v}});
    for (const auto& c : res.by_counterpart)
      counterparts.push_back({{"account", l.AccountKey(c.account)}, {"min_hop", c.min_hop}, {"amount", c.amount},
                              {"flows", c.flows}});
    for (const auto& c : cases) ctx.audit.records.push_back("case:" + c);
    ctx.audit.detail = {{"account", key}, {"flows", flows.size()}, {"format", xlsx ? "xlsx" : "json"}};
    const std::string rule_name = q.rule == graph::Attribution::kFifo ? "fifo" : "proportional";
    out = {{"account", key},
           {"direction", q.direction == graph::Direction::kForward ? "forward" : "back"},
           {"rule", rule_name},
           {"hops", q.hops},
           {"currency", currency_code},
           {"traced_start", res.traced_start},
           {"truncated", res.truncated},
           {"flows", flows},
           {"counterparts", counterparts},
           {"sankey", {{"nodes", snodes}, {"links", slinks}}}};
    if (xlsx) {
      XlsxSheet s1{"Flows", {"hop", "from", "to", "time (UTC)", "traced amount", "transaction amount", "currency", "case"}, {}};
      for (const auto& f : flows)
        s1.rows.push_back({XlsxCell::Number(f["hop"].get<int>()), XlsxCell::Text(f["from"]), XlsxCell::Text(f["to"]),
                           XlsxCell::Number(static_cast<double>(f["at"].get<int64_t>()) / 86400.0 + 25569.0),
                           XlsxCell::Number(f["amount"]), XlsxCell::Number(f["of_amount"]),
                           XlsxCell::Text(currency_code), XlsxCell::Text(f["case_id"])});
      XlsxSheet s2{"Counterparts", {"account", "first hop", "traced amount", "flows"}, {}};
      for (const auto& c : counterparts)
        s2.rows.push_back({XlsxCell::Text(c["account"]), XlsxCell::Number(c["min_hop"].get<int>()),
                           XlsxCell::Number(c["amount"]), XlsxCell::Number(c["flows"].get<int>())});
      XlsxSheet s3{"Rule", {"setting", "value"}, {}};
      s3.rows.push_back({XlsxCell::Text("account"), XlsxCell::Text(key)});
      s3.rows.push_back({XlsxCell::Text("direction"), XlsxCell::Text(out["direction"])});
      s3.rows.push_back({XlsxCell::Text("attribution"), XlsxCell::Text(rule_name)});
      s3.rows.push_back({XlsxCell::Text("hops"), XlsxCell::Number(q.hops)});
      sheets = {s1, s2, s3};
    }
    return Ok();
  }));
  if (!xlsx) return JsonResponse(200, out);
  auto book = WriteXlsx(sheets);
  if (!book) return Fail(book.error());
  HttpResponse res;
  res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  res.body = std::move(*book);
  res.headers.push_back({"Content-Disposition", "attachment; filename=\"money-flow.xlsx\""});
  return res;
}

}  // namespace

void AddMoneyRoutes(Router& r) {
  r.Add({"POST", "/api/v1/money/trace", perm::kGraphRead, "money.trace",
         "Follow money from an account forward or back up to N hops (FIFO or proportional attribution, time "
         "respected); ?format=xlsx for a workbook",
         Trace, {{"type", "object"}}, "graph"});
}

}  // namespace ariadne
