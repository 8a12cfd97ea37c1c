// XLSX reading and writing: round trips through both, hand-built workbooks for the parts
// of the format libxlsxwriter never produces (shared rich text, gaps, dates, several sheets),
// and damaged or hostile files, which must fail cleanly.
#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "files/xlsx_reader.h"
#include "files/xlsx_writer.h"

namespace ariadne {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// A zip archive holding `files`, built in memory with libzip.
std::string MakeZip(const Files& files, bool store = false) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &err);
  EXPECT_NE(out, nullptr);
  zip_t* zip = zip_open_from_source(out, ZIP_TRUNCATE, &err);
  EXPECT_NE(zip, nullptr);
  zip_source_keep(out);
  for (const auto& [name, data] : files) {
    zip_source_t* src = zip_source_buffer(zip, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(zip, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    EXPECT_GE(index, 0);
    if (store) zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  EXPECT_EQ(zip_close(zip), 0);
  std::string bytes;
  EXPECT_EQ(zip_source_open(out), 0);
  char buf[4096];
  zip_int64_t n;
  while ((n = zip_source_read(out, buf, sizeof buf)) > 0) bytes.append(buf, static_cast<size_t>(n));
  zip_source_close(out);
  zip_source_free(out);
  zip_error_fini(&err);
  return bytes;
}

// One entry of a zip archive, "" when absent.
std::string ReadEntry(const std::string& bytes, const std::string& name) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* zip = zip_open_from_source(src, ZIP_RDONLY, &err);
  zip_error_fini(&err);
  if (!zip) {
    zip_source_free(src);
    return {};
  }
  std::string data;
  if (zip_file_t* f = zip_fopen(zip, name.c_str(), 0)) {
    char buf[4096];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
    zip_fclose(f);
  }
  zip_discard(zip);
  return data;
}

constexpr char kNs[] =
    R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
constexpr char kRelNs[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string Sheet(const std::string& rows) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<worksheet " + kNs +
         "><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData></worksheet>";
}

// A workbook with nothing but one sheet at the fallback location.
std::string SheetOnly(const std::string& rows) { return MakeZip({{"xl/worksheets/sheet1.xml", Sheet(rows)}}); }

std::string Reason(const Result<std::string>& r) { return r ? "(ok: " + *r + ")" : r.error().reason; }

// --- Round trip ----------------------------------------------------------------------

TEST(XlsxTest, WrittenWorkbookReadsBackAsExactCsv) {
  XlsxSheet sheet;
  sheet.name = "Отчёт: 2026/03";
  sheet.header = {"Имя", "Сумма, руб.", "Комментарий"};
  sheet.rows = {
      {XlsxCell::Text("Иванов, Иван"), XlsxCell::Number(1234.5), XlsxCell::Text("сказал \"привет\"")},
      {XlsxCell::Text("Пётр"), XlsxCell::Number(-7), XlsxCell::Text("строка1\nстрока2")},
      {XlsxCell::Text("x"), XlsxCell::Number(0.1), XlsxCell::Text("")},
      {XlsxCell::Text("_x0041_ как есть"), XlsxCell::Number(1e20), XlsxCell::Text("a\rb")},
      {},
      {XlsxCell::Text(""), XlsxCell::Text("только B")},
      {XlsxCell::Number(std::nan("")), XlsxCell::Number(INFINITY)},
  };
  XlsxSheet second{"Второй", {"h"}, {{XlsxCell::Text("not read")}}};
  auto xlsx = WriteXlsx({sheet, second});
  ASSERT_TRUE(xlsx) << xlsx.error().message;

  auto csv = XlsxFirstSheetToCsv(*xlsx);
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv,
            "Имя,\"Сумма, руб.\",Комментарий\n"
            "\"Иванов, Иван\",1234.5,\"сказал \"\"привет\"\"\"\n"
            "Пётр,-7,\"строка1\nстрока2\"\n"
            "x,0.1\n"
            "_x0041_ как есть,1E+20,\"a\rb\"\n"
            "\n"
            ",только B\n"
            "NaN,Infinity\n");

  // Header bold (style 1, the only added format), kept in view, columns sized.
  const std::string xml = ReadEntry(*xlsx, "xl/worksheets/sheet1.xml");
  EXPECT_NE(xml.find(R"(<c r="A1" s="1")"), std::string::npos) << xml.substr(0, 800);
  EXPECT_NE(xml.find(R"(ySplit="1")"), std::string::npos);
  EXPECT_NE(xml.find("<cols>"), std::string::npos);
  EXPECT_NE(ReadEntry(*xlsx, "xl/styles.xml").find("<b/>"), std::string::npos);
}

