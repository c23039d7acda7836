#include "eval/conllu_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chronicle::eval {
namespace {

// Invented sentences: "Cats can't swim. Dogs do!"
constexpr const char* kGold =
    "# text = Cats can't swim.\n"
    "1\tCats\tcat\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tswim\tswim\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Dogs do!\n"
    "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tdo\tdo\tVERB\tVBP\t_\t0\troot:x\t_\tSpaceAfter=No\n"
    "3\t!\t!\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

struct Tok {
  const char* text;
  bool joined = false;
  const char* upos = "";
  int head = kNoHead;
  const char* deprel = "";
};

// Builds a system document over `text`: tokens found in order, sentences
// given as [first, last) token ranges.
Document make_doc(const std::string& text, const std::vector<Tok>& toks,
                  const std::vector<std::pair<uint32_t, uint32_t>>& sents) {
  Document d;
  d.text = text;
  size_t pos = 0;
  for (const Tok& t : toks) {
    pos = text.find(t.text, pos);
    Token tok;
    tok.start = static_cast<uint32_t>(pos);
    tok.end = static_cast<uint32_t>(pos + std::string(t.text).size());
    tok.joined_with_next = t.joined;
    tok.upos = t.upos;
    tok.head = t.head;
    tok.deprel = t.deprel;
    d.tokens.push_back(tok);
    pos = tok.end;
  }
  for (auto [a, b] : sents) {
    Sentence s;
    s.first_token = a;
    s.last_token = b;
    s.start = d.tokens[a].start;
    s.end = d.tokens[b - 1].end;
    d.sentences.push_back(s);
  }
  return d;
}

TEST(ConlluEval, PerfectSystemScoresOneHundred) {
  auto gold = conllu::parse(kGold);
  ASSERT_TRUE(gold.ok());
  auto raw = conllu::rebuild_text(*gold);
  ASSERT_TRUE(raw.ok());
  Document d = make_doc(raw->text,
                        {{"Cats", false, "NOUN", 3, "nsubj"},
                         {"ca", true, "AUX", 3, "aux"},
                         {"n't", false, "PART", 3, "advmod"},
                         {"swim", false, "VERB", -1, "root"},
                         {".", false, "PUNCT", 3, "punct"},
                         {"Dogs", false, "NOUN", 6, "nsubj"},
                         {"do", false, "VERB", -1, "root"},
                         {"!", false, "PUNCT", 6, "punct"}},
                        {{0, 5}, {5, 8}});
  auto s = evaluate(*gold, d);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_EQ(s->tokens.gold, 7u);
  EXPECT_EQ(s->tokens.correct, 7u);
  EXPECT_EQ(s->sentences.correct, 2u);
  EXPECT_EQ(s->words.gold, 8u);
  EXPECT_EQ(s->words.correct, 8u);
  EXPECT_DOUBLE_EQ(s->upos.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s->uas.f1(), 1.0);
  EXPECT_DOUBLE_EQ(s->las.f1(), 1.0);  // "root:x" compares as "root"
  EXPECT_NE(format_scores(*s).find("Sentences  |    100.00"), std::string::npos) << format_scores(*s);
}

TEST(ConlluEval, CountsSentenceTokenAndWordErrors) {
  auto gold = conllu::parse(kGold);
  auto raw = conllu::rebuild_text(*gold);
  // One sentence only; "can't" left whole; "swim." kept as one token.
  Document d = make_doc(raw->text,
                        {{"Cats"}, {"can't"}, {"swim."}, {"Dogs"}, {"do"}, {"!"}}, {{0, 6}});
  auto s = evaluate(*gold, d);
  ASSERT_TRUE(s.ok()) << s.status().to_string();
  EXPECT_EQ(s->sentences.gold, 2u);
  EXPECT_EQ(s->sentences.system, 1u);
  EXPECT_EQ(s->sentences.correct, 0u);
  EXPECT_EQ(s->tokens.system, 6u);
  EXPECT_EQ(s->tokens.correct, 5u);  // Cats can't Dogs do !
  // Gold words Cats ca n't swim . Dogs do ! ; the system word "can't" is not
  // multiword so the gold region aligns by form and finds nothing.
  EXPECT_EQ(s->words.correct, 4u);  // Cats Dogs do !
  EXPECT_EQ(s->upos.correct, 0u);   // no tags given
  EXPECT_EQ(s->uas.correct, 0u);
}

TEST(ConlluEval, AlignsMultiwordWordsByForm) {
  auto gold = conllu::parse(kGold);
  auto raw = conllu::rebuild_text(*gold);
  // The system splits "can't" as "c|an't": the region aligns by form only.
  Document d2 = make_doc(raw->text, {{"Cats"}, {"c", true}, {"an't"}, {"swim"}, {"."}, {"Dogs"}, {"do"}, {"!"}},
                         {{0, 5}, {5, 8}});
  auto s2 = evaluate(*gold, d2);
  ASSERT_TRUE(s2.ok());
  EXPECT_EQ(s2->tokens.correct, 7u);
  EXPECT_EQ(s2->words.correct, 6u);  // neither "c" nor "an't" matches a gold form
}

TEST(ConlluEval, HeadsMustPointToAlignedWords) {
  auto gold = conllu::parse(kGold);
  auto raw = conllu::rebuild_text(*gold);
  Document d = make_doc(raw->text,
                        {{"Cats", false, "NOUN", 3, "nsubj"},
                         {"ca", true, "AUX", 3, "aux"},
                         {"n't", false, "PART", 3, "advmod"},
                         {"swim", false, "VERB", -1, "root"},
                         {".", false, "PUNCT", 0, "punct"},  // wrong head
                         {"Dogs", false, "NOUN", 6, "obj"},   // right head, wrong label
                         {"do", false, "VERB", -1, "root"},
                         {"!", false, "PUNCT", 6, "punct"}},
                        {{0, 5}, {5, 8}});
  auto s = evaluate(*gold, d);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->uas.correct, 7u);
  EXPECT_EQ(s->las.correct, 6u);
}

}  // namespace
}  // namespace chronicle::eval
