#include "base/encoding.h"

#include <gtest/gtest.h>

namespace ariadne {
namespace {

TEST(HexEncodeTest, LowerCaseTwoDigitsPerByte) {
  EXPECT_EQ(HexEncode(""), "");
  EXPECT_EQ(HexEncode(std::string("\x00\x0f\xf0\xff", 4)), "000ff0ff");
  EXPECT_EQ(HexEncode("Ж"), "d096");
}

// RFC 4648 §10 vectors, without the padding base64url drops.
TEST(Base64UrlTest, Rfc4648Vectors) {
  const std::pair<const char*, const char*> kVectors[] = {
      {"", ""},          {"f", "Zg"},         {"fo", "Zm8"},       {"foo", "Zm9v"},
      {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"},
  };
  for (const auto& [plain, encoded] : kVectors) {
    EXPECT_EQ(Base64UrlEncode(plain), encoded) << plain;
    EXPECT_EQ(Base64UrlDecode(encoded), std::optional<std::string>(plain)) << encoded;
  }
}

TEST(Base64UrlTest, UsesTheUrlAlphabet) {
  EXPECT_EQ(Base64UrlEncode("\xfb\xff\xbf"), "-_-_");
  EXPECT_EQ(Base64UrlDecode("-_-_"), std::optional<std::string>("\xfb\xff\xbf"));
}

TEST(Base64UrlTest, CyrillicRoundTrip) {
  const std::string title = "Дело Ивановой: «вербовка» через Telegram, Алматы → Дубай";
  std::string encoded = Base64UrlEncode(title);
  EXPECT_EQ(encoded.find_first_of("+/="), std::string::npos) << encoded;
  EXPECT_EQ(Base64UrlDecode(encoded), std::optional<std::string>(title));
}

TEST(Base64UrlTest, EveryByteAndEveryLengthRoundTrips) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (size_t len = 0; len <= all.size(); ++len) {
    std::string in = all.substr(all.size() - len);
    auto out = Base64UrlDecode(Base64UrlEncode(in));
    ASSERT_TRUE(out.has_value()) << "length " << len;
    EXPECT_EQ(*out, in) << "length " << len;
  }
}

TEST(Base64UrlTest, RejectsInvalidInput) {
  for (const char* bad : {"Zm9v=", "Zg==", "Zm+v", "Zm/v", "Zm9v!", "Zm 9v", "Z", "Zm9vY", "Ж"}) {
    EXPECT_EQ(Base64UrlDecode(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace ariadne
