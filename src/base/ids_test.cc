#include "base/ids.h"

#include <algorithm>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "base/env.h"

namespace ariadne {
namespace {

TEST(UuidV7Test, CanonicalLowerCaseForm) {
  FakeEnv env;
  std::string id = NewUuidV7(env);
  ASSERT_EQ(id.size(), 36u) << id;
  EXPECT_TRUE(IsUuid(id)) << id;
  EXPECT_EQ(id.find_first_of("ABCDEF"), std::string::npos) << id;
  for (size_t dash : {8, 13, 18, 23}) EXPECT_EQ(id[dash], '-') << id;
}

TEST(UuidV7Test, VersionAndVariantBits) {
  FakeEnv env;
  for (int i = 0; i < 200; ++i) {
    std::string id = NewUuidV7(env);
    EXPECT_EQ(id[14], '7') << id;                                 // version nibble
    EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << id;  // variant 10xx
  }
}

TEST(UuidV7Test, TimestampIsTheEnvClockInMilliseconds) {
  FakeEnv env(0x0123456789ab);
  std::string id = NewUuidV7(env);
  EXPECT_EQ(id.substr(0, 8) + id.substr(9, 4), "0123456789ab");
}

TEST(UuidV7Test, LaterMillisecondsSortLater) {
  FakeEnv env;
  std::vector<std::string> ids;
  for (int i = 0; i < 100; ++i) {
    ids.push_back(NewUuidV7(env));
    env.Advance(1);
  }
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

TEST(UuidV7Test, SameMillisecondStillUnique) {
  FakeEnv env;
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) ids.insert(NewUuidV7(env));
  EXPECT_EQ(ids.size(), 1000u);
}

TEST(UuidV7Test, SeededEnvIsDeterministic) {
  FakeEnv a(1'790'000'000'000, 7), b(1'790'000'000'000, 7), c(1'790'000'000'000, 8);
  std::string from_a = NewUuidV7(a);
  EXPECT_EQ(from_a, NewUuidV7(b));
  EXPECT_NE(from_a, NewUuidV7(c));
}

TEST(IsUuidTest, RejectsNonCanonicalText) {
  EXPECT_TRUE(IsUuid("01890a5d-ac96-774b-bcce-b302099a8057"));
  EXPECT_FALSE(IsUuid(""));
  EXPECT_FALSE(IsUuid("01890A5D-AC96-774B-BCCE-B302099A8057"));  // upper case
  EXPECT_FALSE(IsUuid("01890a5dac96774bbcceb302099a8057"));      // no dashes
  EXPECT_FALSE(IsUuid("01890a5d-ac96-774b-bcce-b302099a805"));   // short
  EXPECT_FALSE(IsUuid("01890a5d-ac96-774b-bcce-b302099a80577"));  // long
  EXPECT_FALSE(IsUuid("01890a5d-ac96-774b-bcce_b302099a8057"));  // wrong separator
  EXPECT_FALSE(IsUuid("01890a5d-ac96-774b-bcce-b302099a805g"));  // not hex
  EXPECT_FALSE(IsUuid("{1890a5d-ac96-774b-bcce-b302099a8057}"));
}

TEST(RandomHexTest, LengthAndAlphabet) {
  FakeEnv env;
  EXPECT_EQ(RandomHex(env, 0), "");
  std::string h = RandomHex(env, 32);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos) << h;
  EXPECT_NE(h, RandomHex(env, 32));
}

}  // namespace
}  // namespace ariadne
