#include "engine/graph/money_flow.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

#include "engine/graph/snapshot_io.h"

namespace ariadne::graph {

namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;
// Below any currency's smallest unit: what is left of a subtraction is rounding, not money.
constexpr double kDust = 1e-9;

// A payment to oneself moves nothing; a non-positive amount (a reversal, a placeholder) is no
// payment. Neither is ever read by a trace.
bool MovesMoney(const Txn& t) { return t.from != t.to && t.amount > 0 && std::isfinite(t.amount); }

// Reads one payment into an account's FIFO position: what it has received so far, and how much
// of that it has paid out, oldest money first (what it holds is the difference, and the lot that
// arrived when `received` was x is paid out while `consumed` passes [x, x + amount)). A payment
// beyond what is held came from an opening balance we do not know, never from money that arrives
// later, so `consumed` stops at `received`.
void Apply(double signed_amount, double& received, double& consumed) {
  if (signed_amount > 0) received += signed_amount;
  else consumed = std::min(received, consumed - signed_amount);
}

// A hash map from 32-bit ids for one query: open addressing in one flat array, so that a lookup
// is one cache miss rather than the two or three of std::unordered_map — it is done for every
// flow, and a trace may have a hundred thousand.
template <typename V>
class IdMap {
 public:
  // The value for `key`, inserted as `fresh` when absent; `added` says which.
  V& Get(uint32_t key, const V& fresh, bool* added = nullptr) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t i = Home(key);
    while (slots_[i].key != key && slots_[i].key != kNone) i = (i + 1) & (slots_.size() - 1);
    if (added) *added = slots_[i].key == kNone;
    if (slots_[i].key == kNone) {
      slots_[i] = {key, fresh};
      ++size_;
    }
    return slots_[i].value;
  }
  const V* Find(uint32_t key) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Home(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == kNone) return nullptr;
    }
  }

 private:
  struct Slot {
    uint32_t key;
    V value;
  };
  size_t Home(uint32_t key) const { return (key * 0x9E3779B97F4A7C15ull >> 20) & (slots_.size() - 1); }
  void Grow() {
    std::vector<Slot> old(std::max<size_t>(64, slots_.size() * 2), Slot{kNone, V{}});
    old.swap(slots_);
    size_ = 0;
    for (const Slot& x : old)
      if (x.key != kNone) Get(x.key, x.value);
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// The FIFO position before every `every`-th event of [first, last), reading only the payments of
// visible scopes (all when scope_ok is null). Apply without branches, a hidden payment counting
// as 0: a trace that cannot see every case of a hub sums its million payments here, and a branch
// on which of them it sees is mispredicted half the time. Adding 0 leaves both sums exactly as
// Apply would, so walking on from a checkpoint with Apply gives the same numbers as summing.
template <typename EventT, typename CheckpointT>
void Summarize(const EventT* first, const EventT* last, uint32_t every, const std::vector<uint8_t>* scope_ok,
               std::vector<CheckpointT>& out) {
  const size_t scopes = scope_ok ? scope_ok->size() : 0;
  const uint8_t* ok = scope_ok ? scope_ok->data() : nullptr;
  double received = 0, consumed = 0;
  for (const EventT* block = first; block < last; block += every) {
    out.push_back({received, consumed});
    for (const EventT* e = block; e != last && e != block + every; ++e) {
      const double seen = !ok ? 1.0 : e->scope < scopes ? ok[e->scope] : 0;
      const double a = e->amount * seen;
      received += std::max(a, 0.0);
      consumed = std::min(received, consumed + std::max(-a, 0.0));
    }
  }
}

// One of an account's payments, in or out.
struct Payment {
  uint32_t txn;
  bool out;
};

// An account's payments in the order the rules read them, one currency after another: by time,
// within a second what arrived before what left (money received at 10:00:00 can fund a payment
// made at 10:00:00), then by id. `ins` and `outs` are sorted by time and id already.
void WalkOrder(const std::vector<Txn>& txns, const std::vector<uint32_t>& ins, const std::vector<uint32_t>& outs,
               std::vector<Payment>& walk) {
  walk.clear();
  for (size_t i = 0, o = 0; i < ins.size() || o < outs.size();) {
    const bool take_in = o == outs.size() || (i < ins.size() && txns[ins[i]].at <= txns[outs[o]].at);
    const uint32_t t = take_in ? ins[i++] : outs[o++];
    if (MovesMoney(txns[t])) walk.push_back({t, !take_in});
  }
  auto by_currency = [&](const Payment& x, const Payment& y) { return txns[x.txn].currency < txns[y.txn].currency; };
  if (!std::is_sorted(walk.begin(), walk.end(), by_currency)) std::stable_sort(walk.begin(), walk.end(), by_currency);
}

}  // namespace

