#include "domain/password_policy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace ariadne {

Status CheckPasswordPolicy(const std::string& username, const std::string& password) {
  size_t chars = 0;
  for (unsigned char c : password)
    if ((c & 0xC0) != 0x80) ++chars;
  if (chars < kMinPasswordChars)
    return Fail(Error::Invalid("weak_password", "the password needs at least 12 characters", "password"));
  if (password.size() > kMaxPasswordBytes)
    return Fail(Error::Invalid("weak_password", "the password is too long", "password"));
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  std::string pw = lower(password);
  if (!username.empty() && pw.find(lower(username)) != std::string::npos)
    return Fail(Error::Invalid("weak_password", "the password must not contain the user name", "password"));
  if (std::all_of(pw.begin(), pw.end(), [&](char c) { return c == pw[0]; }))
    return Fail(Error::Invalid("weak_password", "the password must not repeat one character", "password"));
  static constexpr std::array<std::string_view, 8> kWeak = {
      "123456789012", "password1234", "qwertyuiop12", "passwordpassword",
      "administrator", "1234567890123", "qwerty123456", "letmeinletmein"};
  for (auto w : kWeak)
    if (pw == w) return Fail(Error::Invalid("weak_password", "this password is too common", "password"));
  return Ok();
}

}  // namespace ariadne
