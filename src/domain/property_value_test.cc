#include "domain/property_value.h"

#include <gtest/gtest.h>

#include <thread>

#include "testing/test_util.h"

namespace ariadne {
namespace {

using test::Describe;

const char* const kTypes[] = {"name", "string", "text",   "date", "country", "phone",  "email",
                              "iban", "identifier", "number", "url",  "gender",  "entity"};

Result<NormalizedValue> Norm(const std::string& type, const std::string& raw, const std::string& country = "KZ") {
  return NormalizeValue(type, raw, ValueContext{country}, type);
}
// The normalized form, or "<reason> <field>" when refused.
std::string Normalized(const std::string& type, const std::string& raw, const std::string& country = "KZ") {
  auto r = Norm(type, raw, country);
  return r ? r->normalized : Describe(r);
}
std::string Latin(const std::string& type, const std::string& raw) {
  auto r = Norm(type, raw);
  return r ? r->latin : Describe(r);
}
const std::vector<std::string> kNoFlags;
const std::vector<std::string> kUnverified = {"phone_unverified"};

TEST(PropertyValue, KnownTypes) {
  for (const char* type : kTypes) EXPECT_TRUE(IsKnownPropertyType(type)) << type;
  for (const char* type : {"", "Name", "address", "money", "json"}) EXPECT_FALSE(IsKnownPropertyType(type)) << type;
}

TEST(PropertyValue, UnknownTypeIsABug) {
  auto r = NormalizeValue("address", "Almaty", {}, "address");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInternal);
}

TEST(PropertyValue, EveryTypeRequiresAValueAndNamesTheProperty) {
  for (const char* type : kTypes) {
    for (const char* blank : {"", " ", " \t\r\n "}) {
      auto r = NormalizeValue(type, blank, {"KZ"}, "someProperty");
      ASSERT_FALSE(r) << type;
      EXPECT_EQ(Describe(r), "required someProperty") << type;
      EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
      EXPECT_EQ(r.error().http_status, 422);
    }
  }
}

TEST(PropertyValue, ValueIsTrimmedOnly) {
  auto r = Norm("name", " \t Aigerim  Bekova \n");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "Aigerim  Bekova");
  EXPECT_EQ(r->normalized, "");
  EXPECT_EQ(r->latin, "");
  EXPECT_TRUE(r->flags.empty());
}

