#include <gtest/gtest.h>

#include "time/lexicon.h"

namespace chronicle::timex {
namespace {

TEST(TimeLexicon, FindsWordsWhateverTheirCaseAndAFinalDot) {
  EXPECT_EQ(lookup_word("Monday").cls, WordClass::kWeekday);
  EXPECT_EQ(lookup_word("MONDAY").value, 0);
  EXPECT_EQ(lookup_word("ago").cls, WordClass::kAgo);
  EXPECT_EQ(lookup_word("O'clock").cls, WordClass::kOclock);
  EXPECT_EQ(lookup_word("p.m.").cls, WordClass::kMeridiem);
  EXPECT_EQ(lookup_word("Christmas").value, 1225);
}

TEST(TimeLexicon, OtherWordsAreNone) {
  // Same length and first letter as lexicon words, and neither.
  for (const char* w : {"Mundane", "agog", "thy", "zebra", "", ".", "a-very-long-word-indeed"})
    EXPECT_EQ(lookup_word(w).cls, WordClass::kNone) << w;
}

}  // namespace
}  // namespace chronicle::timex
