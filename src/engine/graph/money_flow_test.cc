#include "engine/graph/money_flow.h"

#include <gtest/gtest.h>

#include <cstring>

#include <algorithm>
#include <deque>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include "engine/graph/snapshot.h"

namespace ariadne::graph {
namespace {

// A small ledger written as payments "A -> B amount at t"; accounts and currencies by name.
class Book {
 public:
  Book() { kgs_ = l_.Currency("KGS"); }
  uint32_t operator[](const std::string& name) { return l_.Account(name); }
  Book& Pay(const std::string& from, const std::string& to, double amount, int64_t at, uint32_t scope = 0,
            const std::string& currency = "KGS") {
    Txn t;
    t.from = l_.Account(from);
    t.to = l_.Account(to);
    t.amount = amount;
    t.at = at;
    t.currency = l_.Currency(currency);
    t.scope = scope;
    t.id = ++id_;
    l_.Add(t);
    return *this;
  }
  const Ledger& Built() {
    l_.Build();
    return l_;
  }
  uint32_t kgs() const { return kgs_; }
  Ledger& ledger() { return l_; }

 private:
  Ledger l_;
  uint32_t kgs_ = 0;
  uint64_t id_ = 0;
};

TraceQuery From(uint32_t start, int hops = 5) {
  TraceQuery q;
  q.start = start;
  q.hops = hops;
  q.scope_ok = {1, 1};
  return q;
}

// Traced money per (from, to) pair and hop, the shape hand computations are written in.
std::map<std::pair<std::string, std::string>, double> ByPair(const Ledger& l, const TraceResult& r) {
  std::map<std::pair<std::string, std::string>, double> m;
  for (const Flow& f : r.flows) m[{l.AccountKey(f.from), l.AccountKey(f.to)}] += f.amount;
  return m;
}

double Into(const TraceResult& r, uint32_t account) {
  for (const CounterpartTotal& c : r.by_counterpart)
    if (c.account == account) return c.amount;
  return 0;
}

CounterpartTotal Counterpart(const TraceResult& r, uint32_t account) {
  for (const CounterpartTotal& c : r.by_counterpart)
    if (c.account == account) return c;
  return {account, 0, 0, 0};
}

int MaxHop(const TraceResult& r) {
  int h = 0;
  for (const Flow& f : r.flows) h = std::max(h, f.hop);
  return h;
}

TEST(Ledger, InternsAndOrdersByTime) {
  Ledger l;
  const uint32_t a = l.Account("A"), b = l.Account("B");
  EXPECT_EQ(l.Account("A"), a);
  EXPECT_EQ(l.FindAccount("B"), b);
  EXPECT_EQ(l.FindAccount("nobody"), 0xFFFFFFFFu);
  EXPECT_EQ(l.Currency("USD"), l.Currency("USD"));
  EXPECT_EQ(l.CurrencyCode(l.Currency("EUR")), "EUR");
  l.Add({a, b, 30, 1, 0, 0, 7});
  l.Add({a, b, 10, 2, 0, 0, 9});
  l.Add({a, b, 10, 3, 0, 0, 8});  // same second: by id
  l.Build();
  EXPECT_EQ(l.Out(a), (std::vector<uint32_t>{2, 1, 0}));
  EXPECT_EQ(l.In(b), (std::vector<uint32_t>{2, 1, 0}));
  EXPECT_TRUE(l.Out(b).empty());
  EXPECT_TRUE(l.Out(12345).empty());
  EXPECT_TRUE(l.In(12345).empty());
}

TEST(MoneyFlow, PaymentBeforeTheMoneyArrivedCarriesNone) {
  Book k;
  k.Pay("B", "C", 50, 10).Pay("A", "B", 100, 20);
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  ASSERT_EQ(r.flows.size(), 1u);
  EXPECT_EQ(r.flows[0].to, k["B"]);
  EXPECT_EQ(Into(r, k["C"]), 0);
  EXPECT_DOUBLE_EQ(r.traced_start, 100);
}

TEST(MoneyFlow, PaymentAfterTheMoneyArrivedCarriesIt) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("B", "C", 50, 20);
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  ASSERT_EQ(r.flows.size(), 2u);
  EXPECT_EQ(r.flows[1].hop, 2);
  EXPECT_DOUBLE_EQ(r.flows[1].amount, 50);
  EXPECT_DOUBLE_EQ(r.flows[1].of_amount, 50);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 50);
}

