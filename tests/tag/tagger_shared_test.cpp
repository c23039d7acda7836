// Accuracy floor of the shipped tagger on UD English EWT dev (read from
// ../shared at run time; skipped when it is absent).
#include <gtest/gtest.h>

#include <filesystem>

#include "conllu/conllu.h"
#include "tag/tagger.h"
#include "train/tagger_trainer.h"

namespace chronicle::tag {
namespace {

TEST(TaggerSharedTest, ShippedModelOnEwtDev) {
  const std::string dev_path = std::string(CHRONICLE_SHARED_DIR) + "/corpora/ud-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  const std::string model = std::string(CHRONICLE_SOURCE_DIR) + "/models/" + kDefaultModelFile;
  if (!std::filesystem::exists(model)) GTEST_SKIP() << "no shipped model at " << model;
  auto tagger = Tagger::load(model);
  ASSERT_TRUE(tagger.ok()) << tagger.status().to_string();
  auto dev = conllu::read_file(dev_path);
  ASSERT_TRUE(dev.ok()) << dev.status().to_string();
  train::TaggingScores s = train::evaluate_tagger(*tagger, *dev);
  EXPECT_GE(s.upos, 95.5);
  EXPECT_GE(s.xpos, 95.0);
  EXPECT_GE(s.lemma, 96.5);
}

}  // namespace
}  // namespace chronicle::tag
