#include "files/blob_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/encoding.h"
#include "security/file_crypto.h"

namespace ariadne {
namespace {

constexpr char kMagic[8] = {'A', 'R', 'B', 'L', 'O', 'B', '0', '1'};
constexpr size_t kHeaderBytes = 8 + 4 + 4 + kChunkNonceBaseBytes + kWrappedKeyBytes;

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

Error IoError(const std::string& what, const std::string& path) {
  return Error::Unavailable(what + " " + path + ": " + std::strerror(errno));
}

Status WriteAll(int fd, const char* data, size_t n, const std::string& path) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return Fail(IoError("cannot write", path));
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
  return Ok();
}

Result<size_t> PreadAll(int fd, char* out, size_t n, uint64_t offset) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = ::pread(fd, out + got, n - got, static_cast<off_t>(offset + got));
    if (r < 0) {
      if (errno == EINTR) continue;
      return Fail(Error::Unavailable(std::string("cannot read a stored file: ") + std::strerror(errno)));
    }
    if (r == 0) break;
    got += static_cast<size_t>(r);
  }
  return got;
}

void MakeDirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); ++i)
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0700);
}

struct Header {
  uint32_t chunk = 0, key_version = 0;
  std::string nonce_base, wrapped;
};

Result<Header> ReadHeader(int fd, const std::string& path) {
  char buf[kHeaderBytes];
  auto n = PreadAll(fd, buf, sizeof buf, 0);
  if (!n) return Fail(n.error());
  if (*n != kHeaderBytes || std::memcmp(buf, kMagic, 8) != 0)
    return Fail(Error::Corruption("stored file " + path + " has no valid header"));
  Header h;
  h.chunk = GetU32(buf + 8);
  h.key_version = GetU32(buf + 12);
  h.nonce_base.assign(buf + 16, kChunkNonceBaseBytes);
  h.wrapped.assign(buf + 16 + kChunkNonceBaseBytes, kWrappedKeyBytes);
  if (h.chunk == 0 || h.chunk > (16u << 20)) return Fail(Error::Corruption("stored file " + path + " has a bad chunk size"));
  return h;
}

class FileBlobWriter : public BlobWriter {
 public:
  FileBlobWriter(std::string path, int fd, std::string key, std::string nonce_base)
      : path_(std::move(path)), fd_(fd), key_(std::move(key)), nonce_base_(std::move(nonce_base)) {
    pending_.reserve(kBlobChunkBytes);
  }
  ~FileBlobWriter() override {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }

  Status Append(const char* data, size_t n) override {
    if (finished_) return Fail(Error::Internal("append after finish"));
    hash_.Update(data, n);
    if (head_.size() < kBlobHeadBytes) head_.append(data, std::min(n, kBlobHeadBytes - head_.size()));
    bytes_ += n;
    while (n > 0) {
      // A full chunk is sealed only when more data follows it, since the last one is marked.
      if (pending_.size() == kBlobChunkBytes) ARIADNE_RETURN_IF_ERROR(Seal(false));
      size_t take = std::min(n, kBlobChunkBytes - pending_.size());
      pending_.append(data, take);
      data += take;
      n -= take;
    }
    return Ok();
  }

  Result<BlobInfo> Finish() override {
    if (finished_) return Fail(Error::Internal("finish twice"));
    ARIADNE_RETURN_IF_ERROR(Seal(true));
    finished_ = true;
    if (::fdatasync(fd_) != 0) return Fail(IoError("cannot sync", path_));
    ::close(fd_);
    fd_ = -1;
    return BlobInfo{hash_.FinishHex(), bytes_, head_};
  }

  uint64_t bytes() const override { return bytes_; }
  const std::string& path() const { return path_; }
  void MarkCommitted() { committed_ = true; }
  bool finished() const { return finished_; }

 private:
  Status Seal(bool last) {
    std::string sealed = EncryptChunk(key_, nonce_base_, chunk_index_++, last, pending_.data(), pending_.size());
    pending_.clear();
    return WriteAll(fd_, sealed.data(), sealed.size(), path_);
  }

  std::string path_;
  int fd_;
  std::string key_, nonce_base_;
  std::string pending_, head_;
  Sha256Stream hash_;
  uint64_t bytes_ = 0, chunk_index_ = 0;
  bool finished_ = false, committed_ = false;
};