TEST(MoneyFlow, SameSecondInflowFundsOutflow) {
  Book k;
  k.Pay("B", "C", 100, 10).Pay("A", "B", 100, 10);  // recorded out of order, same second
  const Ledger& l = k.Built();
  EXPECT_DOUBLE_EQ(Into(Trace(l, From(k["A"])), k["C"]), 100);
}

// B holds 100 of its own (from X) before 100 traced arrive, then pays 80 twice.
Book CleanThenTraced() {
  Book k;
  k.Pay("X", "B", 100, 10).Pay("A", "B", 100, 20).Pay("B", "C", 80, 30).Pay("B", "D", 80, 40);
  return k;
}

TEST(MoneyFlow, FifoPaysTheOldestMoneyFirst) {
  Book k = CleanThenTraced();
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  // C's 80 is all of X's lot; D's 80 is X's last 20 and 60 of A's.
  EXPECT_EQ(Into(r, k["C"]), 0);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 60);
}

TEST(MoneyFlow, ProportionalPaysTheHeldShare) {
  Book k = CleanThenTraced();
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"]);
  q.rule = Attribution::kProportional;
  const TraceResult r = Trace(l, q);
  // At 30 B holds 200, half traced: 80 * 1/2 = 40, leaving 120 with 60 traced; 80 * 60/120 = 40.
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 40);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 40);
}

TEST(MoneyFlow, FifoWaitsOutAnAccountSavingUp) {
  // B pays 30 of A's 100, then mostly receives (200 small inflows: many checkpoints) with four
  // payments of 0.5 among them, still A's money, then pays 100: A's last 68 and 32 of the savings.
  Book k;
  k.Pay("A", "B", 100, 1).Pay("B", "C", 30, 2);
  for (int t = 3; t < 203; ++t) {
    k.Pay("X", "B", 1, t);
    if (t % 50 == 0) k.Pay("B", "Z", 0.5, t);
  }
  k.Pay("B", "D", 100, 300);
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 30);
  EXPECT_DOUBLE_EQ(Into(r, k["Z"]), 2);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 68);
}

TEST(MoneyFlow, FifoBackwardAcrossAStretchOfPayments) {
  // S's 300 is paid out 1 at a time 200 times before R's 100 arrives; B's 150 to C is then S's
  // last 100 and 50 of R's.
  Book k;
  k.Pay("S", "B", 300, 1);
  for (int t = 2; t < 202; ++t) k.Pay("B", "Y", 1, t);
  k.Pay("R", "B", 100, 202).Pay("B", "C", 150, 300);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["C"]);
  q.direction = Direction::kBackward;
  const TraceResult r = Trace(l, q);
  EXPECT_DOUBLE_EQ(Into(r, k["S"]), 100);
  EXPECT_DOUBLE_EQ(Into(r, k["R"]), 50);
}

TEST(MoneyFlow, SplitAndMerge) {
  Book k;
  k.Pay("A", "B", 50, 10).Pay("A", "C", 30, 11);
  k.Pay("B", "D", 20, 20).Pay("B", "E", 30, 21);  // split
  k.Pay("C", "E", 30, 22);                        // merge at E
  k.Pay("E", "F", 100, 30);                       // 60 held, 40 more from nowhere
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  auto pairs = ByPair(l, r);
  EXPECT_DOUBLE_EQ((pairs[{"B", "D"}]), 20);
  EXPECT_DOUBLE_EQ((pairs[{"B", "E"}]), 30);
  EXPECT_DOUBLE_EQ((pairs[{"C", "E"}]), 30);
  EXPECT_DOUBLE_EQ((pairs[{"E", "F"}]), 60);
  // Largest first, ties by account id (E before F: interned first).
  ASSERT_EQ(r.by_counterpart.size(), 5u);
  EXPECT_EQ(r.by_counterpart[0].account, k["E"]);
  EXPECT_DOUBLE_EQ(r.by_counterpart[0].amount, 60);
  EXPECT_EQ(r.by_counterpart[0].flows, 2u);
  EXPECT_EQ(r.by_counterpart[0].min_hop, 2);
  EXPECT_EQ(r.by_counterpart[1].account, k["F"]);
  EXPECT_EQ(r.by_counterpart[1].min_hop, 3);
  EXPECT_EQ(r.by_counterpart[2].account, k["B"]);
  EXPECT_DOUBLE_EQ(r.by_counterpart[2].amount, 50);
  EXPECT_EQ(r.by_counterpart[2].min_hop, 1);
  EXPECT_EQ(r.by_counterpart[3].account, k["C"]);
  EXPECT_EQ(r.by_counterpart[4].account, k["D"]);
  EXPECT_DOUBLE_EQ(r.traced_start, 80);
}

