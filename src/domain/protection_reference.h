// Reference data of victim protection (config/protection/*.json): the SOP's six referral
// services, risk-assessment stages and factors, the three levels of needs, the six steps of a
// child's reintegration plan, the elements of the legal definitions, and the 12 blocks of the
// frontline report, and the labels of the code's own vocabularies (statuses, referral states,
// consent data, actions). Validated when loaded; the ids are what records store.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "domain/legal_assessment.h"

namespace ariadne {

class ProtectionReference {
 public:
  // `files`: file name → document; the seven files must all be there.
  static Result<ProtectionReference> FromJson(const std::map<std::string, nlohmann::json>& files);

  bool HasService(const std::string& id) const { return services_.count(id) > 0; }
  const std::set<std::string>* RiskFactors(const std::string& stage) const;
  const std::set<std::string>& NeedsItems() const { return needs_items_; }
  const std::vector<std::string>& ReintegrationSteps() const { return reintegration_steps_; }
  const std::vector<std::string>& FrontlineBlocks() const { return frontline_blocks_; }
  const LegalVocabulary& legal() const { return legal_; }
  const std::set<std::string>& services() const { return services_; }
  // What clients are given (GET /api/v1/protection/reference), without comments and sources.
  const nlohmann::json& client_doc() const { return client_doc_; }

 private:
  std::set<std::string> services_;
  std::map<std::string, std::set<std::string>> risk_;
  std::set<std::string> needs_items_;
  std::vector<std::string> reintegration_steps_, frontline_blocks_;
  LegalVocabulary legal_;
  nlohmann::json client_doc_;
};

}  // namespace ariadne
