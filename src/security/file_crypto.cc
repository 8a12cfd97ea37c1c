#include "security/file_crypto.h"

#include <sodium.h>

#include <cstring>

namespace ariadne {
namespace {

using Bytes = const unsigned char*;

Bytes U(const char* p) { return reinterpret_cast<Bytes>(p); }
Bytes U(const std::string& s) { return reinterpret_cast<Bytes>(s.data()); }

void ChunkNonce(const std::string& nonce_base, uint64_t index, unsigned char out[24]) {
  std::memcpy(out, nonce_base.data(), kChunkNonceBaseBytes);
  for (int i = 0; i < 8; ++i) out[kChunkNonceBaseBytes + i] = static_cast<unsigned char>(index >> (8 * i));
}

}  // namespace

struct Sha256Stream::State {
  crypto_hash_sha256_state st;
};

Sha256Stream::Sha256Stream() : state_(std::make_unique<State>()) { crypto_hash_sha256_init(&state_->st); }
Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::Update(const char* data, size_t n) { crypto_hash_sha256_update(&state_->st, U(data), n); }

std::string Sha256Stream::FinishHex() {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_->st, out);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

std::string NewFileKey() {
  std::string key(kFileKeyBytes, '\0');
  crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(key.data()));
  return key;
}

std::string RandomString(size_t n) {
  std::string out(n, '\0');
  randombytes_buf(out.data(), n);
  return out;
}

std::string EncryptChunk(const std::string& key, const std::string& nonce_base, uint64_t index, bool last,
                         const char* plain, size_t n) {
  static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kChunkTagBytes);
  unsigned char nonce[24];
  ChunkNonce(nonce_base, index, nonce);
  const unsigned char ad = last ? 1 : 0;
  std::string out(n + kChunkTagBytes, '\0');
  unsigned long long len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()), &len, U(plain), n, &ad, 1,
                                             nullptr, nonce, U(key));
  out.resize(len);
  return out;
}

Result<std::string> DecryptChunk(const std::string& key, const std::string& nonce_base, uint64_t index, bool last,
                                 const char* sealed, size_t n) {
  if (n < kChunkTagBytes) return Fail(Error::Corruption("file chunk " + std::to_string(index) + " is cut short"));
  unsigned char nonce[24];
  ChunkNonce(nonce_base, index, nonce);
  const unsigned char ad = last ? 1 : 0;
  std::string out(n - kChunkTagBytes, '\0');
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &len, nullptr, U(sealed),
                                                 n, &ad, 1, nonce, U(key)) != 0)
    return Fail(Error::Corruption("file chunk " + std::to_string(index) + " fails its authentication"));
  out.resize(len);
  return out;
}

std::string WrapFileKey(const std::string& master_key, const std::string& file_key, const std::string& context) {
  unsigned char nonce[24];
  randombytes_buf(nonce, sizeof nonce);
  std::string out(kWrappedKeyBytes, '\0');
  std::memcpy(out.data(), nonce, sizeof nonce);
  unsigned long long len = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()) + 24, &len, U(file_key),
                                             file_key.size(), U(context), context.size(), nullptr, nonce,
                                             U(master_key));
  return out;
}

Result<std::string> UnwrapFileKey(const std::string& master_key, const std::string& wrapped, const std::string& context) {
  if (wrapped.size() != kWrappedKeyBytes || master_key.size() != kFileKeyBytes)
    return Fail(Error::Corruption("a wrapped file key has the wrong size"));
  std::string key(kFileKeyBytes, '\0');
  unsigned long long len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(key.data()), &len, nullptr,
                                                 U(wrapped) + 24, wrapped.size() - 24, U(context), context.size(),
                                                 U(wrapped), U(master_key)) != 0)
    return Fail(Error::Corruption("a file key does not open under the master key (wrong key, or altered)"));
  return key;
}

}  // namespace ariadne
