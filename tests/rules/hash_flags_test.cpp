// HashFlags, the prefix table of the compiled dictionaries: flags are ORed,
// absent hashes read 0, hash 0 is a hash, colliding slots are kept apart, and
// the table keeps every hash across growth.
#include <gtest/gtest.h>

#include <cstdint>

#include "rules/hash_flags.h"

namespace chronicle::rules {
namespace {

TEST(HashFlags, AbsentHashesReadZeroAndFlagsAreOred) {
  HashFlags t;
  EXPECT_EQ(t.get(12345), 0);  // empty table
  t.add(12345, 1);
  t.add(12345, 2);
  EXPECT_EQ(t.get(12345), 3);
  EXPECT_EQ(t.get(54321), 0);
}

TEST(HashFlags, HashZeroIsAHashLikeAnyOtherAndTheLowBitsHoldTheFlags) {
  HashFlags t;
  EXPECT_EQ(t.get(0), 0);
  t.add(0, 2);
  EXPECT_EQ(t.get(0), 2);
  EXPECT_EQ(t.get(4), 0);
  // Hashes differing only in the two flag bits are one entry (the
  // dictionary checks every hit against the phrase).
  EXPECT_EQ(t.get(1), 2);
  t.add(0, 0);  // no flags: nothing to store
  EXPECT_EQ(t.get(0), 2);
}

TEST(HashFlags, KeepsEveryHashThroughGrowthAndCollisions) {
  HashFlags t;
  t.reserve(10);
  // Multiples of 2^40 differ only in high bits; many share a slot before
  // the multiply spreads them, and the table grows several times.
  for (uint64_t i = 1; i <= 5000; ++i) t.add(i << 40, static_cast<uint8_t>(1 + i % 2));
  for (uint64_t i = 1; i <= 5000; ++i) ASSERT_EQ(t.get(i << 40), 1 + i % 2) << i;
  for (uint64_t i = 5001; i <= 6000; ++i) ASSERT_EQ(t.get(i << 40), 0) << i;
}

}  // namespace
}  // namespace chronicle::rules
