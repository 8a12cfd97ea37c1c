#include <gtest/gtest.h>

#include "engine/normalise/identifiers.h"
#include "engine/normalise/person_name.h"
#include "engine/normalise/phone_cache.h"

#include <phonenumbers/phonenumberutil.h>

namespace ariadne {
namespace {

std::string Folded(std::string_view raw) {
  std::string out;
  for (const auto& t : FoldName(raw).tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

TEST(NameFold, RomanisationVariantsMeet) {
  // х/kh/h/x, ж/zh/j, ч/ch, ш/sh, ц/ts, й/y/i, ё/е/yo, ю/yu/iu, я/ya/ia, ы/y, ъ and ь.
  EXPECT_EQ(Folded("Рахимов"), Folded("Rakhimov"));
  EXPECT_EQ(Folded("Рахимов"), Folded("Rahimov"));
  EXPECT_EQ(Folded("Рахимов"), Folded("Raximov"));
  EXPECT_EQ(Folded("Жанна"), Folded("Zhanna"));
  EXPECT_EQ(Folded("Жанна"), Folded("Janna"));
  EXPECT_EQ(Folded("Чингиз"), Folded("Chingiz"));
  EXPECT_EQ(Folded("Шерзод"), Folded("Sherzod"));
  EXPECT_EQ(Folded("Цой"), Folded("Tsoi"));
  EXPECT_EQ(Folded("Сергей"), Folded("Sergei"));
  EXPECT_EQ(Folded("Сергей"), Folded("Sergey"));
  EXPECT_EQ(Folded("Фёдор"), Folded("Fedor"));
  EXPECT_EQ(Folded("Фёдор"), Folded("Fyodor"));
  EXPECT_EQ(Folded("Юлия"), Folded("Iuliia"));
  EXPECT_EQ(Folded("Юлия"), Folded("Yuliya"));
  EXPECT_EQ(Folded("Яна"), Folded("Iana"));
  EXPECT_EQ(Folded("Рыскулов"), Folded("Ryskulov"));
  EXPECT_EQ(Folded("Игорь"), Folded("Igor"));
  EXPECT_EQ(Folded("Евгений"), Folded("Evgenii"));
  EXPECT_EQ(Folded("Евгений"), Folded("Yevgeniy"));
}

TEST(NameFold, UzbekApostrophesAndCentralAsianLetters) {
  for (const char* v : {"Toʻxtayev", "To'xtayev", "To‘xtayev", "To`xtayev", "To’xtayev"})
    EXPECT_EQ(Folded(v), Folded("Тўхтаев")) << v;
  EXPECT_EQ(Folded("Gʻayrat"), Folded("Ғайрат"));
  EXPECT_EQ(Folded("Qasym"), Folded("Қасым"));
  EXPECT_EQ(Folded("Нұрлан"), Folded("Nurlan"));
  EXPECT_EQ(Folded("Әсел"), Folded("Asel"));
  EXPECT_EQ(Folded("Жеңіс"), Folded("Zhenis"));
  EXPECT_EQ(Folded("Ҷӯраев"), Folded("Juraev"));
  EXPECT_NE(FoldName("Toʻxtayev").script & kMarkUzbekLatin, 0u);
  EXPECT_NE(FoldName("Şaripov").script & kMarkTurkicLatin, 0u);
}

TEST(NameFold, CaseSpacingHyphensAndLookAlikeLetters) {
  EXPECT_EQ(Folded("RAKHIMOV  BOTIR"), Folded("rakhimov botir"));
  EXPECT_EQ(Folded("Abdul-Aziz"), Folded("Abdulaziz"));
  // A Cyrillic "а" typed inside a Latin name reads as the Latin letter.
  EXPECT_EQ(Folded("R\xD0\xB0khimov"), Folded("Rakhimov"));
  EXPECT_EQ(Folded(""), "");
  EXPECT_EQ(Folded("  .,;  "), "");
  EXPECT_EQ(Folded("\xFF\xFE broken"), Folded("broken"));  // malformed UTF-8 is skipped, not fatal
}

TEST(PersonName, PatronymicsSurnameEndingsAndInitials) {
  PersonName n = ParsePersonName("Рахимов Ботир Алишерович");
  ASSERT_EQ(n.parts.size(), 3u);
  EXPECT_EQ(n.parts[2].kind, NamePartKind::kPatronymic);
  EXPECT_TRUE(n.parts[0].surname_ending);
  EXPECT_EQ(n.gender, 'm');
  EXPECT_EQ(ParsePersonName("Rakhimova").parts[0].stem, ParsePersonName("Rakhimov").parts[0].stem);
  EXPECT_EQ(ParsePersonName("Rakhimova Aziza").gender, 'f');
  EXPECT_EQ(ParsePersonName("Нурлан Бакыт уулу").parts[1].kind, NamePartKind::kPatronymic);
  EXPECT_EQ(ParsePersonName("Alisher o'g'li").parts[0].kind, NamePartKind::kPatronymic);
  EXPECT_EQ(ParsePersonName("Aigerim Nurlanqyzy").parts[1].kind, NamePartKind::kPatronymic);
  EXPECT_EQ(ParsePersonName("Ерлан Сапарұлы").parts[1].kind, NamePartKind::kPatronymic);
  EXPECT_EQ(ParsePersonName("Rahimov B.").parts[1].kind, NamePartKind::kInitial);
  EXPECT_TRUE(ParsePersonName("").empty());
}

TEST(Phones, E164WithTheRecordsRegionAndLettersRefused) {
  EXPECT_EQ(PhoneE164("0555 12-34-56", "KG"), "+996555123456");
  EXPECT_EQ(PhoneE164("+996 555 123 456", ""), "+996555123456");
  EXPECT_EQ(PhoneE164("8 701 123 45 67", "kz"), "+77011234567");
  EXPECT_EQ(PhoneE164("90 123-45-67", "UZ"), "+998901234567");
  EXPECT_EQ(PhoneE164("call me", "KG"), "");
  EXPECT_EQ(PhoneE164("12", "KG"), "");
  EXPECT_EQ(PhoneE164("", "KG"), "");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(PhoneE164("0555123456", "KG"), "+996555123456");  // cached
}

// The everyday forms are answered from a table of the region's numbering plans, not by
// libphonenumber: the table must give what libphonenumber gives, for every form of every plan.
TEST(Phones, TheTableAnswersAsLibphonenumberWould) {
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  auto reference = [&](const std::string& text, const std::string& region) {
    i18n::phonenumbers::PhoneNumber n;
    if (util.Parse(text, region, &n) != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsPossibleNumber(n)) return std::string();
    std::string out;
    util.Format(n, PhoneNumberUtil::E164, &out);
    return out;
  };
  struct Plan {
    std::string region, code, nsn, trunk;
  };
  const Plan plans[] = {{"KZ", "7", "7011234567", "8"}, {"RU", "7", "9161234567", "8"}, {"KG", "996", "555123456", "0"},
                        {"UZ", "998", "901234567", ""}, {"TJ", "992", "935123456", ""}};
  int compared = 0;
  for (const Plan& p : plans) {
    std::vector<std::string> forms = {"+" + p.code + p.nsn, p.code + p.nsn, p.nsn};
    if (!p.trunk.empty()) forms.push_back(p.trunk + p.nsn);
    for (const std::string& form : forms) {
      EXPECT_EQ(PhoneE164(form, p.region), reference(form, p.region)) << form << " in " << p.region;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 18);
}

TEST(Identifiers, DocumentsAccountsPlatesEmails) {
  EXPECT_EQ(DocumentNumberKey("ab-1234567"), "AB1234567");
  EXPECT_EQ(DocumentNumberKey("АВ 1234567"), "AB1234567");  // Cyrillic А and В
  EXPECT_EQ(PlateKey("01 КG 123 АВС"), "01KG123ABC");
  EXPECT_EQ(AccountKey("KZ86 125K ZT50 0410 0100"), "KZ86125KZT5004100100");
  EXPECT_EQ(AccountKey("KZ87 125K ZT50 0410 0100"), "");  // check digits do not hold
  EXPECT_EQ(EmailKey(" Botir@Example.ORG "), "botir@example.org");
  EXPECT_EQ(EmailKey("not an address"), "");
}

TEST(Dates, PartialDatesAreRanges) {
  auto year = ParseDateRange("1985");
  auto month = ParseDateRange("1985-03");
  auto day = ParseDateRange("12.03.1985");
  ASSERT_TRUE(year && month && day);
  EXPECT_LE(year->first, month->first);
  EXPECT_GE(year->last, month->last);
  EXPECT_EQ(day->year, 1985);
  EXPECT_EQ(day->month, 3);
  EXPECT_TRUE(day->full());
  EXPECT_FALSE(year->full());
  EXPECT_FALSE(ParseDateRange("1985-02-30"));
  EXPECT_FALSE(ParseDateRange("yesterday"));
  EXPECT_FALSE(ParseDateRange(""));
}

}  // namespace
}  // namespace ariadne
