#include "security/totp.h"

#include <liboath/oath.h>

#include <cstdlib>
#include <mutex>

namespace ariadne {
namespace {

constexpr unsigned kStepSeconds = 30;
constexpr unsigned kDigits = 6;

void InitOath() {
  static std::once_flag once;
  std::call_once(once, [] { oath_init(); });
}

bool DecodeSecret(const std::string& b32, std::string& raw) {
  InitOath();
  char* out = nullptr;
  size_t len = 0;
  if (oath_base32_decode(b32.data(), b32.size(), &out, &len) != OATH_OK) return false;
  raw.assign(out, len);
  free(out);
  return true;
}

}  // namespace

std::string NewTotpSecret(Env& env) {
  InitOath();
  unsigned char raw[20];
  env.RandomBytes(raw, sizeof raw);
  char* out = nullptr;
  size_t len = 0;
  oath_base32_encode(reinterpret_cast<const char*>(raw), sizeof raw, &out, &len);
  std::string s(out, len);
  free(out);
  while (!s.empty() && s.back() == '=') s.pop_back();
  return s;
}

std::string TotpUri(const std::string& issuer, const std::string& account, const std::string& secret) {
  return "otpauth://totp/" + issuer + ":" + account + "?secret=" + secret + "&issuer=" + issuer +
         "&algorithm=SHA1&digits=6&period=30";
}

bool VerifyTotp(const std::string& secret_base32, const std::string& code, int64_t now_ms) {
  if (code.size() != kDigits) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  std::string raw;
  if (!DecodeSecret(secret_base32, raw)) return false;
  int rc = oath_totp_validate(raw.data(), raw.size(), static_cast<time_t>(now_ms / 1000), kStepSeconds, 0, 1,
                              code.c_str());
  return rc >= 0;
}

Result<std::string> TotpCode(const std::string& secret_base32, int64_t now_ms) {
  std::string raw;
  if (!DecodeSecret(secret_base32, raw)) return Fail(Error::Invalid("invalid_value", "bad TOTP secret"));
  char out[kDigits + 1] = {};
  if (oath_totp_generate(raw.data(), raw.size(), static_cast<time_t>(now_ms / 1000), kStepSeconds, 0, kDigits,
                         out) != OATH_OK)
    return Fail(Error::Internal("TOTP generation failed"));
  return std::string(out);
}

}  // namespace ariadne
