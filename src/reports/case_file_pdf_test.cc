// The PDF reports, read back with poppler: Cyrillic survives as text, headings follow the
// language, hashes print in full, a withheld identity prints no facts, long reports paginate.
#include "reports/case_file_report.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include "reports/report_fonts.h"
#include "reports/report_labels.h"
#include "testing/test_util.h"

namespace ariadne {
namespace {

// pango's font map lives as long as its thread and fontconfig's configuration as long as the
// process; LeakSanitizer looks before either ends, so they go back once every test has run.
class ReleaseFontsAfterTests : public testing::Environment {
  void TearDown() override { ReleaseReportFontCaches(); }
};
[[maybe_unused]] const testing::Environment* const kReleaseFonts =
    testing::AddGlobalTestEnvironment(new ReleaseFontsAfterTests);

constexpr char kFirstSha[] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
constexpr char kSecondSha[] = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
constexpr char kSecretPhone[] = "+7 701 555 0199";

nlohmann::json Strings(const std::string& lang) { return test::LoadConfig("i18n/" + lang + ".json").at("report"); }

CaseFileReport SampleReport(const std::string& lang) {
  CaseFileReport r;
  r.lang = lang;
  r.title = "Вербовка через агентство «Шёлковый путь»";
  r.reference = "ALM-2026-0001";
  r.summary = {{"State", "open"}, {"Category", "labour exploitation"}, {"Unit", "ALM-TIP"}, {"Opened", ""}};
  r.description = "Victims were recruited in Osh and moved to Almaty with promises of work in a garment factory.";
  r.persons = {
      {"Рахимов Ботир", "Rakhimov Botir", {"Suspect (recruiter)"},
       {{"Date of birth", "1984-05-02"}, {"Phone", "+996 555 120 044"}}},
      {"Ёлкина Жанна", "Yolkina Zhanna", {"Victim"},
       {{"Phone", kSecretPhone}, {"Address", "ул. Секретная, 7"}}, /*redacted=*/true},
  };
  r.timeline = {{"2025-03", "Recruitment", "Osh", "Offer of work made in a café"},
                {"2025-03-04 – 2025-03-09", "Transport", "Osh → Almaty", "Bus via the Korday crossing"},
                {"2025-04-12", "Rescue", "Almaty", "Police raid on the factory"}};
  ReportExhibit phone{"E-1", "Mobile phone", "Samsung A12, black", "2025-04-12", "Sgt. Omarov", "Warrant 44/2025",
                      "S-1001", "stored", true, {}, {}};
  phone.custody = {
      {"1", "Seized", "2025-04-12 14:05", "Omarov", "Omarov", "Almaty, factory", "S-1001", "", std::string(64, 'a')},
      {"2", "Transferred", "2025-04-12 18:30", "Omarov", "Evidence room", "HQ room 3", "S-1001", "Signed",
       std::string(64, 'b')}};
  ReportExhibit ledger{"E-2", "Ledger", "Handwritten wage book", "2025-04-12", "Sgt. Omarov", "", "", "stored", false,
                       {"Seal number changed without a recorded reason"}, {}};
  ledger.custody = {
      {"1", "Seized", "2025-04-12 14:20", "Omarov", "Omarov", "Almaty, factory", "S-1002", "", std::string(64, 'c')}};
  r.exhibits = {phone, ledger};
  r.documents = {
      {"statement.pdf", "Victim statement", "application/pdf", "120 KB", kFirstSha, "Dina Sultanova", "2025-04-13"},
      {"photo.jpg", "Factory entrance", "image/jpeg", "2.1 MB", kSecondSha, "Dina Sultanova", "2025-04-14"}};
  r.charges = {{"128", "Trafficking in persons", "Рахимов Ботир", "charged", ""}};
  r.produced_by = "Dina Sultanova (investigator, ALM-TIP)";
  r.produced_at = "2026-12-01 10:42 UTC";
  r.redaction_note = "One person's identity withheld: protected witness.";
  r.export_id = "01JEXPORT0000000000000000";
  return r;
}

struct PdfText {
  int pages = 0;
  std::string text;
};

PdfText ReadPdf(const std::string& bytes) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return {};
  PdfText out{doc->pages(), ""};
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    auto utf8 = page->text().to_utf8();
    out.text.append(utf8.begin(), utf8.end());
    out.text += '\n';
  }
  return out;
}

