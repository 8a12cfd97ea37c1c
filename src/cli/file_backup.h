// The stored files in backups: `ariadne backup` copies them (encrypted, with their wrapped
// keys) beside the store's backup file, `ariadne restore` brings them back and checks each,
// and `ariadne files verify` checks the live ones (DESIGN.md §5).
#pragma once

#include <string>
#include <vector>

#include "cli/runtime.h"

namespace ariadne {

struct FileCheck {
  int64_t checked = 0;
  std::vector<std::string> bad;  // "<sha256>: <why>"
};

// Copies every stored file into `<backup_file>.files/`; the number copied or already there.
Result<int64_t> CopyStoredFiles(Runtime& rt, const std::string& backup_file);
// Copies back from `<backup_file>.files/` what the restored store names, then verifies all.
Result<FileCheck> RestoreStoredFiles(Runtime& rt, const std::string& backup_file);
// Every stored file the store names: present, opens under the master key, hashes to its name.
Result<FileCheck> VerifyStoredFiles(Runtime& rt);
// A new master key: written beside the old as files.key.next, every file's key re-wrapped under
// it, then it becomes files.key and the old one is kept as files.key.retired-<time>. Resumes
// where an interrupted rotation stopped. Returns the number of files re-wrapped.
Result<int64_t> RotateFilesKey(Runtime& rt);

}  // namespace ariadne
