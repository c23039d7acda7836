// The quote-mark scanner on invented text: curly and straight marks, nesting,
// run-on paragraphs and flattened paragraphs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quote/quote_marks.h"

namespace chronicle::quote {
namespace {

std::vector<std::string> contents(const std::string& text, const std::vector<Paragraph>& paras = {}) {
  std::vector<std::string> out;
  for (const auto& m : scan_quote_marks(text, paras)) out.push_back(text.substr(m.start, m.end - m.start));
  return out;
}

// Paragraphs split at '\n' (what the segmenter does for single-line paragraphs).
std::vector<Paragraph> lines(const std::string& text) {
  std::vector<Paragraph> p;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > start) p.push_back({start, i});
      start = i + 1;
    }
  }
  return p;
}

TEST(QuoteMarks, CurlyAndStraightPairs) {
  EXPECT_EQ(contents("\xE2\x80\x9CWe will win,\xE2\x80\x9D she said."), std::vector<std::string>{"We will win,"});
  EXPECT_EQ(contents("He called it \"a farce\" and left. \"Never again,\" he added."),
            (std::vector<std::string>{"a farce", "Never again,"}));
}

TEST(QuoteMarks, NestedSingleQuotesStayInside) {
  const std::string t = "\xE2\x80\x9CThey said \xE2\x80\x98no\xE2\x80\x99 to us,\xE2\x80\x9D he said.";
  const auto c = contents(t);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0], "They said \xE2\x80\x98no\xE2\x80\x99 to us,");
  // An apostrophe inside a quotation does not end it.
  EXPECT_EQ(contents("\"It\xE2\x80\x99s fine,\" she said."), std::vector<std::string>{"It\xE2\x80\x99s fine,"});
}

TEST(QuoteMarks, RunOnParagraphContinues) {
  const std::string t = "Ann Marsh said: \"The plan is good.\n\"It will work,\" she said.\nNo quote here.";
  const auto m = scan_quote_marks(t, lines(t));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(t.substr(m[0].start, m[0].end - m[0].start), "The plan is good.");
  EXPECT_FALSE(m[0].closed);
  EXPECT_FALSE(m[0].after_run_on);
  EXPECT_TRUE(m[1].closed);
  EXPECT_TRUE(m[1].after_run_on);
  EXPECT_EQ(m[1].paragraph, 1u);
}

TEST(QuoteMarks, FlattenedParagraphsSplitAtTheNextOpeningMark) {
  // BBC text: paragraphs of a long quotation joined on one line, no closing mark.
  const std::string t = "He said: \"First part is here. \"Second part follows.\" Then prose.";
  const auto m = scan_quote_marks(t, {});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(t.substr(m[0].start, m[0].end - m[0].start), "First part is here.");
  EXPECT_EQ(t.substr(m[1].start, m[1].end - m[1].start), "Second part follows.");
  EXPECT_TRUE(m[1].after_run_on);
}

TEST(QuoteMarks, NoRunOnCarriedOverAProseParagraph) {
  const std::string t = "She said: \"Open and never closed\nPlain prose.\n\"A new one,\" he said.";
  const auto m = scan_quote_marks(t, lines(t));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[1].after_run_on);
}

TEST(QuoteMarks, StrayMarksAndEmptyText) {
  EXPECT_TRUE(contents("").empty());
  EXPECT_TRUE(contents("no marks at all").empty());
  EXPECT_TRUE(contents("\"\"").empty());
  EXPECT_EQ(contents("6'2\" tall").size(), 0u);
  // A lone closing curly mark is ignored; a lone opening one runs to the end.
  EXPECT_EQ(contents("odd\xE2\x80\x9D text").size(), 0u);
  EXPECT_EQ(contents("\xE2\x80\x9Copen to the end"), std::vector<std::string>{"open to the end"});
}

}  // namespace
}  // namespace chronicle::quote
