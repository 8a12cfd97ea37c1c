// The sub-commands of `ariadne`, one function each (registered in main.cc's table).
#pragma once

#include <string>

#include "cli/runtime.h"

namespace ariadne {

struct CommonOptions {
  std::string data_dir, keys_dir, config_dir;
};

int RunServe(const CommonOptions& o, const std::string& listen, int threads, bool test_clock,
             const std::string& static_dir, uint64_t max_upload_bytes);
int RunDemo(const CommonOptions& o);
// Batch entity resolution of FtM JSON lines (resolve_command.cc).
int RunResolve(const std::string& config_dir, const std::string& input, const std::string& output,
               const std::string& region, int threads, bool quiet);
// `ariadne import calls|transactions` (import_command.cc).
struct ImportCommandOptions {
  std::string kind, case_id, mapping_file, file, on_error = "skip";
  int chunk_rows = 0;
  int interrupt_after_chunks = 0;  // test hook: exit 75 after this many chunks, as if killed
  bool quiet = false;
};
int RunImportCommand(const CommonOptions& o, const ImportCommandOptions& c);
// Reads a password from standard input (one line).
std::string ReadPassword();

}  // namespace ariadne
