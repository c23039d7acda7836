#include "chronicle/shard.h"

#include <gtest/gtest.h>

#include <vector>

namespace chronicle {
namespace {

TEST(Shard, Fnv1a64MatchesThePublishedVectors) {
  // From the FNV reference test suite (Fowler/Noll/Vo).
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(Shard, EveryIdFallsIntoExactlyOneShardAndTheSplitIsEven) {
  std::vector<int> counts(4, 0);
  for (int i = 0; i < 4000; ++i) {
    const uint32_t s = shard_of("story-" + std::to_string(i), 4);
    ASSERT_LT(s, 4u);
    ++counts[s];
  }
  for (int c : counts) {
    EXPECT_GT(c, 850);
    EXPECT_LT(c, 1150);
  }
  EXPECT_EQ(shard_of("anything", 1), 0u);
  EXPECT_EQ(shard_of("x", 7), fnv1a64("x") % 7);
}

TEST(Shard, ParsesIOverN) {
  auto s = parse_shard("2/5");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->index, 2u);
  EXPECT_EQ(s->count, 5u);
  ASSERT_TRUE(parse_shard("0/1").ok());
  for (const char* bad : {"", "3", "5/5", "6/5", "1/0", "-1/4", "a/b", "1/", "/4", "1/4/2", "1 /4", "0/99999999"}) {
    auto r = parse_shard(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(r.status().message().find(std::string("'") + bad + "'"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace chronicle
