// Where a serialised format goes and where it comes from, so that the code that writes or reads
// it (the link graph's snapshot) does not know whether the bytes are a plain file, an encrypted
// blob (files/blob_store.h) or memory. Engine code writes through these; api/ plugs the blob in.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "base/error.h"

namespace ariadne {

class ByteSink {
 public:
  virtual ~ByteSink() = default;
  // Takes all `n` bytes or fails; after a failure the sink is not written to again.
  virtual Status Write(const char* data, size_t n) = 0;
};

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Every byte the source will give, known before the first Read: a reader checks the counts a
  // header claims against it before it allocates anything for them.
  virtual uint64_t size() const = 0;
  // Up to `n` bytes; fewer only at the end, 0 there.
  virtual Result<size_t> Read(char* out, size_t n) = 0;
};

// Appends to a string (tests; small formats).
class StringSink : public ByteSink {
 public:
  explicit StringSink(std::string* out) : out_(out) {}
  Status Write(const char* data, size_t n) override {
    out_->append(data, n);
    return Ok();
  }

 private:
  std::string* out_;
};

// Reads a string the caller keeps alive.
class StringSource : public ByteSource {
 public:
  explicit StringSource(const std::string& data) : data_(data) {}
  uint64_t size() const override { return data_.size(); }
  Result<size_t> Read(char* out, size_t n) override {
    const size_t k = std::min(n, data_.size() - pos_);
    if (k > 0) std::memcpy(out, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  const std::string& data_;
  size_t pos_ = 0;
};

}  // namespace ariadne
