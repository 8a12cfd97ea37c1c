// The server side of entity resolution: the live index of every matchable record, matching a
// record as it is saved (new proposals in the same transaction as the save), remembering
// decisions, and deconfliction notices when the other record is in a case the saver cannot see.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "engine/match/live_index.h"
#include "security/audit_log.h"
#include "security/authorize.h"
#include "store/store.h"

namespace ariadne {

struct ResolverDeps {
  Env* env = nullptr;
  const Authorizer* authz = nullptr;
  AuditLog* audit = nullptr;
};

struct AppServices;
ResolverDeps DepsOf(const AppServices& app);

class Resolver {
 public:
  explicit Resolver(MatchConfig config) : index_(std::move(config)) {}

  // Every matchable record of the store into the index (at start).
  Status Load(Store& store);
  // Inside the write that saved `e`: proposes pairs with records of other cases (a pair once
  // confirmed or rejected is never proposed again), and sends deconfliction notices for strong
  // ones in cases `who` cannot see. `who` is null for a catch-up pass with no user. Returns
  // how many new pairs were proposed.
  Result<int> MatchSaved(const ResolverDeps& deps, StoreWriter& w, const Entity& e, const Principal* who, int64_t now);
  // Inside the write that deleted a record: its open proposals are withdrawn.
  Status Withdraw(StoreWriter& w, const std::string& entity_id, const std::string& by, int64_t now);
  // After the write committed: the index follows the store.
  void Indexed(const Entity& e, const std::string& country);
  void Forget(const std::string& entity_id) { index_.Remove(entity_id); }
  // Matches every record of the store once (after a demo load or an import); no user.
  Result<int> MatchAll(const ResolverDeps& deps, Store& store);

  // Intelligence (api/resolver_intel.cc). The items of a report handed over (not of a draft,
  // never of a sanitised copy) in the index, as records of the group "report:<id>".
  void IndexReport(const FrontlineReport& r);
  // Inside the write that handed a report over: strong matches of its items with records of
  // other units' cases or reports notify both units (intelligence deconfliction).
  Status MatchReport(const ResolverDeps& deps, StoreWriter& w, const FrontlineReport& r, const Principal* who,
                     int64_t now);
  // The live candidates of one report's items, best first: {item id, candidate}.
  std::vector<std::pair<std::string, LiveCandidate>> ReportCandidates(const FrontlineReport& r) const;

  const MatchConfig& config() const { return index_.config(); }
  size_t size() const { return index_.size(); }

 private:
  Status Deconflict(const ResolverDeps& deps, StoreWriter& w, const MatchPair& pair, const Case& mine,
                    const std::string& my_entity, const Case& theirs, const std::string& their_entity,
                    const Principal* who, int64_t now);
  // A strong match between a report item and a record of another unit: each unit is told,
  // once per pair, that the other holds intelligence or a case on the same target.
  struct IntelSide {
    std::string unit_id, report_id, case_id, record_id, reference;
    bool covert = false;
  };
  Status DeconflictIntel(const ResolverDeps& deps, StoreWriter& w, const IntelSide& a, const IntelSide& b,
                         const Principal* who, int64_t now);
  LiveIndex index_;
};

// A report item as a FollowTheMoney entity of the group "report:<id>" (nullopt for kinds that
// are not matched on their own: phones and addresses).
std::optional<nlohmann::json> ReportItemFtm(const FrontlineReport& r, const nlohmann::json& item);

// The matching properties of a schema (names, dates, phones, identifiers): a pair is shown only
// to a caller who may read all of them on both records.
const std::vector<std::string>& MatchingProperties();
// How another unit is reached: "Name (login), ..." of its active supervisors.
std::string UnitContact(StoreReader& r, const std::string& unit_id);

}  // namespace ariadne