TEST(PropertyValue, LengthLimits) {
  EXPECT_EQ(Describe(Norm("name", std::string(10'000, 'a'))), "ok");
  EXPECT_EQ(Describe(Norm("name", "  " + std::string(10'000, 'a') + "  ")), "ok");  // trimmed first
  EXPECT_EQ(Describe(Norm("name", std::string(10'001, 'a'))), "too_long name");
  EXPECT_EQ(Describe(Norm("identifier", std::string(10'001, '1'))), "too_long identifier");
  EXPECT_EQ(Describe(Norm("text", std::string(1'000'000, 'a'))), "ok");
  EXPECT_EQ(Describe(Norm("text", std::string(1'000'001, 'a'))), "too_long text");
}

TEST(PropertyValue, InvalidUtf8IsRefused) {
  const std::string bad[] = {
      "\xFF",                 // never valid
      "Ali\xC3",              // truncated two-byte sequence
      "\xC3\x28",             // bad continuation byte
      "\xC0\xAF",             // overlong '/'
      "\xED\xA0\x80",         // UTF-16 surrogate
      "\xF4\x90\x80\x80",     // above U+10FFFF
      "\xD0\xA0\xD0",         // "Р" then half a letter
  };
  for (const std::string& s : bad) {
    EXPECT_EQ(Describe(Norm("name", s)), "invalid_utf8 name");
    EXPECT_EQ(Describe(Norm("text", "ok " + s + " ok")), "invalid_utf8 text");
    EXPECT_EQ(Describe(Norm("identifier", "N1" + s)), "invalid_utf8 identifier");
  }
  EXPECT_EQ(Describe(Norm("name", "\xF0\x9F\x98\x80")), "ok");  // a four-byte emoji is fine
}

TEST(PropertyValue, CyrillicNameIsKeptAsWrittenAndTransliterated) {
  auto r = Norm("name", "  Рахимов Алишер ");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "Рахимов Алишер");
  EXPECT_EQ(r->latin, "Rakhimov Alisher");
  EXPECT_EQ(r->normalized, "");
  EXPECT_EQ(Latin("name", "Нұрсұлтан Әбішұлы"), "Nursultan Abishuly");    // Kazakh
  EXPECT_EQ(Latin("name", "Қайрат Жұмабеков"), "Kairat Zhumabekov");      // Kazakh
  EXPECT_EQ(Latin("name", "Айгүл Эшматова"), "Aigul Eshmatova");          // Kyrgyz
  EXPECT_EQ(Latin("name", "Ўткир Ҳасанов"), "Utkir Hasanov");             // Uzbek Cyrillic
  EXPECT_EQ(Latin("name", "Ҷамшед Раҳмонов"), "Jamshed Rahmonov");        // Tajik
  EXPECT_EQ(Latin("name", "ЖАНЫБЕКОВА Жанна"), "ZHANYBEKOVA Zhanna");     // capitals stay capitals
  EXPECT_EQ(Latin("string", "Жаңаөзен"), "Zhanaozen");
  EXPECT_EQ(Latin("text", "Щукин Юрий ушёл"), "Shchukin Iurii ushel");
  EXPECT_EQ(Latin("name", "Şahin Yılmaz"), "Sahin Yilmaz");  // non-ASCII Latin letters too
  EXPECT_EQ(Latin("name", "John Smith"), "");                // already ASCII
  EXPECT_EQ(Latin("string", "5 € 10 №"), "");                // non-ASCII, but no letters
}

TEST(PropertyValue, TransliterateToLatin) {
  EXPECT_EQ(TransliterateToLatin("already ASCII 123!"), "already ASCII 123!");
  EXPECT_EQ(TransliterateToLatin(""), "");
  EXPECT_EQ(TransliterateToLatin("Цой Виктор"), "Tsoi Viktor");
  EXPECT_EQ(TransliterateToLatin("Шерзод Хўжаев"), "Sherzod Khuzhaev");
  EXPECT_EQ(TransliterateToLatin("Ғалымжан Өтегенов"), "Galymzhan Otegenov");
  EXPECT_EQ(TransliterateToLatin("Үсөн Ӯрунбой Ӣсоев"), "Uson Urunboi Isoev");
  EXPECT_EQ(TransliterateToLatin("Дьяченко"), "Diachenko");
  EXPECT_EQ(TransliterateToLatin("Й"), "I");
  EXPECT_EQ(TransliterateToLatin("И\xCC\x86"), "I");  // И + combining breve, i.e. a decomposed Й
  EXPECT_EQ(TransliterateToLatin("Αλέξανδρος"), "Alexandros");
  EXPECT_EQ(TransliterateToLatin("王伟"), "wang wei");
  EXPECT_EQ(TransliterateToLatin("Ali \xF0\x9F\x98\x80"), "Ali ");  // what has no Latin form is dropped
  for (const char* s : {"محمد علي", "Ёзгүл ЖАНЫБЕКОВА", "ქართული", "हिन्दी", "日本語"}) {
    const std::string out = TransliterateToLatin(s);
    EXPECT_FALSE(out.empty()) << s;
    for (char c : out) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << s;
  }
}

// ICU's Transliterator is not thread-safe and the lookup tables are built on first use: many
// threads at once must all get the same answers (run under -fsanitize=thread to see races).
TEST(PropertyValue, IsThreadSafe) {
  auto once = [] {
    auto name = Norm("name", "Рахимов Алишер Қайратұлы");
    auto phone = Norm("phone", "+7 701 123 45 67");
    auto country = Norm("country", "kg");
    return (name ? name->latin : "") + "|" + (phone ? phone->normalized : "") + "|" +
           (country ? country->normalized : "");
  };
  std::vector<std::thread> threads;
  std::vector<std::string> first(4);
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      first[t] = once();
      for (int i = 0; i < 100; ++i)
        if (once() != first[t]) ++mismatches[t];
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
  for (const std::string& f : first) EXPECT_EQ(f, "Rakhimov Alisher Kairatuly|+77011234567|kg");
}

TEST(PropertyValue, PartialDates) {
  for (const char* ok : {"1990", "1990-05", "1990-05-17", "1992-02-29", "2000-02-29", "1000-01-01", "2100-12-31",
                         "1990-05-17T08:30", "1990-05-17T08:30:59", "1990-05-17T23:59Z", "1990-05-17T00:00:00Z"})
    EXPECT_EQ(Normalized("date", ok), ok);
  for (const char* bad : {"1990-02-29", "1900-02-29", "1990-02-30", "1990-04-31", "1990-13", "1990-00", "1990-05-00",
                          "19x0", "999", "0999", "2101", "90", "1990-5", "1990-05-1", "1990/05/17", "17.05.1990",
                          "1990-", "1990-05-", "1990-05-17T", "1990-05-17T8:30", "1990-05-17T24:00",
                          "1990-05-17T12:60", "1990-05-17T12:30:60", "1990-05-17Z", "1990-05-17 08:30", "+1990"})
    EXPECT_EQ(Normalized("date", bad), "invalid_date date") << bad;
}

TEST(PropertyValue, Countries) {
  EXPECT_EQ(Normalized("country", "KZ"), "kz");
  EXPECT_EQ(Normalized("country", "kg"), "kg");
  EXPECT_EQ(Normalized("country", "Uz"), "uz");
  EXPECT_EQ(Normalized("country", " TJ "), "tj");
  EXPECT_EQ(Normalized("country", "XK"), "xk");  // Kosovo
  for (const char* bad : {"QQ", "ZZ", "zz", "XX", "Kazakhstan", "K", "KAZ", "398", "K1", "ҚZ"})
    EXPECT_EQ(Normalized("country", bad), "invalid_country country") << bad;
}

TEST(PropertyValue, PhoneWithLettersIsRefusedNamingTheField) {
  auto r = NormalizeValue("phone", "+7 701 CALL ME", {"KZ"}, "phone");
  ASSERT_FALSE(r);
  EXPECT_EQ(Describe(r), "invalid_phone phone");
  EXPECT_EQ(r.error().http_status, 422);
  EXPECT_NE(r.error().message.find("phone"), std::string::npos);
  EXPECT_EQ(r.error().message.find("CALL"), std::string::npos);  // the value itself is not echoed
  for (const char* bad : {"+7 701 123 45 67 ext 5", "++77011234567", "7+7011234567", "+7_701_123_45_67",
                          "+7 701 123 45 67#", "\xD9\xA0\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5", "tel:+77011234567"})
    EXPECT_EQ(Normalized("phone", bad), "invalid_phone phone") << bad;
}

TEST(PropertyValue, PhoneDigitCount) {
  EXPECT_EQ(Normalized("phone", "1234"), "invalid_phone phone");
  EXPECT_EQ(Normalized("phone", "+(1)-2.3/4"), "invalid_phone phone");
  EXPECT_EQ(Normalized("phone", std::string(21, '1')), "invalid_phone phone");
  EXPECT_EQ(Describe(Norm("phone", "12345")), "ok");
  EXPECT_EQ(Describe(Norm("phone", std::string(20, '1'))), "ok");
}

TEST(PropertyValue, KazakhNumberInE164) {
  auto r = Norm("phone", "+7 701 123 45 67", "KZ");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "+7 701 123 45 67");
  EXPECT_EQ(r->normalized, "+77011234567");
  EXPECT_EQ(r->flags, kNoFlags);
  EXPECT_EQ(Normalized("phone", "8 (701) 123-45-67", "KZ"), "+77011234567");  // national form
  EXPECT_EQ(Normalized("phone", "8 (701) 123-45-67", "kz"), "+77011234567");  // region case-insensitive
  EXPECT_EQ(Normalized("phone", "+7.701.123.45.67", ""), "+77011234567");     // no region needed with +
}

TEST(PropertyValue, KyrgyzNationalNumberKept) {
  auto r = Norm("phone", "0555 123 456", "KG");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "0555 123 456");
  EXPECT_EQ(r->normalized, "+996555123456");
  EXPECT_EQ(r->flags, kNoFlags);
}

// libphonenumber's metadata misses real Central Asian ranges: such numbers are kept, with E.164
// when the length is possible, and flagged, never refused.
TEST(PropertyValue, DoubtfulCentralAsianNumbersAreKeptAndFlagged) {
  struct Case {
    const char* raw;
    const char* country;
    const char* e164;
  };
  for (const Case& c : {Case{"+7 799 123 45 67", "KZ", "+77991234567"}, Case{"+996 300 12 34 56", "KG", "+996300123456"},
                        Case{"+998 10 123 45 67", "UZ", "+998101234567"}, Case{"+992 60 123 4567", "TJ", "+992601234567"},
                        Case{"+998 40 123 45 67", "", "+998401234567"}}) {
    auto r = Norm("phone", c.raw, c.country);
    ASSERT_TRUE(r) << c.raw << ": " << Describe(r);
    EXPECT_EQ(r->value, c.raw);
    EXPECT_EQ(r->normalized, c.e164) << c.raw;
    EXPECT_EQ(r->flags, kUnverified) << c.raw;
  }
}

TEST(PropertyValue, UnparseablePhonesAreKeptWithoutE164) {
  // Too short for Kazakhstan; a national number with no country to read it by.
  for (const auto& [raw, country] : {std::pair{"12345", "KZ"}, std::pair{"87011234567", ""},
                                     std::pair{"0555 123 456", ""}, std::pair{"+999 123 456 789", "KZ"}}) {
    auto r = Norm("phone", raw, country);
    ASSERT_TRUE(r) << raw << ": " << Describe(r);
    EXPECT_EQ(r->value, raw);
    EXPECT_EQ(r->normalized, "") << raw;
    EXPECT_EQ(r->flags, kUnverified) << raw;
  }
}

TEST(PropertyValue, Emails) {
  EXPECT_EQ(Normalized("email", "Aigerim.B@Mail.KZ"), "Aigerim.B@mail.kz");  // the local part is kept
  EXPECT_EQ(Normalized("email", "a+tag@sub.example.org"), "a+tag@sub.example.org");
  for (const char* bad : {"aigerim", "@mail.kz", "a@", "a@b", "a@@mail.kz", "a@b@mail.kz", "a b@mail.kz",
                          "a@mail .kz", "a@.mail.kz", "a@mail.kz.", "a@mail..kz", "a@mail\t.kz", "a\n@mail.kz"})
    EXPECT_EQ(Normalized("email", bad), "invalid_email email") << bad;
}

TEST(PropertyValue, Ibans) {
  EXPECT_EQ(Normalized("iban", "KZ86125KZT5004100100"), "KZ86125KZT5004100100");
  EXPECT_EQ(Normalized("iban", "kz86 125k zt50 0410 0100"), "KZ86125KZT5004100100");
  EXPECT_EQ(Normalized("iban", "GB82WEST12345698765432"), "GB82WEST12345698765432");
  EXPECT_EQ(Normalized("iban", "GB82 WEST 1234 5698 7654 32"), "GB82WEST12345698765432");
  EXPECT_EQ(Normalized("iban", "NO9386011117947"), "NO9386011117947");                          // 15, the shortest
  EXPECT_EQ(Normalized("iban", "LC55HEMM000100010012001200023015"), "LC55HEMM000100010012001200023015");  // 32
  EXPECT_EQ(Normalized("iban", "GB82WEST12345698765433"), "invalid_iban iban");                 // checksum
  EXPECT_EQ(Normalized("iban", "GB28WEST12345698765432"), "invalid_iban iban");                 // check digits
  EXPECT_EQ(Normalized("iban", "KZ86125KZT5004100101"), "invalid_iban iban");
  for (const char* bad : {"NO938601111794", "GB82WEST123456987654321234567890123", "8282WEST12345698765432",
                          "GBX2WEST12345698765432", "GB82WEST1234569876543-", "GB82-WEST-1234-5698-7654-32",
                          "GB82WEST1234\t5698765432"})
    EXPECT_EQ(Normalized("iban", bad), "invalid_iban iban") << bad;
}

TEST(PropertyValue, Identifiers) {
  auto r = Norm("identifier", "n 12-34 567");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "n 12-34 567");
  EXPECT_EQ(r->normalized, "N1234567");
  EXPECT_EQ(Normalized("identifier", "АВ 123456"), "AB123456");  // Cyrillic А and В
  EXPECT_EQ(Normalized("identifier", "ав 123456"), "AB123456");
  EXPECT_EQ(Normalized("identifier", "АВЕКМНОРСТХУ"), "ABEKMHOPCTXY");
  EXPECT_EQ(Normalized("identifier", "авекмнорстху"), "ABEKMHOPCTXY");
  EXPECT_EQ(Normalized("identifier", "01.02/2023-ab"), "01022023AB");
  EXPECT_EQ(Normalized("identifier", "жк 12"), "ЖK12");  // other Cyrillic letters kept, upper-cased
  EXPECT_EQ(Normalized("identifier", "Қ№1"), "invalid_identifier identifier");
  for (const char* bad : {"- / .", "N#123", "N_123", "N°123", "N\t123", "Α123", "N1234567!"})
    EXPECT_EQ(Normalized("identifier", bad), "invalid_identifier identifier") << bad;
}

TEST(PropertyValue, Numbers) {
  EXPECT_EQ(Normalized("number", "42"), "42");
  EXPECT_EQ(Normalized("number", "-42"), "-42");
  EXPECT_EQ(Normalized("number", "+42"), "42");
  EXPECT_EQ(Normalized("number", "3,5"), "3.5");
  EXPECT_EQ(Normalized("number", "3.5"), "3.5");
  EXPECT_EQ(Normalized("number", "1 234 567,89"), "1234567.89");
  EXPECT_EQ(Normalized("number", "-12 000"), "-12000");
  EXPECT_EQ(Normalized("number", "1\xC2\xA0" "000"), "1000");      // no-break space
  EXPECT_EQ(Normalized("number", "1\xE2\x80\xAF" "000"), "1000");  // narrow no-break space
  EXPECT_EQ(Normalized("number", "0.001"), "0.001");
  for (const char* bad : {"-", "+", "1.2.3", "1,234.5", "12 34", "1234 567", "1 2345", "1  000", ".5", "5.", "1e5",
                          "--1", "1-", "12a", "1 000 0", "٣", "0x10"})
    EXPECT_EQ(Normalized("number", bad), "invalid_number number") << bad;
}

TEST(PropertyValue, Urls) {
  EXPECT_EQ(Normalized("url", "https://example.org"), "https://example.org");
  EXPECT_EQ(Normalized("url", "HTTPS://Vk.COM/Some.Page?x=1#A"), "https://vk.com/Some.Page?x=1#A");
  EXPECT_EQ(Normalized("url", "http://User@Example.org:8080/"), "http://User@example.org:8080/");
  EXPECT_EQ(Normalized("url", "http://[2001:db8::1]:80/x"), "http://[2001:db8::1]:80/x");
  EXPECT_EQ(Normalized("url", "http://пример.рф/путь"), "http://пример.рф/путь");
  for (const char* bad : {"example.org", "www.example.org", "ftp://example.org", "https://", "https:///path",
                          "http://?q", "http://:80", "http://host:", "http://host:http", "http://[::1",
                          "http://exa mple.org", "https://example.org/a b", "mailto:a@b.kz", "javascript:alert(1)"})
    EXPECT_EQ(Normalized("url", bad), "invalid_url url") << bad;
}

TEST(PropertyValue, Genders) {
  EXPECT_EQ(Normalized("gender", "male"), "male");
  EXPECT_EQ(Normalized("gender", "Female"), "female");
  EXPECT_EQ(Normalized("gender", "OTHER"), "other");
  for (const char* bad : {"m", "f", "man", "unknown", "мужской"})
    EXPECT_EQ(Normalized("gender", bad), "invalid_gender gender") << bad;
}

TEST(PropertyValue, EntityIds) {
  EXPECT_EQ(Normalized("entity", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  auto r = Norm("entity", "3F2504E0-4F89-11D3-9A0C-0305E82C3301");
  ASSERT_TRUE(r) << Describe(r);
  EXPECT_EQ(r->value, "3F2504E0-4F89-11D3-9A0C-0305E82C3301");
  EXPECT_EQ(r->normalized, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  for (const char* bad : {"3f2504e0-4f89-11d3-9a0c-0305e82c330", "3f2504e0-4f89-11d3-9a0c-0305e82c33011",
                          "3f2504e04f8911d39a0c0305e82c3301", "3f2504e0_4f89_11d3_9a0c_0305e82c3301",
                          "3g2504e0-4f89-11d3-9a0c-0305e82c3301", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"})
    EXPECT_EQ(Normalized("entity", bad), "invalid_entity entity") << bad;
}

TEST(PropertyValue, RefusalsNameThePropertyNotTheType) {
  auto r = NormalizeValue("date", "1990-02-30", {"KZ"}, "birthDate");
  ASSERT_FALSE(r);
  EXPECT_EQ(Describe(r), "invalid_date birthDate");
  EXPECT_EQ(r.error().message.rfind("birthDate ", 0), 0u) << r.error().message;
  EXPECT_EQ(r.error().message.find("1990-02-30"), std::string::npos);
  EXPECT_EQ(Describe(NormalizeValue("identifier", "#", {}, "passportNumber")), "invalid_identifier passportNumber");
  EXPECT_EQ(Describe(NormalizeValue("iban", "GB82WEST12345698765433", {}, "iban")), "invalid_iban iban");
}

}  // namespace
}  // namespace ariadne