// ---- Ledger -----------------------------------------------------------------------------------

uint32_t Ledger::Account(const std::string& key) {
  auto [it, added] = by_key_.try_emplace(key, static_cast<uint32_t>(accounts_.size()));
  if (added) accounts_.push_back(key);
  return it->second;
}

uint32_t Ledger::FindAccount(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? kNone : it->second;
}

uint32_t Ledger::Currency(const std::string& code) {
  auto [it, added] = by_currency_.try_emplace(code, static_cast<uint32_t>(currencies_.size()));
  if (added) currencies_.push_back(code);
  return it->second;
}

void Ledger::Add(const Txn& t) { txns_.push_back(t); }

void Ledger::Build() {
  // A transaction may name an account id that was never interned (a loader's own numbering):
  // give it lists rather than reading past the end.
  size_t n = accounts_.size();
  for (const Txn& t : txns_) n = std::max<size_t>(n, size_t{std::max(t.from, t.to)} + 1);
  std::vector<uint32_t> out_degree(n), in_degree(n);
  for (const Txn& t : txns_) {
    ++out_degree[t.from];
    ++in_degree[t.to];
  }
  out_.assign(n, {});
  in_.assign(n, {});
  for (size_t a = 0; a < n; ++a) {
    out_[a].reserve(out_degree[a]);
    in_[a].reserve(in_degree[a]);
  }
  for (uint32_t i = 0; i < txns_.size(); ++i) {
    out_[txns_[i].from].push_back(i);
    in_[txns_[i].to].push_back(i);
  }
  // Ties on time and id are broken by position so that every run reads the same order.
  auto before = [this](uint32_t x, uint32_t y) {
    return std::tie(txns_[x].at, txns_[x].id, x) < std::tie(txns_[y].at, txns_[y].id, y);
  };
  // Imports arrive mostly in time order; most lists are sorted already.
  for (auto* lists : {&out_, &in_})
    for (std::vector<uint32_t>& v : *lists)
      if (!std::is_sorted(v.begin(), v.end(), before)) std::sort(v.begin(), v.end(), before);
  BuildBooks();
}

void Ledger::BuildBooks() {
  const size_t n = out_.size();
  events_.clear();
  books_.clear();
  checkpoints_.clear();
  book_scopes_.clear();
  book_begin_.assign(n + 1, 0);
  out_pos_.assign(txns_.size(), kNone);
  in_pos_.assign(txns_.size(), kNone);
  events_.reserve(2 * txns_.size());
  std::vector<Payment> walk;
  std::vector<uint32_t> scopes;
  auto currency = [this](const Payment& p) { return txns_[p.txn].currency; };
  for (size_t a = 0; a < n; ++a) {
    book_begin_[a] = static_cast<uint32_t>(books_.size());
    WalkOrder(txns_, in_[a], out_[a], walk);
    for (size_t k = 0; k < walk.size();) {
      Book b{currency(walk[k]), static_cast<uint32_t>(events_.size()), 0, static_cast<uint32_t>(checkpoints_.size()),
             0, 0, 0, 0};
      scopes.clear();
      for (; k < walk.size() && currency(walk[k]) == b.currency; ++k) {
        const uint32_t pos = static_cast<uint32_t>(events_.size());
        const Txn& t = txns_[walk[k].txn];
        events_.push_back({walk[k].out ? -t.amount : t.amount, walk[k].txn, t.scope});
        (walk[k].out ? out_pos_ : in_pos_)[walk[k].txn] = pos;
        ++(walk[k].out ? b.outs : b.ins);
        scopes.push_back(t.scope);
      }
      b.end = static_cast<uint32_t>(events_.size());
      Summarize(events_.data() + b.begin, events_.data() + b.end, kCheckpointEvery, nullptr, checkpoints_);
      std::sort(scopes.begin(), scopes.end());
      scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
      b.scopes_begin = static_cast<uint32_t>(book_scopes_.size());
      book_scopes_.insert(book_scopes_.end(), scopes.begin(), scopes.end());
      b.scopes_end = static_cast<uint32_t>(book_scopes_.size());
      books_.push_back(b);
    }
  }
  book_begin_[n] = static_cast<uint32_t>(books_.size());
}

