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

#include "engine/graph/snapshot_io.h"

namespace ariadne::graph {
namespace {

static_assert(std::endian::native == std::endian::little, "the snapshot format is little-endian");

constexpr char kMagic[8] = {'A', 'R', 'G', 'R', 'A', 'P', 'H', '1'};
constexpr char kEndMark[8] = {'A', 'R', 'G', 'R', 'E', 'N', 'D', '1'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderBytes = 8 + 4 + 4 + 4 * 8;  // magic, version, flags, 4 counts
constexpr size_t kTrailerBytes = 8 + 8;             // checksum, end mark
constexpr size_t kNodeFixedBytes = 4 + 1 + 4 + 4 + 1;  // key length, kind, scope, label, flags
constexpr size_t kEdgeBytes = 6 * 4 + 2 * 8 + 8 + 1 + 1;  // 50
constexpr uint8_t kNodeDead = 1, kNodeSensitive = 2;
constexpr uint32_t kHasLedger = 1;  // section flags
constexpr uint8_t kEdgeDirected = 1, kEdgeDead = 2;

// The plain file of the path versions (the benchmark's); the server writes encrypted blobs.
class FileSink : public ByteSink {
 public:
  FileSink(FILE* f, const std::string& path) : f_(f), path_(path) {}
  Status Write(const char* data, size_t n) override {
    if (std::fwrite(data, 1, n, f_) != n) return Fail(Error::Internal("cannot write " + path_ + ": " + std::strerror(errno)));
    return Ok();
  }

 private:
  FILE* f_;
  const std::string& path_;
};

class FileSource : public ByteSource {
 public:
  FileSource(FILE* f, uint64_t size) : f_(f), size_(size) {}
  uint64_t size() const override { return size_; }
  Result<size_t> Read(char* out, size_t n) override {
    const size_t got = std::fread(out, 1, n, f_);
    if (got < n && std::ferror(f_)) return Fail(Error::Unavailable(std::string("cannot read: ") + std::strerror(errno)));
    return got;
  }

 private:
  FILE* f_;
  uint64_t size_;
};

struct File {
  FILE* f = nullptr;
  ~File() {
    if (f) std::fclose(f);
  }
};

Error Corrupt(const std::string& why) { return Error::Corruption("graph snapshot: " + why); }

// What a failed read means: the source's own error when it had one (a blob chunk that does not
// decrypt says so), else the data ran out or was wrong.
Error Bad(const SnapshotReader& r, const std::string& why) {
  return r.source_error() ? *r.source_error() : Corrupt(why);
}

}  // namespace

Status SaveSnapshot(const Graph& g, ByteSink& out, const std::string& meta, const Ledger* ledger) {
  // The strings in use: ids are dense, so 0 .. the largest referenced, in order.
  uint32_t strings = 1;
  for (size_t i = 0; i < g.node_count(); ++i) strings = std::max(strings, g.node(static_cast<uint32_t>(i)).label + 1);
  for (size_t i = 0; i < g.edge_count(); ++i) {
    const Edge& e = g.edge(static_cast<uint32_t>(i));
    strings = std::max({strings, e.label + 1, e.source + 1});
  }
  SnapshotWriter w(out);
  w.Put(kMagic, 8);
  w.Put(kVersion);
  w.Put(ledger ? kHasLedger : uint32_t{0});
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
  if (ledger) ledger->Save(w);
  return w.Finish(kEndMark);
}

Result<Graph> LoadSnapshot(ByteSource& in, std::string* meta, Ledger* ledger) {
  const uint64_t size = in.size();
  if (size < kHeaderBytes + kTrailerBytes) return Fail(Corrupt("truncated"));
  SnapshotReader r(in, size - kTrailerBytes);

  char magic[8];
  uint32_t version, flags;
  uint64_t strings, nodes, edges, meta_bytes;
  if (!r.Get(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return Fail(Bad(r, "not a graph snapshot"));
  if (!r.Get(&version) || version != kVersion)
    return Fail(Bad(r, "format version " + std::to_string(version) + ", expected " + std::to_string(kVersion)));
  if (!r.Get(&flags) || !r.Get(&strings) || !r.Get(&nodes) || !r.Get(&edges) || !r.Get(&meta_bytes))
    return Fail(Bad(r, "truncated"));
  if (flags & ~kHasLedger) return Fail(Corrupt("unknown sections " + std::to_string(flags)));
  if (ledger && !(flags & kHasLedger)) return Fail(Corrupt("no money ledger in it"));
  // What the counts claim must fit in what is left, before anything is allocated for them.
  if (strings == 0 || strings >= kNoNode || nodes >= kNoNode || edges >= kNoNode || meta_bytes > r.left() ||
      (strings - 1) * 4 + nodes * kNodeFixedBytes + edges * kEdgeBytes + meta_bytes > r.left())
    return Fail(Corrupt("truncated"));

  Graph g;
  g.Reserve(nodes, edges);  // the counts were checked against the size just above
  std::string s;
  for (uint64_t i = 1; i < strings; ++i) {
    if (!r.GetString(&s)) return Fail(Bad(r, "truncated"));
    if (s.empty() || g.Intern(s) != i) return Fail(Corrupt("bad string table"));
  }
  for (uint64_t i = 0; i < nodes; ++i) {
    uint8_t kind, node_flags;
    uint32_t scope, label;
    if (!r.GetString(&s) || !r.Get(&kind) || !r.Get(&scope) || !r.Get(&label) || !r.Get(&node_flags))
      return Fail(Bad(r, "truncated"));
    if (kind > static_cast<uint8_t>(NodeKind::kAccount) || label >= strings)
      return Fail(Corrupt("bad node " + std::to_string(i)));
    if (g.UpsertNode(s, static_cast<NodeKind>(kind), scope, label) != i)
      return Fail(Corrupt("node key repeated: " + s));
    if (node_flags & kNodeDead) g.KillNode(static_cast<uint32_t>(i));  // no edges yet: only the mark
    g.SetSensitive(static_cast<uint32_t>(i), node_flags & kNodeSensitive);
  }
  unsigned char rec[kEdgeBytes];
  for (uint64_t i = 0; i < edges; ++i) {
    if (!r.Get(rec, kEdgeBytes)) return Fail(Bad(r, "truncated"));
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
      return Fail(Corrupt("bad edge " + std::to_string(i)));
    e.kind = static_cast<LinkKind>(rec[48]);
    e.directed = rec[49] & kEdgeDirected;
    e.dead = rec[49] & kEdgeDead;
    if (g.AddEdge(e) != i) return Fail(Corrupt("edge " + std::to_string(i) + " joins no node"));
  }
  std::string m(static_cast<size_t>(meta_bytes), '\0');
  if (!r.Get(m.data(), m.size())) return Fail(Bad(r, "truncated"));
  Ledger scratch;
  if (flags & kHasLedger) {
    Ledger& l = ledger ? *ledger : scratch;
    l = Ledger();
    if (auto st = l.Load(r); !st) return Fail(r.source_error() ? *r.source_error() : Corrupt(st.error().message));
  }
  if (!r.AtEnd()) return Fail(Corrupt("bytes after the data"));
  char trailer[kTrailerBytes + 1];
  if (!r.GetTrailer(trailer, kTrailerBytes) || std::memcmp(trailer + 8, kEndMark, 8) != 0)
    return Fail(Bad(r, "no end mark"));
  uint64_t sum;
  std::memcpy(&sum, trailer, 8);
  if (sum != r.Checksum()) return Fail(Corrupt("checksum mismatch"));
  // The source said how long it was: anything more is not ours.
  auto more = in.Read(trailer, 1);
  if (!more) return Fail(more.error());
  if (*more != 0) return Fail(Corrupt("bytes after the end mark"));
  g.Compact();
  if (ledger) ledger->Build();
  if (meta) *meta = std::move(m);
  return g;
}

Status SaveSnapshot(const Graph& g, const std::string& path, const std::string& meta) {
  const std::string tmp = path + ".tmp";
  File out;
  out.f = std::fopen(tmp.c_str(), "wb");
  if (!out.f) return Fail(Error::Internal("cannot write " + tmp + ": " + std::strerror(errno)));
  FileSink sink(out.f, tmp);
  const Status saved = SaveSnapshot(g, sink, meta);
  const bool written = saved && std::fflush(out.f) == 0 && fsync(fileno(out.f)) == 0;
  const int closed = std::fclose(out.f);
  out.f = nullptr;
  if (!written || closed != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = saved ? std::strerror(errno) : saved.error().message;
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
  FileSource source(in.f, static_cast<uint64_t>(st.st_size));
  auto g = LoadSnapshot(source, meta);
  // "graph snapshot: why" names the file.
  const std::string prefix = "graph snapshot:";
  if (!g && g.error().message.compare(0, prefix.size(), prefix) == 0) {
    Error e = g.error();
    e.message = "graph snapshot " + path + e.message.substr(prefix.size() - 1);
    return Fail(std::move(e));
  }
  return g;
}

}  // namespace ariadne::graph
