#include "api/case_access.h"

#include "base/ids.h"

namespace ariadne {

Result<CaseAccessFacts> CheckCaseAccess(RequestContext& ctx, StoreReader& r, const std::string& permission) {
  const std::string id = ctx.Param("id");
  ctx.audit.records.push_back("case:" + id);
  if (!IsUuid(id)) return Fail(Error::NotFound("case"));
  auto facts = r.GetCaseAccess(id, ctx.caller().user_id);
  if (!facts) return Fail(facts.error());
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckCase(ctx.caller(), permission, *facts));
  return facts;
}

}  // namespace ariadne
