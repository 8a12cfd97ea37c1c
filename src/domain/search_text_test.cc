#include "domain/search_text.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

EntityValue V(const std::string& prop, const std::string& value, const std::string& latin = "") {
  EntityValue v;
  v.prop = prop;
  v.value = value;
  v.latin = latin;
  return v;
}

TEST(SearchText, RestrictablePropertiesGoBehindTheirOwnGuardAndNeverInAnOpenTitle) {
  EntitySchema schema = test::ConfigEntitySchema();
  Entity e;
  e.id = "e";
  e.schema = "Person";
  e.caption = "Бахтияр";
  e.caption_prop = "name";
  e.values = {V("name", "Бахтияр", "Bakhtiiar"), V("shelter", "Приют Надежда"), V("nationality", "kz")};
  auto items = EntitySearchItems(e, schema);
  std::map<std::string, std::string> by_guard;
  for (const auto& i : items) {
    by_guard[i.guard] = i.text;
    EXPECT_TRUE(i.title.empty()) << "the caption comes from a property an informant restriction covers";
  }
  EXPECT_NE(by_guard["property:name"].find("Bakhtiiar"), std::string::npos) << "the transliteration beside the name";
  EXPECT_NE(by_guard["property:shelter"].find("Надежда"), std::string::npos);
  EXPECT_EQ(by_guard[""].find("Надежда"), std::string::npos);
  EXPECT_EQ(by_guard[""].find("Бахтияр"), std::string::npos);
  e.deleted = true;
  EXPECT_TRUE(EntitySearchItems(e, schema).empty());
}

TEST(SearchText, StatementsAndTheirDocumentsAreGuardedByTheInterviewKind) {
  Interview iv;
  iv.id = "iv";
  iv.kind = "child";
  iv.place = "Almaty CTU";
  auto items = InterviewSearchItems(iv, {{"iv", 1, "first account", "ru", "", "u", 1}, {"iv", 2, "corrected", "ru", "why", "u", 2}});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].guard, "");
  EXPECT_EQ(items[1].guard, "statement:child");
  EXPECT_EQ(items[2].guard, "statement:child");
  Document d;
  d.id = "d";
  d.name = "recording.mp4";
  d.interview_id = "iv";
  for (const auto& i : DocumentSearchItems(d, "transcript", "child")) {
    EXPECT_EQ(i.guard, "statement:child");
    EXPECT_TRUE(i.title.empty());
  }
  d.interview_id.clear();
  auto open = DocumentSearchItems(d, "transcript", "");
  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[1].title, "recording.mp4");
}

TEST(SearchText, ARestrictedCaseFieldIsItsOwnGuardedItem) {
  Case c;
  c.id = "c";
  c.title = "Title";
  c.victim_notes = "shelter address";
  auto items = CaseSearchItems(c);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].guard, "field:victim_notes");
  EXPECT_EQ(items[0].text.find("shelter"), std::string::npos);
}

}  // namespace
}  // namespace ariadne
