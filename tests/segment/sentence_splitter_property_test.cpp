// Invariants of segment() on random and adversarial text, over the real
// tokenizer: sentences and paragraphs partition the tokens in order.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace chronicle::segment {
namespace {

void check_invariants(const std::string& text) {
  std::vector<Token> tokens;
  tokenize::tokenize(text, tokens);
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  segment(text, tokens, paragraphs, sentences);
  if (tokens.empty()) {
    EXPECT_TRUE(sentences.empty());
    EXPECT_TRUE(paragraphs.empty());
    return;
  }
  ASSERT_FALSE(sentences.empty());
  ASSERT_FALSE(paragraphs.empty());
  uint32_t expected_first = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sent = sentences[s];
    ASSERT_EQ(sent.first_token, expected_first) << "sentence " << s << " in: " << text;
    ASSERT_LT(sent.first_token, sent.last_token);
    ASSERT_EQ(sent.start, tokens[sent.first_token].start);
    ASSERT_EQ(sent.end, tokens[sent.last_token - 1].end);
    ASSERT_LT(sent.paragraph, paragraphs.size());
    const Paragraph& p = paragraphs[sent.paragraph];
    ASSERT_GE(sent.start, p.start);
    ASSERT_LE(sent.end, p.end);
    if (s > 0) {
      ASSERT_GE(sent.paragraph, sentences[s - 1].paragraph);
    }
    for (uint32_t t = sent.first_token; t < sent.last_token; ++t) ASSERT_EQ(tokens[t].sentence, s);
    expected_first = sent.last_token;
  }
  ASSERT_EQ(expected_first, tokens.size());
  for (size_t p = 1; p < paragraphs.size(); ++p) ASSERT_GE(paragraphs[p].start, paragraphs[p - 1].end);
}

TEST(SentenceSplitterProperty, RandomTextKeepsInvariants) {
  static const char* kPieces[] = {"word", "Word", "U.S.", "Mr.", "J.", ".", "...", "?", "!", "\"", "'", "(",
                                  ")", "\xE2\x80\x9D", "\xE2\x80\x9C", ":)", "1.", "2)", "3", "p.m.", "etc.",
                                  ",", ":", "\n", "\n\n", "  ", "http://a.example/x", "a@b.com", ">>", "*****",
                                  "08/16/2000", "12:05", "PM", "Dear", "Regards", "\xC3\xA9t\xC3\xA9", "\t", "-"};
  std::mt19937 rng(20260118);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      text += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
      if (rng() % 3) text += ' ';
    }
    check_invariants(text);
    if (HasFatalFailure()) return;
  }
}

TEST(SentenceSplitterProperty, AdversarialInputs) {
  check_invariants("");
  check_invariants("   \n\n  ");
  check_invariants(".");
  check_invariants("....................");
  check_invariants("?!?!?!");
  check_invariants(std::string(100000, 'a'));
  std::string long_run;
  for (int i = 0; i < 50000; ++i) long_run += "word ";  // one sentence of 50k tokens
  check_invariants(long_run);
  std::string lines;
  for (int i = 0; i < 3000; ++i) lines += "short line\n";
  check_invariants(lines);
}

}  // namespace
}  // namespace chronicle::segment
