#include "tag/lemma_cache.h"

#include <gtest/gtest.h>

namespace chronicle::tag {
namespace {

TEST(LemmaCache, ServesALemmaOnlyForItsTaggerTagAndWord) {
  LemmaCache cache;
  const size_t slot = LemmaCache::slot_of("walked", 3);
  EXPECT_EQ(cache.find(slot, 1, 3, "walked"), nullptr);
  cache.put(slot, 1, 3, "walked", "walk");
  ASSERT_NE(cache.find(slot, 1, 3, "walked"), nullptr);
  EXPECT_EQ(*cache.find(slot, 1, 3, "walked"), "walk");
  EXPECT_EQ(cache.find(slot, 2, 3, "walked"), nullptr);   // another tagger
  EXPECT_EQ(cache.find(slot, 1, 4, "walked"), nullptr);   // another tag
  EXPECT_EQ(cache.find(slot, 1, 3, "walkedx"), nullptr);  // another word in the same slot
}

TEST(LemmaCache, ANewerPairReplacesTheOlderInItsSlot) {
  LemmaCache cache;
  const size_t slot = LemmaCache::slot_of("ran", 1);
  cache.put(slot, 1, 1, "ran", "run");
  cache.put(slot, 1, 2, "runs", "run");
  EXPECT_EQ(cache.find(slot, 1, 1, "ran"), nullptr);
  ASSERT_NE(cache.find(slot, 1, 2, "runs"), nullptr);
  EXPECT_EQ(*cache.find(slot, 1, 2, "runs"), "run");
}

}  // namespace
}  // namespace chronicle::tag
