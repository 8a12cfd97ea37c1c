#include "api/router.h"

#include <gtest/gtest.h>

namespace ariadne {
namespace {

Router Table() {
  Router r;
  r.Add({"GET", "/api/v1/cases", "", "", "", nullptr, nullptr, "", false, false});
  r.Add({"GET", "/api/v1/cases/{id}", "", "", "", nullptr, nullptr, "", false, false});
  r.Add({"PATCH", "/api/v1/cases/{id}", "", "", "", nullptr, nullptr, "", false, false});
  r.Add({"GET", "/api/v1/cases/{id}/exhibits/{xid}", "", "", "", nullptr, nullptr, "", false, false});
  return r;
}

TEST(RouterTest, MatchesLiteralAndParameterSegments) {
  Router r = Table();
  std::map<std::string, std::string> params;
  bool known = false;
  const Route* got = r.Match("GET", "/api/v1/cases/abc/exhibits/x1", params, known);
  ASSERT_NE(got, nullptr);
  EXPECT_EQ(got->pattern, "/api/v1/cases/{id}/exhibits/{xid}");
  EXPECT_EQ(params, (std::map<std::string, std::string>{{"id", "abc"}, {"xid", "x1"}}));
  got = r.Match("GET", "/api/v1/cases", params, known);
  ASSERT_NE(got, nullptr);
  EXPECT_TRUE(params.empty());
}

TEST(RouterTest, OtherMethodOnAKnownPathIsReportedForA405) {
  Router r = Table();
  std::map<std::string, std::string> params{{"keep", "me"}};
  bool known = false;
  EXPECT_EQ(r.Match("DELETE", "/api/v1/cases/abc", params, known), nullptr);
  EXPECT_TRUE(known);
  EXPECT_EQ(params.at("keep"), "me");  // untouched when nothing matched
  EXPECT_NE(r.Match("HEAD", "/api/v1/cases/abc", params, known), nullptr);  // HEAD is served by GET
}

TEST(RouterTest, EmptyParameterTrailingSlashAndUnknownPathsDoNotMatch) {
  Router r = Table();
  std::map<std::string, std::string> params;
  bool known = true;
  EXPECT_EQ(r.Match("GET", "/api/v1/cases//exhibits/x1", params, known), nullptr);
  EXPECT_FALSE(known);
  EXPECT_EQ(r.Match("GET", "/api/v1/cases/", params, known), nullptr);
  EXPECT_EQ(r.Match("GET", "/api/v1/nothing", params, known), nullptr);
  EXPECT_FALSE(known);
}

}  // namespace
}  // namespace ariadne