TEST(MoneyFlow, MoneyReachingAnAccountByTwoPathsIsCountedOnce) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("A", "C", 50, 11).Pay("C", "B", 50, 12).Pay("B", "D", 150, 20);
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"]));
  // Hop 2 knows only A's 100 at B; hop 3 adds C's 50 to the same payment.
  double hop2 = 0, hop3 = 0;
  for (const Flow& f : r.flows)
    if (f.from == k["B"]) (f.hop == 2 ? hop2 : hop3) += f.amount;
  EXPECT_DOUBLE_EQ(hop2, 100);
  EXPECT_DOUBLE_EQ(hop3, 50);
  const CounterpartTotal d = Counterpart(r, k["D"]);
  EXPECT_DOUBLE_EQ(d.amount, 150);  // never more than was paid
  EXPECT_EQ(d.min_hop, 2);
  EXPECT_EQ(d.flows, 2u);
}

TEST(MoneyFlow, CycleTerminates) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("B", "A", 100, 20).Pay("A", "B", 100, 30).Pay("B", "A", 100, 40);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"], 10);
  q.to_at = 15;  // only the first payment is the start's
  const TraceResult r = Trace(l, q);
  // The 100 goes round twice, then rests at A with nothing after it.
  ASSERT_EQ(r.flows.size(), 4u);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(r.flows[i].hop, i + 1);
    EXPECT_DOUBLE_EQ(r.flows[i].amount, 100);
  }
  EXPECT_DOUBLE_EQ(r.traced_start, 100);
  EXPECT_DOUBLE_EQ(Into(r, k["B"]), 200);
  EXPECT_EQ(Into(r, k["A"]), 0);  // the start is no counterpart
}

TEST(MoneyFlow, ProportionalCycleStopsAtHops) {
  // Money sloshing between two accounts with a clean share at each: shrinking increments forever.
  Book k;
  k.Pay("X", "B", 100, 1).Pay("Y", "A", 100, 2).Pay("A", "B", 100, 10);
  for (int t = 20; t < 200; t += 20) k.Pay("B", "A", 50, t).Pay("A", "B", 50, t + 10);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"], 10);
  q.rule = Attribution::kProportional;
  q.min_amount = 0;
  q.to_at = 10;
  const TraceResult r = Trace(l, q);
  EXPECT_EQ(MaxHop(r), 10);
  EXPECT_FALSE(r.truncated);
}

TEST(MoneyFlow, HopsLimit) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("B", "C", 100, 20).Pay("C", "D", 100, 30).Pay("D", "E", 100, 40);
  const Ledger& l = k.Built();
  const TraceResult r = Trace(l, From(k["A"], 2));
  EXPECT_EQ(r.flows.size(), 2u);
  EXPECT_EQ(MaxHop(r), 2);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 100);
  EXPECT_EQ(Into(r, k["D"]), 0);
  EXPECT_EQ(Trace(l, From(k["A"], 4)).flows.size(), 4u);
}

TEST(MoneyFlow, MinAmountIsNotFollowed) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("B", "C", 0.5, 20).Pay("B", "D", 99.5, 30).Pay("C", "E", 0.5, 40);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"]);
  q.min_amount = 1;
  TraceResult r = Trace(l, q);
  EXPECT_EQ(Into(r, k["C"]), 0);
  EXPECT_EQ(Into(r, k["E"]), 0);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 99.5);
  q.min_amount = 0.5;
  r = Trace(l, q);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 0.5);
  EXPECT_DOUBLE_EQ(Into(r, k["E"]), 0.5);
}

