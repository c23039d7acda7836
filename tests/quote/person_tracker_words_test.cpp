#include <gtest/gtest.h>

#include "quote/person_tracker.h"

namespace chronicle::quote {
namespace {

TEST(PersonTrackerWords, ToLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(to_lower("Deputy MINISTER"), "deputy minister");
  // Bytes of a multi-byte character are left alone, whatever the locale.
  EXPECT_EQ(to_lower("\xC3\x89TAT Ol\xC3\xA9"), "\xC3\x89tat ol\xC3\xA9");
  EXPECT_EQ(to_lower(""), "");
}

TEST(PersonTrackerWords, LowerInComparesTheLoweredWord) {
  EXPECT_TRUE(lower_in("The", {"a", "the"}));
  EXPECT_TRUE(lower_in("HIS", {"his"}));
  EXPECT_TRUE(lower_in("\xE2\x80\x99S", {"'s", "\xE2\x80\x99s"}));
  EXPECT_FALSE(lower_in("Them", {"the"}));
  EXPECT_FALSE(lower_in("th", {"the"}));
  EXPECT_FALSE(lower_in("the", {}));
  EXPECT_TRUE(lower_in("", {""}));
}

TEST(PersonTrackerWords, WordListsHoldTheirFirstAndLastWords) {
  for (const char* w : {"secretary", "minister", "pope", "chancellor", "mp"}) EXPECT_TRUE(is_title_word(w)) << w;
  for (const char* w : {"ministers", "Minister", "secret", "", "zzz"}) EXPECT_FALSE(is_title_word(w)) << w;
  for (const char* w : {"party", "centre", "bbc", "g8", "ministry"}) EXPECT_TRUE(is_org_word(w)) << w;
  for (const char* w : {"parties", "Party", "", "a"}) EXPECT_FALSE(is_org_word(w)) << w;
}

}  // namespace
}  // namespace chronicle::quote