class FileBlobReader : public BlobReader {
 public:
  FileBlobReader(int fd, Header h, std::string key, uint64_t file_bytes)
      : fd_(fd), h_(std::move(h)), key_(std::move(key)) {
    const uint64_t body = file_bytes - kHeaderBytes;
    const uint64_t sealed_chunk = h_.chunk + kChunkTagBytes;
    chunks_ = body == 0 ? 0 : (body + sealed_chunk - 1) / sealed_chunk;
    size_ = body < chunks_ * kChunkTagBytes ? 0 : body - chunks_ * kChunkTagBytes;
  }
  ~FileBlobReader() override { ::close(fd_); }

  uint64_t size() const override { return size_; }

  Result<size_t> ReadAt(uint64_t offset, char* out, size_t n) override {
    size_t done = 0;
    while (done < n && offset < size_) {
      uint64_t index = offset / h_.chunk;
      if (index != cached_index_) {
        auto plain = Chunk(index);
        if (!plain) return Fail(plain.error());
        cached_ = std::move(*plain);
        cached_index_ = index;
      }
      size_t within = static_cast<size_t>(offset - index * h_.chunk);
      if (within >= cached_.size()) break;
      size_t take = std::min(n - done, cached_.size() - within);
      std::memcpy(out + done, cached_.data() + within, take);
      done += take;
      offset += take;
    }
    return done;
  }

  Result<std::string> Chunk(uint64_t index) {
    if (chunks_ == 0) return Fail(Error::Corruption("stored file has no chunks"));
    const uint64_t sealed_chunk = h_.chunk + kChunkTagBytes;
    std::string sealed(sealed_chunk, '\0');
    auto got = PreadAll(fd_, sealed.data(), sealed.size(), kHeaderBytes + index * sealed_chunk);
    if (!got) return Fail(got.error());
    return DecryptChunk(key_, h_.nonce_base, index, index + 1 == chunks_, sealed.data(), *got);
  }

  uint64_t chunks() const { return chunks_; }

 private:
  int fd_;
  Header h_;
  std::string key_;
  uint64_t chunks_ = 0, size_ = 0;
  uint64_t cached_index_ = UINT64_MAX;
  std::string cached_;
};

}  // namespace

bool IsSha256Hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

BlobStore::BlobStore(std::string dir, std::string master_key, uint32_t key_version)
    : dir_(std::move(dir)), master_key_(std::move(master_key)), key_version_(key_version) {
  MakeDirs(dir_ + "/tmp");
}

Result<std::string> BlobStore::LoadMasterKey(const std::string& path, bool create) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT && create) {
    std::string key = NewFileKey();
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return Fail(IoError("cannot create the file master key", path));
    auto st = WriteAll(fd, key.data(), key.size(), path);
    ::fsync(fd);
    ::close(fd);
    if (!st) return Fail(st.error());
    return key;
  }
  if (fd < 0) return Fail(Error::NotFound("no file master key at " + path + " (it is made by ariadne init)"));
  char buf[kFileKeyBytes + 1];
  auto n = PreadAll(fd, buf, sizeof buf, 0);
  ::close(fd);
  if (!n) return Fail(n.error());
  if (*n != kFileKeyBytes) return Fail(Error::Corruption("the file master key at " + path + " is not 32 bytes"));
  return std::string(buf, kFileKeyBytes);
}

std::string BlobStore::PathOf(const std::string& sha256) const {
  return dir_ + "/" + sha256.substr(0, 2) + "/" + sha256;
}

Result<std::unique_ptr<BlobWriter>> BlobStore::StartWrite() {
  std::string path = dir_ + "/tmp/" + HexEncode(RandomString(12));
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return Fail(IoError("cannot create", path));
  std::string key = NewFileKey();
  std::string nonce_base = RandomString(kChunkNonceBaseBytes);
  std::string header(kMagic, 8);
  PutU32(header, kBlobChunkBytes);
  PutU32(header, key_version_);
  header += nonce_base;
  header += WrapFileKey(master_key_, key, nonce_base);
  auto writer = std::make_unique<FileBlobWriter>(path, fd, std::move(key), std::move(nonce_base));
  ARIADNE_RETURN_IF_ERROR(WriteAll(fd, header.data(), header.size(), path));
  return std::unique_ptr<BlobWriter>(std::move(writer));
}