TEST(MoneyFlow, WindowPicksTheStartPayments) {
  Book k;
  k.Pay("A", "B", 100, 10).Pay("A", "C", 50, 20).Pay("A", "D", 25, 30).Pay("C", "E", 50, 40);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"]);
  q.from_at = 15;
  q.to_at = 25;
  TraceResult r = Trace(l, q);
  EXPECT_DOUBLE_EQ(r.traced_start, 50);
  EXPECT_EQ(Into(r, k["B"]), 0);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 50);
  EXPECT_DOUBLE_EQ(Into(r, k["E"]), 50);  // the window bounds the start only
  EXPECT_EQ(Into(r, k["D"]), 0);
  q.to_at = 0;  // open
  r = Trace(l, q);
  EXPECT_DOUBLE_EQ(r.traced_start, 75);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 25);
}

TEST(MoneyFlow, HiddenCaseTransactionIsNotThere) {
  Book k;
  k.Pay("A", "B", 100, 10, 0).Pay("B", "C", 100, 20, 1).Pay("B", "D", 100, 30, 0);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"]);
  TraceResult r = Trace(l, q);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 100);  // C took it all
  EXPECT_EQ(Into(r, k["D"]), 0);
  q.scope_ok = {1, 0};
  r = Trace(l, q);
  // Without the hidden payment there is no path to C, and B still holds the 100 it had to pay D.
  EXPECT_EQ(Into(r, k["C"]), 0);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 100);
  q.scope_ok = {};  // nothing visible: nothing at all
  EXPECT_TRUE(Trace(l, q).flows.empty());
}

TEST(MoneyFlow, CurrenciesAreTracedSeparately) {
  Book k;
  k.Pay("A", "B", 100, 10, 0, "USD").Pay("A", "B", 5000, 11).Pay("A", "B", 10, 12);
  k.Pay("B", "C", 3000, 20).Pay("B", "C", 50, 21, 0, "USD").Pay("B", "D", 200, 22, 0, "USD");
  const Ledger& l = k.Built();
  TraceResult r = Trace(l, From(k["A"]));  // KGS: two of A's three payments
  EXPECT_DOUBLE_EQ(r.traced_start, 5010);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 3000);
  EXPECT_EQ(Into(r, k["D"]), 0);
  r = Trace(k.ledger(), From(k["A"]), k.ledger().Currency("USD"));
  EXPECT_DOUBLE_EQ(r.traced_start, 100);
  EXPECT_DOUBLE_EQ(Into(r, k["C"]), 50);
  EXPECT_DOUBLE_EQ(Into(r, k["D"]), 50);  // the USD lot had 50 left: KGS does not fund USD
  for (const Flow& f : r.flows) EXPECT_EQ(l.txn(f.txn).currency, k.ledger().Currency("USD"));
}

// S and R fund B, B pays C, C pays D: backward from D finds S and R.
Book TwoSources() {
  Book k;
  k.Pay("R", "B", 40, 5).Pay("S", "B", 100, 10).Pay("B", "C", 60, 20).Pay("C", "D", 60, 30);
  return k;
}

TEST(MoneyFlow, BackwardFindsTheSourcesFifo) {
  Book k = TwoSources();
  const Ledger& l = k.Built();
  TraceQuery q = From(k["D"]);
  q.direction = Direction::kBackward;
  const TraceResult r = Trace(l, q);
  auto pairs = ByPair(l, r);
  EXPECT_DOUBLE_EQ(r.traced_start, 60);
  EXPECT_DOUBLE_EQ((pairs[{"C", "D"}]), 60);
  EXPECT_DOUBLE_EQ((pairs[{"B", "C"}]), 60);
  // B's 60 is R's 40 (older) and 20 of S's 100.
  EXPECT_DOUBLE_EQ((pairs[{"R", "B"}]), 40);
  EXPECT_DOUBLE_EQ((pairs[{"S", "B"}]), 20);
  EXPECT_EQ(Counterpart(r, k["S"]).min_hop, 3);
  EXPECT_DOUBLE_EQ(Into(r, k["B"]), 60);  // came from B
}