TEST(XlsxTest, SheetNamesAreMadeValidForExcel) {
  std::vector<XlsxSheet> sheets;
  for (const char* name : {"Отчёт: 2026/03", "ОТЧЁТ: 2026/03", "", "'quoted'", "History", "[a]*?",
                           "A name that is far longer than thirty-one characters", "отчёт: 2026/03"})
    sheets.push_back({name, {"h"}, {}});
  auto xlsx = WriteXlsx(sheets);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  const std::string workbook = ReadEntry(*xlsx, "xl/workbook.xml");
  std::vector<std::string> names;
  const std::string tag = "<sheet name=\"";
  for (size_t at = workbook.find(tag); at != std::string::npos; at = workbook.find(tag, at + 1)) {
    const size_t start = at + tag.size();
    names.push_back(workbook.substr(start, workbook.find('"', start) - start));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Отчёт_ 2026_03", "ОТЧЁТ_ 2026_03 (2)", "Sheet3", "quoted", "History_",
                                             "_a___", "A name that is far longer than ", "отчёт_ 2026_03 (3)"}));
}

TEST(XlsxTest, NoSheetsIsOneEmptySheet) {
  auto xlsx = WriteXlsx({});
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  auto csv = XlsxFirstSheetToCsv(*xlsx);
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv, "");
}

TEST(XlsxTest, TooManyRowsToWrite) {
  XlsxSheet sheet{"s", {"h"}, std::vector<std::vector<XlsxCell>>(1'048'576)};
  auto xlsx = WriteXlsx({sheet});
  ASSERT_FALSE(xlsx);
  EXPECT_EQ(xlsx.error().reason, "xlsx_too_large");
}

TEST(XlsxTest, LargeSheetRoundTrip) {
  XlsxSheet sheet{"big", {"n", "text", "value"}, {}};
  const int kRows = 50'000;
  for (int i = 0; i < kRows; ++i)
    sheet.rows.push_back({XlsxCell::Number(i), XlsxCell::Text("строка " + std::to_string(i)), XlsxCell::Number(i * 0.5)});
  auto xlsx = WriteXlsx({sheet});
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  auto start = std::chrono::steady_clock::now();
  auto csv = XlsxFirstSheetToCsv(*xlsx);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(std::count(csv->begin(), csv->end(), '\n'), kRows + 1);
  EXPECT_NE(csv->find("\n49999,строка 49999,24999.5\n"), std::string::npos);
  std::printf("read %zu bytes of xlsx (%d rows) in %lld ms\n", xlsx->size(), kRows, static_cast<long long>(ms));

  auto limited = XlsxFirstSheetToCsv(*xlsx, 3 * kRows);
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().reason, "xlsx_too_large");
}

// --- Hand-built workbook -------------------------------------------------------------

