// The compiled CAMEO table: lookups, PLOVER mapping, and the table's order
// (binary search needs it) and ranges.
#include <gtest/gtest.h>

#include "event/cameo_codes.h"

namespace chronicle::event {
namespace {

TEST(CameoCodes, LooksUpCodesWithTheirLookups) {
  const CameoCode* visit = find_cameo("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Make a visit");
  EXPECT_EQ(visit->root, "04");
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);
  EXPECT_EQ(visit->quad_class, 1);
  EXPECT_EQ(visit->plover_type, "CONSULT");
  EXPECT_EQ(visit->plover_mode, "visit");
  const CameoCode* force = find_cameo("190");
  ASSERT_NE(force, nullptr);
  EXPECT_DOUBLE_EQ(force->goldstein, -10.0);
  EXPECT_EQ(force->quad_class, 4);
  EXPECT_EQ(force->plover_type, "ASSAULT");
  // The glitches of GDELT's own files are fixed in the derived table.
  ASSERT_NE(find_cameo("106"), nullptr);
  EXPECT_DOUBLE_EQ(find_cameo("106")->goldstein, -5.0);
  EXPECT_EQ(find_cameo("044")->name.find("\xC3\x92"), std::string_view::npos);
  EXPECT_EQ(find_cameo("999"), nullptr);
  EXPECT_EQ(find_cameo(""), nullptr);
  EXPECT_EQ(find_cameo("04 "), nullptr);
  // Statements are not PLOVER events.
  EXPECT_EQ(find_cameo("010")->plover_type, "");
}

TEST(CameoCodes, IntendedActionsAreAgreeInPlover) {
  const CameoCode& visit = *find_cameo("042");
  EXPECT_EQ(plover_type_for(visit, "asserted"), "CONSULT");
  EXPECT_EQ(plover_type_for(visit, "intended"), "AGREE");
  EXPECT_EQ(plover_type_for(visit, "negated"), "CONSULT");
  EXPECT_EQ(plover_type_for(*find_cameo("010"), "intended"), "") << "no PLOVER type to turn into AGREE";
}

TEST(CameoCodes, EveryCodeIsConsistent) {
  const auto codes = all_cameo_codes();
  ASSERT_GT(codes.size(), 300u);
  for (size_t i = 0; i < codes.size(); ++i) {
    const CameoCode& c = codes[i];
    SCOPED_TRACE(std::string(c.code));
    if (i > 0) {
      EXPECT_LT(codes[i - 1].code, c.code) << "sorted, no duplicates";
    }
    EXPECT_EQ(c.root, c.code.substr(0, 2));
    const int r = std::stoi(std::string(c.root));
    EXPECT_EQ(c.quad_class, r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);  // GDELT codebook 2.0
    EXPECT_GE(c.goldstein, -10.0);
    EXPECT_LE(c.goldstein, 10.0);
    EXPECT_FALSE(c.name.empty());
    EXPECT_EQ(c.plover_type.empty(), r <= 2) << "PLOVER codes every root but statements and appeals";
    EXPECT_EQ(find_cameo(c.code), &c);
  }
}

}  // namespace
}  // namespace chronicle::event