TEST(MoneyFlow, BackwardFindsTheSourcesProportional) {
  Book k = TwoSources();
  const Ledger& l = k.Built();
  TraceQuery q = From(k["D"]);
  q.direction = Direction::kBackward;
  q.rule = Attribution::kProportional;
  const TraceResult r = Trace(l, q);
  auto pairs = ByPair(l, r);
  // At 20 B holds 140: 40/140 of it R's, 100/140 S's.
  EXPECT_NEAR((pairs[{"R", "B"}]), 60.0 * 40 / 140, 1e-9);
  EXPECT_NEAR((pairs[{"S", "B"}]), 60.0 * 100 / 140, 1e-9);
}

TEST(MoneyFlow, BackwardProportionalFollowsWhatIsLeftOfEachLot) {
  // B gets 40 from R and 100 from S, pays X 70 (half of everything), gets 30 from Q: it holds R 20,
  // S 50, Q 30. Its 60 to C is 60% of that: R 12, S 30, Q 18.
  Book k;
  k.Pay("R", "B", 40, 5).Pay("S", "B", 100, 10).Pay("B", "X", 70, 15).Pay("Q", "B", 30, 16).Pay("B", "C", 60, 20);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["C"]);
  q.direction = Direction::kBackward;
  q.rule = Attribution::kProportional;
  const TraceResult r = Trace(l, q);
  auto pairs = ByPair(l, r);
  EXPECT_NEAR((pairs[{"R", "B"}]), 12, 1e-9);
  EXPECT_NEAR((pairs[{"S", "B"}]), 30, 1e-9);
  EXPECT_NEAR((pairs[{"Q", "B"}]), 18, 1e-9);
  EXPECT_EQ(Into(r, k["X"]), 0);
}

TEST(MoneyFlow, BackwardScalesByTheTracedShareAndLeavesTheUnknownOut) {
  // E got 60 of D's 100 from C. C's 100 was B's 50 and 50 of unknown origin, so 60% of each: 30
  // from B. B's 50 was S's money after P had taken S's first 50: 30 from S, none through P.
  Book k;
  k.Pay("S", "B", 100, 1).Pay("B", "P", 50, 2).Pay("B", "C", 50, 3).Pay("C", "D", 100, 4).Pay("D", "E", 60, 5);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["E"]);
  q.direction = Direction::kBackward;
  const TraceResult r = Trace(l, q);
  auto pairs = ByPair(l, r);
  EXPECT_DOUBLE_EQ((pairs[{"D", "E"}]), 60);
  EXPECT_DOUBLE_EQ((pairs[{"C", "D"}]), 60);
  EXPECT_DOUBLE_EQ((pairs[{"B", "C"}]), 30);
  EXPECT_DOUBLE_EQ((pairs[{"S", "B"}]), 30);
  EXPECT_EQ(Into(r, k["P"]), 0);
  for (const Flow& f : r.flows) {
    if (f.from == k["B"]) {
      EXPECT_DOUBLE_EQ(f.of_amount, 50);
    }
  }
}

TEST(MoneyFlow, MaxFlowsTruncates) {
  Book k;
  for (int i = 0; i < 10; ++i) k.Pay("A", "B" + std::to_string(i), 10, 10 + i);
  const Ledger& l = k.Built();
  TraceQuery q = From(k["A"]);
  q.max_flows = 5;
  TraceResult r = Trace(l, q);
  EXPECT_EQ(r.flows.size(), 5u);
  EXPECT_TRUE(r.truncated);
  q.max_flows = 10;
  r = Trace(l, q);
  EXPECT_EQ(r.flows.size(), 10u);
  EXPECT_FALSE(r.truncated);
}

TEST(MoneyFlow, UnknownStartOrCurrencyTracesNothing) {
  Book k;
  k.Pay("A", "B", 100, 10);
  const Ledger& l = k.Built();
  EXPECT_TRUE(Trace(l, From(999)).flows.empty());
  EXPECT_TRUE(Trace(l, From(k["B"])).flows.empty());  // pays nothing
  EXPECT_TRUE(Trace(l, From(k["A"]), 77).flows.empty());
}