const std::vector<uint32_t>& Ledger::Out(uint32_t account) const {
  static const std::vector<uint32_t> kEmpty;
  return account < out_.size() ? out_[account] : kEmpty;
}

const std::vector<uint32_t>& Ledger::In(uint32_t account) const {
  static const std::vector<uint32_t> kEmpty;
  return account < in_.size() ? in_[account] : kEmpty;
}

namespace {
constexpr size_t kTxnBytes = 4 + 4 + 8 + 8 + 4 + 4 + 8;  // from, to, at, amount, currency, scope, id
}  // namespace

void Ledger::Save(SnapshotWriter& w) const {
  w.Put(static_cast<uint64_t>(accounts_.size()));
  w.Put(static_cast<uint64_t>(currencies_.size()));
  w.Put(static_cast<uint64_t>(txns_.size()));
  for (const std::string& a : accounts_) w.PutString(a);
  for (const std::string& c : currencies_) w.PutString(c);
  unsigned char rec[kTxnBytes];
  for (const Txn& t : txns_) {
    std::memcpy(rec, &t.from, 4);
    std::memcpy(rec + 4, &t.to, 4);
    std::memcpy(rec + 8, &t.at, 8);
    std::memcpy(rec + 16, &t.amount, 8);
    std::memcpy(rec + 24, &t.currency, 4);
    std::memcpy(rec + 28, &t.scope, 4);
    std::memcpy(rec + 32, &t.id, 8);
    w.Put(rec, kTxnBytes);
  }
}

Status Ledger::Load(SnapshotReader& r) {
  auto bad = [](const std::string& why) { return Fail(Error::Corruption("money ledger: " + why)); };
  uint64_t accounts, currencies, txns;
  if (!r.Get(&accounts) || !r.Get(&currencies) || !r.Get(&txns)) return bad("truncated");
  // Every string costs at least its 4-byte length: the counts must fit in what is left.
  if (accounts >= kNone || currencies >= kNone || txns >= kNone ||
      (accounts + currencies) * 4 + txns * kTxnBytes > r.left())
    return bad("truncated");
  std::string s;
  for (uint64_t i = 0; i < accounts; ++i) {
    if (!r.GetString(&s)) return bad("truncated");
    if (Account(s) != i) return bad("account repeated: " + s);
  }
  for (uint64_t i = 0; i < currencies; ++i) {
    if (!r.GetString(&s)) return bad("truncated");
    if (Currency(s) != i) return bad("currency repeated: " + s);
  }
  txns_.reserve(txns);
  unsigned char rec[kTxnBytes];
  for (uint64_t i = 0; i < txns; ++i) {
    if (!r.Get(rec, kTxnBytes)) return bad("truncated");
    Txn t;
    std::memcpy(&t.from, rec, 4);
    std::memcpy(&t.to, rec + 4, 4);
    std::memcpy(&t.at, rec + 8, 8);
    std::memcpy(&t.amount, rec + 16, 8);
    std::memcpy(&t.currency, rec + 24, 4);
    std::memcpy(&t.scope, rec + 28, 4);
    std::memcpy(&t.id, rec + 32, 8);
    // Build() would give an unknown account lists of its own, but a trace's answer names each
    // account by AccountKey: one that is not there is damage, not a loader's numbering.
    if (t.from >= accounts || t.to >= accounts || t.currency >= currencies)
      return bad("transaction " + std::to_string(i) + " names no account or currency");
    txns_.push_back(t);
  }
  return Ok();
}