Files HandBuiltWorkbook() {
  const std::string rels = kRelNs;
  Files files = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"},
      {"_rels/.rels", R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                      R"(<Relationship Id="rId1" Type=")" + rels + R"(officeDocument" Target="xl/workbook.xml"/>)"
                      "</Relationships>"},
      // A hidden sheet and a chart sheet come first in tab order, then "Data", whose part is
      // not sheet1.xml.
      {"xl/workbook.xml", std::string("<workbook ") + kNs + "><workbookPr/><sheets>" +
                              R"(<sheet name="Lists" sheetId="4" state="hidden" r:id="rId1"/>)"
                              R"(<sheet name="Chart" sheetId="3" r:id="rId3"/>)"
                              R"(<sheet name="Data" sheetId="1" r:id="rId2"/>)"
                              R"(<sheet name="Other" sheetId="2" r:id="rId1"/>)"
                              "</sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type=")" + rels + R"(worksheet" Target="worksheets/sheet1.xml"/>)"
       R"(<Relationship Id="rId2" Type=")" + rels + R"(worksheet" Target="/xl/worksheets/data.xml"/>)"
       R"(<Relationship Id="rId3" Type=")" + rels + R"(chartsheet" Target="chartsheets/sheet1.xml"/>)"
       R"(<Relationship Id="rId4" Type=")" + rels + R"(sharedStrings" Target="sharedStrings.xml"/>)"
       R"(<Relationship Id="rId5" Type=")" + rels + R"(styles" Target="./styles.xml"/>)"
       R"(<Relationship Id="rId6" Type=")" + rels + R"(hyperlink" Target="http://example.com/" TargetMode="External"/>)"
       "</Relationships>"},
      // cellStyleXfs and dxfs are decoys: only cellXfs index cell styles, only numFmts
      // define formats. cellXfs: 0 General, 1 "m/d/yy h:mm" (22), 2 custom date,
      // 3 custom with "days" quoted (not a date), 4 "m/d/yyyy" (14), 5 "h:mm" (20).
      {"xl/styles.xml",
       std::string("<styleSheet ") + kNs + ">" +
           R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>)"
           R"(<numFmt numFmtId="165" formatCode="0.0\ &quot;days&quot;"/></numFmts>)"
           R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
           R"(<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/>)"
           R"(<xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="165"/><xf numFmtId="14"/>)"
           R"(<xf numFmtId="20"/></cellXfs>)"
           R"(<dxfs count="1"><dxf><numFmt numFmtId="0" formatCode="yyyy"/></dxf></dxfs></styleSheet>)"},
      // Prefixed elements, as the OpenXML SDK writes them.
      {"xl/sharedStrings.xml",
       R"(<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">)"
       "<x:si><x:t>a</x:t></x:si>"
       R"(<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Bold</x:t></x:r><x:r><x:t xml:space="preserve"> plain</x:t></x:r></x:si>)"
       R"(<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si>)"
       "<x:si><x:t>line1\nline2</x:t></x:si>"
       "<x:si><x:t>a_x000D_b</x:t></x:si>"
       "<x:si><x:t>Москва, \"центр\"</x:t></x:si>"
       "<x:si><x:t>lit_x005F_x0041_</x:t></x:si>"
       "</x:sst>"},
      {"xl/worksheets/sheet1.xml", Sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>WRONG SHEET</t></is></c></row>)")},
      {"xl/worksheets/data.xml",
       Sheet(R"(<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>)"
             R"(<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" s="1"><v>46082.5</v></c>)"
             R"(<c r="D3" s="2"><v>46082</v></c><c r="E3" s="3"><v>46082</v></c>)"
             R"(<c r="F3" t="str"><f>"x,"&amp;"y"</f><v>x,y</v></c><c r="G3"><v>3.14</v></c></row>)"
             R"(<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" s="5"><v>0.75</v></c>)"
             R"(<c r="D4" s="4"><v>60</v></c><c r="E4" s="4"><v>59</v></c><c r="F4" s="4"><v>61</v></c>)"
             R"(<c r="G4" s="4"><v>1</v></c></row>)"
             R"(<row r="5"><c r="A5" s="1"/><c r="B5" s="2"/></row>)"
             R"(<row r="6"><c r="A6" t="s"><v>2</v></c><c r="B6" t="s"><v>3</v></c><c r="C6" t="s"><v>4</v></c>)"
             R"(<c r="D6" t="s"><v>5</v></c><c r="E6" t="s"><v>6</v></c></row>)"
             R"(<row r="7"><c><v>1</v></c><c><v>2</v></c><c r="E7" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>)"
             R"(<c><v>6</v></c></row>)"
             R"(<row><c r="B8"><f>SUM(A7:B7)</f><v>3</v></c><c r="C8" s="1"/></row>)"
             R"(<row r="20" s="1" customFormat="1"/>)")},
  };
  return files;
}

TEST(XlsxTest, HandBuiltWorkbook) {
  auto csv = XlsxFirstSheetToCsv(MakeZip(HandBuiltWorkbook()));
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv,
            "a,,c\n"                                                            // C1 after A1: B1 empty
            "\n"                                                                // row 2 is not in the file
            "TRUE,FALSE,2026-03-01 12:00:00,2026-03-01,46082,\"x,y\",3.14\n"    // dates by format only
            "Bold plain,#N/A,18:00:00,1900-02-29,1900-02-28,1900-03-01,1900-01-01\n"
            "\n"                                                                // styled but blank
            "東京,\"line1\nline2\",\"a\rb\",\"Москва, \"\"центр\"\"\",lit_x0041_\n"
            "1,2,,,inline,6\n"                                                  // cells without r follow on
            ",3\n");                                                            // trailing blanks dropped
}

TEST(XlsxTest, Date1904System) {
  auto csv = XlsxFirstSheetToCsv(MakeZip({
      {"xl/workbook.xml", std::string("<workbook ") + kNs +
                              R"(><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels", std::string(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
                                         R"(<Relationship Id="rId1" Type=")" + kRelNs + R"(worksheet" Target="worksheets/s.xml"/>)" +
                                         "</Relationships>"},
      {"xl/styles.xml", std::string("<styleSheet ") + kNs + R"(><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)"},
      {"xl/worksheets/s.xml", Sheet(R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>1.25</v></c></row>)")},
  }));
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv, "1904-01-01,1904-01-02 06:00:00\n");
}

TEST(XlsxTest, FallsBackToSheet1WithoutWorkbookPart) {
  auto csv = XlsxFirstSheetToCsv(SheetOnly(R"(<row r="2"><c r="B2"><v>42</v></c><c r="XFD2"><v>1</v></c></row>)"));
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv, "\n,42" + std::string(16382, ',') + "1\n");
}