Status BlobStore::Commit(BlobWriter& writer, const BlobInfo& info) {
  auto* w = dynamic_cast<FileBlobWriter*>(&writer);
  if (!w || !w->finished() || !IsSha256Hex(info.sha256)) return Fail(Error::Internal("commit of an unfinished file"));
  if (Has(info.sha256)) return Ok();  // stored once; the writer's copy is removed with it
  std::string final_path = PathOf(info.sha256);
  MakeDirs(final_path.substr(0, final_path.rfind('/')));
  if (::rename(w->path().c_str(), final_path.c_str()) != 0) return Fail(IoError("cannot store", final_path));
  w->MarkCommitted();
  int dfd = ::open(final_path.substr(0, final_path.rfind('/')).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Ok();
}

bool BlobStore::Has(const std::string& sha256) const {
  struct stat st {};
  return IsSha256Hex(sha256) && ::stat(PathOf(sha256).c_str(), &st) == 0;
}

Result<std::unique_ptr<BlobReader>> BlobStore::Open(const std::string& sha256) const {
  if (!IsSha256Hex(sha256)) return Fail(Error::NotFound("file"));
  std::string path = PathOf(sha256);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Fail(Error::Corruption("stored file " + sha256 + " is missing from " + dir_));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || static_cast<uint64_t>(st.st_size) < kHeaderBytes) {
    ::close(fd);
    return Fail(Error::Corruption("stored file " + sha256 + " is cut short"));
  }
  auto h = ReadHeader(fd, path);
  if (!h) {
    ::close(fd);
    return Fail(h.error());
  }
  auto key = UnwrapFileKey(master_key_, h->wrapped, h->nonce_base);
  if (!key && !other_key_.empty()) key = UnwrapFileKey(other_key_, h->wrapped, h->nonce_base);
  if (!key) {
    ::close(fd);
    return Fail(key.error());
  }
  return std::unique_ptr<BlobReader>(
      std::make_unique<FileBlobReader>(fd, std::move(*h), std::move(*key), static_cast<uint64_t>(st.st_size)));
}

Result<std::string> BlobStore::ReadAll(const std::string& sha256, uint64_t max_bytes) const {
  auto r = Open(sha256);
  if (!r) return Fail(r.error());
  if ((*r)->size() > max_bytes) return Fail(Error::TooLarge("the file is larger than " + std::to_string(max_bytes) + " bytes"));
  std::string out((*r)->size(), '\0');
  auto n = (*r)->ReadAt(0, out.data(), out.size());
  if (!n) return Fail(n.error());
  if (*n != out.size()) return Fail(Error::Corruption("stored file " + sha256 + " is cut short"));
  return out;
}

Status BlobStore::Verify(const std::string& sha256) const {
  auto r = Open(sha256);
  if (!r) return Fail(r.error());
  auto* reader = static_cast<FileBlobReader*>(r->get());
  Sha256Stream hash;
  for (uint64_t i = 0; i < reader->chunks(); ++i) {
    auto plain = reader->Chunk(i);
    if (!plain) return Fail(plain.error());
    hash.Update(plain->data(), plain->size());
  }
  if (hash.FinishHex() != sha256) return Fail(Error::Corruption("stored file " + sha256 + " does not match its hash"));
  return Ok();
}

Status BlobStore::Rewrap(const std::string& sha256, const std::string& new_master, uint32_t new_version) const {
  std::string path = PathOf(sha256);
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) return Fail(IoError("cannot open", path));
  auto h = ReadHeader(fd, path);
  Status st = Ok();
  if (!h) {
    st = Fail(h.error());
  } else if (UnwrapFileKey(new_master, h->wrapped, h->nonce_base)) {
    // already under the new key
  } else if (auto key = UnwrapFileKey(master_key_, h->wrapped, h->nonce_base); !key) {
    st = Fail(key.error());
  } else {
    std::string tail;
    PutU32(tail, new_version);
    tail += h->nonce_base;
    tail += WrapFileKey(new_master, *key, h->nonce_base);
    if (::pwrite(fd, tail.data(), tail.size(), 12) != static_cast<ssize_t>(tail.size()) || ::fsync(fd) != 0)
      st = Fail(IoError("cannot rewrite the key of", path));
  }
  ::close(fd);
  return st;
}

}  // namespace ariadne