std::string WithoutSpaces(std::string text) {
  std::erase_if(text, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  return text;
}

// Runs of white space as one space: a heading that wrapped still reads as one phrase.
std::string OneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

TEST(CaseFilePdfTest, RussianRenderCarriesCyrillicAndHeadings) {
  auto pdf = RenderCaseFilePdf(SampleReport("ru"), Strings("ru"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  PdfText read = ReadPdf(*pdf);
  ASSERT_GE(read.pages, 1);
  EXPECT_NE(read.text.find("Рахимов Ботир"), std::string::npos) << read.text;
  EXPECT_NE(read.text.find("Ёлкина Жанна"), std::string::npos);
  EXPECT_NE(read.text.find("Материалы дела"), std::string::npos);
  EXPECT_NE(read.text.find("Хронология событий"), std::string::npos);
  EXPECT_NE(read.text.find("Личность не раскрывается"), std::string::npos);
  EXPECT_NE(read.text.find("Цепочка хранения нарушена"), std::string::npos);
  EXPECT_NE(WithoutSpaces(read.text).find(kFirstSha), std::string::npos);
  EXPECT_NE(WithoutSpaces(read.text).find(kSecondSha), std::string::npos);
  EXPECT_NE(read.text.find(std::string(16, 'a') + "…"), std::string::npos);  // shortened custody hash
  EXPECT_EQ(read.text.find(std::string(17, 'a')), std::string::npos);
  EXPECT_NE(read.text.find("Страница 1 из"), std::string::npos);
}

TEST(CaseFilePdfTest, EnglishRenderWithholdsTheRedactedPersonsFacts) {
  auto pdf = RenderCaseFilePdf(SampleReport("en"), Strings("en"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  PdfText read = ReadPdf(*pdf);
  EXPECT_NE(read.text.find("Рахимов Ботир"), std::string::npos);
  EXPECT_NE(read.text.find("Rakhimov Botir"), std::string::npos);
  EXPECT_NE(read.text.find("Persons and roles"), std::string::npos);
  EXPECT_NE(read.text.find("Identity withheld"), std::string::npos);
  EXPECT_NE(read.text.find("Produced by Dina Sultanova"), std::string::npos);
  EXPECT_NE(read.text.find("01JEXPORT0000000000000000"), std::string::npos);
  EXPECT_EQ(WithoutSpaces(read.text).find(WithoutSpaces(kSecretPhone)), std::string::npos);
  EXPECT_EQ(read.text.find("Секретная"), std::string::npos);
  EXPECT_EQ(read.text.find("Yolkina"), std::string::npos);  // a transliteration names the person too
  EXPECT_EQ(read.text.find("Материалы дела"), std::string::npos);
}

TEST(CaseFilePdfTest, EmptySectionsSayNone) {
  CaseFileReport r;
  r.reference = "ALM-2026-0002";
  auto pdf = RenderCaseFilePdf(r, Strings("en"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  std::string text = ReadPdf(*pdf).text;
  size_t count = 0;
  for (size_t at = text.find("None"); at != std::string::npos; at = text.find("None", at + 1)) ++count;
  EXPECT_EQ(count, 7u) << text;  // summary, description, persons, timeline, exhibits, documents, charges
  EXPECT_EQ(text.find("Left out of this export"), std::string::npos);
}

TEST(CaseFilePdfTest, LongTimelinePaginatesQuickly) {
  CaseFileReport r = SampleReport("ru");
  for (int i = 0; i < 200; ++i) {
    r.timeline.push_back({"2025-05-" + std::to_string(i % 28 + 1), "Встреча", "Алматы, ул. Абая " + std::to_string(i),
                          "Событие номер " + std::to_string(i) + ": наблюдение за складом, фиксация передвижений и "
                                                                 "контактов подозреваемого с водителями."});
  }
  auto start = std::chrono::steady_clock::now();
  auto pdf = RenderCaseFilePdf(r, Strings("ru"));
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(pdf) << pdf.error().message;
  PdfText read = ReadPdf(*pdf);
  EXPECT_GT(read.pages, 1);
  EXPECT_NE(read.text.find("Событие номер 199:"), std::string::npos);
  EXPECT_NE(read.text.find("Страница " + std::to_string(read.pages) + " из " + std::to_string(read.pages)),
            std::string::npos);
  RecordProperty("render_ms", std::to_string(ms));
  std::printf("200-event case file: %d pages, %zu bytes, %.1f ms\n", read.pages, pdf->size(), ms);
}

TEST(CaseFilePdfTest, TextLongerThanAPageSplitsAcrossPages) {
  CaseFileReport r;
  r.reference = "ALM-2026-0003";
  std::string summary;
  for (int i = 0; i < 400; ++i) r.description += "Предложение " + std::to_string(i) + " описания дела. ";
  for (int i = 0; i < 500; ++i) summary += "Эпизод " + std::to_string(i) + " наблюдения. ";
  r.timeline = {{"2025-03", "Наблюдение", "Алматы", summary}, {"2025-04", "Задержание", "Алматы", "Конец"}};
  auto pdf = RenderCaseFilePdf(r, Strings("ru"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  PdfText read = ReadPdf(*pdf);
  EXPECT_GT(read.pages, 3);
  std::string text = OneLine(read.text);
  for (const char* piece :
       {"Предложение 0 ", "Предложение 399 ", "Эпизод 0 ", "Эпизод 250 ", "Эпизод 499 ", "Конец"}) {
    EXPECT_NE(text.find(piece), std::string::npos) << piece;
  }
}

TEST(CustodyPdfTest, PrintsFullHashesAndFlags) {
  CustodyReport c;
  c.case_reference = "ALM-2026-0001";
  c.case_title = "Вербовка через агентство";
  c.exhibit = SampleReport("ru").exhibits[1];
  c.exhibit.custody[0].hash = kSecondSha;
  c.produced_by = "Ёлкина Жанна";
  c.produced_at = "2026-12-01 10:42 UTC";
  c.export_id = "01JEXPORT0000000000000001";
  auto pdf = RenderCustodyPdf(c, Strings("ru"));
  ASSERT_TRUE(pdf) << pdf.error().message;
  PdfText read = ReadPdf(*pdf);
  EXPECT_NE(OneLine(read.text).find("Цепочка хранения вещественного доказательства"), std::string::npos) << read.text;
  EXPECT_NE(read.text.find("Seal number changed without a recorded reason"), std::string::npos);
  EXPECT_NE(WithoutSpaces(read.text).find(kSecondSha), std::string::npos);
  EXPECT_NE(read.text.find("Ёлкина Жанна"), std::string::npos);
}

TEST(CaseFilePdfTest, MissingLabelsFallBackToKeysAndBadUtf8IsRepaired) {
  CaseFileReport r = SampleReport("en");
  constexpr char kBroken[] = "Broken \xff\xfe title with a NUL \0 inside";
  r.title = std::string(kBroken, sizeof kBroken - 1);
  auto pdf = RenderCaseFilePdf(r, nlohmann::json::object());
  ASSERT_TRUE(pdf) << pdf.error().message;
  std::string text = ReadPdf(*pdf).text;
  EXPECT_NE(text.find("timeline"), std::string::npos);
  EXPECT_NE(text.find("identity_withheld"), std::string::npos);
  EXPECT_NE(text.find("produced: Dina Sultanova"), std::string::npos);
  EXPECT_NE(text.find("inside"), std::string::npos);
  EXPECT_TRUE(RenderCustodyPdf(CustodyReport{}, nlohmann::json()).has_value());
}

TEST(ReportPdfLabelsTest, FillPlaceholdersAndFallBackToKeys) {
  nlohmann::json strings = {{"page", "Page {{page}} of {{ pages }}"}, {"odd", "{{unknown}} and {{"}, {"num", 3}};
  ReportLabels label(strings);
  EXPECT_EQ(label.Format("page", {{"page", "2"}, {"pages", "5"}}), "Page 2 of 5");
  EXPECT_EQ(label.Format("odd", {{"page", "2"}}), "{{unknown}} and {{");
  EXPECT_EQ(label("num"), "num");
  EXPECT_EQ(label("missing"), "missing");
  EXPECT_EQ(label.Format("missing", {{"a", "x"}, {"b", "y"}}), "missing: x, y");
}

}  // namespace
}  // namespace ariadne
