// The primitives of the encrypted file store (DESIGN.md §5), from libsodium like crypto.h:
// SHA-256 over a stream, XChaCha20-Poly1305 for one chunk of a file, and the wrapping of a
// file's key under the master key. files/ builds the chunked file format on top.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/error.h"

namespace ariadne {

inline constexpr size_t kFileKeyBytes = 32;
inline constexpr size_t kChunkTagBytes = 16;    // Poly1305 tag added to every chunk
inline constexpr size_t kChunkNonceBaseBytes = 16;  // per file; the chunk index fills the rest
inline constexpr size_t kWrappedKeyBytes = 24 + kFileKeyBytes + 16;  // nonce + key + tag

// SHA-256 fed piece by piece.
class Sha256Stream {
 public:
  Sha256Stream();
  ~Sha256Stream();
  void Update(const char* data, size_t n);
  std::string FinishHex();  // once

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A fresh random key of kFileKeyBytes.
std::string NewFileKey();
// `n` random bytes (nonce bases, temporary names).
std::string RandomString(size_t n);

// Encrypts chunk `index` of a file. The nonce is the file's nonce base followed by the index,
// and whether it is the last chunk is authenticated too, so chunks cannot be swapped, dropped
// or cut off at the end without the decryption failing.
std::string EncryptChunk(const std::string& key, const std::string& nonce_base, uint64_t index, bool last,
                         const char* plain, size_t n);
// Corruption when the chunk was altered, moved, or its `last` flag does not match.
Result<std::string> DecryptChunk(const std::string& key, const std::string& nonce_base, uint64_t index, bool last,
                                 const char* sealed, size_t n);

// The file key sealed under the master key (random nonce prepended), bound to `context` (the
// file's nonce base) so a wrapped key cannot be moved to another file.
std::string WrapFileKey(const std::string& master_key, const std::string& file_key, const std::string& context);
Result<std::string> UnwrapFileKey(const std::string& master_key, const std::string& wrapped, const std::string& context);

}  // namespace ariadne
