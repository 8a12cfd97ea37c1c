// The need-to-know check every route under /protection-files/{id} starts with, and the facts
// the protection rules need about a file: its records, whether the person is treated as a
// child, the national settings, whether the reflection period runs.
#pragma once

#include <string>
#include <vector>

#include "api/request_context.h"

namespace ariadne {

struct FileAccess {
  ProtectionFile file;
  ProtectionView view = ProtectionView::kNone;
  std::vector<ProtectionRecord> records;
  ChildDetermination child;
  JurisdictionProtection national;
  bool reflection_running = false;

  const ProtectionRecord* Record(const std::string& id, const std::string& kind) const;
};

// Loads file `file_id` and checks `permission` on it (Authorizer::CheckProtectionFile). The
// file is named in the audit event either way.
Result<FileAccess> CheckFileAccess(RequestContext& ctx, StoreReader& r, const std::string& file_id,
                                   const std::string& permission);
// The same facts without a caller's check (a partner's referral view, statistics).
Result<FileAccess> LoadFileFacts(RequestContext& ctx, StoreReader& r, const std::string& file_id);

// The next reference of a yearly series: "PF-2026-000123" (protection files), "FR-2026-000007"
// (frontline reports). Inside the write that inserts the record (one writer: no gaps, no twins).
Result<std::string> NextReference(StoreWriter& w, const std::string& table, const std::string& prefix, int64_t now);

}  // namespace ariadne
