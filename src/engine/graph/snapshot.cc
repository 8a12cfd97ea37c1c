#include "engine/graph/snapshot.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ariadne::graph {
namespace {

static_assert(std::endian::native == std::endian::little, "the snapshot format is little-endian");

constexpr char kMagic[8] = {'A', 'R', 'G', 'R', 'A', 'P', 'H', '1'};
constexpr char kEndMark[8] = {'A', 'R', 'G', 'R', 'E', 'N', 'D', '1'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 8 + 4 + 4 + 4 * 8;  // magic, version, reserved, 4 counts
constexpr size_t kTrailerBytes = 8 + 8;             // checksum, end mark
constexpr size_t kNodeFixedBytes = 4 + 1 + 4 + 4 + 1;  // key length, kind, scope, label, flags
constexpr size_t kEdgeBytes = 6 * 4 + 2 * 8 + 8 + 1 + 1;  // 50
constexpr size_t kBufferBytes = 1 << 20;               // a multiple of 8: see Hasher
constexpr uint8_t kNodeDead = 1, kNodeSensitive = 2;
constexpr uint8_t kEdgeDirected = 1, kEdgeDead = 2;

uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// A 64-bit checksum over a byte stream, the same however the stream is cut into pieces: words of
// 8 bytes through a multiply-rotate mix (murmur3's constants): cheap next to reading the file.
// Not a defence against tampering, only against truncation and damaged bytes.
class Hasher {
 public:
  void Update(const unsigned char* p, size_t n) {
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
  uint64_t Final() const {
    uint64_t h = h_;
    h ^= Rotl(carry_ * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full;
    h ^= len_;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
  }

 private:
  void Word(uint64_t w) {
    h_ ^= Rotl(w * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full;
    h_ = Rotl(h_, 27) * 5 + 0x52DCE729;
  }
  uint64_t h_ = 0x243F6A8885A308D3ull, carry_ = 0, len_ = 0;
  unsigned carry_n_ = 0;
};

class Writer {
 public:
  explicit Writer(FILE* f) : f_(f) { buf_.reserve(kBufferBytes); }
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
  // Hashes and writes what is buffered; then the checksum and the end mark, not hashed.
  bool Finish() {
    Flush();
    const uint64_t sum = hash_.Final();
    ok_ = ok_ && std::fwrite(&sum, 8, 1, f_) == 1 && std::fwrite(kEndMark, 8, 1, f_) == 1;
    return ok_;
  }

 private:
  void Flush() {
    if (buf_.empty()) return;
    hash_.Update(buf_.data(), buf_.size());
    ok_ = ok_ && std::fwrite(buf_.data(), 1, buf_.size(), f_) == buf_.size();
    buf_.clear();
  }
  FILE* f_;
  std::vector<unsigned char> buf_;
  Hasher hash_;
  bool ok_ = true;
};

// Reads the body (everything before the trailer) through a buffer, hashing it as it comes in;
// a read past the body's end fails, so a truncated file is found at the first short read.
class Reader {
 public:
  Reader(FILE* f, uint64_t body) : f_(f), left_in_file_(body), buf_(kBufferBytes) {}
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
  uint64_t left() const { return left_in_file_ + (len_ - pos_); }
  bool AtEnd() const { return left() == 0; }
  uint64_t Checksum() const { return hash_.Final(); }

 private:
  bool Refill() {
    if (left_in_file_ == 0) return false;
    const size_t want = static_cast<size_t>(std::min<uint64_t>(kBufferBytes, left_in_file_));
    const size_t got = std::fread(buf_.data(), 1, want, f_);
    if (got != want) return false;
    hash_.Update(buf_.data(), got);
    left_in_file_ -= got;
    pos_ = 0, len_ = got;
    return true;
  }
  FILE* f_;
  uint64_t left_in_file_;
  std::vector<unsigned char> buf_;
  size_t pos_ = 0, len_ = 0;
  Hasher hash_;
};

struct File {
  FILE* f = nullptr;
  ~File() {
    if (f) std::fclose(f);
  }
};

Error Corrupt(const std::string& path, const std::string& why) {
  return Error::Corruption("graph snapshot " + path + ": " + why);
}

}  // namespace

Status SaveSnapshot(const Graph& g, const std::string& path, const std::string& meta) {
  // The strings in use: ids are dense, so 0 .. the largest referenced, in order.
  uint32_t strings = 1;
  for (size_t i = 0; i < g.node_count(); ++i) strings = std::max(strings, g.node(static_cast<uint32_t>(i)).label + 1);
  for (size_t i = 0; i < g.edge_count(); ++i) {
    const Edge& e = g.edge(static_cast<uint32_t>(i));
    strings = std::max({strings, e.label + 1, e.source + 1});
  }
  const std::string tmp = path + ".tmp";
  File out;
  out.f = std::fopen(tmp.c_str(), "wb");
  if (!out.f) return Fail(Error::Internal("cannot write " + tmp + ": " + std::strerror(errno)));
  Writer w(out.f);
  w.Put(kMagic, 8);
  w.Put(kVersion);
  w.Put(uint32_t{0});
  w.Put(static_cast<uint64_t>(strings));
  w.Put(static_cast<uint64_t>(g.node_count()));
  w.Put(static_cast<uint64_t>(g.edge_count()));
  w.Put(static_cast<uint64_t>(meta.size()));
  for (uint32_t s = 1; s < strings; ++s) w.PutString(g.Str(s));
  for (size_t i = 0; i < g.node_count(); ++i) {
    const Node& n = g.node(static_cast<uint32_t>(i));
    w.PutString(n.key);
    w.Put(static_cast<uint8_t>(n.kind));
    w.Put(n.scope);
    w.Put(n.label);
    w.Put(static_cast<uint8_t>((n.dead ? kNodeDead : 0) | (n.sensitive ? kNodeSensitive : 0)));
  }
  unsigned char rec[kEdgeBytes];
  for (size_t i = 0; i < g.edge_count(); ++i) {
    const Edge& e = g.edge(static_cast<uint32_t>(i));
    const uint32_t ints[6] = {e.a, e.b, e.scope, e.label, e.source, e.count};
    std::memcpy(rec, ints, 24);
    const int64_t first = e.first_at, last = e.last_at;  // 8 bytes in the file: room to grow
    std::memcpy(rec + 24, &first, 8);
    std::memcpy(rec + 32, &last, 8);
    std::memcpy(rec + 40, &e.total, 8);
    rec[48] = static_cast<uint8_t>(e.kind);
    rec[49] = static_cast<uint8_t>((e.directed ? kEdgeDirected : 0) | (e.dead ? kEdgeDead : 0));
    w.Put(rec, kEdgeBytes);
  }
  w.Put(meta.data(), meta.size());
  const bool written = w.Finish() && std::fflush(out.f) == 0 && fsync(fileno(out.f)) == 0;
  const int closed = std::fclose(out.f);
  out.f = nullptr;
  if (!written || closed != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    std::remove(tmp.c_str());
    return Fail(Error::Internal("cannot write " + path + ": " + why));
  }
  return Ok();
}

Result<Graph> LoadSnapshot(const std::string& path, std::string* meta) {
  File in;
  in.f = std::fopen(path.c_str(), "rb");
  if (!in.f) {
    if (errno == ENOENT) return Fail(Error::NotFound("no graph snapshot at " + path));
    return Fail(Error::Unavailable("cannot read " + path + ": " + std::strerror(errno)));
  }
  struct stat st;
  if (fstat(fileno(in.f), &st) != 0) return Fail(Error::Unavailable("cannot read " + path));
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size < kHeaderBytes + kTrailerBytes) return Fail(Corrupt(path, "truncated"));
  Reader r(in.f, size - kTrailerBytes);

  char magic[8];
  uint32_t version, reserved;
  uint64_t strings, nodes, edges, meta_bytes;
  if (!r.Get(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return Fail(Corrupt(path, "not a graph snapshot"));
  if (!r.Get(&version) || version != kVersion)
    return Fail(Corrupt(path, "format version " + std::to_string(version) + ", expected " + std::to_string(kVersion)));
  if (!r.Get(&reserved) || !r.Get(&strings) || !r.Get(&nodes) || !r.Get(&edges) || !r.Get(&meta_bytes))
    return Fail(Corrupt(path, "truncated"));
  // What the counts claim must fit in what is left, before anything is allocated for them.
  if (strings == 0 || strings >= kNoNode || nodes >= kNoNode || edges >= kNoNode || meta_bytes > r.left() ||
      (strings - 1) * 4 + nodes * kNodeFixedBytes + edges * kEdgeBytes + meta_bytes > r.left())
    return Fail(Corrupt(path, "truncated"));

  Graph g;
  g.Reserve(nodes, edges);  // the counts were checked against the file's size just above
  std::string s;
  for (uint64_t i = 1; i < strings; ++i) {
    if (!r.GetString(&s)) return Fail(Corrupt(path, "truncated"));
    if (s.empty() || g.Intern(s) != i) return Fail(Corrupt(path, "bad string table"));
  }
  for (uint64_t i = 0; i < nodes; ++i) {
    uint8_t kind, flags;
    uint32_t scope, label;
    if (!r.GetString(&s) || !r.Get(&kind) || !r.Get(&scope) || !r.Get(&label) || !r.Get(&flags))
      return Fail(Corrupt(path, "truncated"));
    if (kind > static_cast<uint8_t>(NodeKind::kAccount) || label >= strings)
      return Fail(Corrupt(path, "bad node " + std::to_string(i)));
    if (g.UpsertNode(s, static_cast<NodeKind>(kind), scope, label) != i)
      return Fail(Corrupt(path, "node key repeated: " + s));
    if (flags & kNodeDead) g.KillNode(static_cast<uint32_t>(i));  // no edges yet: only the mark
    g.SetSensitive(static_cast<uint32_t>(i), flags & kNodeSensitive);
  }
  unsigned char rec[kEdgeBytes];
  for (uint64_t i = 0; i < edges; ++i) {
    if (!r.Get(rec, kEdgeBytes)) return Fail(Corrupt(path, "truncated"));
    uint32_t ints[6];
    std::memcpy(ints, rec, 24);
    Edge e;
    e.a = ints[0], e.b = ints[1], e.scope = ints[2], e.label = ints[3], e.source = ints[4], e.count = ints[5];
    int64_t first = 0, last = 0;
    std::memcpy(&first, rec + 24, 8);
    std::memcpy(&last, rec + 32, 8);
    e.first_at = EpochField(first), e.last_at = EpochField(last);
    std::memcpy(&e.total, rec + 40, 8);
    if (rec[48] >= kLinkKinds || e.label >= strings || e.source >= strings)
      return Fail(Corrupt(path, "bad edge " + std::to_string(i)));
    e.kind = static_cast<LinkKind>(rec[48]);
    e.directed = rec[49] & kEdgeDirected;
    e.dead = rec[49] & kEdgeDead;
    if (g.AddEdge(e) != i) return Fail(Corrupt(path, "edge " + std::to_string(i) + " joins no node"));
  }
  std::string m(static_cast<size_t>(meta_bytes), '\0');
  if (!r.Get(m.data(), m.size())) return Fail(Corrupt(path, "truncated"));
  if (!r.AtEnd()) return Fail(Corrupt(path, "bytes after the data"));
  uint64_t sum;
  char end[8];
  if (std::fread(&sum, 8, 1, in.f) != 1 || std::fread(end, 8, 1, in.f) != 1 || std::memcmp(end, kEndMark, 8) != 0)
    return Fail(Corrupt(path, "no end mark"));
  if (sum != r.Checksum()) return Fail(Corrupt(path, "checksum mismatch"));
  g.Compact();
  if (meta) *meta = std::move(m);
  return g;
}

}  // namespace ariadne::graph