// ---- Trace ------------------------------------------------------------------------------------

class MoneyTracer {
 public:
  MoneyTracer(const Ledger& l, const TraceQuery& q, uint32_t currency)
      : l_(l), q_(q), currency_(currency), forward_(q.direction == Direction::kForward),
        threshold_(std::max(q.min_amount, kDust)), hops_(std::clamp(q.hops, 1, 10)) {}

  static uint32_t MostUsedCurrency(const Ledger& l, const TraceQuery& q);
  TraceResult Run();

 private:
  using Event = Ledger::Event;
  using Checkpoint = Ledger::Checkpoint;
  static constexpr uint32_t kEvery = Ledger::kCheckpointEvery;

  // Per account reached: the events (positions in its book) through which traced money touches
  // it — inflows going forward, outflows going backward. Each appears once; its traced amount is
  // in emitted_.
  struct Reached {
    uint32_t account, book;  // book: kNone until first attributed
    std::vector<uint32_t> marks;
    size_t sorted = 0;        // marks[0, sorted) is in book order
    int queued_at = 0;        // the level it was last put on the frontier for
    int8_t all_visible = -1;  // whether the caller sees every case of its book; -1 not yet known
    std::vector<Checkpoint> own;  // when not: the book's checkpoints for this caller
    // Its line in by_counterpart: the flows that reached it (forward) or left it (backward).
    int min_hop = 0;
    uint32_t flows = 0;
    double amount = 0;
  };

  // A place in a book and the FIFO position before it (see Apply).
  struct Cursor {
    uint32_t pos;
    double received, consumed;
    double held() const { return received - consumed; }
  };

  static bool SeesAll(const Ledger& l, const TraceQuery& q, const Ledger::Book& b);
  bool Visible(uint32_t scope) const { return scope < q_.scope_ok.size() && q_.scope_ok[scope]; }
  bool Usable(uint32_t i) const;
  const Ledger::Book& BookOf(const Reached& r) const { return l_.books_[r.book]; }
  uint32_t FindBook(uint32_t account) const;

  const Checkpoint* CheckpointsOf(Reached& r);
  Cursor At(Reached& r, uint32_t pos);
  void MoveTo(Reached& r, Cursor& c, uint32_t pos);
  void Advance(Cursor& c) const;
  template <typename Still>
  void SkipAhead(Reached& r, Cursor& c, uint32_t last, Still still);

  void StartFlows();
  void Attribute(Reached& r);
  void ForwardFifo(Reached& r);
  void ForwardProportional(Reached& r);
  void BackwardFifo(Reached& r);
  void BackwardProportional(Reached& r);
  void SumFound();
  void Propose(int hop, std::vector<Flow>& pending) const;
  void Accept(const std::vector<Flow>& pending, int level);
  void Mark(const Flow& f, bool first, int level);
  void Totals();

  const Ledger& l_;
  const TraceQuery& q_;
  const uint32_t currency_;
  const bool forward_;
  const double threshold_;
  const int hops_;

  IdMap<double> emitted_;  // txn -> traced amount in the flows so far
  IdMap<uint32_t> slot_;   // account -> index into reached_
  std::vector<Reached> reached_;
  std::vector<uint32_t> frontier_, next_frontier_;  // indexes into reached_

  // Scratch of the account being attributed, reused across accounts.
  std::vector<double> mark_amounts_;                // the traced amount of each of its marks
  std::vector<std::pair<uint32_t, double>> found_;  // txn -> traced amount it carries (summed by SumFound)

  TraceResult r_;
};

bool MoneyTracer::SeesAll(const Ledger& l, const TraceQuery& q, const Ledger::Book& b) {
  for (uint32_t k = b.scopes_begin; k < b.scopes_end; ++k) {
    const uint32_t s = l.book_scopes_[k];
    if (s >= q.scope_ok.size() || !q.scope_ok[s]) return false;
  }
  return true;
}

bool MoneyTracer::Usable(uint32_t i) const {
  const Txn& t = l_.txn(i);
  return t.currency == currency_ && Visible(t.scope) && MovesMoney(t);
}

