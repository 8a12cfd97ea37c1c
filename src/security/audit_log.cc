#include "security/audit_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/ids.h"
#include "security/crypto.h"

namespace ariadne {

AuditLog::AuditLog(Env* env, std::string key, std::string head_file)
    : env_(env), key_(std::move(key)), head_file_(std::move(head_file)) {}

std::string AuditLog::RowHash(const AuditRow& r) {
  nlohmann::json canonical = nlohmann::json::array(
      {r.seq, r.at, r.user_id, r.username, r.action, r.outcome, r.method, r.path, r.ip, r.records,
       r.detail_json, r.alert, r.prev_hash});
  return Sha256Hex(canonical.dump());
}

std::string AuditLog::CheckpointMac(const std::string& key, int64_t seq, const std::string& hash) {
  return HmacSha256Hex(key, "ariadne-audit-checkpoint\n" + std::to_string(seq) + "\n" + hash);
}

Status AuditLog::Append(StoreWriter& w, const AuditEvent& e) {
  auto last = w.LastAuditHead();
  if (!last) return Fail(last.error());
  AuditRow row;
  row.seq = *last ? (*last)->seq + 1 : 1;
  row.prev_hash = *last ? (*last)->hash : std::string(64, '0');
  row.at = env_->NowMillis();
  row.user_id = e.user_id;
  row.username = e.username;
  row.action = e.action;
  row.outcome = e.outcome;
  row.method = e.method;
  row.path = e.path;
  row.ip = e.ip;
  row.records = e.records;
  row.detail_json = e.detail.dump();
  row.alert = e.alert;
  row.hash = RowHash(row);
  return w.AppendAudit(row);
}

Status AuditLog::BeforeCommit(StoreWriter& w) {
  auto last = w.LastAuditHead();
  if (!last) return Fail(last.error());
  if (!*last) return Ok();
  std::lock_guard<std::mutex> lock(mu_);
  pending_seq_ = (*last)->seq;
  pending_hash_ = (*last)->hash;
  int64_t now = env_->NowMillis();
  if (pending_seq_ > last_checkpoint_seq_ &&
      (pending_seq_ - last_checkpoint_seq_ >= kCheckpointRows || now - last_checkpoint_at_ >= kCheckpointMillis)) {
    ARIADNE_RETURN_IF_ERROR(
        w.InsertCheckpoint({pending_seq_, pending_hash_, CheckpointMac(key_, pending_seq_, pending_hash_), now}));
    last_checkpoint_seq_ = pending_seq_;
    last_checkpoint_at_ = now;
  }
  return Ok();
}

void AuditLog::AfterCommit() {
  std::lock_guard<std::mutex> lock(mu_);
  if (pending_seq_ == written_seq_ || head_file_.empty()) return;
  // One pwrite into alternating slots of a file kept open: a rename per group commit cost
  // about as much as the commit itself. A torn write can spoil only the slot being written;
  // the other still holds the previous head.
  if (head_fd_ < 0) head_fd_ = ::open(head_file_.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (head_fd_ < 0) return;
  std::string slot = HeadSlot(key_, pending_seq_, pending_hash_);
  if (::pwrite(head_fd_, slot.data(), slot.size(), static_cast<off_t>(next_slot_ * kHeadSlotBytes)) ==
      static_cast<ssize_t>(slot.size())) {
    written_seq_ = pending_seq_;
    next_slot_ ^= 1;
  }
}

AuditLog::~AuditLog() {
  if (head_fd_ >= 0) ::close(head_fd_);
}

std::string AuditLog::HeadSlot(const std::string& key, int64_t seq, const std::string& hash) {
  std::string line = std::to_string(seq) + ' ' + hash + ' ' + CheckpointMac(key, seq, hash);
  line.resize(kHeadSlotBytes - 1, ' ');
  line.push_back('\n');
  return line;
}

Status AuditLog::CheckpointNow(Store& store) {
  return store.Write([&](StoreWriter& w) -> Status {
    auto last = w.LastAuditRow();
    if (!last) return Fail(last.error());
    if (!*last) return Ok();
    const AuditRow& r = **last;
    return w.InsertCheckpoint({r.seq, r.hash, CheckpointMac(key_, r.seq, r.hash), env_->NowMillis()});
  });
}

Status AuditLog::WriteHead(const std::string& head_file, const std::string& key, int64_t seq, const std::string& hash) {
  std::ofstream out(head_file, std::ios::trunc | std::ios::binary);
  if (!out) return Fail(Error::Internal("cannot write " + head_file));
  out << HeadSlot(key, seq, hash) << HeadSlot(key, seq, hash);
  if (!out.flush()) return Fail(Error::Internal("cannot write " + head_file));
  return Ok();
}

Result<std::string> AuditLog::LoadKey(Env& env, const std::string& path, bool create) {
  std::ifstream in(path);
  if (in) {
    std::string hex;
    in >> hex;
    if (hex.size() != 64) return Fail(Error::Corruption("audit key file " + path + " is malformed"));
    return hex;
  }
  if (!create) return Fail(Error::NotFound("audit key file " + path + " is missing"));
  std::string hex = RandomHex(env, 32);
  std::ofstream out(path, std::ios::trunc);
  if (!out) return Fail(Error::Internal("cannot create " + path));
  out << hex << '\n';
  out.close();
  chmod(path.c_str(), 0600);
  return hex;
}

Result<AuditVerifyReport> AuditLog::Verify(StoreReader& r, const std::string& key, const std::string& head_file) {
  AuditVerifyReport rep;
  auto bad = [&rep](int64_t seq, std::string why) {
    if (!rep.ok) return;
    rep.ok = false;
    rep.first_bad_seq = seq;
    rep.reason = std::move(why);
  };
  // The head file first, before this reader's first query takes its snapshot of the store: the
  // head is written after each commit, so read first it never runs ahead of the rows seen
  // below. Read last, a busy server's newer head looked like rows cut from the end.
  // The newest slot whose MAC holds is the head; a slot that does not parse is a torn write.
  int64_t seq = -1;
  std::string hash;
  bool any_line = false;
  if (!head_file.empty()) {
    std::ifstream in(head_file);
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      int64_t s = 0;
      std::string h, mac;
      if (!(fields >> s >> h >> mac)) continue;
      any_line = true;
      if (ConstantTimeEquals(mac, CheckpointMac(key, s, h)) && s > seq) {
        seq = s;
        hash = h;
      }
    }
  }
  auto checkpoints = r.ListCheckpoints();
  if (!checkpoints) return Fail(checkpoints.error());
  size_t next_cp = 0;
  int64_t expected_seq = 1;
  int64_t last_good_cp = 0;
  std::string prev = std::string(64, '0');
  std::string last_hash;
  auto scanned = r.ScanAudit(1, [&](const AuditRow& row) {
    ++rep.rows;
    if (row.seq != expected_seq) {
      bad(expected_seq, "row " + std::to_string(expected_seq) + " is missing");
      return false;
    }
    if (row.prev_hash != prev) {
      bad(row.seq, "row does not follow the row before it (removed, inserted or re-ordered rows)");
      return false;
    }
    if (RowHash(row) != row.hash) {
      bad(row.seq, "row content does not match its hash (edited)");
      return false;
    }
    while (next_cp < checkpoints->size() && (*checkpoints)[next_cp].seq == row.seq) {
      const auto& cp = (*checkpoints)[next_cp];
      if (!ConstantTimeEquals(cp.mac, CheckpointMac(key, cp.seq, cp.hash)) || cp.hash != row.hash) {
        // Hashes were recomputed after an edit somewhere after the last good checkpoint.
        bad(last_good_cp + 1, "rows " + std::to_string(last_good_cp + 1) + ".." + std::to_string(row.seq) +
                                  " were rewritten (checkpoint " + std::to_string(cp.seq) + " does not match)");
        return false;
      }
      last_good_cp = cp.seq;
      ++next_cp;
    }
    prev = row.hash;
    last_hash = row.hash;
    ++expected_seq;
    return true;
  });
  if (!scanned) return Fail(scanned.error());
  if (rep.ok && next_cp < checkpoints->size())
    bad(expected_seq, "checkpoint at row " + std::to_string((*checkpoints)[next_cp].seq) + " has no row (rows removed)");
  if (rep.ok && !head_file.empty()) {
    if (any_line && seq < 0) {
      bad(last_good_cp + 1, "the head file's MAC does not match (wrong key, or the head file was edited)");
    } else if (seq > expected_seq - 1) {
      bad(expected_seq, "rows " + std::to_string(expected_seq) + ".." + std::to_string(seq) +
                            " were removed from the end");
    } else if (seq > last_good_cp) {
      std::string at_head;
      (void)r.ScanAudit(seq, [&](const AuditRow& row) {
        at_head = row.hash;
        return false;
      });
      if (at_head != hash)
        bad(last_good_cp + 1, "rows " + std::to_string(last_good_cp + 1) + ".." + std::to_string(seq) +
                                  " were rewritten (head file does not match)");
    }
  }
  return rep;
}

}  // namespace ariadne
