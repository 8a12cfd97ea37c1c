#include "store/sqlite/search_extensions.h"

#include <gtest/gtest.h>

namespace ariadne::sqlite {
namespace {

TEST(SearchStemming, RussianWordsMeetByTheirStem) {
  EXPECT_EQ(StemWord("паспорта"), StemWord("паспорт"));
  EXPECT_EQ(StemWord("паспортов"), StemWord("паспорт"));
  EXPECT_EQ(StemWord("гражданина"), StemWord("гражданин"));
  EXPECT_EQ(StemWord("вербовка"), StemWord("вербовки"));
}

TEST(SearchStemming, SurnamesMeetInEveryFormAndGender) {
  for (const char* form : {"каримова", "каримовым", "каримовой", "каримовых"}) EXPECT_EQ(StemWord(form), StemWord("каримов")) << form;
  EXPECT_EQ(StemWord("рахимова"), StemWord("рахимов"));
  EXPECT_EQ(StemWord("karimova"), StemWord("karimov"));
  EXPECT_EQ(StemWord("passports"), StemWord("passport"));
}

TEST(SearchStemming, NumbersAndShortWordsAreKept) {
  EXPECT_EQ(StemWord("ab1234567"), "ab1234567");
  EXPECT_EQ(StemWord("77012345678"), "77012345678");
  EXPECT_EQ(StemWord("у"), "у");
}

}  // namespace
}  // namespace ariadne::sqlite