uint32_t MoneyTracer::FindBook(uint32_t account) const {
  if (account + size_t{1} >= l_.book_begin_.size()) return kNone;
  for (uint32_t b = l_.book_begin_[account]; b < l_.book_begin_[account + 1]; ++b)
    if (l_.books_[b].currency == currency_) return b;
  return kNone;
}

// The currency the start account has most visible payments in, in the traced direction; the
// lowest id on a tie.
uint32_t MoneyTracer::MostUsedCurrency(const Ledger& l, const TraceQuery& q) {
  if (q.start + size_t{1} >= l.book_begin_.size()) return kNone;
  const bool forward = q.direction == Direction::kForward;
  uint32_t best = kNone, best_count = 0;
  for (uint32_t k = l.book_begin_[q.start]; k < l.book_begin_[q.start + 1]; ++k) {
    const Ledger::Book& b = l.books_[k];
    uint32_t count = forward ? b.outs : b.ins;
    if (!SeesAll(l, q, b)) {
      count = 0;
      for (uint32_t p = b.begin; p < b.end; ++p) {
        const Event& e = l.events_[p];
        count += (e.amount < 0) == forward && e.scope < q.scope_ok.size() && q.scope_ok[e.scope];
      }
    }
    if (count > best_count) {
      best = b.currency;
      best_count = count;
    }
  }
  return best;
}

// The book's checkpoints as this caller sees it: the ledger's when every case of the book is
// visible; otherwise a hidden payment changes every position after it, so they are summed once
// per query from the visible payments alone.
const Ledger::Checkpoint* MoneyTracer::CheckpointsOf(Reached& r) {
  const Ledger::Book& b = BookOf(r);
  if (r.all_visible < 0) r.all_visible = SeesAll(l_, q_, b);
  if (r.all_visible) return l_.checkpoints_.data() + b.checkpoints;
  if (r.own.empty()) {
    r.own.reserve((b.end - b.begin + kEvery - 1) / kEvery);
    Summarize(l_.events_.data() + b.begin, l_.events_.data() + b.end, kEvery, &q_.scope_ok, r.own);
  }
  return r.own.data();
}

// The position before event `pos`: the checkpoint at or before it, then at most kEvery events.
MoneyTracer::Cursor MoneyTracer::At(Reached& r, uint32_t pos) {
  const Ledger::Book& b = BookOf(r);
  const Checkpoint* cp = CheckpointsOf(r);
  const uint32_t j = std::min((pos - b.begin) / kEvery, (b.end - b.begin - 1) / kEvery);
  Cursor c{b.begin + j * kEvery, cp[j].received, cp[j].consumed};
  while (c.pos < pos) Advance(c);
  return c;
}

// Moves c to the position before event `pos`: on from where it is when that is near, else from
// the checkpoint. Marks come in book order, often close together at a busy account.
void MoneyTracer::MoveTo(Reached& r, Cursor& c, uint32_t pos) {
  if (c.pos > pos || pos - c.pos > kEvery) c = At(r, pos);
  while (c.pos < pos) Advance(c);
}

void MoneyTracer::Advance(Cursor& c) const {
  const Event& e = l_.events_[c.pos++];
  if (Visible(e.scope)) Apply(e.amount, c.received, c.consumed);
}

// Moves c on to the furthest checkpoint at or before event `last` at which `still` holds, when
// that is ahead of it. `still` must hold for a prefix of the checkpoints (it tests `received` or
// `consumed`, which only grow): nothing the walk looks for happens before that checkpoint.
template <typename Still>
void MoneyTracer::SkipAhead(Reached& r, Cursor& c, uint32_t last, Still still) {
  const Ledger::Book& b = BookOf(r);
  const Checkpoint* cp = CheckpointsOf(r);
  const uint32_t from = (c.pos - b.begin + kEvery - 1) / kEvery;
  const uint32_t to = std::min((last - b.begin) / kEvery + 1, (b.end - b.begin + kEvery - 1) / kEvery);
  if (from >= to) return;
  const Checkpoint* it = std::partition_point(cp + from, cp + to, still);
  if (it == cp + from) return;
  const uint32_t j = static_cast<uint32_t>(it - cp) - 1;
  c = {b.begin + j * kEvery, cp[j].received, cp[j].consumed};
}

