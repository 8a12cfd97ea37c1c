// Helpers for the unit tests only (never linked into the program): the repository's config
// files, a temporary directory, a store with a few units and users, and short renderings of
// errors so that an assert fits on one line (STYLE.md §2.5).
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "base/env.h"
#include "base/error.h"
#include "base/ids.h"
#include "domain/entity_schema.h"
#include "domain/field_rules.h"
#include "domain/lookups.h"
#include "domain/permissions.h"
#include "store/store.h"

namespace ariadne::test {

inline std::string SourcePath(const std::string& relative) {
  return std::string(ARIADNE_SOURCE_DIR) + "/" + relative;
}

// Parses config/<relative>; throws (failing the test) when it is missing or not JSON.
inline nlohmann::json LoadConfig(const std::string& relative) {
  std::ifstream in(SourcePath("config/" + relative));
  if (!in) throw std::runtime_error("cannot read config/" + relative);
  return nlohmann::json::parse(in);
}

inline Lookups ConfigLookups() { return Lookups::FromJson(LoadConfig("lookups/lookups.json")).value(); }
inline PermissionMatrix ConfigMatrix() {
  return PermissionMatrix::FromJson(LoadConfig("roles/permissions.json")).value();
}
inline RecordSchema ConfigCaseSchema() {
  return RecordSchema::FromJson(LoadConfig("schema/case.json"), ConfigLookups()).value();
}

inline EntitySchema ConfigEntitySchema() {
  return EntitySchema::FromJson(LoadConfig("schema/entities.json"), ConfigLookups()).value();
}

// "ok", or "<reason> <field>" ("<reason>" when no field): what most asserts compare.
inline std::string Describe(const Error& e) { return e.field.empty() ? e.reason : e.reason + " " + e.field; }
template <typename T>
std::string Describe(const tl::expected<T, Error>& r) {
  return r ? std::string("ok") : Describe(r.error());
}

// A fresh directory under $TMPDIR, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "ariadne-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::unique_ptr<Store> OpenStoreOrDie(const std::string& path, Env* env, const StoreOptions& options = {}) {
  auto s = OpenSqliteStore(path, env, options);
  if (!s) throw std::runtime_error("open store: " + s.error().message);
  return std::move(*s);
}

inline void Check(const Status& st, const char* what) {
  if (!st) throw std::runtime_error(std::string(what) + ": " + st.error().message);
}

inline Unit AddUnit(Store& store, Env& env, const std::string& code, const std::string& country = "KZ") {
  Unit u{NewUuidV7(env), code, code + " unit", country, "", env.NowMillis()};
  Check(store.Write([&](StoreWriter& w) { return w.InsertUnit(u); }), "insert unit");
  return u;
}

inline User AddUser(Store& store, Env& env, const std::string& username, Role role, const std::string& unit_id,
                    const std::string& password_hash = "not-a-hash") {
  User u;
  u.id = NewUuidV7(env);
  u.username = username;
  u.display_name = username;
  u.role = role;
  u.unit_id = unit_id;
  u.password_hash = password_hash;
  u.created_at = env.NowMillis();
  Check(store.Write([&](StoreWriter& w) { return w.InsertUser(u); }), "insert user");
  return u;
}

// A valid case owned by `unit`, not yet stored.
inline Case NewCase(Env& env, const Unit& unit, const User& creator, const std::string& title) {
  Case c;
  c.id = NewUuidV7(env);
  c.title = title;
  c.category = "tip";
  c.approach = "reactive";
  c.trigger = "complaint";
  c.jurisdiction_country = unit.country;
  c.owning_unit_id = unit.id;
  c.created_by = creator.id;
  c.created_at = c.updated_at = env.NowMillis();
  return c;
}

}  // namespace ariadne::test
