// Indicator sets (config/indicators/*.json) and screening. A set is versioned data: each
// indicator has our own English and Russian text, a group, whether it is direct or indirect,
// and the document lines it paraphrases. The sources give no weights, so there are none.
//
// A screening records what an officer observed. Its result is what was observed per group and
// a recommendation — refer, enquire further, nothing observed — and never a verdict on
// whether someone is a victim (SOP lines 728-730; ICMPD reader L2094-2096).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/checklist.h"  // LocalText

namespace ariadne {

struct Indicator {
  std::string id;  // "<set id>.<short id>", unique across sets
  std::string group;
  bool direct = false;
  LocalText text;
  int priority = 0;  // community lists: 1 = first to look for; 0 = none
};

struct IndicatorGroup {
  std::string id;
  LocalText label;
};

struct IndicatorSet {
  std::string id;
  int version = 0;
  std::string kind;        // standard | national | community
  std::string applies_to;  // any | adult | child
  std::string jurisdiction;  // national sets
  LocalText label;
  std::vector<IndicatorGroup> groups;
  std::vector<Indicator> indicators;
  nlohmann::json doc;  // as loaded, for clients

  const Indicator* Find(const std::string& indicator_id) const;
  const IndicatorGroup* Group(const std::string& group_id) const;
};

class IndicatorCatalogue {
 public:
  // `files`: file name (ID.json or ID.vN.json) → parsed document. Refuses, naming the file and
  // field: unknown keys, missing en/ru text, an indicator in an unknown group, duplicate ids,
  // a version that does not match the file name, two files with one id and version, an
  // indicator id used by two different sets, and a `ref` to an indicator that does not exist.
  static Result<IndicatorCatalogue> FromJson(const std::map<std::string, nlohmann::json>& files);

  const IndicatorSet* Latest(const std::string& id) const;
  const IndicatorSet* Find(const std::string& id, int version) const;
  std::vector<const IndicatorSet*> LatestAll() const;

 private:
  std::map<std::string, std::map<int, IndicatorSet>> sets_;
};

struct Observation {
  std::string indicator;
  std::string note;
};

struct GroupSignal {
  std::string set, group;
  LocalText label;
  int observed = 0, direct_observed = 0, total = 0;
};

struct ScreeningResult {
  std::vector<GroupSignal> groups;
  std::string recommendation;  // refer_specialised_unit | enquire_further | no_indicators_observed
};

// Checks every observation against the chosen sets (422 naming observations[i].indicator) and
// no indicator twice, then computes the signals per group and the recommendation: any direct
// indicator observed → refer; otherwise any indirect one → enquire further; none → nothing.
Result<ScreeningResult> EvaluateScreening(const std::vector<const IndicatorSet*>& sets,
                                          const std::vector<Observation>& observations);

// The sentence every screening result carries, in both languages.
LocalText ScreeningNotice();

}  // namespace ariadne