// Hop 1: the start account's own payments in the window (forward) or the payments it received in
// it (backward), whole.
void MoneyTracer::StartFlows() {
  const std::vector<uint32_t>& own = forward_ ? l_.Out(q_.start) : l_.In(q_.start);
  auto it = own.begin();
  if (q_.from_at != 0)
    it = std::partition_point(own.begin(), own.end(), [&](uint32_t i) { return l_.txn(i).at < q_.from_at; });
  std::vector<Flow> first;
  for (; it != own.end() && first.size() <= q_.max_flows; ++it) {
    const Txn& t = l_.txn(*it);
    if (q_.to_at != 0 && t.at > q_.to_at) break;
    if (Usable(*it) && t.amount >= threshold_) first.push_back({*it, t.from, t.to, 1, t.amount, t.amount});
  }
  Accept(first, 1);
}

// Recomputes the account's attribution from the traced amounts of its marks and leaves in found_
// what each of its onward transactions carries in all.
void MoneyTracer::Attribute(Reached& r) {
  if (r.book == kNone) r.book = FindBook(r.account);
  // Walks meet the marks in book order; only the marks added since the last visit need sorting.
  auto fresh = r.marks.begin() + r.sorted;
  std::sort(fresh, r.marks.end());
  std::inplace_merge(r.marks.begin(), fresh, r.marks.end());
  r.sorted = r.marks.size();
  mark_amounts_.clear();
  for (uint32_t p : r.marks) {
    const uint32_t t = l_.events_[p].txn;
    mark_amounts_.push_back(std::min(*emitted_.Find(t), std::abs(l_.events_[p].amount)));
  }
  found_.clear();
  const bool fifo = q_.rule == Attribution::kFifo;
  if (forward_) fifo ? ForwardFifo(r) : ForwardProportional(r);
  else fifo ? BackwardFifo(r) : BackwardProportional(r);
  SumFound();
}

// FIFO forward: the lot that arrived when the account had received x in all is paid out by the
// payments that move `consumed` across [x, x + amount), each carrying its traced share of what it
// took. Lots are independent, so each is followed from its own arrival, skipping by checkpoint to
// where the money ahead of it has been paid out.
void MoneyTracer::ForwardFifo(Reached& r) {
  const Ledger::Book& b = BookOf(r);
  Cursor arrival = At(r, r.marks.front());
  for (size_t i = 0; i < r.marks.size(); ++i) {
    const uint32_t m = r.marks[i];
    const double amount = l_.events_[m].amount;
    const double share = mark_amounts_[i] / amount;
    MoveTo(r, arrival, m);
    Cursor c = arrival;
    const double start = c.received, end = start + amount;
    Advance(c);
    // Payments before money received at `start` is reached take none of it; nor, once the lot is
    // being paid out, do the stretches in which nothing is (an account saving up).
    SkipAhead(r, c, b.end, [start](const Checkpoint& k) { return k.consumed <= start; });
    while (c.consumed < end && c.pos < b.end) {
      if ((c.pos - b.begin) % kEvery == 0) {
        const double now = c.consumed;
        SkipAhead(r, c, b.end, [now](const Checkpoint& k) { return k.consumed <= now; });
      }
      const double before = c.consumed;
      const uint32_t txn = l_.events_[c.pos].txn;
      Advance(c);
      const double took = std::min(c.consumed, end) - std::max(before, start);
      if (took > 0) found_.push_back({txn, took * share});
    }
  }
}

