#include "security/totp.h"

#include <gtest/gtest.h>

#include "base/env.h"

namespace ariadne {
namespace {

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
constexpr const char* kRfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

std::string CodeAt(int64_t unix_seconds) { return TotpCode(kRfcSecret, unix_seconds * 1000).value_or("error"); }

TEST(TotpTest, Rfc6238Sha1Vectors) {
  // The RFC lists 8 digits; an authenticator shows the last 6.
  EXPECT_EQ(CodeAt(59), "287082");
  EXPECT_EQ(CodeAt(1111111109), "081804");
  EXPECT_EQ(CodeAt(1111111111), "050471");
  EXPECT_EQ(CodeAt(1234567890), "005924");
  EXPECT_EQ(CodeAt(2000000000), "279037");
  EXPECT_EQ(CodeAt(20000000000), "353130");
}

TEST(TotpTest, VerifyAcceptsTheCurrentStep) {
  EXPECT_TRUE(VerifyTotp(kRfcSecret, "287082", 59'000));
  EXPECT_TRUE(VerifyTotp(kRfcSecret, "287082", 30'000));  // same 30-second step
  EXPECT_FALSE(VerifyTotp(kRfcSecret, "287083", 59'000));
}

// One step of drift either way: the code of step 1 (30..59 s) is good from 0 s to 89.999 s.
TEST(TotpTest, DriftWindowIsOneStepEachWay) {
  EXPECT_FALSE(VerifyTotp(kRfcSecret, "287082", 1111111109'000));
  EXPECT_TRUE(VerifyTotp(kRfcSecret, "287082", 0));
  EXPECT_TRUE(VerifyTotp(kRfcSecret, "287082", 89'999));
  EXPECT_FALSE(VerifyTotp(kRfcSecret, "287082", 90'000));
  const std::string code = CodeAt(1234567890);
  EXPECT_TRUE(VerifyTotp(kRfcSecret, code, (1234567890 - 30) * 1000LL));
  EXPECT_TRUE(VerifyTotp(kRfcSecret, code, (1234567890 + 30) * 1000LL));
  EXPECT_FALSE(VerifyTotp(kRfcSecret, code, (1234567890 + 90) * 1000LL));
  EXPECT_FALSE(VerifyTotp(kRfcSecret, code, (1234567890 - 90) * 1000LL));
}

TEST(TotpTest, MalformedCodesAndSecretsAreRefused) {
  for (const char* bad : {"", "28708", "2870820", "28708a", " 87082", "+87082", "287 82"})
    EXPECT_FALSE(VerifyTotp(kRfcSecret, bad, 59'000)) << "'" << bad << "'";
  EXPECT_FALSE(VerifyTotp("not base32!", "287082", 59'000));
  EXPECT_FALSE(TotpCode("not base32!", 59'000).has_value());
}

TEST(TotpTest, NewSecretsAreUsable) {
  FakeEnv env;
  std::string secret = NewTotpSecret(env);
  EXPECT_EQ(secret.size(), 32u);  // 160 bits, base32, no padding
  EXPECT_EQ(secret.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), std::string::npos) << secret;
  EXPECT_NE(secret, NewTotpSecret(env));
  auto code = TotpCode(secret, env.NowMillis());
  ASSERT_TRUE(code.has_value());
  EXPECT_TRUE(VerifyTotp(secret, *code, env.NowMillis()));
  env.Advance(30'000);
  EXPECT_TRUE(VerifyTotp(secret, *code, env.NowMillis()));
  env.Advance(60'000);
  EXPECT_FALSE(VerifyTotp(secret, *code, env.NowMillis()));
}

TEST(TotpTest, UriForAuthenticatorApps) {
  EXPECT_EQ(TotpUri("Ariadne", "aigerim", kRfcSecret),
            "otpauth://totp/Ariadne:aigerim?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Ariadne"
            "&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace ariadne
