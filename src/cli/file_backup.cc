#include "cli/file_backup.h"

#include <filesystem>

namespace ariadne {
namespace {

namespace fs = std::filesystem;

Result<std::vector<StoredFile>> ListFiles(Runtime& rt) {
  std::vector<StoredFile> files;
  ARIADNE_RETURN_IF_ERROR(rt.store->Read([&](StoreReader& r) -> Status {
    auto list = r.ListStoredFiles();
    if (!list) return Fail(list.error());
    files = std::move(*list);
    return Ok();
  }));
  return files;
}

std::string Relative(const std::string& sha256) { return sha256.substr(0, 2) + "/" + sha256; }

Status CopyOne(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  if (fs::exists(to, ec) && fs::file_size(to, ec) == fs::file_size(from, ec)) return Ok();
  fs::create_directories(to.parent_path(), ec);
  fs::path partial = to.string() + ".partial";
  fs::copy_file(from, partial, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(partial, to, ec);
  if (ec) return Fail(Error::Unavailable("cannot copy " + from.string() + ": " + ec.message()));
  return Ok();
}

}  // namespace

Result<int64_t> CopyStoredFiles(Runtime& rt, const std::string& backup_file) {
  auto files = ListFiles(rt);
  if (!files) return Fail(files.error());
  const fs::path dir = backup_file + ".files";
  int64_t n = 0;
  for (const auto& f : *files) {
    ARIADNE_RETURN_IF_ERROR(CopyOne(rt.blobs->PathOf(f.sha256), dir / Relative(f.sha256)));
    ++n;
  }
  return n;
}

Result<FileCheck> RestoreStoredFiles(Runtime& rt, const std::string& backup_file) {
  auto files = ListFiles(rt);
  if (!files) return Fail(files.error());
  const fs::path dir = backup_file + ".files";
  for (const auto& f : *files) {
    fs::path from = dir / Relative(f.sha256);
    std::error_code ec;
    if (fs::exists(from, ec)) ARIADNE_RETURN_IF_ERROR(CopyOne(from, rt.blobs->PathOf(f.sha256)));
  }
  return VerifyStoredFiles(rt);
}

Result<int64_t> RotateFilesKey(Runtime& rt) {
  const std::string current = rt.paths.files_key(), next = current + ".next";
  auto key = BlobStore::LoadMasterKey(next, true);  // made now, or left by a rotation cut short
  if (!key) return Fail(key.error());
  auto files = ListFiles(rt);
  if (!files) return Fail(files.error());
  int64_t n = 0;
  for (const auto& f : *files) {
    ARIADNE_RETURN_IF_ERROR(rt.blobs->Rewrap(f.sha256, *key, 1));
    ++n;
  }
  std::error_code ec;
  fs::rename(current, current + ".retired-" + std::to_string(rt.env->NowMillis() / 1000), ec);
  if (!ec) fs::rename(next, current, ec);
  if (ec) return Fail(Error::Unavailable("cannot put the new key in place: " + ec.message()));
  return n;
}

Result<FileCheck> VerifyStoredFiles(Runtime& rt) {
  auto files = ListFiles(rt);
  if (!files) return Fail(files.error());
  FileCheck out;
  for (const auto& f : *files) {
    ++out.checked;
    if (auto st = rt.blobs->Verify(f.sha256); !st) out.bad.push_back(f.sha256 + ": " + st.error().message);
  }
  return out;
}

}  // namespace ariadne
