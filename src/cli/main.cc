// ariadne: one program, sub-commands in one table (STYLE.md §2.11).
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "base/ids.h"
#include "cli/commands.h"
#include "cli/file_backup.h"
#include "cli/runtime.h"
#include "security/auth_service.h"
#include "security/crypto.h"

namespace ariadne {
namespace {

int Report(const Error& e) {
  std::fprintf(stderr, "ariadne: %s%s%s\n", e.message.c_str(), e.field.empty() ? "" : " — field: ",
               e.field.c_str());
  return 1;
}

Result<std::unique_ptr<Runtime>> Open(const CommonOptions& o, bool create = false) {
  return OpenRuntime(ResolvePaths(o.data_dir, o.keys_dir, o.config_dir), Env::Default(), create);
}

Actor CliActor() {
  const char* user = std::getenv("USER");
  return {"", std::string("cli:") + (user ? user : "unknown"), "CLI", "", "local"};
}

int Init(const CommonOptions& o) {
  auto rt = Open(o, true);
  if (!rt) return Report(rt.error());
  std::printf("initialised %s (store %s, keys in %s)\n", (*rt)->paths.data_dir.c_str(), (*rt)->paths.db().c_str(),
              (*rt)->paths.keys_dir.c_str());
  return 0;
}

int UnitAdd(const CommonOptions& o, const std::string& code, const std::string& name, const std::string& country,
            const std::string& region) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto u = (*rt)->accounts->CreateUnit(CliActor(), code, name, country, region);
  if (!u) return Report(u.error());
  std::printf("unit %s created (%s)\n", u->code.c_str(), u->id.c_str());
  return 0;
}

int UserAdd(const CommonOptions& o, const std::string& username, const std::string& role_id, const std::string& unit,
            const std::string& display) {
  auto role = ParseRole(role_id);
  if (!role) return Report(Error::Invalid("invalid_value", "unknown role " + role_id, "role"));
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto u = (*rt)->accounts->CreateUser(CliActor(), username, display, *role, unit, ReadPassword());
  if (!u) return Report(u.error());
  std::printf("user %s created (%s)\n", u->username.c_str(), u->id.c_str());
  return 0;
}

Result<std::string> UserId(Runtime& rt, const std::string& username) {
  std::string id;
  ARIADNE_RETURN_IF_ERROR(rt.store->Read([&](StoreReader& r) -> Status {
    auto u = r.GetUserByName(username);
    if (!u) return Fail(Error::NotFound("no user " + username));
    id = u->id;
    return Ok();
  }));
  return id;
}

int UserDisable(const CommonOptions& o, const std::string& username) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto id = UserId(**rt, username);
  if (!id) return Report(id.error());
  UserChange c;
  c.disabled = true;
  auto u = (*rt)->accounts->ChangeUser(CliActor(), *id, c);
  if (!u) return Report(u.error());
  std::printf("user %s disabled; their sessions and tokens are revoked\n", username.c_str());
  return 0;
}

int UserResetPassword(const CommonOptions& o, const std::string& username) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto id = UserId(**rt, username);
  if (!id) return Report(id.error());
  auto st = (*rt)->accounts->ResetPassword(CliActor(), *id, ReadPassword());
  if (!st) return Report(st.error());
  std::printf("password of %s reset; their sessions are revoked\n", username.c_str());
  return 0;
}

int TokenCreate(const CommonOptions& o, const std::string& username, const std::string& name) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto id = UserId(**rt, username);
  if (!id) return Report(id.error());
  AuthService auth((*rt)->store.get(), (*rt)->env, (*rt)->audit.get(), (*rt)->authz.get());
  auto t = auth.CreateToken(*id, name);
  if (!t) return Report(t.error());
  std::printf("%s\n", t->second.c_str());
  return 0;
}

