// The committed quotes gold set (eval/quotes/bbc-quotes.tsv) against the BBC
// corpus in ../shared (skipped when absent): it reads, names 160 articles in six
// batches (40 + 24 + 24 + 24 + 24 + 24); the first five batches are dev (batches
// 1-4's every-4th test split was retired in session 4, batch 5's in session 5) and
// batch 6, last in the file, is the unseen test split (24 articles), and every span
// lies inside its article, starts and ends on a non-space and does not cross a
// quotation mark boundary wrongly (speakers are words, not spaces).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/quote_eval.h"

namespace chronicle::eval {
namespace {

TEST(QuoteGoldShared, FileIsWellFormedAgainstTheCorpus) {
  const std::string path = std::string(CHRONICLE_SOURCE_DIR) + "/eval/quotes/bbc-quotes.tsv";
  auto gold = read_quote_gold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
  ASSERT_EQ(gold->articles.size(), 160u);
  size_t test = 0, quotes = 0, position = 0;
  for (const auto& a : gold->articles) {
    test += a.split == "test";
    // Articles are listed in batch order; the split is fixed by position alone.
    ++position;
    EXPECT_EQ(a.split, position > 136 ? "test" : "dev") << a.doc << " at " << position;
    EXPECT_TRUE(a.doc.rfind("politics/", 0) == 0 || a.doc.rfind("business/", 0) == 0) << a.doc;
    std::ifstream in(gold->root + "/" + a.doc, std::ios::binary);
    ASSERT_TRUE(in) << a.doc;
    std::stringstream buf;
    buf << in.rdbuf();
    // Code points of the article.
    std::u32string cp;
    const std::string bytes = buf.str();
    for (size_t i = 0; i < bytes.size(); ++i)
      if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) cp.push_back(static_cast<unsigned char>(bytes[i]));
    for (const auto& q : a.quotes) {
      ++quotes;
      ASSERT_LE(q.end, cp.size()) << a.doc;
      EXPECT_NE(cp[q.start], U' ') << a.doc << " " << q.start;
      EXPECT_NE(cp[q.end - 1], U' ') << a.doc << " " << q.end;
      if (q.kind == "scare") {
        EXPECT_EQ(q.speaker_start, -1) << a.doc << " " << q.start;
      }
      if (q.speaker_start >= 0) {
        ASSERT_LE(static_cast<size_t>(q.speaker_end), cp.size());
        EXPECT_NE(cp[static_cast<size_t>(q.speaker_start)], U' ');
      }
    }
  }
  EXPECT_EQ(test, 24u);
  EXPECT_GE(quotes, 870u);
}

// The reported-speech layer (eval/quotes/bbc-reported.tsv): a subset of the same
// articles with the same splits (all dev since session 4 retired their test
// split), every row reported speech inside its article.
TEST(QuoteGoldShared, ReportedLayerIsASubsetWithTheSameSplits) {
  auto quotes = read_quote_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/quotes/bbc-quotes.tsv");
  auto gold = read_quote_gold(std::string(CHRONICLE_SOURCE_DIR) + "/eval/quotes/bbc-reported.tsv");
  ASSERT_TRUE(quotes.ok()) << quotes.status().to_string();
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_TRUE(gold->reported);
  EXPECT_FALSE(quotes->reported);
  if (!std::filesystem::exists(gold->root)) GTEST_SKIP() << gold->root << " not found (../shared absent)";
  ASSERT_GE(gold->articles.size(), 8u);
  size_t rows = 0;
  for (const auto& a : gold->articles) {
    const GoldArticle* same = nullptr;
    for (const auto& b : quotes->articles)
      if (b.doc == a.doc) same = &b;
    ASSERT_TRUE(same) << a.doc << " is not in the quotes gold set";
    EXPECT_EQ(a.split, same->split) << a.doc;
    std::ifstream in(gold->root + "/" + a.doc, std::ios::binary);
    ASSERT_TRUE(in) << a.doc;
    std::stringstream buf;
    buf << in.rdbuf();
    size_t cps = 0;
    for (char c : buf.str()) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    for (const auto& q : a.quotes) {
      ++rows;
      EXPECT_EQ(q.kind, "reported");
      EXPECT_LE(q.end, cps) << a.doc;
      EXPECT_LE(q.speaker_end, static_cast<int64_t>(cps)) << a.doc;
    }
  }
  EXPECT_GE(rows, 40u);
}

}  // namespace
}  // namespace chronicle::eval
