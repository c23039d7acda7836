#include "parse/perceptron_encoding.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "learn/perceptron.h"

namespace chronicle::parse {
namespace {

std::string small_encoding() {
  learn::Perceptron p(3);
  p.update(std::vector<learn::FeatureId>{11, 22}, 1, 2);
  p.tick();
  p.update(std::vector<learn::FeatureId>{22, 33}, 0, 1);
  p.tick();
  p.average();
  return p.to_bytes();
}

void put_u32(std::string& b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) b[at + static_cast<size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
}

TEST(PerceptronEncoding, ReadsWhatThePerceptronWrote) {
  const std::string bytes = small_encoding();
  PerceptronEncoding enc;
  std::string error;
  ASSERT_TRUE(PerceptronEncoding::read(bytes, enc, error)) << error;
  EXPECT_EQ(enc.classes(), 3u);
  ASSERT_EQ(enc.features(), 3u);
  EXPECT_EQ(enc.key(0), 11u);
  EXPECT_EQ(enc.key(2), 33u);
  EXPECT_EQ(enc.row_begin(0), 0u);
  EXPECT_EQ(enc.row_end(enc.features() - 1), enc.weights());
  // Feature 11 was pushed towards class 1 and away from class 2 only.
  learn::Perceptron p;
  ASSERT_TRUE(learn::Perceptron::from_bytes(bytes, p, error)) << error;
  std::vector<float> expected(3, 0.0f), got(3, 0.0f);
  p.score(std::vector<learn::FeatureId>{11}, expected);
  for (uint32_t j = enc.row_begin(0); j < enc.row_end(0); ++j) got[enc.weight_class(j)] += enc.weight(j);
  EXPECT_EQ(got, expected);
  EXPECT_GT(got[1], 0.0f);
  EXPECT_LT(got[2], 0.0f);
}

TEST(PerceptronEncoding, RefusesMalformedBytesWithAReason) {
  const std::string good = small_encoding();
  PerceptronEncoding enc;
  std::string error;
  EXPECT_FALSE(PerceptronEncoding::read(good.substr(0, 20), enc, error));
  EXPECT_NE(error.find("header"), std::string::npos) << error;

  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_FALSE(PerceptronEncoding::read(bad_magic, enc, error));
  EXPECT_NE(error.find("magic"), std::string::npos) << error;

  std::string bad_version = good;
  put_u32(bad_version, 4, 2);
  EXPECT_FALSE(PerceptronEncoding::read(bad_version, enc, error));
  EXPECT_NE(error.find("version 2"), std::string::npos) << error;

  EXPECT_FALSE(PerceptronEncoding::read(good.substr(0, good.size() - 4), enc, error));
  EXPECT_NE(error.find("sizes"), std::string::npos) << error;

  // Keys must ascend: swap the first two.
  std::string unsorted = good;
  put_u32(unsorted, 32, 22);
  put_u32(unsorted, 40, 11);
  EXPECT_FALSE(PerceptronEncoding::read(unsorted, enc, error));
  EXPECT_NE(error.find("bad feature row"), std::string::npos) << error;

  // The first weight's class (after 3 keys and 3 row ends) out of range.
  std::string bad_class = good;
  put_u32(bad_class, 32 + 3 * 8 + 3 * 4, 7);
  EXPECT_FALSE(PerceptronEncoding::read(bad_class, enc, error));
  EXPECT_NE(error.find("class out of range"), std::string::npos) << error;
}

}  // namespace
}  // namespace chronicle::parse
