#include "text/utf8_case.h"

#include <gtest/gtest.h>

#include "text/case_lexicon.h"

namespace chronicle::text {
namespace {

TEST(Utf8Case, StepsByTheSequenceLength) {
  std::string emoji = "\xF0\x9F\x8E\x89-a";
  EXPECT_EQ(upper_at(emoji, 0), 4u);
  EXPECT_EQ(emoji, "\xF0\x9F\x8E\x89-a");
  std::string cjk = "\xE5\xB1\xB1";
  EXPECT_EQ(lower_at(cjk, 0), 3u);
  EXPECT_EQ(cjk, "\xE5\xB1\xB1");
  std::string stray = "\x80x";
  EXPECT_EQ(upper_at(stray, 0), 1u);
  EXPECT_EQ(stray, "\x80x");
}

TEST(Utf8Case, LatinExtendedAChangesCaseInItsTwoBytes) {
  std::string w = "\xC5\x82";  // U+0142 small l with stroke
  EXPECT_EQ(upper_at(w, 0), 2u);
  EXPECT_EQ(w, "\xC5\x81");
  EXPECT_EQ(fold_case("ZA\xC5\x81\xC4\x98\xC5\xBBNIK"), "za\xC5\x82\xC4\x99\xC5\xBCnik");
  EXPECT_TRUE(has_lower("ZA\xC5\x82"));
}

TEST(Utf8Case, GreekAndDotlessIAreNotRecased) {
  EXPECT_TRUE(recasable("ZA\xC5\x81\xC4\x98\xC5\xBBNIK"));
  EXPECT_TRUE(recasable("\xF0\x9F\x8E\x89-ARNOR"));  // an emoji is no letter
  EXPECT_FALSE(recasable("\xCE\x93\xCE\x9F\xCE\x9D"));  // Greek capitals
  EXPECT_FALSE(recasable("ELMFORD\xE5\xB1\xB1"));       // a CJK letter
  EXPECT_FALSE(recasable("ARN\xC4\xB1R"));              // U+0131: its capital is one byte
  std::string greek = "\xCE\x93";
  EXPECT_EQ(lower_at(greek, 0), 2u);
  EXPECT_EQ(greek, "\xCE\x93");  // beyond U+017F nothing changes
  EXPECT_EQ(fold_case("\xCE\x93\xCE\x9F"), "\xCE\x93\xCE\x9F");
}

}  // namespace
}  // namespace chronicle::text
