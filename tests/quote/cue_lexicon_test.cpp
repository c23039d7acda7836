#include <gtest/gtest.h>

#include "quote/cue_lexicon.h"

namespace chronicle::quote {
namespace {

TEST(CueLexicon, HasOverAHundredLemmas) {
  EXPECT_GE(cue_lemma_count(), 100u);
  for (const char* l : {"say", "tell", "tweet", "add", "insist", "warn", "ask", "write", "claim", "deny"})
    EXPECT_TRUE(is_cue_lemma(l)) << l;
  for (const char* l : {"eat", "run", "", "sai", "says"}) EXPECT_FALSE(is_cue_lemma(l)) << l;
}

TEST(CueLexicon, FormsWithoutATagger) {
  EXPECT_EQ(cue_lemma_of_form("said"), "say");
  EXPECT_EQ(cue_lemma_of_form("told"), "tell");
  EXPECT_EQ(cue_lemma_of_form("tweeted"), "tweet");
  EXPECT_EQ(cue_lemma_of_form("warns"), "warn");
  EXPECT_EQ(cue_lemma_of_form("writing"), "write");
  EXPECT_EQ(cue_lemma_of_form("announced"), "announce");
  EXPECT_EQ(cue_lemma_of_form("insisting"), "insist");
  EXPECT_EQ(cue_lemma_of_form("table"), "");
  EXPECT_EQ(cue_lemma_of_form("s"), "");
}

}  // namespace
}  // namespace chronicle::quote
