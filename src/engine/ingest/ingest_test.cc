#include <gtest/gtest.h>

#include "engine/ingest/column_mapping.h"
#include "engine/ingest/csv_reader.h"
#include "engine/ingest/import_rows.h"

namespace ariadne::ingest {
namespace {

std::vector<CsvRecord> ReadAll(std::string_view data, char delim = 0, bool cp1251 = false) {
  CsvReader r(data, delim, cp1251);
  std::vector<CsvRecord> out;
  CsvRecord rec;
  while (r.Next(&rec)) out.push_back(rec);
  return out;
}

TEST(CsvReader, QuotesLineBreaksAndLineNumbers) {
  auto recs = ReadAll("\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"two\nlines\"\n\n\"he said \"\"hi\"\"\",3\n");
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(recs[1].line, 2);
  EXPECT_EQ(recs[1].fields, (std::vector<std::string>{"x, y", "two\nlines"}));
  EXPECT_EQ(recs[2].line, 5);  // after the two-line record and a blank line
  EXPECT_EQ(recs[2].fields[0], "he said \"hi\"");
}

TEST(CsvReader, GuessesTheDelimiterAndResumesAtAnOffset) {
  const std::string data = "a;b;c\n1;2;3\n4;5;6\n";
  CsvReader r(data);
  EXPECT_EQ(r.delimiter(), ';');
  CsvRecord rec;
  ASSERT_TRUE(r.Next(&rec));
  ASSERT_TRUE(r.Next(&rec));
  CsvReader again(data);
  again.Seek(rec.end_offset, again.next_line() + 2);
  ASSERT_TRUE(again.Next(&rec));
  EXPECT_EQ(rec.fields[0], "4");
  EXPECT_EQ(rec.line, 3);
}

TEST(CsvReader, InvalidUtf8IsAnErrorOfItsLineAndWindows1251IsConverted) {
  auto recs = ReadAll("name\n\xC8\xE2\xE0\xED\n");  // "Иван" in Windows-1251, read as UTF-8
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[1].error, "invalid_utf8");
  auto conv = ReadAll("name\n\xC8\xE2\xE0\xED\n", ',', true);
  EXPECT_EQ(conv[1].error, "");
  EXPECT_EQ(conv[1].fields[0], "Иван");
  EXPECT_TRUE(ValidUtf8("Алматы, Кыргызстан"));
  EXPECT_FALSE(ValidUtf8("\xC0\x80"));  // overlong NUL
}

TEST(CsvReader, UnterminatedQuoteIsReported) {
  auto recs = ReadAll("a,b\n\"open,2\n");
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[1].error, "unterminated_quote");
}

nlohmann::json Calls() {
  return {{"version", 1},
          {"kind", "calls"},
          {"name", "CDR"},
          {"columns", {{"caller", "A"}, {"callee", "B"}, {"start", "T"}, {"duration", "D"}}},
          {"region", "kz"},
          {"duration_format", "hms"},
          {"time_format", "dmy"},
          {"utc_offset_minutes", 300}};
}

TEST(ColumnMapping, RefusalsNameTheField) {
  auto ok = ParseMapping(Calls());
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->region, "KZ");
  auto j = Calls();
  j["columns"].erase("caller");
  EXPECT_EQ(ParseMapping(j).error().field, "mapping.columns.caller");
  j = Calls();
  j["columns"]["colour"] = "X";
  EXPECT_EQ(ParseMapping(j).error().field, "mapping.columns.colour");
  j = Calls();
  j["time_format"] = "american";
  EXPECT_EQ(ParseMapping(j).error().field, "mapping.time_format");
  j = Calls();
  j["shoe"] = 1;
  EXPECT_EQ(ParseMapping(j).error().field, "mapping.shoe");
  nlohmann::json t = {{"kind", "transactions"},
                      {"name", "Bank"},
                      {"columns", {{"from_account", "F"}, {"to_account", "T"}, {"amount", "A"}, {"date", "D"}}}};
  EXPECT_EQ(ParseMapping(t).error().field, "mapping.currency");  // no currency column and none given
  // The round trip keeps every setting.
  auto again = ParseMapping(MappingJson(*ok));
  ASSERT_TRUE(again);
  EXPECT_EQ(MappingJson(*again), MappingJson(*ok));
}

TEST(ImportRows, CallsAreNormalisedAndBadCellsNamed) {
  RowReader rows(*ParseMapping(Calls()));
  ASSERT_TRUE(rows.Bind({"A", "B", "T", "D"}));
  EXPECT_FALSE(rows.Bind({"A", "T", "D"}));  // B is missing
  ASSERT_TRUE(rows.Bind({"A", "B", "T", "D"}));
  CsvRecord rec{7, 0, {"8 701 111 22 33", "+996 555 123 456", "01.03.2026 14:05:09", "1:02:03"}, ""};
  CallRow c;
  RowError e;
  ASSERT_TRUE(rows.ReadCall(rec, &c, &e)) << e.reason;
  EXPECT_EQ(c.caller, "+77011112233");
  EXPECT_EQ(c.callee, "+996555123456");
  EXPECT_EQ(c.duration, 3723);
  EXPECT_EQ(c.start, 1772373909 - 5 * 3600);  // 14:05:09 in Almaty is 09:05:09 UTC
  EXPECT_EQ(c.line, 7);
  rec.fields[0] = "call me maybe";
  EXPECT_FALSE(rows.ReadCall(rec, &c, &e));
  EXPECT_EQ(e.line, 7);
  EXPECT_EQ(e.field, "caller");
  EXPECT_EQ(e.reason, "invalid_phone");
  rec.fields[0] = "87011112233";
  rec.fields[2] = "31.02.2026 10:00";
  EXPECT_FALSE(rows.ReadCall(rec, &c, &e));
  EXPECT_EQ(e.reason, "invalid_time");
}

TEST(ImportRows, AmountsTimesAndDurations) {
  int64_t v;
  EXPECT_TRUE(ParseAmount("1 234,50", ',', &v));
  EXPECT_EQ(v, 123450);
  EXPECT_TRUE(ParseAmount("1,234.5", '.', &v));
  EXPECT_EQ(v, 123450);
  EXPECT_TRUE(ParseAmount("-20", '.', &v));
  EXPECT_EQ(v, -2000);
  EXPECT_FALSE(ParseAmount("12.345", '.', &v));  // more than cents
  EXPECT_FALSE(ParseAmount("abc", '.', &v));
  EXPECT_FALSE(ParseAmount("", '.', &v));
  int64_t t;
  EXPECT_TRUE(ParseTime("2026-03-01T14:05Z", "iso", 0, &t));
  EXPECT_EQ(t, 1772373900);
  EXPECT_TRUE(ParseTime("2024-02-29 00:00:00", "iso", 0, &t));
  EXPECT_FALSE(ParseTime("2025-02-29 00:00:00", "iso", 0, &t));
  EXPECT_FALSE(ParseTime("2026-03-01 25:00", "iso", 0, &t));
  EXPECT_TRUE(ParseTime("1772373900", "epoch", 0, &t));
  int32_t d;
  EXPECT_TRUE(ParseDuration("02:05", "hms", &d));
  EXPECT_EQ(d, 125);
  EXPECT_FALSE(ParseDuration("two minutes", "seconds", &d));
}

}  // namespace
}  // namespace ariadne::ingest
