#include "domain/password_policy.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

std::string Check(const std::string& user, const std::string& password) {
  auto st = CheckPasswordPolicy(user, password);
  return st ? "ok" : st.error().reason + " " + st.error().field + ": " + st.error().message;
}

TEST(PasswordPolicyTest, LongPassphrasesPass) {
  EXPECT_EQ(Check("aigerim", "correct horse battery staple"), "ok");
  EXPECT_EQ(Check("aigerim", "abcdefghijkl"), "ok");  // exactly 12, no composition rules
  EXPECT_EQ(Check("", "Ariadne-demo-2026"), "ok");
}

TEST(PasswordPolicyTest, TooShort) {
  EXPECT_EQ(Check("aigerim", "abcdefghijk"), "weak_password password: the password needs at least 12 characters");
  EXPECT_EQ(Check("aigerim", ""), "weak_password password: the password needs at least 12 characters");
}

// Length is counted in characters: twelve Cyrillic letters are enough, eleven are not.
TEST(PasswordPolicyTest, CyrillicCountsCharactersNotBytes) {
  EXPECT_EQ(Check("aigerim", "пароль-длинн"), "ok");
  EXPECT_EQ(Check("aigerim", "парольдлинн").substr(0, 13), "weak_password");
}

TEST(PasswordPolicyTest, TooLong) {
  EXPECT_EQ(Check("aigerim", std::string(kMaxPasswordBytes, 'x') + "y").substr(0, 13), "weak_password");
  std::string longest = std::string(kMaxPasswordBytes - 1, 'x') + "y";
  EXPECT_EQ(Check("aigerim", longest), "ok");
}

TEST(PasswordPolicyTest, MustNotContainTheUserName) {
  EXPECT_EQ(Check("aigerim", "my name is Aigerim!"),
            "weak_password password: the password must not contain the user name");
  EXPECT_EQ(Check("AIGERIM", "aigerim-2026-spring"),
            "weak_password password: the password must not contain the user name");
}

TEST(PasswordPolicyTest, MustNotRepeatOneCharacter) {
  EXPECT_EQ(Check("aigerim", "aaaaaaaaaaaaaaaa"), "weak_password password: the password must not repeat one character");
  EXPECT_EQ(Check("aigerim", "AAAAAAaaaaaa"), "weak_password password: the password must not repeat one character");
}

TEST(PasswordPolicyTest, CommonPasswordsRefusedInAnyCase) {
  EXPECT_EQ(Check("aigerim", "Password1234"), "weak_password password: this password is too common");
  EXPECT_EQ(Check("aigerim", "QWERTY123456"), "weak_password password: this password is too common");
  EXPECT_EQ(Check("aigerim", "123456789012"), "weak_password password: this password is too common");
}

}  // namespace
}  // namespace ariadne
