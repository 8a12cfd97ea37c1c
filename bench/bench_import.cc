// The import figure of issue 8: a call-record (or bank-statement) file into a case of a data
// directory made by `ariadne init`, through RunImport — the pipeline of `ariadne import` and of
// the upload route: parsed, normalised (phones to E.164, accounts to their key), staged in chunks
// into the indexed tables, published in one step. Reports rows/s as one JSON line.
//
//   bench_import --data DIR --mapping FILE [--kind calls|transactions] [--chunk-rows 200000] FILE
//   bench_import --parse-only --mapping FILE [--kind ...] FILE   # read and normalise only: no store
//
// The case (and the unit and user it needs) is made here: there is no command for it.
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "api/import_service.h"
#include "base/ids.h"
#include "cli/runtime.h"
#include "engine/ingest/column_mapping.h"
#include "engine/ingest/csv_reader.h"
#include "engine/ingest/import_rows.h"
#include "bench_args.h"

using namespace ariadne;
using Clock = std::chrono::steady_clock;

using ariadne::bench::Die;
using ariadne::bench::Flag;
using ariadne::bench::StrArg;

namespace {

double Secs(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double FileMb(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? static_cast<double>(st.st_size) / 1048576.0 : 0.0;
}

double PeakMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  return -1;
}

std::string ReadAll(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) Die("cannot read " + file);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();  // as `ariadne import` reads it
}

// The first half of RunImport alone: CSV records through the mapping into normalised rows.
int ParseOnly(const std::string& mapping_file, const std::string& kind, const std::string& file) {
  auto j = LoadJsonFile(mapping_file);
  if (!j) Die(mapping_file + ": " + j.error().message);
  auto m = ingest::ParseMapping(*j);
  if (!m) Die(mapping_file + ": " + m.error().message);
  const std::string data = ReadAll(file);
  ingest::CsvReader reader(data, m->delimiter, m->windows_1251);
  ingest::RowReader rows(*m);
  ingest::CsvRecord rec;
  if (!reader.Next(&rec) || !rows.Bind(rec.fields)) Die(file + ": bad header");
  ingest::RowError err;
  int64_t ok = 0, bad = 0;
  const auto t1 = Clock::now();
  while (reader.Next(&rec)) {
    bool good;
    if (kind == "calls") {
      CallRow r;
      good = rows.ReadCall(rec, &r, &err);
    } else {
      TxnRow r;
      good = rows.ReadTxn(rec, &r, &err);
    }
    ++(good ? ok : bad);
  }
  const double secs = Secs(t1);
  std::printf("{\"kind\":\"%s\",\"parse_only\":true,\"rows_ok\":%lld,\"rows_bad\":%lld,\"seconds\":%.2f,\"rows_per_s\":%.0f}\n",
              kind.c_str(), static_cast<long long>(ok), static_cast<long long>(bad), secs, static_cast<double>(ok) / secs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data_dir = StrArg(argc, argv, "--data"), mapping_file = StrArg(argc, argv, "--mapping");
  const std::string kind = StrArg(argc, argv, "--kind", "calls");
  const std::string file = argc > 1 ? argv[argc - 1] : "";
  if (Flag(argc, argv, "--parse-only") && !mapping_file.empty() && !file.empty()) return ParseOnly(mapping_file, kind, file);
  if (data_dir.empty() || mapping_file.empty() || file.empty() || file[0] == '-') {
    std::fprintf(stderr, "usage: bench_import --data DIR --mapping FILE [--kind calls|transactions] [--chunk-rows N] FILE\n"
                         "       bench_import --parse-only --mapping FILE [--kind calls|transactions] FILE\n");
    return 2;
  }
  auto rt = OpenRuntime(ResolvePaths(data_dir, "", ""), Env::Default(), false);
  if (!rt) Die(rt.error().message);
  Runtime& r = **rt;
  auto mapping = LoadJsonFile(mapping_file);
  if (!mapping) Die(mapping_file + ": " + mapping.error().message);

  Actor actor{"", "bench", "CLI", "bench_import", "local"};
  auto unit = r.accounts->CreateUnit(actor, "BENCH-LINK", "Bench link analysis", "KZ", "");
  if (!unit) Die(unit.error().message);
  auto user = r.accounts->CreateUser(actor, "bench.analyst", "bench.analyst", Role::kAnalyst, unit->code,
                                     "bench-password-2026");
  if (!user) Die(user.error().message);
  Case c;
  c.id = NewUuidV7(*r.env);
  c.reference = "KZ-BENCH-LINK-0001";
  c.title = "Link analysis benchmark";
  c.category = "tip";
  c.approach = "reactive";
  c.trigger = "complaint";
  c.jurisdiction_country = "KZ";
  c.owning_unit_id = unit->id;
  c.created_by = user->id;
  c.created_at = c.updated_at = r.env->NowMillis();
  auto made = r.store->Write([&](StoreWriter& w) -> Status { return w.InsertCase(c); });
  if (!made) Die(made.error().message);

  auto t0 = Clock::now();
  const std::string data = ReadAll(file);
  const double read_s = Secs(t0);

  ImportInput in;
  in.case_id = c.id;
  in.kind = kind;
  in.file_name = file.substr(file.find_last_of('/') + 1);
  in.mapping = *mapping;
  in.user_id = user->id;
  in.username = user->username;
  in.path = "bench_import";
  const std::string chunk = StrArg(argc, argv, "--chunk-rows");
  if (!chunk.empty()) in.chunk_rows = std::stoul(chunk);
  int chunks = 0;
  t0 = Clock::now();
  in.progress = [&](const ImportJob& j) {
    if (++chunks % 50 == 0)
      std::fprintf(stderr, "\r%s: %lld rows, %.0f rows/s", in.file_name.c_str(), static_cast<long long>(j.rows_ok),
                   static_cast<double>(j.rows_ok) / Secs(t0));
  };
  auto out = RunImport(*r.store, *r.env, r.audit.get(), data, in);
  const double import_s = Secs(t0);
  std::fprintf(stderr, "\n");
  if (!out) Die(out.error().field + ": " + out.error().message);
  const ImportJob& j = out->job;
  if (j.status != "published") Die("import " + j.status);
  std::printf(
      "{\"kind\":\"%s\",\"file_mb\":%.1f,\"rows_ok\":%lld,\"rows_bad\":%lld,\"read_s\":%.2f,\"import_s\":%.2f,"
      "\"rows_per_s\":%.0f,\"chunk_rows\":%zu,\"db_mb\":%.1f,\"wal_mb\":%.1f,\"vm_hwm_mb\":%.1f}\n",
      kind.c_str(), static_cast<double>(data.size()) / 1048576.0, static_cast<long long>(j.rows_ok),
      static_cast<long long>(j.rows_bad), read_s, import_s, static_cast<double>(j.rows_ok) / import_s, in.chunk_rows,
      FileMb(r.paths.db()), FileMb(r.paths.db() + "-wal"), PeakMb());
  return 0;
}
