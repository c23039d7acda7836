// The gold-file pieces (src/eval/gold_tsv) shared by the mention, quote and
// event gold readers, on invented lines.
#include <gtest/gtest.h>

#include "eval/gold_tsv.h"

namespace chronicle::eval {
namespace {

using Cells = std::vector<std::string>;

TEST(GoldTsv, SplitTabsKeepsInnerEmptyCellsDropsTrailingOne) {
  EXPECT_EQ(split_tabs("a.txt\t0\t4\tdirect"), (Cells{"a.txt", "0", "4", "direct"}));
  EXPECT_EQ(split_tabs("a\t\tb"), (Cells{"a", "", "b"}));
  EXPECT_EQ(split_tabs("\ta"), (Cells{"", "a"}));
  EXPECT_EQ(split_tabs("a\t"), (Cells{"a"}));
  EXPECT_EQ(split_tabs("one cell with spaces"), (Cells{"one cell with spaces"}));
  EXPECT_TRUE(split_tabs("").empty());
}

TEST(GoldTsv, ParseIntTakesSignedDecimalsUpTo2To40) {
  int64_t v = 7;
  EXPECT_TRUE(parse_int("0", v));
  EXPECT_EQ(v, 0);
  EXPECT_TRUE(parse_int("-1", v));
  EXPECT_EQ(v, -1);
  EXPECT_TRUE(parse_int("1099511627776", v));  // 2^40
  EXPECT_EQ(v, int64_t{1} << 40);
  v = 7;
  for (const char* bad : {"", "-", "+1", " 1", "1 ", "1.5", "12a", "--1", "1099511627777"}) {
    EXPECT_FALSE(parse_int(bad, v)) << bad;
    EXPECT_EQ(v, 7) << bad;
  }
}

TEST(GoldTsv, ParseU32TakesUnsignedDecimalsThatFit) {
  uint32_t v = 7;
  EXPECT_TRUE(parse_u32("42", v));
  EXPECT_EQ(v, 42u);
  EXPECT_TRUE(parse_u32("007", v));
  EXPECT_EQ(v, 7u);
  EXPECT_TRUE(parse_u32("4294967295", v));
  EXPECT_EQ(v, 4294967295u);
  v = 7;
  for (const char* bad : {"", "-", "-0", "-1", "+1", "4294967296", "1e3", "x", "3 "}) {
    EXPECT_FALSE(parse_u32(bad, v)) << bad;
    EXPECT_EQ(v, 7u) << bad;
  }
}

TEST(GoldTsv, HeaderValueDropsLeadingSpacesOnlyForItsKey) {
  std::string v = "unchanged";
  EXPECT_TRUE(header_value("# root:   articles/bbc ", "# root:", v));
  EXPECT_EQ(v, "articles/bbc ");
  EXPECT_TRUE(header_value("# date:2019-03-01", "# date:", v));
  EXPECT_EQ(v, "2019-03-01");
  EXPECT_TRUE(header_value("# root:   ", "# root:", v));
  EXPECT_EQ(v, "");
  v = "unchanged";
  EXPECT_FALSE(header_value("# doc\tstart\tend", "# root:", v));
  EXPECT_FALSE(header_value(" # root: x", "# root:", v));
  EXPECT_FALSE(header_value("# roots: x", "# root:", v));
  EXPECT_EQ(v, "unchanged");
}

TEST(GoldTsv, ResolveRootIsRelativeToTheGoldFilesFolder) {
  EXPECT_EQ(resolve_root("/data/eval/gold.tsv", "articles"), "/data/eval/articles");
  EXPECT_EQ(resolve_root("/data/eval/gold.tsv", "../corpus/x"), "/data/eval/../corpus/x");
  EXPECT_EQ(resolve_root("/data/eval/gold.tsv", "/abs/dir"), "/abs/dir");
  EXPECT_EQ(resolve_root("gold.tsv", "articles"), "articles");
}

}  // namespace
}  // namespace chronicle::eval
