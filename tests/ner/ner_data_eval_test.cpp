// NER corpus readers and span-exact scoring on invented snippets.
#include <gtest/gtest.h>

#include "eval/ner_data.h"
#include "eval/ner_eval.h"

namespace chronicle::eval {
namespace {

TEST(NerData, ReadsUnerIob2AndSkipsComments) {
  const std::string text =
      "# sent_id = a-1\n# text = Lena flew to Rome\n1\tLena\tB-PER\t-\t-\n2\tflew\tO\t-\t-\n3\tto\tO\t-\t-\n"
      "4\tRome\tB-LOC\t-\t-\n\n# sent_id = a-2\n1\tOK\tO\t-\t-\n";
  auto c = parse_ner_text(text, "x.iob2");
  ASSERT_TRUE(c.ok()) << c.status().to_string();
  ASSERT_EQ(c->sentences.size(), 2u);
  EXPECT_EQ(c->sentences[0].forms, (std::vector<std::string>{"Lena", "flew", "to", "Rome"}));
  EXPECT_EQ(c->sentences[0].tags[3], "B-LOC");
}

TEST(NerData, DocumentMarksStartDocuments) {
  auto uner = parse_ner_text(
      "# newdoc id = d1\n# sent_id = d1-1\n1\tHi\tO\t-\t-\n\n# sent_id = d1-2\n1\tYo\tO\t-\t-\n\n"
      "# newdoc id = d2\n# sent_id = d2-1\n1\tLena\tB-PER\t-\t-\n",
      "x.iob2");
  ASSERT_TRUE(uner.ok()) << uner.status().to_string();
  ASSERT_EQ(uner->sentences.size(), 3u);
  EXPECT_TRUE(uner->sentences[0].new_document);
  EXPECT_FALSE(uner->sentences[1].new_document);
  EXPECT_TRUE(uner->sentences[2].new_document);
  auto conll = parse_ner_text("Acme B-ORG\n\n-DOCSTART- -X- -X- O\n\nLena B-PER\n", "x.conll");
  ASSERT_TRUE(conll.ok());
  ASSERT_EQ(conll->sentences.size(), 2u);
  EXPECT_FALSE(conll->sentences[0].new_document);
  EXPECT_TRUE(conll->sentences[1].new_document);
}

TEST(NerData, ReadsConll2003Columns) {
  auto c = parse_ner_text("-DOCSTART- -X- -X- O\n\nAcme NNP B-NP B-ORG\nCorp NNP I-NP I-ORG\nrose VBD B-VP O\n", "x.conll");
  ASSERT_TRUE(c.ok());
  ASSERT_EQ(c->sentences.size(), 1u);
  EXPECT_EQ(c->sentences[0].tags, (std::vector<std::string>{"B-ORG", "I-ORG", "O"}));
}

TEST(NerData, GmbCsvQuotingCp1252AndTheDevTenth) {
  std::string text = "Sentence #,Word,POS,Tag\r\n";
  for (int s = 1; s <= 20; ++s) {
    text += "Sentence: " + std::to_string(s) + ",Word" + std::to_string(s) + ",NNP,B-per\r\n";
    text += ",\",\",\",\",O\r\n";
    text += ",caf\xe9,NN,O\r\n";
  }
  auto all = parse_ner_text(text, "gmb.csv");
  ASSERT_TRUE(all.ok()) << all.status().to_string();
  ASSERT_EQ(all->sentences.size(), 20u);
  EXPECT_EQ(all->sentences[0].forms, (std::vector<std::string>{"Word1", ",", "caf\xc3\xa9"}));
  auto dev = parse_ner_text(text, "gmb.csv", NerPart::kDev);
  ASSERT_EQ(dev->sentences.size(), 2u);
  EXPECT_EQ(dev->sentences[0].forms[0], "Word19");
  auto train = parse_ner_text(text, "gmb.csv", NerPart::kTrain);
  ASSERT_EQ(train->sentences.size(), 18u);
}

TEST(NerData, BadTagIsALocatedError) {
  auto c = parse_ner_text("1\tLena\tX-PER\n", "bad.iob2");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().where(), "bad.iob2:1");
  EXPECT_NE(c.status().message().find("X-PER"), std::string::npos);
  auto g = parse_ner_text("Sentence #,Word,POS,Tag\n,orphan,NN,O\n", "g.csv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().where(), "g.csv:2");
}

TEST(NerEval, SpansFromBioAndBilou) {
  auto s = bio_spans({"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-LOC", "U-GPE", "B-GPE", "L-GPE"});
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0].first, 0u);
  EXPECT_EQ(s[0].last, 2u);
  EXPECT_EQ(s[1].type, "LOC");  // an I- with no open span starts one
  EXPECT_EQ(s[3].type, "LOC");  // I- of another type opens a new span
  EXPECT_EQ(s[5].first, 7u);
  EXPECT_EQ(s[5].last, 9u);
}

TEST(NerEval, CoarseTypesAndExactMatchScores) {
  EXPECT_EQ(coarse_ner_type("GPE"), "LOC");
  EXPECT_EQ(coarse_ner_type("geo"), "LOC");
  EXPECT_EQ(coarse_ner_type("gpe"), "MISC");
  EXPECT_EQ(coarse_ner_type("NORP"), "MISC");
  EXPECT_EQ(coarse_ner_type("tim"), "");
  NerScorer scorer;
  // gold: PER [0,2), LOC [3,4), time ignored; predicted: PERSON [0,2) right, GPE [3,5) wrong span, ORG extra.
  scorer.add({{0, 2, "per"}, {3, 4, "geo"}, {5, 6, "tim"}}, {{0, 2, "PERSON"}, {3, 5, "GPE"}, {6, 7, "ORG"}});
  EXPECT_EQ(scorer.overall().gold, 2);
  EXPECT_EQ(scorer.overall().predicted, 3);
  EXPECT_EQ(scorer.overall().correct, 1);
  EXPECT_NEAR(scorer.overall().f1(), 40.0, 1e-9);
  EXPECT_NEAR(scorer.per_type().at("PER").f1(), 100.0, 1e-9);
  NerScorer limited({"PER", "LOC"});
  limited.add({{0, 2, "per"}}, {{0, 2, "PER"}, {4, 5, "MISC"}});
  EXPECT_EQ(limited.overall().predicted, 1);
  EXPECT_NE(scorer.format().find("overall"), std::string::npos);
}

}  // namespace
}  // namespace chronicle::eval
