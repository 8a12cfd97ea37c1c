#include "engine/graph/snapshot_io.h"

namespace ariadne::graph {
namespace {

uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

void SnapshotHasher::Update(const unsigned char* p, size_t n) {
  len_ += n;
  while (carry_n_ != 0 && n > 0) {
    carry_ |= static_cast<uint64_t>(*p++) << (8 * carry_n_);
    --n;
    if (++carry_n_ == 8) {
      Word(carry_);
      carry_ = 0, carry_n_ = 0;
    }
  }
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    Word(w);
  }
  for (; n > 0; --n) carry_ |= static_cast<uint64_t>(*p++) << (8 * carry_n_++);
}

uint64_t SnapshotHasher::Final() const {
  uint64_t h = h_;
  h ^= Rotl(carry_ * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full;
  h ^= len_;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 33);
}

void SnapshotHasher::Word(uint64_t w) {
  h_ ^= Rotl(w * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full;
  h_ = Rotl(h_, 27) * 5 + 0x52DCE729;
}

SnapshotWriter::SnapshotWriter(ByteSink& out) : out_(out) { buf_.reserve(kBufferBytes); }

void SnapshotWriter::Flush() {
  if (buf_.empty()) return;
  hash_.Update(buf_.data(), buf_.size());
  if (status_) status_ = out_.Write(reinterpret_cast<const char*>(buf_.data()), buf_.size());
  buf_.clear();
}

Status SnapshotWriter::Finish(const char* end_mark) {
  Flush();
  const uint64_t sum = hash_.Final();
  char trailer[16];
  std::memcpy(trailer, &sum, 8);
  std::memcpy(trailer + 8, end_mark, 8);
  if (status_) status_ = out_.Write(trailer, sizeof trailer);
  return status_;
}

SnapshotReader::SnapshotReader(ByteSource& in, uint64_t body) : in_(in), left_in_source_(body) {
  buf_.resize(static_cast<size_t>(std::min<uint64_t>(SnapshotWriter::kBufferBytes, std::max<uint64_t>(body, 16))));
}

bool SnapshotReader::ReadFully(unsigned char* p, size_t n) {
  while (n > 0) {
    auto got = in_.Read(reinterpret_cast<char*>(p), n);
    if (!got) {
      source_error_ = got.error();
      return false;
    }
    if (*got == 0) return false;
    p += *got, n -= *got;
  }
  return true;
}

bool SnapshotReader::Refill() {
  if (left_in_source_ == 0) return false;
  const size_t want = static_cast<size_t>(std::min<uint64_t>(buf_.size(), left_in_source_));
  if (!ReadFully(buf_.data(), want)) {
    left_in_source_ = 0;
    pos_ = len_ = 0;
    return false;
  }
  hash_.Update(buf_.data(), want);
  left_in_source_ -= want;
  pos_ = 0, len_ = want;
  return true;
}

bool SnapshotReader::GetTrailer(void* p, size_t n) {
  if (!AtEnd()) return false;
  return ReadFully(static_cast<unsigned char*>(p), n);
}

}  // namespace ariadne::graph
