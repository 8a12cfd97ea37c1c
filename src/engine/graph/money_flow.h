// Money-flow tracing (issue 8): from one account, follow money forward (where did it go) or back
// (where did it come from) up to N hops, respecting time and amounts under a stated attribution
// rule. Pure computation over a ledger of transactions loaded by api/graph_service.cc.
//
// The rules, as the screen states them:
//  - FIFO (default): an account's money leaves in the order it arrived. Each outgoing payment
//    is funded by the oldest money still held; the traced share of that payment is the traced
//    part of the lots it consumed.
//  - Proportional: each outgoing payment carries the traced share the account held at that
//    moment (traced balance / whole balance).
//  Either way money cannot leave before it arrived: a payment made before the traced money came
//  in carries none of it. Money that leaves with no earlier inflow to fund it (the account's own
//  opening balance, unknown to us) is untraced. Amounts below `min_amount` are not followed, nor
//  is a traced holding that has thinned below it (proportional sharing never quite reaches zero).
//  Backward tracing runs the same attribution and follows it the other way: which inflows funded
//  the payments that brought money into the start account.
//  A payment to oneself and a non-positive amount move nothing and are ignored.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/error.h"

namespace ariadne::graph {

struct Txn {
  uint32_t from = 0, to = 0;  // account ids (Ledger-local)
  int64_t at = 0;             // epoch seconds
  double amount = 0;          // in `currency`
  uint32_t currency = 0;      // ledger-local id
  uint32_t scope = 0;         // the case (import) it belongs to, for access
  uint64_t id = 0;            // store row id, for explanations
};

class MoneyTracer;  // money_flow.cc
class SnapshotWriter;  // snapshot_io.h
class SnapshotReader;

class Ledger {
 public:
  uint32_t Account(const std::string& key);  // interns an account (normalised number)
  uint32_t FindAccount(const std::string& key) const;  // 0xFFFFFFFF when absent
  const std::string& AccountKey(uint32_t a) const { return accounts_[a]; }
  uint32_t Currency(const std::string& code);
  const std::string& CurrencyCode(uint32_t c) const { return currencies_[c]; }
  void Add(const Txn& t);  // then Build() before tracing (again after further Adds)
  void Build();            // sorts each account's in/out lists by time, builds the walk index
  size_t size() const { return txns_.size(); }
  size_t account_count() const { return accounts_.size(); }
  const Txn& txn(uint32_t i) const { return txns_[i]; }
  // Indexes into txn(), time-ordered (ties by id).
  const std::vector<uint32_t>& Out(uint32_t account) const;
  const std::vector<uint32_t>& In(uint32_t account) const;

  // The ledger as a section of the graph snapshot (snapshot.h): its accounts and currencies in
  // id order, then every transaction as a fixed 40-byte record in the order added. The walk
  // index is not written: Load, then Build(), gives a ledger that traces as this one did.
  void Save(SnapshotWriter& w) const;
  // Into an empty ledger. Corruption, naming what is wrong, when the section is cut short, an
  // account or currency repeats, or a transaction names one that is not there.
  Status Load(SnapshotReader& r);

 private:
  std::vector<Txn> txns_;
  std::vector<std::string> accounts_, currencies_;
  std::vector<std::vector<uint32_t>> out_, in_;
  std::unordered_map<std::string, uint32_t> by_key_, by_currency_;

  // The walk index, for Trace: each account's payments in one currency (a "book") in the order
  // the attribution rules read them, so that a busy account is read sequentially; and, with every
  // case visible, how much it had received and how far FIFO had paid that out before every
  // kCheckpointEvery-th event, so that a trace finds where traced money is paid out by binary
  // search rather than by reading the account from its first payment.
  friend class MoneyTracer;
  static constexpr uint32_t kCheckpointEvery = 32;
  struct Event {
    double amount;  // > 0 received, < 0 paid
    uint32_t txn, scope;
  };
  struct Checkpoint {
    double received;  // all inflows so far
    double consumed;  // how much of them has been paid out, oldest first; the rest is held
  };
  struct Book {
    uint32_t currency, begin, end;  // events_[begin, end)
    uint32_t checkpoints;           // checkpoints_[checkpoints + j]: before event begin + j * kCheckpointEvery
    uint32_t scopes_begin, scopes_end;  // book_scopes_: the cases its payments belong to
    uint32_t ins, outs;
  };
  void BuildBooks();
  std::vector<Event> events_;
  std::vector<Book> books_;
  std::vector<uint32_t> book_begin_;        // account a's books: books_[book_begin_[a], book_begin_[a + 1])
  std::vector<uint32_t> out_pos_, in_pos_;  // by txn: its event in the payer's / payee's book
  std::vector<Checkpoint> checkpoints_;
  std::vector<uint32_t> book_scopes_;
};

enum class Attribution { kFifo, kProportional };
enum class Direction { kForward, kBackward };

struct TraceQuery {
  uint32_t start = 0;
  Direction direction = Direction::kForward;
  Attribution rule = Attribution::kFifo;
  int hops = 3;                    // 1..10
  int64_t from_at = 0, to_at = 0;  // only the start account's payments (forward) or receipts
                                   // (backward) in [from_at, to_at] (0: that side open)
  double min_amount = 0.01;        // no flow below it, at any hop
  std::vector<uint8_t> scope_ok;   // by scope: a transaction of a hidden case is not there
  size_t max_flows = 100000;       // work limit; truncated when reached
};

// One traced movement: `amount` of the traced money went from `from` to `to` at hop `hop`
// (1 = the start account's own payments) through transaction `txn`.
struct Flow {
  uint32_t txn;
  uint32_t from, to;
  int hop;
  double amount;     // traced part
  double of_amount;  // the whole transaction
};

struct CounterpartTotal {
  uint32_t account;
  int min_hop;
  double amount;  // traced money that reached it (forward) or came from it (backward)
  uint32_t flows;
};

struct TraceResult {
  std::vector<Flow> flows;
  std::vector<CounterpartTotal> by_counterpart;  // largest first
  double traced_start = 0;  // money at the start: what left it (forward) or arrived (backward)
  bool truncated = false;
};

// Every currency is traced separately; `currency` picks one (when 0xFFFFFFFF, the one the start
// account has most visible payments in, in the traced direction).
TraceResult Trace(const Ledger& l, const TraceQuery& q, uint32_t currency = 0xFFFFFFFFu);

}  // namespace ariadne::graph