// FIFO backward: a marked payment took the lots that `consumed` crossed while it was paid; each
// is credited with its part of it, scaled by the payment's traced share. What it paid beyond the
// lots held came from an opening balance of unknown origin and is credited to no one.
void MoneyTracer::BackwardFifo(Reached& r) {
  const Ledger::Book& b = BookOf(r);
  Cursor at = At(r, r.marks.front());
  for (size_t i = 0; i < r.marks.size(); ++i) {
    const uint32_t m = r.marks[i];
    const double amount = -l_.events_[m].amount;
    const double share = mark_amounts_[i] / amount;
    MoveTo(r, at, m);
    const double from = at.consumed, to = std::min(at.received, from + amount);
    // Lots received before `from` had been paid out already; stretches without inflows give none.
    Cursor c{b.begin, 0, 0};
    SkipAhead(r, c, m, [from](const Checkpoint& k) { return k.received <= from; });
    while (c.pos < m && c.received < to) {
      if ((c.pos - b.begin) % kEvery == 0) {
        const double now = c.received;
        SkipAhead(r, c, m, [now](const Checkpoint& k) { return k.received <= now; });
      }
      const double before = c.received;
      const uint32_t txn = l_.events_[c.pos].txn;
      Advance(c);
      const double gave = std::min(c.received, to) - std::max(before, from);
      if (gave > 0) found_.push_back({txn, gave * share});
    }
  }
}

// Proportional forward: each outflow carries the traced share of the balance at that moment.
// Once the traced holding has thinned below min_amount it is written off, and the walk goes
// straight to the next traced inflow.
void MoneyTracer::ForwardProportional(Reached& r) {
  const Ledger::Book& b = BookOf(r);
  const std::vector<uint32_t>& marks = r.marks;
  size_t next = 0;
  double traced = 0;
  Cursor c = At(r, marks.front());
  while (c.pos < b.end) {
    if (traced == 0) {
      if (next == marks.size()) break;
      if (marks[next] > c.pos + kEvery) c = At(r, marks[next]);
    }
    const uint32_t pos = c.pos;
    const Event& e = l_.events_[pos];
    const double held = c.held();
    Advance(c);
    if (!Visible(e.scope)) continue;
    if (e.amount > 0) {
      if (next < marks.size() && marks[next] == pos) traced += mark_amounts_[next++];
      continue;
    }
    const double carried = held > 0 ? std::min(-e.amount, held) * (traced / held) : 0;
    traced = std::clamp(traced - carried, 0.0, c.held());
    if (traced < threshold_) traced = 0;
    if (carried >= threshold_) found_.push_back({e.txn, carried});
  }
}

// Proportional backward: a marked outflow T takes from every lot held in proportion to what is
// left of it, and every outflow shrinks every lot by the same factor. So lot i gives T
//   w_T * amount_i * prod(f_k over the outflows k between i and T)
// with f_k = 1 - out_k / held_k and w_T = traced_T / amount_T * min(amount_T, held_T) / held_T.
// Walking back from the last mark sums that for every lot at once: acc = w_T + f_T * acc,
// credit_i = amount_i * acc. The lots before a point share acc * held between them; once that is
// below min_amount the claim is written off and the walk goes straight to the previous mark.
void MoneyTracer::BackwardProportional(Reached& r) {
  const Ledger::Book& b = BookOf(r);
  const std::vector<uint32_t>& marks = r.marks;
  size_t next = marks.size();
  double acc = 0, held = 0;  // held: before event p
  uint32_t p = 0;
  for (;;) {
    if (acc == 0) {
      if (next == 0) break;
      p = marks[next - 1] + 1;
      held = At(r, p).held();
    }
    if (p == b.begin) break;
    const Event& e = l_.events_[--p];
    if (!Visible(e.scope)) continue;
    if (e.amount > 0) {
      const double credit = std::min(e.amount, e.amount * acc);
      if (credit >= threshold_) found_.push_back({e.txn, credit});
      held = std::max(0.0, held - e.amount);
    } else {
      const double amount = -e.amount;
      const bool marked = next > 0 && marks[next - 1] == p;
      const double traced = marked ? mark_amounts_[--next] : 0;
      // A payment that left something had not emptied the account: before it, the account held
      // what it left plus what it paid. One that emptied it leaves nothing of earlier lots.
      const double before = held > 0 ? held + amount : marked ? At(r, p).held() : 0;
      double keep = 0, weight = 0;
      if (before > 0) {
        keep = amount < before ? 1 - amount / before : 0;
        weight = traced / amount * std::min(amount, before) / before;
      }
      acc = weight + keep * acc;
      held = before;
    }
    if (acc * held < threshold_) acc = 0;
  }
}

