#include "security/custody_chain.h"

#include <gtest/gtest.h>

#include "testing/test_util.h"

namespace ariadne {
namespace {

// Builds a well-formed chain of the given kinds.
std::vector<CustodyEvent> Chain(const std::vector<std::string>& kinds) {
  std::vector<CustodyEvent> out;
  std::string prev(64, '0');
  int64_t seq = 0;
  for (const auto& k : kinds) {
    CustodyEvent e;
    e.exhibit_id = "x1";
    e.seq = ++seq;
    e.kind = k;
    e.at = 1000 * seq;
    e.recorded_at = e.at;
    e.recorded_by = "u1";
    e.holder = k == "transferred" ? "Forensic lab" : "Officer A";
    e.prev_hash = prev;
    e.hash = CustodyHash(e);
    prev = e.hash;
    out.push_back(e);
  }
  return out;
}

std::vector<std::string> Codes(const std::vector<CustodyEvent>& events) {
  std::vector<std::string> out;
  for (const auto& f : AnalyseCustody(events, CustodyHash)) out.push_back(std::to_string(f.seq) + ":" + f.code);
  return out;
}

TEST(Custody, AGoodChainHasNoFlags) {
  auto c = Chain({"seized", "sealed", "transferred", "received", "examined", "transferred", "received", "returned"});
  EXPECT_TRUE(Codes(c).empty());
  EXPECT_EQ(CustodyState(c), "returned");
}

TEST(Custody, ATransferWithNoReceiptIsFlagged) {
  auto pending = Chain({"seized", "transferred"});
  EXPECT_EQ(Codes(pending), std::vector<std::string>{"2:transfer_not_received"});
  EXPECT_EQ(CustodyState(pending), "in_transfer");
  auto skipped = Chain({"seized", "transferred", "examined"});
  EXPECT_EQ(Codes(skipped), std::vector<std::string>{"2:transfer_not_received"});
  auto stray = Chain({"seized", "received"});
  EXPECT_EQ(Codes(stray), std::vector<std::string>{"2:receipt_without_transfer"});
}

TEST(Custody, AnEventAfterDestructionIsFlagged) {
  auto c = Chain({"seized", "destroyed", "examined"});
  EXPECT_EQ(Codes(c), std::vector<std::string>{"3:after_disposal"});
  EXPECT_EQ(CustodyState(c), "destroyed");
}

TEST(Custody, TheChainMustStartWithTheSeizure) {
  EXPECT_EQ(Codes(Chain({"examined"})), std::vector<std::string>{"1:not_seized_first"});
}

TEST(Custody, AlteredRemovedOrReorderedEventsBreakTheChain) {
  auto edited = Chain({"seized", "transferred", "received"});
  edited[1].holder = "Somebody else";
  EXPECT_EQ(Codes(edited), std::vector<std::string>{"2:altered"});

  auto recomputed = Chain({"seized", "transferred", "received"});
  recomputed[1].holder = "Somebody else";
  recomputed[1].hash = CustodyHash(recomputed[1]);  // the next event still names the old hash
  EXPECT_EQ(Codes(recomputed), std::vector<std::string>{"3:altered"});

  auto removed = Chain({"seized", "sealed", "examined"});
  removed.erase(removed.begin() + 1);
  auto codes = Codes(removed);
  EXPECT_NE(std::find(codes.begin(), codes.end(), "3:out_of_order"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "3:altered"), codes.end());
}

TEST(Custody, EventInputIsChecked) {
  const Lookups lookups = test::ConfigLookups();
  const int64_t now = 1'790'000'000'000;
  auto ok = ParseCustodyEvent({{"kind", "transferred"}, {"holder", "Forensic lab, Almaty"}}, lookups, now);
  ASSERT_TRUE(ok) << test::Describe(ok);
  EXPECT_EQ(ok->at, now) << "at defaults to now";
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "transferred"}}, lookups, now)), "required holder");
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "sealed"}}, lookups, now)), "required seal_numbers");
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "lost"}}, lookups, now)), "invalid_value kind");
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "examined"}, {"at", "2099-01-01"}}, lookups, now)),
            "invalid_date at");
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "examined"}, {"at", "yesterday"}}, lookups, now)),
            "invalid_date at");
  EXPECT_EQ(test::Describe(ParseCustodyEvent({{"kind", "examined"}, {"colour", "red"}}, lookups, now)),
            "unknown_field colour");
}

TEST(Custody, ExhibitInputNeedsTheSeizure) {
  const Lookups lookups = test::ConfigLookups();
  nlohmann::json body = {{"evidence_type", "electronic_device"}, {"description", "Samsung phone, cracked screen"},
                         {"seized_at", "2026-11-02T10:15:00Z"}, {"seized_place", "Flat 12, Abai 10, Almaty"},
                         {"seized_by", "Capt. Seitkali"},        {"authority", "Search warrant"},
                         {"seal_numbers", {"KZ-0001234"}}};
  auto in = ParseExhibitInput(body, lookups, ExhibitInputMode::kCreate);
  ASSERT_TRUE(in) << test::Describe(in);
  for (const char* field : {"evidence_type", "description", "seized_at", "seized_place", "seized_by", "authority"}) {
    auto without = body;
    without.erase(field);
    EXPECT_EQ(test::Describe(ParseExhibitInput(without, lookups, ExhibitInputMode::kCreate)),
              std::string("required ") + field);
  }
  body["evidence_type"] = "weapon";
  EXPECT_EQ(test::Describe(ParseExhibitInput(body, lookups, ExhibitInputMode::kCreate)), "invalid_value evidence_type");
  EXPECT_EQ(test::Describe(ParseExhibitInput({{"description", "x"}}, lookups, ExhibitInputMode::kUpdate)),
            "required version");
}

}  // namespace
}  // namespace ariadne
