#include "api/protection_access.h"

#include <cstdio>

#include "base/ids.h"
#include "base/time_format.h"

namespace ariadne {

const ProtectionRecord* FileAccess::Record(const std::string& id, const std::string& kind) const {
  for (const auto& r : records)
    if (r.id == id && r.kind == kind) return &r;
  return nullptr;
}

Result<FileAccess> LoadFileFacts(RequestContext& ctx, StoreReader& r, const std::string& file_id) {
  if (!IsUuid(file_id)) return Fail(Error::NotFound("protection file"));
  auto file = r.GetProtectionFile(file_id);
  if (!file) return Fail(file.error());
  FileAccess a;
  a.file = std::move(*file);
  auto records = r.ListProtectionRecords(file_id);
  if (!records) return Fail(records.error());
  a.records = std::move(*records);
  a.national = ctx.app.jurisdictions->Protection(a.file.jurisdiction);
  const int64_t now = ctx.app.env->NowMillis();
  a.child = DetermineChild(a.file.person, a.records, now, a.national.age_of_majority);
  a.reflection_running = a.file.reflection_ends_at > 0 && now < a.file.reflection_ends_at;
  return a;
}

Result<FileAccess> CheckFileAccess(RequestContext& ctx, StoreReader& r, const std::string& file_id,
                                   const std::string& permission) {
  ctx.audit.records.push_back("protection_file:" + file_id);
  auto a = LoadFileFacts(ctx, r, file_id);
  if (!a) return Fail(a.error());
  ProtectionFileFacts facts{a->file.owner_unit_id, a->file.created_by, std::nullopt};
  if (!a->file.case_id.empty()) {
    auto cf = r.GetCaseAccess(a->file.case_id, ctx.caller().user_id);
    if (cf) facts.case_facts = *cf;
  }
  ARIADNE_RETURN_IF_ERROR(ctx.app.authz->CheckProtectionFile(ctx.caller(), permission, facts));
  a->view = ctx.app.authz->ProtectionFileView(ctx.caller(), facts);
  return a;
}

Result<std::string> NextReference(StoreWriter& w, const std::string& table, const std::string& prefix, int64_t now) {
  const std::string series = prefix + "-" + FormatTime(now).substr(0, 4);
  auto count = w.CountReferences(table, series);
  if (!count) return Fail(count.error());
  char number[32];
  std::snprintf(number, sizeof number, "%06lld", static_cast<long long>(*count + 1));
  return series + "-" + number;
}

}  // namespace ariadne