// found_ may name a transaction more than once (a payment funded by several traced lots): one
// entry each, summed.
void MoneyTracer::SumFound() {
  std::sort(found_.begin(), found_.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  size_t out = 0;
  for (size_t k = 0; k < found_.size(); ++k) {
    if (out > 0 && found_[out - 1].first == found_[k].first) found_[out - 1].second += found_[k].second;
    else found_[out++] = found_[k];
  }
  found_.resize(out);
}

// The flows of this level: what each onward transaction carries beyond what earlier levels
// already showed, so money that reaches an account by two paths is counted once per path.
void MoneyTracer::Propose(int hop, std::vector<Flow>& pending) const {
  for (const auto& [txn, total] : found_) {
    if (total < threshold_) continue;
    const Txn& t = l_.txn(txn);
    const double* before = emitted_.Find(txn);
    const double more = std::min(total, t.amount) - (before ? *before : 0.0);  // rounding can overshoot
    if (more >= threshold_) pending.push_back({txn, t.from, t.to, hop, more, t.amount});
  }
}

// Records a level's flows and marks where they lead, up to max_flows.
void MoneyTracer::Accept(const std::vector<Flow>& pending, int level) {
  for (const Flow& f : pending) {
    if (r_.flows.size() >= q_.max_flows) {
      r_.truncated = true;
      return;
    }
    r_.flows.push_back(f);
    bool first = false;
    emitted_.Get(f.txn, 0.0, &first) += f.amount;
    Mark(f, first, level);
  }
}

// The account the traced money moves on from through the flow — the payee going forward, the
// payer going back — is to be attributed at the next level.
void MoneyTracer::Mark(const Flow& f, bool first, int level) {
  const uint32_t account = forward_ ? f.to : f.from;
  bool added = false;
  const uint32_t slot = slot_.Get(account, static_cast<uint32_t>(reached_.size()), &added);
  if (added) reached_.push_back({account, kNone, {}});  // its book is found if it is attributed
  Reached& r = reached_[slot];
  if (first) r.marks.push_back(forward_ ? l_.in_pos_[f.txn] : l_.out_pos_[f.txn]);
  if (r.queued_at != level) {
    r.queued_at = level;
    next_frontier_.push_back(slot);
  }
  if (r.flows++ == 0) r.min_hop = f.hop;  // flows are recorded hop by hop
  r.amount += f.amount;
}

void MoneyTracer::Totals() {
  for (const Flow& f : r_.flows)
    if (f.hop == 1) r_.traced_start += f.amount;
  for (const Reached& r : reached_)
    if (r.account != q_.start) r_.by_counterpart.push_back({r.account, r.min_hop, r.amount, r.flows});
  std::sort(r_.by_counterpart.begin(), r_.by_counterpart.end(), [](const CounterpartTotal& a, const CounterpartTotal& b) {
    return a.amount != b.amount ? a.amount > b.amount : a.account < b.account;
  });
}

TraceResult MoneyTracer::Run() {
  r_.flows.reserve(std::min<size_t>(q_.max_flows, 4096));
  StartFlows();
  // Level by level: an account's onward flows at hop h come only from what reached it before h,
  // so flows found at this level are recorded after every account of the level is done.
  std::vector<Flow> pending;
  for (int hop = 2; hop <= hops_ && !r_.truncated && !next_frontier_.empty(); ++hop) {
    frontier_.swap(next_frontier_);
    next_frontier_.clear();
    pending.clear();
    for (uint32_t s : frontier_) {
      Attribute(reached_[s]);
      Propose(hop, pending);
      // Enough to fill max_flows: the rest of the level would be cut off anyway.
      if (r_.flows.size() + pending.size() > q_.max_flows) break;
    }
    if (pending.empty()) break;  // nothing new to follow: a cycle has run dry
    Accept(pending, hop);
  }
  Totals();
  return std::move(r_);
}

TraceResult Trace(const Ledger& l, const TraceQuery& q, uint32_t currency) {
  if (currency == kNone) currency = MoneyTracer::MostUsedCurrency(l, q);
  if (currency == kNone) return {};
  return MoneyTracer(l, q, currency).Run();
}

}  // namespace ariadne::graph
