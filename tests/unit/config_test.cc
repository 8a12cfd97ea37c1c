// The shipped configuration (config/): every file is JSON, and the files the server loads at
// start-up validate, so a bad edit fails here rather than at `ariadne serve`.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "domain/field_rules.h"
#include "domain/lookups.h"
#include "domain/permissions.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

TEST(ConfigTest, EveryFileIsJson) {
  int files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(test::SourcePath("config"))) {
    if (e.path().extension() != ".json") continue;
    ++files;
    std::ifstream in(e.path());
    EXPECT_FALSE(nlohmann::json::parse(in, nullptr, false).is_discarded()) << e.path();
  }
  EXPECT_GE(files, 3);
}

TEST(ConfigTest, StartUpFilesValidate) {
  auto lookups = Lookups::FromJson(test::LoadConfig("lookups/lookups.json"));
  ASSERT_TRUE(lookups) << lookups.error().message;
  auto matrix = PermissionMatrix::FromJson(test::LoadConfig("roles/permissions.json"));
  EXPECT_TRUE(matrix) << matrix.error().message;
  auto schema = RecordSchema::FromJson(test::LoadConfig("schema/case.json"), *lookups);
  EXPECT_TRUE(schema) << schema.error().message;
}

// A permission no role holds is a route nobody can call.
TEST(ConfigTest, EveryPermissionIsHeldBySomeRole) {
  PermissionMatrix m = test::ConfigMatrix();
  for (const auto& p : KnownPermissions()) {
    bool held = false;
    for (Role r : AllRoles()) held = held || m.Allows(r, p);
    EXPECT_TRUE(held) << p;
  }
}

}  // namespace
}  // namespace ariadne
