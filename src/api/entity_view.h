// How a case-file record looks to one caller — the one place that applies the restricted
// properties of config/schema/entities.json, used by every view, list and (later) export.
// A property the caller may not read is left out, key and all; a caption taken from such a
// property is withheld and the record says `identity_restricted`.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/case_json.h"
#include "api/request_context.h"

namespace ariadne {

// What the caller may see of the records of one case.
class EntityView {
 public:
  // Loads the case's involvements once.
  static Result<EntityView> ForCase(RequestContext& ctx, StoreReader& r, const CaseAccessFacts& facts);

  // Involvement roles of the record in this case — for an identity document, its holder's too.
  std::vector<std::string> RolesOf(const Entity& e) const;
  const std::vector<Involvement>& InvolvementsOf(const std::string& entity_id) const;
  bool MayRead(const Entity& e, const std::string& property) const;
  // Every property of `schema` restricted for the caller on this record.
  std::set<std::string> Hidden(const Entity& e) const;

  // The record as JSON, restricted properties left out; `usernames` maps user ids to names.
  nlohmann::json Render(const Entity& e, StoreReader& r);
  // The record's field-level history, without the properties the caller may not read.
  nlohmann::json RenderHistory(const Entity& e, const std::vector<EntityHistoryEntry>& entries, StoreReader& r);

 private:
  EntityView(RequestContext& ctx, const CaseAccessFacts& facts) : ctx_(&ctx), facts_(facts) {}
  RequestContext* ctx_;
  CaseAccessFacts facts_;
  std::map<std::string, std::vector<Involvement>> involvements_;
  std::optional<UserNameCache> users_;  // made on the first render, on that render's reader
};

}  // namespace ariadne
