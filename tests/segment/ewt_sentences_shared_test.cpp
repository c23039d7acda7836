// Sentence segmentation of UD English EWT dev from raw text (DESIGN.md §6):
// the real tokenizer and the splitter, scored with the CoNLL 2018 metrics.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "conllu/conllu.h"
#include "eval/conllu_eval.h"
#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace chronicle {
namespace {

const std::string kDevPath = std::string(CHRONICLE_SHARED_DIR) + "/corpora/ud-ewt/en_ewt-ud-dev.conllu";

TEST(EwtSentences, GoldAsSystemScoresOneHundred) {
  if (!std::filesystem::exists(kDevPath)) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  auto gold = conllu::read_file(kDevPath);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  auto raw = conllu::rebuild_text(*gold);
  ASSERT_TRUE(raw.ok()) << raw.status().to_string();
  // The evaluation must give 100 when the system output is the gold
  // segmentation itself: checks the rebuild offsets and the alignment.
  Document d;
  d.text = raw->text;
  for (size_t s = 0; s < gold->sentences.size(); ++s) {
    const auto& sent = gold->sentences[s];
    Sentence out;
    out.first_token = static_cast<uint32_t>(d.tokens.size());
    for (size_t w = 0; w < sent.words.size(); ++w) {
      Token t;
      t.start = raw->words[s][w].start;
      t.end = raw->words[s][w].end;
      d.tokens.push_back(t);
    }
    // Words of one multiword token are joined.
    for (const auto& mt : sent.multiword_tokens) {
      for (int32_t w = mt.first; w < mt.last; ++w) d.tokens[out.first_token + w - 1].joined_with_next = true;
    }
    out.last_token = static_cast<uint32_t>(d.tokens.size());
    out.start = raw->sentences[s].start;
    out.end = raw->sentences[s].end;
    d.sentences.push_back(out);
  }
  auto scores = eval::evaluate(*gold, d);
  ASSERT_TRUE(scores.ok()) << scores.status().to_string();
  EXPECT_EQ(scores->sentences.correct, gold->sentences.size());
  EXPECT_EQ(scores->tokens.correct, scores->tokens.gold);
  EXPECT_EQ(scores->tokens.system, scores->tokens.gold);
  EXPECT_EQ(scores->words.correct, scores->words.gold);
}

TEST(EwtSentences, DevSentenceF1FromRawText) {
  if (!std::filesystem::exists(kDevPath)) GTEST_SKIP() << "../shared not found at " << CHRONICLE_SHARED_DIR;
  auto gold = conllu::read_file(kDevPath);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  auto raw = conllu::rebuild_text(*gold);
  ASSERT_TRUE(raw.ok()) << raw.status().to_string();
  Document d;
  d.text = raw->text;
  tokenize::tokenize(d.text, d.tokens);
  segment::segment(d.text, d.tokens, d.paragraphs, d.sentences);
  auto scores = eval::evaluate(*gold, d);
  ASSERT_TRUE(scores.ok()) << scores.status().to_string();
  std::printf("EWT dev, tokenizer + splitter from raw text:\n%s", eval::format_scores(*scores).c_str());
  RecordProperty("sentences_f1", std::to_string(100 * scores->sentences.f1()));
  EXPECT_GE(100 * scores->sentences.f1(), 90.0);
}

}  // namespace
}  // namespace chronicle
