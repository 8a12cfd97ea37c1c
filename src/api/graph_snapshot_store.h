// The link graph's snapshot at rest (GraphService::SaveSnapshot): node keys are phone and
// account numbers, so it is kept as documents are — a BlobStore of its own in <data_dir>/graph/,
// chunked XChaCha20-Poly1305 under a key of its own wrapped by the files master key — and written
// through the encrypting writer, so the plaintext never touches the disk. `graph/current` names
// the SHA-256 of the snapshot in use (one line); it is replaced atomically (written beside, synced,
// renamed), then the snapshot it named before is removed. A crash at any point leaves `current`
// naming a whole snapshot, or no snapshot at all.
//
// Thread safety: Save and Load may run while the server serves (the service's lock orders them
// with queries and CatchUp); two Saves at once are not supported.
#pragma once

#include <cstdint>
#include <string>

#include "api/graph_service.h"
#include "base/error.h"
#include "files/blob_store.h"
#include "store/store.h"

namespace ariadne {

class GraphSnapshotStore {
 public:
  // `dir` (created when missing) is <data_dir>/graph; `master_key` the files master key.
  GraphSnapshotStore(std::string dir, std::string master_key);
  // The next master key while `ariadne files rotate-key` is under way (blob_store.h).
  void SetOtherMasterKey(std::string key) { blobs_.SetOtherMasterKey(std::move(key)); }

  // Writes a snapshot of `graph` as it is now and makes it the current one. Returns its size in
  // bytes (plaintext). Unavailable or Internal when it cannot be written; the current snapshot
  // is then left as it was.
  Result<uint64_t> Save(const GraphService& graph, Store& store);
  // Restores `graph` from the current snapshot and catches it up with the feed
  // (GraphService::LoadSnapshot). NotFound when there is none; otherwise the error says why it
  // cannot be used (Corruption: damaged, cut short, or not opening under the master key;
  // Conflict: it does not fit this build or this store).
  Status Load(GraphService& graph, Store& store);

  // The blob `current` names (empty when none), and its path: for tests and the benchmark.
  std::string CurrentSha256() const;
  std::string PathOf(const std::string& sha256) const { return blobs_.PathOf(sha256); }
  std::string current_path() const { return dir_ + "/current"; }

 private:
  Status WriteCurrent(const std::string& sha256);
  std::string dir_;
  BlobStore blobs_;
};

}  // namespace ariadne