int AuditVerify(const CommonOptions& o) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  AuditVerifyReport rep;
  auto st = (*rt)->store->Read([&](StoreReader& r) -> Status {
    auto v = AuditLog::Verify(r, (*rt)->audit_key, (*rt)->paths.audit_head());
    if (!v) return Fail(v.error());
    rep = *v;
    return Ok();
  });
  if (!st) return Report(st.error());
  if (rep.ok) {
    std::printf("audit chain ok: %lld rows\n", static_cast<long long>(rep.rows));
    return 0;
  }
  std::printf("audit chain BROKEN at row %lld: %s\n", static_cast<long long>(rep.first_bad_seq), rep.reason.c_str());
  return 2;
}

int Backup(const CommonOptions& o, const std::string& to) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto st = (*rt)->store->Backup(to);
  if (!st) return Report(st.error());
  // The files the backed-up store knows, encrypted as they are (their wrapped keys inside),
  // into TO.files/. A file is on disk before its row commits, so every row has its file.
  auto copied = CopyStoredFiles(**rt, to);
  if (!copied) return Report(copied.error());
  std::printf("backup written to %s (%lld stored files in %s.files/)\n", to.c_str(), static_cast<long long>(*copied),
              to.c_str());
  return 0;
}

int FilesVerify(const CommonOptions& o) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto check = VerifyStoredFiles(**rt);
  if (!check) return Report(check.error());
  for (const auto& bad : check->bad) std::printf("BAD %s\n", bad.c_str());
  if (!check->bad.empty()) {
    std::printf("%zu of %lld stored files FAIL verification\n", check->bad.size(), static_cast<long long>(check->checked));
    return 2;
  }
  std::printf("stored files ok: %lld\n", static_cast<long long>(check->checked));
  return 0;
}

int FilesRotateKey(const CommonOptions& o) {
  auto rt = Open(o);
  if (!rt) return Report(rt.error());
  auto n = RotateFilesKey(**rt);
  if (!n) return Report(n.error());
  std::printf("files master key rotated: %lld stored files re-wrapped; the old key is kept as %s.retired-*\n",
              static_cast<long long>(*n), (*rt)->paths.files_key().c_str());
  return 0;
}

int Restore(const CommonOptions& o, const std::string& from, bool force) {
  Paths paths = ResolvePaths(o.data_dir, o.keys_dir, o.config_dir);
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(from)) return Report(Error::NotFound("no backup file " + from));
  if (fs::exists(paths.db()) && !force)
    return Report(Error::Conflict("already_exists", paths.db() + " exists; restore into a new directory or pass --force"));
  // Stored files open only under the master key they were wrapped with: it must come along.
  if (fs::exists(from + ".files") && !fs::exists(paths.files_key()))
    return Report(Error::NotFound("the backup holds stored files: put their master key at " + paths.files_key() +
                                  " (copy files.key from the original keys directory) and run restore again"));
  fs::create_directories(paths.data_dir, ec);
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(paths.db() + suffix, ec);
  fs::copy_file(from, paths.db(), fs::copy_options::overwrite_existing, ec);
  if (ec) return Report(Error::Internal("cannot copy the backup: " + ec.message()));
  auto rt = OpenRuntime(paths, Env::Default(), false);
  if (!rt) return Report(rt.error());
  // The head file describes the live store, which is newer than any backup: verify the backup
  // against its own MAC'd checkpoints, then make its head the new head.
  AuditVerifyReport rep;
  std::optional<AuditRow> last;
  auto st = (*rt)->store->Read([&](StoreReader& r) -> Status {
    auto v = AuditLog::Verify(r, (*rt)->audit_key, "");
    if (!v) return Fail(v.error());
    rep = *v;
    auto l = r.LastAuditRow();
    if (!l) return Fail(l.error());
    last = *l;
    return Ok();
  });
  if (!st) return Report(st.error());
  if (!rep.ok) {
    std::printf("restored store FAILS audit verification at row %lld: %s\n", static_cast<long long>(rep.first_bad_seq),
                rep.reason.c_str());
    return 2;
  }
  if (last) (void)AuditLog::WriteHead(paths.audit_head(), (*rt)->audit_key, last->seq, last->hash);
  // The files come back from FROM.files/ and each one must open under the master key and
  // hash to its name.
  auto files = RestoreStoredFiles(**rt, from);
  if (!files) return Report(files.error());
  if (!files->bad.empty()) {
    std::printf("restored store: %zu of %lld stored files FAIL verification; first: %s\n", files->bad.size(),
                static_cast<long long>(files->checked), files->bad.front().c_str());
    return 2;
  }
  std::printf("restored %s into %s; audit chain ok: %lld rows; %lld stored files ok\n", from.c_str(),
              paths.data_dir.c_str(), static_cast<long long>(rep.rows), static_cast<long long>(files->checked));
  return 0;
}

}  // namespace

