// The tamper-evident audit trail (DESIGN.md §5).
//
// Each row carries the SHA-256 of its content and of the row before it. That alone catches an
// edited, removed or re-ordered row, but not an attacker who rewrites a row and recomputes
// every later hash. So the chain head is also checkpointed with an HMAC whose key lives outside
// the data directory: in the store (every kCheckpointRows rows or kCheckpointMillis) and in a
// head file beside the key (after every group commit). Recomputed hashes no longer match a
// checkpoint's MAC, and rows cut from the end no longer reach the head file.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/env.h"
#include "base/error.h"
#include "store/store.h"

namespace ariadne {

struct AuditEvent {
  std::string user_id, username;
  std::string action;   // "case.read", "case.list", "auth.login", ...
  std::string outcome;  // "ok", "denied", "not_found", "failed", "invalid"
  std::string method, path, ip;
  std::vector<std::string> records;  // every record whose content the response returned
  nlohmann::json detail = nlohmann::json::object();
  bool alert = false;  // for the data-protection officer's review queue
};

struct AuditVerifyReport {
  bool ok = true;
  int64_t rows = 0;
  int64_t first_bad_seq = 0;  // 0 when ok
  std::string reason;
};

class AuditLog {
 public:
  static constexpr int64_t kCheckpointRows = 1000;
  static constexpr int64_t kCheckpointMillis = 1000;

  // `key` is the MAC key (raw bytes); `head_file` the path of the head file (outside the data
  // directory, beside the key).
  AuditLog(Env* env, std::string key, std::string head_file);
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Appends one row as part of the caller's store write job.
  Status Append(StoreWriter& w, const AuditEvent& e);
  // Group hooks for Store::SetGroupHooks.
  Status BeforeCommit(StoreWriter& w);
  void AfterCommit();
  // Forces a checkpoint of the current head (used at shutdown and after a restore).
  Status CheckpointNow(Store& store);

  // Recomputes the whole chain. Does not need a running server.
  static Result<AuditVerifyReport> Verify(StoreReader& r, const std::string& key, const std::string& head_file);

  static std::string RowHash(const AuditRow& row);
  static std::string CheckpointMac(const std::string& key, int64_t seq, const std::string& hash);

  // Loads the MAC key from `path`, creating a new random one when `create` and it is missing.
  static Result<std::string> LoadKey(Env& env, const std::string& path, bool create);
  // Writes the head file for (seq, hash) atomically.
  static Status WriteHead(const std::string& head_file, const std::string& key, int64_t seq, const std::string& hash);

  // The head file holds two fixed-size slots written alternately.
  static constexpr size_t kHeadSlotBytes = 192;
  static std::string HeadSlot(const std::string& key, int64_t seq, const std::string& hash);

 private:
  Env* env_;
  const std::string key_;
  const std::string head_file_;
  std::mutex mu_;
  int64_t last_checkpoint_seq_ = 0;  // GUARDED_BY(mu_)
  int64_t last_checkpoint_at_ = 0;   // GUARDED_BY(mu_)
  int64_t pending_seq_ = 0;          // head of the group being committed; GUARDED_BY(mu_)
  std::string pending_hash_;         // GUARDED_BY(mu_)
  int64_t written_seq_ = 0;          // GUARDED_BY(mu_)
  int head_fd_ = -1;                 // GUARDED_BY(mu_)
  int next_slot_ = 0;                // GUARDED_BY(mu_)
};

}  // namespace ariadne
