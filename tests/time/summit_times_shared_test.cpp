// The prototype article ../shared/examples/summit-letter.txt (read at run
// time, never copied), annotated as `chronicle annotate --date 2018-05-31
// --tz America/New_York` does (default stages, tagger and parser when their
// models are present): every time expression with the value a careful reader
// gives it, and nothing else.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

const std::filesystem::path kExample =
    std::filesystem::path(CHRONICLE_SHARED_DIR) / "examples" / "summit-letter.txt";

struct Expected {
  std::string text, type, value, utc_offset, mod, same_as_text;
};

TEST(SummitTimes, EveryExpressionWithItsValue) {
  if (!std::filesystem::exists(kExample))
    GTEST_SKIP() << "../shared not found at " << kExample << ": shared-corpus test skipped";
  std::ifstream in(kExample, std::ios::binary);
  Document doc;
  doc.id = "summit-letter";
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  doc.meta.date = "2018-05-31";
  doc.meta.date_source = "cli";
  doc.meta.timezone = "America/New_York";
  auto pipeline = Pipeline::load(PipelineOptions{});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  ASSERT_TRUE((*pipeline)->runs(Stage::kTime));
  ASSERT_TRUE((*pipeline)->annotate(doc).ok());

  const std::vector<Expected> expected = {
      {"the last three days", "DURATION", "P3D", "", "", ""},
      {"June 12", "DATE", "2018-06-12", "", "", ""},  // "will proceed on June 12"
      {"nearly two hours", "DURATION", "PT2H", "", "APPROX", ""},
      {"today", "DATE", "2018-05-31", "", "", ""},
      {"May 31, 2018", "DATE", "2018-05-31", "", "", ""},
      {"18 years", "DURATION", "P18Y", "", "", ""},
      {"Wednesday", "DATE", "2018-05-30", "", "", ""},
      {"11.25am", "TIME", "2018-05-31T11:25", "-04:00", "", "4.25pm BST"},
      {"4.25pm BST", "TIME", "2018-05-31T16:25", "+01:00", "", "11.25am"},
      {"9.05am", "TIME", "2018-05-31T09:05", "-04:00", "", "2.05pm BST"},
      {"2.05pm BST", "TIME", "2018-05-31T14:05", "+01:00", "", "9.05am"},
      {"Wednesday night", "DATE", "2018-05-30TNI", "", "", ""},
      {"early on Thursday", "DATE", "2018-05-31", "", "START", ""},
      {"May 31, 2018", "DATE", "2018-05-31", "", "", ""},
      {"Friday", "DATE", "2018-06-01", "", "", ""},  // "will be coming down ... on Friday"
      {"the (June) 12th", "DATE", "2018-06-12", "", "", ""},
      {"June 12", "DATE", "2018-06-12", "", "", ""},  // "originally scheduled for June 12"
      {"Thursday", "DATE", "2018-05-31", "", "", ""},  // "Thursday's meeting"
      {"2017", "DATE", "2017", "", "", ""},
  };
  std::vector<std::string> got_texts;
  for (const TimeExpr& t : doc.times) got_texts.emplace_back(doc.span_text(t.start, t.end));
  ASSERT_EQ(doc.times.size(), expected.size()) << "found: " << ::testing::PrintToString(got_texts);
  for (size_t i = 0; i < expected.size(); ++i) {
    const TimeExpr& t = doc.times[i];
    const Expected& e = expected[i];
    EXPECT_EQ(doc.span_text(t.start, t.end), e.text) << i;
    EXPECT_EQ(t.type, e.type) << e.text;
    EXPECT_EQ(t.value, e.value) << e.text;
    EXPECT_EQ(t.utc_offset, e.utc_offset) << e.text;
    EXPECT_EQ(t.mod, e.mod) << e.text;
    if (e.same_as_text.empty()) {
      EXPECT_EQ(t.same_as, -1) << e.text;
    } else {
      ASSERT_GE(t.same_as, 0) << e.text;
      const TimeExpr& other = doc.times[t.same_as];
      EXPECT_EQ(doc.span_text(other.start, other.end), e.same_as_text) << e.text;
    }
  }
}

// Without --date the article's own evidence anchors it: no dateline, but two
// embedded posts signed May 31, 2018.
TEST(SummitTimes, DocumentDateFromThePostsWhenNoneIsGiven) {
  if (!std::filesystem::exists(kExample))
    GTEST_SKIP() << "../shared not found at " << kExample << ": shared-corpus test skipped";
  std::ifstream in(kExample, std::ios::binary);
  Document doc;
  doc.id = "summit-letter";
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  PipelineOptions options;
  options.stages = {Stage::kTime};
  auto pipeline = Pipeline::load(options);
  ASSERT_TRUE(pipeline.ok());
  ASSERT_TRUE((*pipeline)->annotate(doc).ok());
  EXPECT_EQ(doc.meta.date, "2018-05-31");
  EXPECT_EQ(doc.meta.date_source, "post");
  bool friday = false;
  for (const TimeExpr& t : doc.times) {
    if (doc.span_text(t.start, t.end) == "Friday") friday = t.value == "2018-06-01";
    EXPECT_TRUE(t.utc_offset.empty() || t.same_as >= 0) << "no zone given: only pairs have offsets";
  }
  EXPECT_TRUE(friday);
}

}  // namespace
}  // namespace chronicle