std::string ReadPassword() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace ariadne

int main(int argc, char** argv) {
  using namespace ariadne;
  CLI::App app{"Ariadne — case management and intelligence for trafficking and smuggling investigations"};
  app.require_subcommand(1);
  CommonOptions o;
  auto data = [&](CLI::App* c) {
    c->add_option("--data", o.data_dir, "data directory")->required();
    c->add_option("--keys", o.keys_dir, "key directory, outside the data directory (default: DATA.keys)");
    c->add_option("--config", o.config_dir, "configuration directory (default: ./config)");
  };
  int rc = 0;

  auto* init = app.add_subcommand("init", "Create a new data directory with a migrated store");
  data(init);
  init->callback([&] { rc = Init(o); });

  auto* unit = app.add_subcommand("unit", "Manage units")->require_subcommand(1);
  std::string code, name, country, region;
  auto* unit_add = unit->add_subcommand("add", "Add a unit (agency or department)");
  data(unit_add);
  unit_add->add_option("--code", code, "short unique code, e.g. KZ-ALM-CTU")->required();
  unit_add->add_option("--name", name, "full name")->required();
  unit_add->add_option("--country", country, "ISO 3166-1 alpha-2 country")->required();
  unit_add->add_option("--region", region, "region or city");
  unit_add->callback([&] { rc = UnitAdd(o, code, name, country, region); });

  auto* user = app.add_subcommand("user", "Manage user accounts (passwords are read from standard input)")
                   ->require_subcommand(1);
  std::string username, role, unit_code, display;
  auto* user_add = user->add_subcommand("add", "Add a user; the password is read from standard input");
  data(user_add);
  user_add->add_option("--username", username)->required();
  user_add->add_option("--role", role, "frontline_officer, investigator, analyst, supervisor, prosecutor, "
                                       "referral_partner, administrator or auditor")->required();
  user_add->add_option("--unit", unit_code, "unit code")->required();
  user_add->add_option("--display-name", display);
  user_add->callback([&] { rc = UserAdd(o, username, role, unit_code, display); });
  auto* user_disable = user->add_subcommand("disable", "Disable a user and end their sessions");
  data(user_disable);
  user_disable->add_option("--username", username)->required();
  user_disable->callback([&] { rc = UserDisable(o, username); });
  auto* user_reset = user->add_subcommand("reset-password", "Set a new password (from standard input)");
  data(user_reset);
  user_reset->add_option("--username", username)->required();
  user_reset->callback([&] { rc = UserResetPassword(o, username); });

  auto* token = app.add_subcommand("token", "Personal API tokens")->require_subcommand(1);
  std::string token_name = "cli";
  auto* token_create = token->add_subcommand("create", "Print a new personal API token for a user");
  data(token_create);
  token_create->add_option("--user", username)->required();
  token_create->add_option("--name", token_name, "what the token is for");
  token_create->callback([&] { rc = TokenCreate(o, username, token_name); });

  auto* demo = app.add_subcommand("demo", "Fill a data directory with a fictional demonstration dataset");
  data(demo);
  demo->callback([&] { rc = RunDemo(o); });

  auto* serve = app.add_subcommand("serve", "Serve the API and the web client");
  data(serve);
  std::string listen = "127.0.0.1:8080", static_dir;
  int threads = 0;
  bool test_clock = false;
  uint64_t max_upload_mb = 2048;
  serve->add_option("--listen", listen, "ADDR:PORT (port 0 picks a free one)");
  serve->add_option("--max-upload-mb", max_upload_mb, "largest document or media file accepted, in MiB (default 2048)")
      ->check(CLI::Range(uint64_t{1}, uint64_t{1} << 20));
  serve->add_option("--threads", threads, "event-loop threads (default: one per core)");
  serve->add_option("--static", static_dir, "built web client (default: web/dist)");
  serve->add_flag("--test-clock", test_clock, "for tests only: allow POST /api/v1/test/clock to move time");
  serve->callback([&] { rc = RunServe(o, listen, threads, test_clock, static_dir, max_upload_mb << 20); });

  auto* audit = app.add_subcommand("audit", "The audit trail")->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Recompute the hash chain; exit 0 when it holds");
  data(verify);
  verify->callback([&] { rc = AuditVerify(o); });

  std::string file;
  auto* backup = app.add_subcommand("backup", "Consistent copy of the store, safe while serving");
  data(backup);
  backup->add_option("--to", file, "backup file")->required();
  backup->callback([&] { rc = Backup(o, file); });

  bool force = false;
  auto* files = app.add_subcommand("files", "The encrypted document store")->require_subcommand(1);
  auto* files_verify = files->add_subcommand("verify", "Decrypt every stored file and check it against its SHA-256; exit 0 when all hold");
  data(files_verify);
  files_verify->callback([&] { rc = FilesVerify(o); });
  auto* files_rotate = files->add_subcommand("rotate-key", "Make a new master key and re-wrap every stored file's key under it (resumable)");
  data(files_rotate);
  files_rotate->callback([&] { rc = FilesRotateKey(o); });

  ImportCommandOptions imp;
  auto* import = app.add_subcommand("import", "Import call records or bank transactions (CSV or XLSX) into a case")
                     ->require_subcommand(1);
  for (const char* kind : {"calls", "transactions"}) {
    auto* sub = import->add_subcommand(kind, std::string("Import a file of ") + kind + " through a column mapping");
    data(sub);
    sub->add_option("--case", imp.case_id, "the case id")->required();
    sub->add_option("--mapping", imp.mapping_file, "column mapping (JSON; see config/imports/)")->required();
    sub->add_option("--on-error", imp.on_error, "skip: leave bad rows out and report them; refuse: store nothing if any row is bad")
        ->check(CLI::IsMember({"skip", "refuse"}));
    sub->add_option("--chunk-rows", imp.chunk_rows, "rows staged per transaction (default 200000)")->check(CLI::Range(1, 10000000));
    sub->add_option("--interrupt-after-chunks", imp.interrupt_after_chunks, "for tests: stop after N chunks, as if killed");
    sub->add_flag("--quiet", imp.quiet, "no progress on standard error");
    sub->add_option("file", imp.file, "the CSV or XLSX file")->required();
    sub->callback([&, kind] {
      imp.kind = kind;
      rc = RunImportCommand(o, imp);
    });
  }

  auto* resolve = app.add_subcommand("resolve", "Match FollowTheMoney entities (JSON lines) and write proposed pairs and clusters");
  std::string resolve_in, resolve_out, resolve_region;
  int resolve_threads = 0;
  bool resolve_quiet = false;
  resolve->add_option("--input", resolve_in, "FtM entities, one JSON object per line")->required();
  resolve->add_option("--output", resolve_out, "one JSON line per proposed pair and per cluster")->required();
  resolve->add_option("--config", o.config_dir, "configuration directory (default: ./config)");
  resolve->add_option("--region", resolve_region, "default phone region when an entity names no jurisdiction (e.g. KG)");
  resolve->add_option("--threads", resolve_threads, "threads (default: one per core)");
  resolve->add_flag("--quiet", resolve_quiet, "no statistics on standard error");
  resolve->callback([&] { rc = RunResolve(o.config_dir, resolve_in, resolve_out, resolve_region, resolve_threads, resolve_quiet); });

  auto* restore = app.add_subcommand("restore", "Restore a backup into a data directory and verify its audit chain");
  data(restore);
  restore->add_option("--from", file, "backup file")->required();
  restore->add_flag("--force", force, "replace an existing store");
  restore->callback([&] { rc = Restore(o, file, force); });

  CLI11_PARSE(app, argc, argv);
  return rc;
}
