#include "security/crypto.h"

#include <gtest/gtest.h>

namespace ariadne {
namespace {

class CryptoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(InitCrypto()); }
};

TEST_F(CryptoTest, InitIsIdempotent) { EXPECT_TRUE(InitCrypto()); }

TEST_F(CryptoTest, Argon2idHashAndVerify) {
  auto hash = HashPassword("correct horse battery staple");
  ASSERT_TRUE(hash.has_value());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery staple"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse battery stapl"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
  // A fresh salt each time: the same password never hashes the same twice.
  auto again = HashPassword("correct horse battery staple");
  ASSERT_TRUE(again.has_value());
  EXPECT_NE(*hash, *again);
  EXPECT_TRUE(VerifyPassword(*again, "correct horse battery staple"));
}

TEST_F(CryptoTest, CyrillicPasswords) {
  auto hash = HashPassword("пароль-длинный-2026");
  ASSERT_TRUE(hash.has_value());
  EXPECT_TRUE(VerifyPassword(*hash, "пароль-длинный-2026"));
  EXPECT_FALSE(VerifyPassword(*hash, "ПАРОЛЬ-ДЛИННЫЙ-2026"));
}

TEST_F(CryptoTest, MalformedHashesNeverVerify) {
  EXPECT_FALSE(VerifyPassword("", ""));
  EXPECT_FALSE(VerifyPassword("not-a-hash", "not-a-hash"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$m=65536,t=2,p=1$garbage", "x"));
  EXPECT_FALSE(VerifyPassword(std::string(1000, '$'), "x"));
}

TEST_F(CryptoTest, Sha256) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// RFC 4231 §4.3 (test case 2) and §4.2 (test case 1).
TEST_F(CryptoTest, HmacSha256Rfc4231) {
  EXPECT_EQ(HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(HmacSha256Hex(std::string(20, '\x0b'), "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST_F(CryptoTest, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
  EXPECT_FALSE(ConstantTimeEquals(std::string("a\0b", 3), std::string("a\0c", 3)));
}

}  // namespace
}  // namespace ariadne
