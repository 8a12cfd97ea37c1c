#include "api/graph_snapshot_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace ariadne {
namespace {

// The snapshot goes straight into the encrypting writer: a 64 KiB chunk is sealed as it fills.
class BlobSink : public ByteSink {
 public:
  explicit BlobSink(BlobWriter& w) : w_(w) {}
  Status Write(const char* data, size_t n) override { return w_.Append(data, n); }

 private:
  BlobWriter& w_;
};

// Reads a blob from its start; each chunk is decrypted and authenticated as it is reached.
class BlobSource : public ByteSource {
 public:
  explicit BlobSource(BlobReader& r) : r_(r) {}
  uint64_t size() const override { return r_.size(); }
  Result<size_t> Read(char* out, size_t n) override {
    auto got = r_.ReadAt(offset_, out, n);
    if (got) offset_ += *got;
    return got;
  }

 private:
  BlobReader& r_;
  uint64_t offset_ = 0;
};

Error IoError(const std::string& what, const std::string& path) {
  return Error::Unavailable(what + " " + path + ": " + std::strerror(errno));
}

void SyncDir(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

GraphSnapshotStore::GraphSnapshotStore(std::string dir, std::string master_key)
    : dir_(dir), blobs_(std::move(dir), std::move(master_key)) {}

std::string GraphSnapshotStore::CurrentSha256() const {
  std::ifstream in(current_path());
  std::string line;
  if (!in || !std::getline(in, line)) return "";
  return line;
}

Status GraphSnapshotStore::WriteCurrent(const std::string& sha256) {
  // Beside it, synced, then renamed over it: `current` is always one whole line.
  const std::string path = current_path(), tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Fail(IoError("cannot write", tmp));
  const std::string line = sha256 + "\n";
  const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  const int closed = ::close(fd);
  if (!ok || closed != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    const Error e = IoError("cannot write", path);
    ::unlink(tmp.c_str());
    return Fail(e);
  }
  SyncDir(dir_);
  return Ok();
}

Result<uint64_t> GraphSnapshotStore::Save(const GraphService& graph, Store& store) {
  auto writer = blobs_.StartWrite();
  if (!writer) return Fail(writer.error());
  BlobSink sink(**writer);
  ARIADNE_RETURN_IF_ERROR(graph.SaveSnapshot(store, sink));
  auto info = (*writer)->Finish();
  if (!info) return Fail(info.error());
  // Content already there is kept once by Commit, but here that copy may be the one a start just
  // refused as damaged (the state it held is the state saved again): the new file replaces it.
  if (blobs_.Has(info->sha256)) ::unlink(blobs_.PathOf(info->sha256).c_str());
  ARIADNE_RETURN_IF_ERROR(blobs_.Commit(**writer, *info));
  const std::string previous = CurrentSha256();
  ARIADNE_RETURN_IF_ERROR(WriteCurrent(info->sha256));
  // The same state saved twice is the same name: then there is nothing to remove.
  if (previous != info->sha256 && IsSha256Hex(previous)) {
    const std::string old = blobs_.PathOf(previous);
    ::unlink(old.c_str());
    ::rmdir(old.substr(0, old.rfind('/')).c_str());  // its ab/ folder, when now empty
  }
  return info->size;
}

Status GraphSnapshotStore::Load(GraphService& graph, Store& store) {
  const std::string sha = CurrentSha256();
  if (sha.empty()) {
    if (::access(current_path().c_str(), F_OK) != 0) return Fail(Error::NotFound("no snapshot yet"));
    return Fail(Error::Corruption(current_path() + " is empty"));
  }
  if (!IsSha256Hex(sha)) return Fail(Error::Corruption(current_path() + " names no snapshot"));
  auto reader = blobs_.Open(sha);
  if (!reader) return Fail(reader.error());
  BlobSource source(**reader);
  return graph.LoadSnapshot(store, source);
}

}  // namespace ariadne
