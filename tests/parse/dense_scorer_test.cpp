#include "parse/dense_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace chronicle::parse {
namespace {

// The parser's fast scorer must order the classes as the perceptron does: it
// adds each class's score less class 0's, from 16-bit weights, so it may be
// off by half a quantization step per feature, and by nothing else, whatever
// mix of known and unknown features it gets.
void expect_same_differences(uint32_t classes) {
  std::mt19937 rng(classes);
  learn::Perceptron p(classes);
  std::vector<learn::FeatureId> known;
  for (int i = 0; i < 3000; ++i) {
    std::vector<learn::FeatureId> f;
    for (int k = 0; k < 5; ++k) f.push_back(learn::hash_feature(1, rng() % 4000));
    p.update(f, rng() % classes, rng() % classes);
    p.tick();
    known.insert(known.end(), f.begin(), f.end());
  }
  p.average();
  DenseScorer dense;
  std::string error;
  ASSERT_TRUE(DenseScorer::build(p, dense, error)) << error;
  ASSERT_EQ(dense.num_classes(), classes);
  // The largest difference of two class weights of one feature bounds the
  // quantization step: largest / 32767.
  float largest = 0;
  for (learn::FeatureId f : known) {
    std::vector<float> w(classes, 0.0f);
    p.score(std::vector<learn::FeatureId>{f}, w);
    for (uint32_t c = 1; c < classes; ++c) largest = std::max(largest, std::abs(w[c] - w[0]));
  }
  if (classes > 1) {
    ASSERT_GT(largest, 0.0f);
  }
  const float half_step = 0.5f * largest / 32767.0f;
  for (int trial = 0; trial < 200; ++trial) {
    // Over 128 features crosses the scorer's chunk boundary.
    std::vector<learn::FeatureId> f;
    for (int k = 0; k < 150; ++k)
      f.push_back(rng() % 3 == 0 ? learn::hash_feature(2, rng()) : known[rng() % known.size()]);
    std::vector<float> expected(classes, 0.0f), got(classes, 0.5f);
    p.score(f, expected);
    dense.score(f, got.data());
    EXPECT_EQ(got[0], 0.5f);
    for (uint32_t c = 1; c < classes; ++c)
      ASSERT_NEAR(got[c] - 0.5f, expected[c] - expected[0], 150 * half_step + 1e-4f) << "class " << c << ", trial " << trial;
  }
  // Unknown features add nothing.
  std::vector<learn::FeatureId> unknown;
  for (int k = 0; k < 100; ++k) unknown.push_back(learn::hash_feature(3, rng()));
  std::vector<float> got(classes, 0.25f);
  dense.score(unknown, got.data());
  for (uint32_t c = 0; c < classes; ++c) EXPECT_EQ(got[c], 0.25f);
}

TEST(DenseScorer, SameClassDifferencesAsThePerceptronForEveryClassCount) {
  for (uint32_t classes : {1u, 2u, 3u}) expect_same_differences(classes);
}

// Dense tables overflow many buckets: every stored feature must still come
// back with its own weights (the walk past full buckets, and the check
// against ids that would read alike).
TEST(DenseScorer, EveryStoredFeatureKeepsItsWeights) {
  std::mt19937_64 rng(7);
  learn::Perceptron p(3);
  std::vector<learn::FeatureId> features;
  for (int i = 0; i < 20000; ++i) features.push_back(rng() | 1);
  for (size_t i = 0; i < features.size(); ++i) {
    p.update(std::vector<learn::FeatureId>{features[i]}, static_cast<uint32_t>(i % 3), static_cast<uint32_t>((i + 1) % 3));
    p.tick();
  }
  p.average();
  DenseScorer dense;
  std::string error;
  ASSERT_TRUE(DenseScorer::build(p, dense, error)) << error;
  for (learn::FeatureId f : features) {
    const std::vector<learn::FeatureId> one{f};
    std::vector<float> expected(3, 0.0f), got(3, 0.0f);
    p.score(one, expected);
    dense.score(one, got.data());
    for (uint32_t c = 1; c < 3; ++c) ASSERT_NEAR(got[c], expected[c] - expected[0], 1e-3f) << f;
    ASSERT_NE(got[1], 0.0f) << f;  // every feature has a non-zero difference
  }
}

TEST(DenseScorer, RefusesMoreClassesThanAnEntryHolds) {
  learn::Perceptron p(4);
  p.update(std::vector<learn::FeatureId>{7}, 1, 2);
  p.tick();
  p.average();
  DenseScorer dense;
  std::string error;
  EXPECT_FALSE(DenseScorer::build(p, dense, error));
  EXPECT_NE(error.find("at most 3 classes"), std::string::npos) << error;
}

// The move table's rounding must be std::lround's, halves and the neighbours
// of halves included.
TEST(DenseScorer, RoundsAsLround) {
  std::mt19937_64 rng(9);
  std::vector<double> xs = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                            32766.5, -32766.5, 32767.0, 4503599627370495.5, -4503599627370495.5};
  for (int i = 0; i < 100000; ++i) {
    const double half = static_cast<double>(static_cast<int64_t>(rng() % 80000) - 40000) + 0.5;
    xs.push_back(half);
    xs.push_back(std::nextafter(half, 0.0));
    xs.push_back(std::nextafter(half, 1e9));
    xs.push_back((static_cast<double>(rng() >> 11) / 9007199254740992.0 - 0.5) * 70000.0);
  }
  for (double x : xs) ASSERT_EQ(round_half_away(x), std::lround(x)) << x;
}

}  // namespace
}  // namespace chronicle::parse
