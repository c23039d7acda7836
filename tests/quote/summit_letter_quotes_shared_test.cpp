// The prototype article (../shared/examples/summit-letter.txt, skipped when
// absent): its ten quotations with the speakers a careful reader gives. The
// article's text is not in this file: spans and speaker words are byte offsets
// into it, read at run time.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

const std::string kExample = std::string(CHRONICLE_SHARED_DIR) + "/examples/summit-letter.txt";

struct Want {
  uint32_t start, end;  // the quotation, bytes, without marks
  const char* kind;
  uint32_t speaker_start, speaker_end;  // bytes of words that name the speaker
  int continues;                        // index in this table of the quotation it continues, -1 none
  const char* cue;
};

// Two cued by "tweeted" (1, 7), three continuing the previous speaker in a new
// paragraph (2, 4, 8), two partial (0, 6). 154..165 is the full name of the
// secretary of state ("He said" resolves to it), 898..907 his name at the first
// tweet, 303..311 and 316..322 the president's and the North Korean leader's.
const Want kWant[] = {
    {335, 348, "partial", 154, 165, -1, "said"},  {845, 894, "direct", 898, 907, -1, "tweeted"},
    {938, 1011, "direct", 898, 907, 1, ""},       {1643, 1683, "direct", 303, 311, -1, "told"},
    {1862, 2053, "direct", 303, 311, 3, ""},      {2060, 2193, "direct", 303, 311, -1, "said"},
    {2257, 2280, "partial", 303, 311, -1, "said"}, {2482, 2619, "direct", 898, 907, -1, "tweeted"},
    {2687, 2775, "direct", 898, 907, 7, ""},      {2782, 2970, "direct", 316, 322, -1, "told"},
};

TEST(SummitLetterQuotes, TenQuotationsAndTheirSpeakers) {
  if (!std::filesystem::exists(kExample)) GTEST_SKIP() << kExample << " not found (../shared absent)";
  std::ifstream in(kExample, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  PipelineOptions opts;  // every stage this build has
  auto p = Pipeline::load(opts);
  ASSERT_TRUE(p.ok()) << p.status().to_string();
  Document doc;
  doc.id = "summit-letter";
  doc.text = buf.str();
  ASSERT_TRUE((*p)->annotate(doc).ok());
  ASSERT_TRUE((*p)->runs(Stage::kParse)) << "the shipped models are expected here";

  std::vector<const Quote*> marked;  // quotations in marks, in text order
  for (const Quote& q : doc.quotes)
    if (q.kind != "reported") marked.push_back(&q);
  ASSERT_EQ(marked.size(), 10u);
  for (size_t i = 0; i < 10; ++i) {
    const Want& w = kWant[i];
    const Quote& q = *marked[i];
    SCOPED_TRACE("quotation " + std::to_string(i));
    EXPECT_EQ(q.start, w.start);
    EXPECT_EQ(q.end, w.end);
    EXPECT_EQ(q.kind, w.kind);
    EXPECT_EQ(q.speaker_text, doc.span_text(w.speaker_start, w.speaker_end));
    if (*w.cue) {
      EXPECT_EQ(q.cue, w.cue);
    }
    if (w.continues < 0) {
      EXPECT_TRUE(q.continues < 0 || doc.quotes[static_cast<size_t>(q.continues)].kind == "reported");
    } else {
      ASSERT_GE(q.continues, 0);
      EXPECT_EQ(&doc.quotes[static_cast<size_t>(q.continues)], marked[static_cast<size_t>(w.continues)]);
    }
  }
}

TEST(SummitLetterQuotes, SameQuotationSpansWithoutTaggerOrParser) {
  if (!std::filesystem::exists(kExample)) GTEST_SKIP() << kExample << " not found (../shared absent)";
  std::ifstream in(kExample, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  PipelineOptions opts;
  opts.stages = {Stage::kQuote};
  auto p = Pipeline::load(opts);
  ASSERT_TRUE(p.ok());
  Document doc;
  doc.text = buf.str();
  ASSERT_TRUE((*p)->annotate(doc).ok());
  size_t i = 0, speakers = 0;
  for (const Quote& q : doc.quotes) {
    if (q.kind == "reported") continue;
    ASSERT_LT(i, 10u);
    EXPECT_EQ(q.start, kWant[i].start);
    EXPECT_EQ(q.end, kWant[i].end);
    speakers += q.speaker_text == doc.span_text(kWant[i].speaker_start, kWant[i].speaker_end);
    ++i;
  }
  EXPECT_EQ(i, 10u);
  // Measured: tokens-only patterns find most speakers; fewer than with the parse is allowed.
  EXPECT_GE(speakers, 7u);
}

}  // namespace
}  // namespace chronicle
