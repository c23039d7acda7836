#include "learn/perceptron.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace chronicle::learn {
namespace {

// A synthetic, linearly separable task: the class is chosen by one "key"
// feature among noise features shared by all classes.
struct Example {
  std::vector<FeatureId> features;
  uint32_t label;
};

std::vector<Example> make_task(uint32_t classes, int n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Example> out;
  for (int i = 0; i < n; ++i) {
    uint32_t label = rng() % classes;
    Example ex;
    ex.label = label;
    ex.features.push_back(hash_feature(1, label));
    ex.features.push_back(hash_feature(3, label * 7 + 1));
    for (int k = 0; k < 3; ++k) ex.features.push_back(hash_feature(2, rng() % 1000000));
    out.push_back(std::move(ex));
  }
  return out;
}

uint32_t predict(const Perceptron& p, const std::vector<FeatureId>& f) {
  std::vector<float> scores(p.num_classes(), 0.0f);
  p.score(f, scores);
  uint32_t best = 0;
  for (uint32_t c = 1; c < scores.size(); ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

Perceptron train(const std::vector<Example>& data, uint32_t classes) {
  Perceptron p(classes);
  for (int epoch = 0; epoch < 15; ++epoch) {
    for (const Example& ex : data) {
      p.update(ex.features, ex.label, predict(p, ex.features));
      p.tick();
    }
  }
  p.average();
  return p;
}

TEST(HashTest, StableAndNonZero) {
  EXPECT_EQ(hash_string("abc"), hash_string("abc"));
  EXPECT_NE(hash_string("abc"), hash_string("abd"));
  std::array<uint64_t, 2> atoms{7, 9};
  EXPECT_EQ(hash_feature(3, atoms), hash_feature(3, 7, 9));
  EXPECT_NE(hash_feature(3, 7, 9), hash_feature(3, 9, 7));
  EXPECT_NE(hash_feature(3, 7), hash_feature(4, 7));
  EXPECT_NE(hash_feature(0, std::span<const uint64_t>{}), 0u);
}

TEST(PerceptronTest, LearnsSeparableTaskExactly) {
  auto data = make_task(5, 400, 42);
  Perceptron p = train(data, 5);
  EXPECT_TRUE(p.averaged());
  for (const Example& ex : data) EXPECT_EQ(predict(p, ex.features), ex.label);
  auto held_out = make_task(5, 100, 7);
  for (const Example& ex : held_out) EXPECT_EQ(predict(p, ex.features), ex.label);
}

TEST(PerceptronTest, TrainingIsDeterministic) {
  auto data = make_task(4, 200, 1);
  EXPECT_EQ(train(data, 4).to_bytes(), train(data, 4).to_bytes());
}

TEST(PerceptronTest, SerializationRoundTrip) {
  auto data = make_task(6, 300, 3);
  Perceptron p = train(data, 6);
  std::string bytes = p.to_bytes();
  Perceptron q;
  std::string error;
  ASSERT_TRUE(Perceptron::from_bytes(bytes, q, error)) << error;
  EXPECT_EQ(q.num_classes(), 6u);
  EXPECT_EQ(q.num_features(), p.num_features());
  EXPECT_EQ(q.num_weights(), p.num_weights());
  EXPECT_EQ(q.to_bytes(), bytes);
  for (const Example& ex : data) {
    std::vector<float> a(6, 0.0f), b(6, 0.0f);
    p.score(ex.features, a);
    q.score(ex.features, b);
    EXPECT_EQ(a, b);
  }
}

TEST(PerceptronTest, FromBytesRejectsBadInput) {
  Perceptron p = train(make_task(3, 50, 9), 3);
  std::string bytes = p.to_bytes();
  Perceptron q;
  std::string error;
  EXPECT_FALSE(Perceptron::from_bytes(bytes.substr(0, 10), q, error));
  EXPECT_EQ(error, "perceptron data is 10 bytes, shorter than its 32-byte header");
  EXPECT_FALSE(Perceptron::from_bytes(bytes + "x", q, error));
  EXPECT_NE(error.find("expected " + std::to_string(bytes.size())), std::string::npos) << error;
  std::string v2 = bytes;
  v2[4] = 2;
  EXPECT_FALSE(Perceptron::from_bytes(v2, q, error));
  EXPECT_EQ(error, "perceptron data has version 2, this build reads version 1");
}

TEST(PerceptronTest, PruningDropsSmallWeights) {
  auto data = make_task(5, 400, 42);
  Perceptron full = train(data, 5);
  Perceptron p(5);
  for (int epoch = 0; epoch < 15; ++epoch)
    for (const Example& ex : data) {
      p.update(ex.features, ex.label, predict(p, ex.features));
      p.tick();
    }
  p.average(1.01f);
  EXPECT_LT(p.num_weights(), full.num_weights());
  EXPECT_LE(p.num_features(), full.num_features());
  // Every surviving weight is at least the threshold in magnitude.
  for (const Example& ex : data) {
    for (FeatureId f : ex.features) {
      std::vector<float> s(5, 0.0f);
      p.score(std::span<const FeatureId>(&f, 1), s);
      for (float w : s) EXPECT_TRUE(w == 0.0f || std::abs(w) >= 1.01f) << w;
    }
  }
}

}  // namespace
}  // namespace chronicle::learn
