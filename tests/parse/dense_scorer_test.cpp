#include "parse/dense_scorer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace chronicle::parse {
namespace {

// The parser's fast scorer must give exactly the perceptron's sums (same
// floats, same order), whatever mix of known and unknown features it gets.
void expect_same_scores(uint32_t classes) {
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
  for (int trial = 0; trial < 200; ++trial) {
    // Over 128 features crosses the scorer's chunk boundary.
    std::vector<learn::FeatureId> f;
    for (int k = 0; k < 150; ++k)
      f.push_back(rng() % 3 == 0 ? learn::hash_feature(2, rng()) : known[rng() % known.size()]);
    std::vector<float> expected(classes, 0.5f), got(classes, 0.5f);
    p.score(f, expected);
    dense.score(f, got.data());
    for (uint32_t c = 0; c < classes; ++c) ASSERT_EQ(expected[c], got[c]) << "class " << c << ", trial " << trial;
  }
}

TEST(DenseScorer, SameSumsAsThePerceptronForEveryClassCount) {
  for (uint32_t classes : {1u, 2u, 3u}) expect_same_scores(classes);
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

}  // namespace
}  // namespace chronicle::parse
