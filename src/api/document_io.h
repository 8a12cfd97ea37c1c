// The bridges between the HTTP server's body streams and the file store: an upload's body
// goes into a BlobWriter as it arrives, a download comes out of a BlobReader piece by piece.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "api/http_types.h"
#include "files/blob_store.h"

namespace ariadne {

class BlobSink : public BodySink {
 public:
  explicit BlobSink(std::unique_ptr<BlobWriter> w) : writer_(std::move(w)) {}
  Status Append(const char* data, size_t n) override { return writer_->Append(data, n); }
  BlobWriter& writer() { return *writer_; }

 private:
  std::unique_ptr<BlobWriter> writer_;
};

class BlobSource : public BodySource {
 public:
  BlobSource(std::unique_ptr<BlobReader> r, uint64_t offset, uint64_t length)
      : reader_(std::move(r)), offset_(offset), left_(length), length_(length) {}
  uint64_t size() const override { return length_; }
  Result<size_t> Read(char* out, size_t cap) override {
    if (left_ == 0) return size_t{0};
    auto n = reader_->ReadAt(offset_, out, static_cast<size_t>(std::min<uint64_t>(cap, left_)));
    if (!n) return Fail(n.error());
    offset_ += *n;
    left_ -= *n;
    return *n;
  }

 private:
  std::unique_ptr<BlobReader> reader_;
  uint64_t offset_, left_, length_;
};

struct ByteRange {
  uint64_t first = 0, length = 0;
};

// A single "bytes=a-b", "bytes=a-" or "bytes=-n" range of a file of `size` bytes. nullopt
// for no Range header or one we answer whole (several ranges, another unit); an empty range
// (length 0) when it cannot be satisfied (416).
std::optional<ByteRange> ParseByteRange(const std::string& header, uint64_t size);

// Content-Disposition with the file name kept in any script (RFC 6266 filename*).
std::string ContentDisposition(bool inline_view, const std::string& file_name);

}  // namespace ariadne
