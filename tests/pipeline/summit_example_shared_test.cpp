// The project's prototype input, ../shared/examples/summit-letter.txt, read at
// run time (its text is never copied here): paragraphs, sentences, Twitter
// entities and the two embedded posts, checked by code-point offsets and
// values only.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

const std::filesystem::path kExample =
    std::filesystem::path(CHRONICLE_SHARED_DIR) / "examples" / "summit-letter.txt";

TEST(SummitExample, SocialLayerAndPosts) {
  if (!std::filesystem::exists(kExample))
    GTEST_SKIP() << "../shared not found at " << kExample << ": shared-corpus test skipped";
  std::ifstream in(kExample, std::ios::binary);
  Document doc;
  doc.id = "summit-letter";
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  PipelineOptions options;
  options.stages = {Stage::kSocial};  // pulls in text, tokenize, segment
  auto pipeline = Pipeline::load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  ASSERT_TRUE((*pipeline)->annotate(doc).ok());
  CodepointIndex cp(doc.text);

  EXPECT_EQ(doc.paragraphs.size(), 23u);  // one per line of the wire story
  EXPECT_EQ(doc.sentences.size(), 33u);
  EXPECT_TRUE(doc.errors.empty());

  ASSERT_EQ(doc.posts.size(), 2u);
  const Post& pompeo = doc.posts[0];
  EXPECT_EQ(pompeo.author, "Secretary Pompeo");
  EXPECT_EQ(pompeo.handle, "SecPompeo");
  EXPECT_EQ(pompeo.date, "2018-05-31");
  EXPECT_EQ(cp(pompeo.start), 592u);
  EXPECT_EQ(cp(pompeo.end), 790u);
  EXPECT_EQ(cp(pompeo.signature_start), 791u);
  EXPECT_EQ(cp(pompeo.signature_end), 835u);
  EXPECT_EQ(pompeo.hashtags, std::vector<std::string>{"NorthKorea"});
  EXPECT_EQ(pompeo.urls, std::vector<std::string>{"pic.twitter.com/QfeALSsxGA"});
  const Post& trump = doc.posts[1];
  EXPECT_EQ(trump.author, "Donald J. Trump");
  EXPECT_EQ(trump.handle, "realDonaldTrump");
  EXPECT_EQ(trump.date, "2018-05-31");
  EXPECT_EQ(cp(trump.start), 1750u);
  EXPECT_EQ(cp(trump.end), 1786u);
  EXPECT_TRUE(trump.hashtags.empty());

  std::vector<std::pair<uint32_t, std::string>> hashtags, mentions;
  for (const auto& h : doc.hashtags) hashtags.emplace_back(cp(h.start), h.tag);
  for (const auto& m : doc.mentions) mentions.emplace_back(cp(m.start), m.handle);
  EXPECT_EQ(hashtags, (std::vector<std::pair<uint32_t, std::string>>{
                          {665, "NorthKorea"}, {874, "NorthKorea"}, {2504, "DPRK"}, {2655, "NorthKorea"}}));
  EXPECT_EQ(mentions, (std::vector<std::pair<uint32_t, std::string>>{
                          {811, "SecPompeo"}, {1806, "realDonaldTrump"}, {2471, "POTUS"}}));
  ASSERT_EQ(doc.urls.size(), 1u);
  EXPECT_EQ(cp(doc.urls[0].start), 764u);
  EXPECT_EQ(cp(doc.urls[0].end), 790u);
}

}  // namespace
}  // namespace chronicle