// The rules read straight off the screen, slowly: every account from its first payment, lots as a
// plain list, proportional shares lot by lot. Trace, which starts busy accounts at checkpoints
// and rebuilds queues from balances, must agree with it.
std::map<std::pair<uint32_t, int>, double> Reference(const Ledger& l, const TraceQuery& q, uint32_t cur) {
  const bool fwd = q.direction == Direction::kForward;
  const double thr = std::max(q.min_amount, 1e-9);
  auto usable = [&](uint32_t i) {
    const Txn& t = l.txn(i);
    return t.currency == cur && t.scope < q.scope_ok.size() && q.scope_ok[t.scope] && t.from != t.to && t.amount > 0;
  };
  std::map<uint32_t, double> emitted;
  std::map<std::pair<uint32_t, int>, double> out;  // (txn, hop) -> amount
  std::vector<std::pair<uint32_t, double>> level;
  for (uint32_t i : fwd ? l.Out(q.start) : l.In(q.start)) {
    const Txn& t = l.txn(i);
    if (usable(i) && (q.from_at == 0 || t.at >= q.from_at) && (q.to_at == 0 || t.at <= q.to_at) && t.amount >= thr)
      level.push_back({i, t.amount});
  }
  for (int hop = 1; !level.empty(); ++hop) {
    std::set<uint32_t> next;
    for (auto [txn, amount] : level) {
      out[{txn, hop}] += amount;
      emitted[txn] += amount;
      next.insert(fwd ? l.txn(txn).to : l.txn(txn).from);
    }
    if (hop == q.hops) break;
    level.clear();
    for (uint32_t a : next) {
      std::vector<std::pair<uint32_t, bool>> events;  // txn, is outflow
      const auto& ins = l.In(a);
      const auto& outs = l.Out(a);
      for (size_t i = 0, o = 0; i < ins.size() || o < outs.size();) {
        const bool in = o == outs.size() || (i < ins.size() && l.txn(ins[i]).at <= l.txn(outs[o]).at);
        const uint32_t t = in ? ins[i++] : outs[o++];
        if (usable(t)) events.push_back({t, !in});
      }
      auto traced = [&](uint32_t t) { return emitted.count(t) ? std::min(emitted[t], l.txn(t).amount) : 0.0; };
      std::map<uint32_t, double> carried;
      struct Lot {
        uint32_t txn;
        double left, traced;
      };
      std::deque<Lot> lots;
      std::vector<double> before;  // proportional: the balance before each event
      double balance = 0, held = 0;
      for (auto [t, is_out] : events) {
        const double amount = l.txn(t).amount;
        before.push_back(balance);
        if (!is_out) {
          const double tr = fwd ? traced(t) : 0;
          lots.push_back({t, amount, tr});
          balance += amount;
          held += tr;
          continue;
        }
        if (q.rule == Attribution::kFifo) {
          const double share = fwd ? 0 : traced(t) / amount;
          double need = amount, got = 0;
          while (need > 0 && !lots.empty()) {  // FIFO: lot by lot
            Lot& lot = lots.front();
            const double take = std::min(need, lot.left);
            const double part = lot.traced * take / lot.left;
            got += part;
            lot.traced -= part;
            if (!fwd) carried[lot.txn] += take * share;
            lot.left -= take;
            need -= take;
            if (lot.left == 0) lots.pop_front();
          }
          if (fwd) carried[t] += got;
        } else if (fwd && balance > 0) {
          const double got = std::min(amount, balance) * held / balance;
          carried[t] += got;
          held = amount >= balance ? 0 : held - got;
          if (held < thr) held = 0;  // thinned below min_amount: written off
        }
        balance = std::max(0.0, balance - amount);
      }
      // Proportional backward, from the last payment back: acc is the claim of the later marked
      // payments on each unit of an earlier lot; written off once all earlier lots' share of it
      // (acc * balance) is below min_amount.
      if (!fwd && q.rule == Attribution::kProportional) {
        double acc = 0;
        for (size_t k = events.size(); k-- > 0;) {
          const auto [t, is_out] = events[k];
          const double amount = l.txn(t).amount, b = before[k];
          if (!is_out) {
            carried[t] += std::min(amount, amount * acc);
          } else if (b > 0) {
            acc = traced(t) / amount * std::min(amount, b) / b + (amount < b ? 1 - amount / b : 0) * acc;
          } else {
            acc = 0;
          }
          if (acc * b < thr) acc = 0;
        }
      }
      for (auto [t, c] : carried) {
        const double more = std::min(c, l.txn(t).amount) - (emitted.count(t) ? emitted[t] : 0);
        if (more >= thr) level.push_back({t, more});
      }
    }
  }
  return out;
}

