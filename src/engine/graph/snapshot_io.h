// The encoding under the graph snapshot (snapshot.h) and the sections written into it (the
// ledger, money_flow.h): native little-endian values and length-prefixed strings, buffered in
// 1 MiB pieces, with a running checksum over every byte written or read. Its users bound every
// count they read by left() before they allocate for it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "base/byte_stream.h"
#include "base/error.h"

namespace ariadne::graph {

// A 64-bit checksum over a byte stream, the same however the stream is cut into pieces: words of
// 8 bytes through a multiply-rotate mix (murmur3's constants): cheap next to reading the file.
// Not a defence against tampering, only against truncation and damaged bytes (an encrypted
// snapshot is authenticated by its cipher as well).
class SnapshotHasher {
 public:
  void Update(const unsigned char* p, size_t n);
  uint64_t Final() const;

 private:
  void Word(uint64_t w);
  uint64_t h_ = 0x243F6A8885A308D3ull, carry_ = 0, len_ = 0;
  unsigned carry_n_ = 0;
};

class SnapshotWriter {
 public:
  explicit SnapshotWriter(ByteSink& out);
  void Put(const void* p, size_t n) {
    const auto* c = static_cast<const unsigned char*>(p);
    while (n > 0) {
      const size_t k = std::min(n, kBufferBytes - buf_.size());
      buf_.insert(buf_.end(), c, c + k);
      c += k, n -= k;
      if (buf_.size() == kBufferBytes) Flush();
    }
  }
  template <typename T>
  void Put(T v) {
    Put(&v, sizeof v);
  }
  void PutString(const std::string& s) {
    Put(static_cast<uint32_t>(s.size()));
    Put(s.data(), s.size());
  }
  // Writes what is buffered, then the checksum and `end_mark` (8 bytes), which are not hashed.
  // The sink's first error when a write failed (nothing is written after it).
  Status Finish(const char* end_mark);

  static constexpr size_t kBufferBytes = 1 << 20;  // a multiple of 8: see SnapshotHasher

 private:
  void Flush();
  ByteSink& out_;
  std::vector<unsigned char> buf_;
  SnapshotHasher hash_;
  Status status_;
};

// Reads the body of a snapshot — the first `body` bytes of the source, everything before its
// trailer — through a buffer, hashing it as it comes in; a read past the body's end fails, so
// a truncated source is found at the first short read.
class SnapshotReader {
 public:
  SnapshotReader(ByteSource& in, uint64_t body);
  bool Get(void* p, size_t n) {
    auto* c = static_cast<unsigned char*>(p);
    while (n > 0) {
      if (pos_ == len_ && !Refill()) return false;
      const size_t k = std::min(n, len_ - pos_);
      std::memcpy(c, buf_.data() + pos_, k);
      pos_ += k, c += k, n -= k;
    }
    return true;
  }
  template <typename T>
  bool Get(T* v) {
    return Get(v, sizeof *v);
  }
  bool GetString(std::string* s) {
    uint32_t n;
    if (!Get(&n) || n > left()) return false;
    s->resize(n);
    return Get(s->data(), n);
  }
  // Bytes of the body not read yet: bounds counts before anything is allocated for them.
  uint64_t left() const { return left_in_source_ + (len_ - pos_); }
  bool AtEnd() const { return left() == 0; }
  uint64_t Checksum() const { return hash_.Final(); }
  // Set when a read failed because the source did (a chunk that does not decrypt), rather than
  // because the data ran out: the caller reports that instead of "truncated".
  const std::optional<Error>& source_error() const { return source_error_; }
  // Reads exactly `n` bytes after the body (the trailer), unhashed; false when short.
  bool GetTrailer(void* p, size_t n);

 private:
  bool Refill();
  bool ReadFully(unsigned char* p, size_t n);
  ByteSource& in_;
  uint64_t left_in_source_;
  std::vector<unsigned char> buf_;
  size_t pos_ = 0, len_ = 0;
  SnapshotHasher hash_;
  std::optional<Error> source_error_;
};

}  // namespace ariadne::graph
