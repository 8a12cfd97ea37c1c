// The attachment store (DESIGN.md §5): every file once, named by the SHA-256 of its content,
// encrypted at rest in fixed-size chunks so that any byte range can be read without the rest
// (a video played from the middle, a PDF page fetched alone). Each file has its own key, kept
// in the file's header wrapped under the master key, which lives outside the data directory.
//
// File layout: header, then chunks. Header: "ARBLOB01", chunk size (u32 LE), key version
// (u32 LE), nonce base (16 bytes), wrapped key (72 bytes). Chunk i holds plaintext bytes
// [i*C, (i+1)*C) sealed with XChaCha20-Poly1305 (security/file_crypto.h); the last chunk is
// marked so a file cut short does not read as complete. An empty file is one empty chunk.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/error.h"

namespace ariadne {

inline constexpr uint32_t kBlobChunkBytes = 64 * 1024;
inline constexpr size_t kBlobHeadBytes = 64 * 1024;  // kept in memory for type sniffing

struct BlobInfo {
  std::string sha256;  // hex, of the plaintext
  uint64_t size = 0;   // plaintext bytes
  std::string head;    // the first kBlobHeadBytes of the plaintext
};

// Takes a file as it arrives, encrypting as it goes; the plaintext never touches the disk.
// Until Commit the data sits in a temporary file, removed if the writer is dropped.
class BlobWriter {
 public:
  virtual ~BlobWriter() = default;
  virtual Status Append(const char* data, size_t n) = 0;
  // Seals the last chunk. Call once, then BlobStore::Commit.
  virtual Result<BlobInfo> Finish() = 0;
  virtual uint64_t bytes() const = 0;
};

class BlobReader {
 public:
  virtual ~BlobReader() = default;
  virtual uint64_t size() const = 0;
  // Up to `n` bytes from `offset`; fewer only at the end. Corruption when a chunk fails.
  virtual Result<size_t> ReadAt(uint64_t offset, char* out, size_t n) = 0;
};

class BlobStore {
 public:
  // `dir` is created when missing; `master_key` is 32 bytes.
  BlobStore(std::string dir, std::string master_key, uint32_t key_version = 1);

  // A second master key tried when a file's key does not open under the first: while a key
  // rotation is under way some files are wrapped by the old key and some by the new.
  void SetOtherMasterKey(std::string key) { other_key_ = std::move(key); }

  // The master key at `path`, created (32 random bytes, mode 0600) when `create` and missing.
  static Result<std::string> LoadMasterKey(const std::string& path, bool create);

  Result<std::unique_ptr<BlobWriter>> StartWrite();
  // Moves a finished writer's file under its hash. When that content is stored already the
  // new copy is dropped: the same file is kept once.
  Status Commit(BlobWriter& writer, const BlobInfo& info);
  bool Has(const std::string& sha256) const;
  Result<std::unique_ptr<BlobReader>> Open(const std::string& sha256) const;
  // The whole plaintext, refused with TooLarge above `max_bytes`.
  Result<std::string> ReadAll(const std::string& sha256, uint64_t max_bytes) const;
  // Decrypts every chunk and compares the hash with the name: Corruption when they differ.
  Status Verify(const std::string& sha256) const;
  // Re-wraps the file's key under `new_master` (key rotation); the content is not rewritten.
  // A file already wrapped by `new_master` is left as it is, so a rotation can be resumed.
  Status Rewrap(const std::string& sha256, const std::string& new_master, uint32_t new_version) const;

  std::string PathOf(const std::string& sha256) const;
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_, master_key_, other_key_;
  uint32_t key_version_;
};

bool IsSha256Hex(const std::string& s);

}  // namespace ariadne
