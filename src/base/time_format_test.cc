#include "base/time_format.h"

#include <gtest/gtest.h>

namespace ariadne {
namespace {

TEST(FormatTimeTest, KnownInstants) {
  EXPECT_EQ(FormatTime(0), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(FormatTime(1'790'000'000'123), "2026-09-21T14:13:20.123Z");
  EXPECT_EQ(FormatTime(951'782'400'000), "2000-02-29T00:00:00.000Z");  // leap day
  EXPECT_EQ(FormatTime(-1), "1969-12-31T23:59:59.999Z");
}

TEST(ParseTimeTest, RoundTripsFormatTime) {
  for (int64_t ms : {int64_t{0}, int64_t{1}, int64_t{999}, int64_t{-1}, int64_t{951'782'400'000},
                     int64_t{1'790'000'000'123}, int64_t{4'102'444'799'999}}) {
    auto parsed = ParseTime(FormatTime(ms));
    ASSERT_TRUE(parsed.has_value()) << FormatTime(ms);
    EXPECT_EQ(*parsed, ms) << FormatTime(ms);
  }
  // Every day of a leap year and a common year.
  for (int64_t ms = 946'684'800'000; ms < 1'009'843'200'000; ms += 86'400'000 + 3'723'456) {
    EXPECT_EQ(ParseTime(FormatTime(ms)), std::optional<int64_t>(ms)) << FormatTime(ms);
  }
}

TEST(ParseTimeTest, AcceptedForms) {
  EXPECT_EQ(ParseTime("2026-09-21"), std::optional<int64_t>(1'789'948'800'000));
  EXPECT_EQ(ParseTime("2026-09-21T14:13:20Z"), std::optional<int64_t>(1'790'000'000'000));
  EXPECT_EQ(ParseTime("2026-09-21T14:13:20.123Z"), std::optional<int64_t>(1'790'000'000'123));
}

// A fraction is a decimal fraction of a second: ".5" is 500 ms (it used to be read as 5 ms).
TEST(ParseTimeTest, ShortFractionsAreTenthsAndHundredths) {
  EXPECT_EQ(ParseTime("2026-09-21T14:13:20.5Z"), std::optional<int64_t>(1'790'000'000'500));
  EXPECT_EQ(ParseTime("2026-09-21T14:13:20.05Z"), std::optional<int64_t>(1'790'000'000'050));
}

// Parsing was by sscanf, which also took signs, spaces and out-of-month days ("2026-02-30",
// "T-1:13:20Z", "T 4:13:20Z" used to pass).
TEST(ParseTimeTest, RejectsBadInput) {
  for (const char* bad : {
           "", "abc", "2026", "2026-09", "2026-9-21", "2026-09-1", "26-09-21",
           "2026-13-01", "2026-00-10", "2026-09-00", "2026-09-32", "2026-02-30", "2026-04-31",
           "2025-02-29",                                     // not a leap year
           "2026-09-21T14:13:20",                            // no zone
           "2026-09-21T14:13:20+05:00",                      // only UTC
           "2026-09-21 14:13:20Z", "2026-09-21t14:13:20z",
           "2026-09-21T24:00:00Z", "2026-09-21T14:60:00Z", "2026-09-21T14:13:61Z",
           "2026-09-21T14:13Z", "2026-09-21T14:13:20.Z", "2026-09-21T14:13:20.1234Z",
           "2026-09-21T14:13:20.12xZ", "2026-09-21T14:13:20ZZ", "2026-09-21Z",
           "2026-09-21T-1:13:20Z", "2026-09-21T14:-1:20Z", "2026-09-21T 4:13:20Z",
           "+026-09-21", "-026-09-21", " 2026-09-21", "2026-09-21 ", "2026-09-21T14:13:20.-12Z",
       }) {
    EXPECT_EQ(ParseTime(bad), std::nullopt) << "'" << bad << "'";
  }
}

}  // namespace
}  // namespace ariadne