TEST(XlsxTest, CellLimitCountsPaddedFields) {
  const std::string zip = SheetOnly(R"(<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>)"
                                    R"(<row r="2"><c r="C2"><v>3</v></c></row>)");
  EXPECT_TRUE(XlsxFirstSheetToCsv(zip, 6));
  EXPECT_EQ(Reason(XlsxFirstSheetToCsv(zip, 5)), "xlsx_too_large");
}

// --- Damaged and hostile files -------------------------------------------------------

void ExpectInvalid(const std::string& bytes, const std::string& what) {
  auto r = XlsxFirstSheetToCsv(bytes);
  ASSERT_FALSE(r) << what << " was accepted: " << *r;
  EXPECT_EQ(r.error().reason, "invalid_xlsx") << what << ": " << r.error().message;
  EXPECT_EQ(r.error().field, "file");
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(XlsxTest, GarbageIsInvalid) {
  ExpectInvalid("this is not a spreadsheet at all, just some text", "text");
  ExpectInvalid("", "empty file");
  ExpectInvalid(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'), "OLE (.xls)");
  ExpectInvalid("PK\x03\x04 not really a zip", "zip signature only");
}

TEST(XlsxTest, ZipWithoutSheetIsInvalid) {
  ExpectInvalid(MakeZip({{"[Content_Types].xml", "<Types/>"}, {"docProps/app.xml", "<Properties/>"}}), "no sheet");
  // The workbook names a worksheet whose part is not there.
  Files files = HandBuiltWorkbook();
  std::erase_if(files, [](const auto& f) { return f.first == "xl/worksheets/data.xml"; });
  ExpectInvalid(MakeZip(files), "missing first sheet");
}

TEST(XlsxTest, TruncatedXmlIsInvalid) {
  const std::string sheet = Sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
  ExpectInvalid(MakeZip({{"xl/worksheets/sheet1.xml", sheet.substr(0, sheet.size() - 20)}}), "truncated sheet");
  Files files = HandBuiltWorkbook();
  for (auto& [name, data] : files)
    if (name == "xl/sharedStrings.xml") data.resize(data.size() / 2);
  ExpectInvalid(MakeZip(files), "truncated shared strings");
  ExpectInvalid(MakeZip({{"xl/worksheets/sheet1.xml", ""}}), "empty sheet part");
}

TEST(XlsxTest, TruncatedZipIsInvalid) {
  const std::string zip = MakeZip(HandBuiltWorkbook());
  for (size_t cut : {size_t{10}, zip.size() / 3, zip.size() / 2, zip.size() - 30})
    ExpectInvalid(zip.substr(0, cut), "zip cut at " + std::to_string(cut));
}

TEST(XlsxTest, BadContentIsInvalid) {
  ExpectInvalid(SheetOnly(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"), "shared string without a table");
  ExpectInvalid(SheetOnly(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"), "column past XFD");
  ExpectInvalid(SheetOnly(R"(<row r="1"><c r="A-1"><v>1</v></c></row>)"), "bad reference");
  ExpectInvalid(SheetOnly(R"(<row r="3"/><row r="2"/>)"), "rows out of order");
  ExpectInvalid(SheetOnly(R"(<row r="1048577"><c><v>1</v></c></row>)"), "row past 1048576");
  ExpectInvalid(SheetOnly(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="1"></row>)"), "repeated row");
  ExpectInvalid(MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet><sheetData></worksheet>"}}), "mismatched tags");
}

TEST(XlsxTest, DtdIsRefused) {
  const std::string laughs =
      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">)"
      R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>)"
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>)";
  ExpectInvalid(MakeZip({{"xl/worksheets/sheet1.xml", laughs}}), "billion laughs");
  const std::string external =
      R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>)"
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>)";
  ExpectInvalid(MakeZip({{"xl/worksheets/sheet1.xml", external}}), "external entity");
}

// A zip whose directory claims a 3.75 GiB sheet is refused before anything is unpacked.
TEST(XlsxTest, OversizedEntryIsRefused) {
  std::string zip = MakeZip({{"xl/worksheets/sheet1.xml", Sheet("")}}, /*store=*/true);
  const std::string name = "xl/worksheets/sheet1.xml";
  int patched = 0;
  for (size_t at = 0; (at = zip.find("PK", at)) != std::string::npos; ++at) {
    size_t size_field = 0, name_at = 0;
    if (zip.compare(at, 4, "PK\x03\x04") == 0) size_field = at + 22, name_at = at + 30;  // local header
    else if (zip.compare(at, 4, "PK\x01\x02") == 0) size_field = at + 24, name_at = at + 46;  // central directory
    else continue;
    if (zip.compare(name_at, name.size(), name) != 0) continue;
    std::memcpy(&zip[size_field], "\x00\x00\x00\xF0", 4);  // little-endian 0xF0000000
    ++patched;
  }
  ASSERT_EQ(patched, 2);
  EXPECT_EQ(Reason(XlsxFirstSheetToCsv(zip)), "xlsx_too_large");
}

TEST(XlsxTest, HiddenSheetOnlyWhenAllAre) {
  auto csv = XlsxFirstSheetToCsv(MakeZip({
      {"xl/workbook.xml", std::string("<workbook ") + kNs + "><sheets>" +
                              R"(<sheet name="H" sheetId="1" state="veryHidden" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       std::string(R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)") +
           R"(<Relationship Id="rId1" Type=")" + kRelNs + R"(worksheet" Target="worksheets/h.xml"/></Relationships>)"},
      {"xl/worksheets/h.xml", Sheet(R"(<row r="1"><c r="A1"><v>7</v></c></row>)")},
  }));
  ASSERT_TRUE(csv) << csv.error().message;
  EXPECT_EQ(*csv, "7\n");
}

// Random damage to the XML of a valid workbook, zipped intact (so it reaches the parser
// rather than failing the zip CRC): an answer or a clean error.
TEST(XlsxTest, MutatedXmlNeverCrashes) {
  const Files original = HandBuiltWorkbook();
  const std::string noise = "<>/=\"&;:_x0 9AZrcvts";
  std::mt19937 rng(11);
  int ok = 0, failed = 0;
  for (int round = 0; round < 2000; ++round) {
    Files files = original;
    std::string& data = files[2 + rng() % (files.size() - 2)].second;  // an XML part past _rels/.rels
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits && !data.empty(); ++k) {
      const size_t at = rng() % data.size();
      switch (rng() % 4) {
        case 0: data[at] = noise[rng() % noise.size()]; break;
        case 1: data.insert(at, 1, noise[rng() % noise.size()]); break;
        case 2: data.erase(at, 1 + rng() % 8); break;
        case 3: data.insert(at, data.substr(rng() % data.size(), rng() % 64)); break;
      }
    }
    auto r = XlsxFirstSheetToCsv(MakeZip(files));
    if (r) {
      ++ok;
    } else {
      ++failed;
      EXPECT_TRUE(r.error().reason == "invalid_xlsx" || r.error().reason == "xlsx_too_large") << r.error().reason;
    }
  }
  std::printf("xml mutations: %d read, %d refused\n", ok, failed);
}

// Random damage anywhere in real files: an answer or a clean error, never a crash (the
// sanitizer build makes "crash" include memory errors).
TEST(XlsxTest, MutatedFilesNeverCrash) {
  XlsxSheet sheet{"s", {"a", "b"}, {}};
  for (int i = 0; i < 50; ++i) sheet.rows.push_back({XlsxCell::Text("т" + std::to_string(i)), XlsxCell::Number(i)});
  auto written = WriteXlsx({sheet});
  ASSERT_TRUE(written);
  const std::vector<std::string> seeds = {*written, MakeZip(HandBuiltWorkbook()), MakeZip(HandBuiltWorkbook(), true)};
  std::mt19937 rng(7);
  int ok = 0, failed = 0;
  for (const auto& seed : seeds) {
    for (int round = 0; round < 300; ++round) {
      std::string bytes = seed;
      const int flips = 1 + static_cast<int>(rng() % 8);
      for (int k = 0; k < flips; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng());
      if (round % 10 == 0) bytes.resize(rng() % bytes.size());
      auto r = XlsxFirstSheetToCsv(bytes);
      if (r) {
        ++ok;
      } else {
        ++failed;
        EXPECT_TRUE(r.error().reason == "invalid_xlsx" || r.error().reason == "xlsx_too_large") << r.error().reason;
      }
    }
  }
  std::printf("mutations: %d read, %d refused\n", ok, failed);
}

}  // namespace
}  // namespace ariadne