TEST(MoneyFlow, AgreesWithTheRulesReadSlowly) {
  std::mt19937 rng(7);
  size_t compared = 0, deep = 0;
  for (int round = 0; round < 24; ++round) {
    Book k;
    const int accounts = 4 + round % 6;
    for (int i = 0; i < 2000; ++i) {  // hundreds of payments an account: many checkpoints
      const int from = rng() % accounts, to = rng() % accounts;  // some pay themselves
      const double amount = (rng() % 20 == 0) ? 0 : 1 + rng() % 120 + (rng() % 4) * 0.25;
      k.Pay("a" + std::to_string(from), "a" + std::to_string(to), amount, rng() % 900, rng() % 3,
            rng() % 5 == 0 ? "USD" : "KGS");  // times collide, so do seconds
    }
    const Ledger& l = k.Built();
    for (Direction d : {Direction::kForward, Direction::kBackward}) {
      for (Attribution rule : {Attribution::kFifo, Attribution::kProportional}) {
        TraceQuery q = From(rng() % accounts, 2 + round % 5);
        q.direction = d;
        q.rule = rule;
        q.min_amount = round % 3 == 0 ? 1 : 0.01;
        // Every case visible: balances from checkpoints; one hidden: summed during the query.
        q.scope_ok = round % 2 ? std::vector<uint8_t>{1, 0, 1} : std::vector<uint8_t>{1, 1, 1};
        // Money arriving late in a long history: the walk starts at a checkpoint, not the beginning.
        if (round % 4 == 1) q.from_at = 450, q.to_at = 700;
        if (round % 4 == 3) q.from_at = 600;
        const TraceResult r = Trace(l, q, k.kgs());
        std::map<std::pair<uint32_t, int>, double> got;
        for (const Flow& f : r.flows) got[{f.txn, f.hop}] += f.amount;
        const auto want = Reference(l, q, k.kgs());
        ASSERT_FALSE(r.truncated);
        ASSERT_EQ(got.size(), want.size()) << "round " << round;
        for (const auto& [key, amount] : want) {
          ASSERT_TRUE(got.count(key)) << "round " << round << " txn " << key.first << " hop " << key.second;
          EXPECT_NEAR(got[key], amount, 1e-6 * amount) << "round " << round;
          ++compared;
          deep += key.second >= 3;
        }
      }
    }
  }
  EXPECT_GT(compared, 2000u);  // not an agreement on nothing
  EXPECT_GT(deep, 1000u);
}

// The ledger through the snapshot (Ledger::Save as its section) and back, built again.
Ledger RoundTrip(const Ledger& l, std::string* bytes = nullptr) {
  std::string data;
  StringSink sink(&data);
  EXPECT_TRUE(SaveSnapshot(Graph{}, sink, "", &l));
  StringSource source(data);
  Ledger out;
  auto g = LoadSnapshot(source, nullptr, &out);
  EXPECT_TRUE(g) << g.error().message;
  if (bytes) *bytes = data;
  return out;
}

void ExpectSameTrace(const TraceResult& x, const TraceResult& y) {
  ASSERT_EQ(x.flows.size(), y.flows.size());
  for (size_t i = 0; i < x.flows.size(); ++i) {
    const Flow &a = x.flows[i], &b = y.flows[i];
    EXPECT_EQ(std::tie(a.txn, a.from, a.to, a.hop), std::tie(b.txn, b.from, b.to, b.hop)) << i;
    EXPECT_EQ(a.amount, b.amount) << i;  // bit for bit: the same order of the same additions
    EXPECT_EQ(a.of_amount, b.of_amount) << i;
  }
  ASSERT_EQ(x.by_counterpart.size(), y.by_counterpart.size());
  for (size_t i = 0; i < x.by_counterpart.size(); ++i) {
    EXPECT_EQ(x.by_counterpart[i].account, y.by_counterpart[i].account);
    EXPECT_EQ(x.by_counterpart[i].amount, y.by_counterpart[i].amount);
    EXPECT_EQ(x.by_counterpart[i].flows, y.by_counterpart[i].flows);
  }
  EXPECT_EQ(x.traced_start, y.traced_start);
  EXPECT_EQ(x.truncated, y.truncated);
}

