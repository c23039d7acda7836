#include "learn/feature_filter.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "learn/perceptron.h"

namespace chronicle::learn {
namespace {

TEST(FeatureFilter, NeverRejectsAnAddedIdAndRejectsMostOthers) {
  std::mt19937_64 rng(7);
  std::vector<uint64_t> added;
  FeatureFilter filter;
  filter.reset(50000);
  for (int i = 0; i < 50000; ++i) {
    added.push_back(hash_feature(1, rng()));
    filter.add(added.back());
  }
  for (uint64_t id : added) ASSERT_TRUE(filter.might_contain(id));
  int passed = 0;
  for (int i = 0; i < 100000; ++i) passed += filter.might_contain(hash_feature(2, rng()));
  // About 12 bits per id: some 8 % of unknown ids pass; 20 % would mean the
  // filter no longer spares the table most lookups.
  EXPECT_LT(passed, 20000);
}

TEST(FeatureFilter, EmptyFilterRejectsEverything) {
  FeatureFilter filter;
  filter.reset(0);
  EXPECT_FALSE(filter.might_contain(hash_feature(1, 42)));
  EXPECT_FALSE(filter.might_contain(~uint64_t{0}));
}

}  // namespace
}  // namespace chronicle::learn
