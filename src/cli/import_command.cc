// `ariadne import calls|transactions`: a call-record or bank-statement file into a case from the
// command line, for files too large to upload; the same pipeline as the API (api/import_service).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "api/import_service.h"
#include "cli/commands.h"

namespace ariadne {

int RunImportCommand(const CommonOptions& o, const ImportCommandOptions& c) {
  Env* env = Env::Default();
  auto rt = OpenRuntime(ResolvePaths(o.data_dir, o.keys_dir, o.config_dir), env, false);
  if (!rt) {
    std::cerr << "ariadne import: " << rt.error().message << "\n";
    return 1;
  }
  auto mapping = LoadJsonFile(c.mapping_file);
  if (!mapping) {
    std::cerr << "ariadne import: mapping " << c.mapping_file << ": " << mapping.error().message << "\n";
    return 2;
  }
  std::ifstream in(c.file, std::ios::binary);
  if (!in) {
    std::cerr << "ariadne import: cannot read " << c.file << "\n";
    return 2;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string data = buf.str();

  const std::string case_id = c.case_id;
  auto found = (*rt)->store->Read([&](StoreReader& r) -> Status {
    auto cs = r.GetCase(case_id);
    if (!cs) return Fail(Error::NotFound("no case " + case_id));
    return Ok();
  });
  if (!found) {
    std::cerr << "ariadne import: " << found.error().message << "\n";
    return 2;
  }
  ImportInput input;
  input.case_id = case_id;
  input.kind = c.kind;
  input.file_name = c.file.substr(c.file.find_last_of('/') + 1);
  input.on_error = c.on_error;
  input.mapping = *mapping;
  input.user_id = "";
  const char* user = std::getenv("USER");
  input.username = std::string("cli:") + (user ? user : "unknown");
  input.ip = "local";
  input.path = "ariadne import " + c.kind;
  if (c.chunk_rows > 0) input.chunk_rows = static_cast<size_t>(c.chunk_rows);
  input.interrupt_after_chunks = c.interrupt_after_chunks;
  if (!c.quiet)
    input.progress = [&](const ImportJob& j) {
      std::fprintf(stderr, "\r%s: %lld rows, %lld bad, %.0f%%", input.file_name.c_str(),
                   static_cast<long long>(j.rows_ok), static_cast<long long>(j.rows_bad),
                   data.empty() ? 100.0 : 100.0 * static_cast<double>(j.resume_offset) / static_cast<double>(data.size()));
    };
  const int64_t t0 = env->NowMillis();
  auto out = RunImport(*(*rt)->store, *env, (*rt)->audit.get(), data, input);
  if (!c.quiet) std::fprintf(stderr, "\n");
  if (!out) {
    std::cerr << "ariadne import: " << (out.error().field.empty() ? "" : out.error().field + ": ")
              << out.error().message << "\n";
    return 2;
  }
  const ImportJob& j = out->job;
  const double secs = static_cast<double>(env->NowMillis() - t0) / 1000.0;
  nlohmann::json report = {{"job", j.id},           {"status", out->interrupted ? "interrupted" : j.status},
                           {"rows_ok", j.rows_ok},  {"rows_bad", j.rows_bad},
                           {"already_imported", out->already_imported}, {"resumed", out->resumed},
                           {"seconds", secs},       {"errors", nlohmann::json::parse(j.errors_json)}};
  std::cout << report.dump() << "\n";
  if (out->interrupted) return 75;
  return j.status == "refused" ? 3 : 0;
}

}  // namespace ariadne