TEST(LedgerSnapshot, RoundTripTracesAsTheOriginal) {
  std::mt19937 rng(11);
  Book k;
  for (int i = 0; i < 3000; ++i) {  // enough for checkpoints; self payments and zero amounts too
    const int from = rng() % 9, to = rng() % 9;
    const double amount = (rng() % 25 == 0) ? 0 : 1 + rng() % 500 + (rng() % 4) * 0.25;
    k.Pay("KZ" + std::to_string(from), "KZ" + std::to_string(to), amount, 1700000000 + rng() % 5000, rng() % 3,
          rng() % 4 == 0 ? "USD" : "KGS");
  }
  const Ledger& l = k.Built();
  const Ledger loaded = RoundTrip(l);
  ASSERT_EQ(loaded.size(), l.size());
  ASSERT_EQ(loaded.account_count(), l.account_count());
  for (uint32_t a = 0; a < l.account_count(); ++a) {
    EXPECT_EQ(loaded.AccountKey(a), l.AccountKey(a));
    EXPECT_EQ(loaded.FindAccount(l.AccountKey(a)), a);
    EXPECT_EQ(loaded.Out(a), l.Out(a));
    EXPECT_EQ(loaded.In(a), l.In(a));
  }
  EXPECT_EQ(loaded.CurrencyCode(1), l.CurrencyCode(1));
  for (uint32_t i = 0; i < l.size(); ++i) {
    EXPECT_EQ(loaded.txn(i).id, l.txn(i).id);
    EXPECT_EQ(loaded.txn(i).amount, l.txn(i).amount);
    EXPECT_EQ(loaded.txn(i).scope, l.txn(i).scope);
  }
  size_t nonempty = 0;
  for (uint32_t a = 0; a < l.account_count(); ++a)
    for (Direction d : {Direction::kForward, Direction::kBackward})
      for (Attribution rule : {Attribution::kFifo, Attribution::kProportional})
        for (std::vector<uint8_t> scopes : {std::vector<uint8_t>{1, 1, 1}, std::vector<uint8_t>{1, 0, 1}}) {
          TraceQuery q = From(a, 4);
          q.direction = d, q.rule = rule, q.scope_ok = scopes;
          const TraceResult x = Trace(l, q), y = Trace(loaded, q);
          nonempty += !x.flows.empty();
          ExpectSameTrace(x, y);
          ExpectSameTrace(Trace(l, q, k.kgs()), Trace(loaded, q, k.kgs()));
        }
  EXPECT_GT(nonempty, 20u);

  // A loaded ledger goes on like any other.
  Ledger more = RoundTrip(l);
  Txn t = l.txn(0);
  t.id = 999999, t.at += 1;
  more.Add(t);
  more.Build();
  EXPECT_EQ(more.size(), l.size() + 1);
}

TEST(LedgerSnapshot, EmptyAndRefusedWhenDamaged) {
  EXPECT_EQ(RoundTrip(Ledger{}).size(), 0u);
  Book k;
  k.Pay("A", "B", 100, 10).Pay("B", "C", 60, 20, 1, "USD");
  std::string good;
  RoundTrip(k.Built(), &good);
  // Cut anywhere, a byte changed anywhere: refused, never a crash.
  for (size_t n = 0; n < good.size(); ++n) {
    const std::string cut = good.substr(0, n);
    StringSource source(cut);
    Ledger l;
    EXPECT_FALSE(LoadSnapshot(source, nullptr, &l)) << n;
  }
  for (size_t i = 0; i < good.size(); ++i) {
    std::string damaged = good;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x40);
    StringSource source(damaged);
    Ledger l;
    auto r = LoadSnapshot(source, nullptr, &l);
    ASSERT_FALSE(r) << "accepted byte " << i << " changed";
    EXPECT_EQ(r.error().code, ErrorCode::kCorruption) << i;
  }
  // Asked for a ledger the snapshot does not hold.
  std::string none;
  StringSink sink(&none);
  ASSERT_TRUE(SaveSnapshot(Graph{}, sink, "m"));
  StringSource source(none);
  Ledger l;
  auto r = LoadSnapshot(source, nullptr, &l);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("no money ledger"), std::string::npos) << r.error().message;
}

}  // namespace
}  // namespace ariadne::graph
