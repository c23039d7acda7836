#include "conllu/conllu.h"

#include <gtest/gtest.h>

namespace chronicle::conllu {
namespace {

// Two documents; the first has two paragraphs, the second sentence shares
// the first paragraph. Invented sentences.
constexpr const char* kSample =
    "# newdoc id = d1\n"
    "# newpar id = p1\n"
    "# sent_id = s1\n"
    "# text = Bees don't sleep.\n"
    "1\tBees\tbee\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsleep\tsleep\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "# text = They  hum\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\thum\thum\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = s3\n"
    "1\tOwls\towl\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\thoot\thoot\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2.1\thoot\thoot\tVERB\tVBP\t_\t_\t_\t_\t_\n"
    "3\t!\t!\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "# text = Fin.\n"
    "1\tFin\tfin\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

TEST(Conllu, ParsesWordsRangesAndMarkers) {
  auto tb = parse(kSample, "sample.conllu");
  ASSERT_TRUE(tb.ok()) << tb.status().to_string();
  ASSERT_EQ(tb->sentences.size(), 4u);
  const Sentence& s1 = tb->sentences[0];
  EXPECT_TRUE(s1.new_document);
  EXPECT_TRUE(s1.new_paragraph);
  EXPECT_EQ(s1.document_id, "d1");
  EXPECT_EQ(s1.paragraph_id, "p1");
  EXPECT_EQ(s1.sent_id, "s1");
  EXPECT_EQ(s1.text, "Bees don't sleep.");
  ASSERT_EQ(s1.words.size(), 5u);
  EXPECT_EQ(s1.words[0].feats, "Number=Plur");
  EXPECT_EQ(s1.words[2].lemma, "not");
  EXPECT_EQ(s1.words[3].head, 0);
  EXPECT_FALSE(s1.words[3].space_after);
  ASSERT_EQ(s1.multiword_tokens.size(), 1u);
  EXPECT_EQ(s1.multiword_tokens[0].form, "don't");
  EXPECT_EQ(s1.multiword_tokens[0].first, 2);
  EXPECT_EQ(s1.multiword_tokens[0].last, 3);

  auto toks = surface_tokens(s1);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[1].form, "don't");
  EXPECT_TRUE(toks[1].is_multiword());

  EXPECT_FALSE(tb->sentences[1].new_paragraph);
  EXPECT_TRUE(tb->sentences[2].new_paragraph);
  EXPECT_FALSE(tb->sentences[2].new_document);
  EXPECT_EQ(tb->sentences[2].words.size(), 3u);  // the empty node 2.1 is skipped
  EXPECT_FALSE(tb->sentences[2].has_text);
  EXPECT_TRUE(tb->sentences[3].new_document);
  EXPECT_TRUE(tb->sentences[3].new_paragraph);
  EXPECT_EQ(tb->sentences[3].line, 24u);
}

TEST(Conllu, RebuildsRawTextWithOffsets) {
  auto tb = parse(kSample);
  ASSERT_TRUE(tb.ok());
  auto raw = rebuild_text(*tb);
  ASSERT_TRUE(raw.ok()) << raw.status().to_string();
  EXPECT_EQ(raw->text, "Bees don't sleep. They  hum\n\nOwls hoot!\n\nFin.");
  ASSERT_EQ(raw->sentences.size(), 4u);
  auto cut = [&](Span s) { return raw->text.substr(s.start, s.size()); };
  EXPECT_EQ(cut(raw->sentences[0]), "Bees don't sleep.");
  EXPECT_EQ(cut(raw->sentences[1]), "They  hum");
  EXPECT_EQ(cut(raw->sentences[2]), "Owls hoot!");
  ASSERT_EQ(raw->paragraphs.size(), 3u);
  EXPECT_EQ(cut(raw->paragraphs[0]), "Bees don't sleep. They  hum");
  EXPECT_EQ(cut(raw->paragraphs[2]), "Fin.");
  ASSERT_EQ(raw->tokens[0].size(), 4u);
  EXPECT_EQ(cut(raw->tokens[0][1]), "don't");
  EXPECT_EQ(cut(raw->words[0][1]), "do");
  EXPECT_EQ(cut(raw->words[0][2]), "n't");
  EXPECT_EQ(cut(raw->words[0][4]), ".");
  EXPECT_EQ(cut(raw->words[1][1]), "hum");
  EXPECT_EQ(cut(raw->words[2][2]), "!");
}

TEST(Conllu, MultiwordWordsThatDoNotSpellTheTokenGetItsSpan) {
  const char* text =
      "# text = vamonos\n"
      "1-2\tvamonos\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tvamos\tir\tVERB\t_\t_\t0\troot\t_\t_\n"
      "2\tnos\tnos\tPRON\t_\t_\t1\tobj\t_\t_\n";
  auto tb = parse(text);
  ASSERT_TRUE(tb.ok()) << tb.status().to_string();
  auto raw = rebuild_text(*tb);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw->words[0][0].start, 0u);
  EXPECT_EQ(raw->words[0][0].end, 7u);
  EXPECT_EQ(raw->words[0][1].end, 7u);
}

TEST(Conllu, ReportsLocatedErrors) {
  auto bad_columns = parse("# text = a\n1\ta\ta\n", "x.conllu");
  ASSERT_FALSE(bad_columns.ok());
  EXPECT_EQ(bad_columns.status().code(), StatusCode::kParseError);
  EXPECT_EQ(bad_columns.status().where(), "x.conllu:2");
  EXPECT_NE(bad_columns.status().message().find("10 tab-separated columns"), std::string::npos);

  auto bad_id = parse("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n", "y");
  ASSERT_FALSE(bad_id.ok());
  EXPECT_EQ(bad_id.status().where(), "y:2");

  auto bad_head = parse("1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n", "z");
  ASSERT_FALSE(bad_head.ok());
  EXPECT_EQ(bad_head.status().where(), "z:1");

  auto negative = parse("1\ta\t_\t_\t_\t_\t-1\troot\t_\t_\n", "u");
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().where(), "u:1");

  auto head_range = parse("\n\n1\ta\t_\t_\t_\t_\t5\troot\t_\t_\n", "w");
  ASSERT_FALSE(head_range.ok());
  EXPECT_EQ(head_range.status().where(), "w:3");

  auto mismatch = parse("# text = abc\n1\tabd\t_\t_\t_\t_\t0\troot\t_\t_\n", "v");
  ASSERT_TRUE(mismatch.ok());
  auto raw = rebuild_text(*mismatch);
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.status().where(), "v:1");
}

TEST(Conllu, AcceptsCrlfAndMissingFinalBlankLine) {
  auto tb = parse("# text = Hi\r\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_");
  ASSERT_TRUE(tb.ok()) << tb.status().to_string();
  ASSERT_EQ(tb->sentences.size(), 1u);
  EXPECT_EQ(tb->sentences[0].text, "Hi");
  EXPECT_EQ(tb->sentences[0].words[0].misc, "_");
}

TEST(Conllu, FormatWordsReadsBackToTheSameWords) {
  auto tb = parse(kSample, "sample");
  ASSERT_TRUE(tb.ok()) << tb.status().to_string();
  tb->sentences[0].words[0].upos = "PROPN";  // as a tagger would overwrite it
  const std::string text = format_words(*tb);
  auto back = parse(text, "formatted");
  ASSERT_TRUE(back.ok()) << back.status().to_string();
  ASSERT_EQ(back->sentences.size(), tb->sentences.size());
  for (size_t i = 0; i < tb->sentences.size(); ++i) {
    const auto& a = tb->sentences[i];
    const auto& b = back->sentences[i];
    EXPECT_EQ(b.sent_id, a.sent_id);
    ASSERT_EQ(b.words.size(), a.words.size());
    for (size_t w = 0; w < a.words.size(); ++w) {
      EXPECT_EQ(b.words[w].form, a.words[w].form);
      EXPECT_EQ(b.words[w].lemma, a.words[w].lemma);
      EXPECT_EQ(b.words[w].upos, a.words[w].upos);
      EXPECT_EQ(b.words[w].xpos, a.words[w].xpos);
      EXPECT_EQ(b.words[w].feats, a.words[w].feats);
      EXPECT_EQ(b.words[w].head, a.words[w].head);
      EXPECT_EQ(b.words[w].deprel, a.words[w].deprel);
      EXPECT_EQ(b.words[w].misc, a.words[w].misc);
    }
  }
  EXPECT_EQ(back->sentences[0].words[0].upos, "PROPN");
  EXPECT_TRUE(back->sentences[0].multiword_tokens.empty());  // words only
}

TEST(Conllu, MissingFileIsNotFound) {
  auto tb = read_file("/nonexistent/dir/file.conllu");
  ASSERT_FALSE(tb.ok());
  EXPECT_EQ(tb.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace chronicle::conllu

namespace chronicle::conllu {
namespace {

// Random mixtures of valid and broken lines: parse either fails with a
// located parse error or yields a treebank that rebuild_text can handle.
TEST(Conllu, RandomInputNeverCrashes) {
  static const char* kLines[] = {
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_",   "2\tcat\tcat\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No",
      "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_", "1-2\tAcat\t_\t_\t_\t_\t_\t_\t_\t_",
      "2-3\tcat.\t_\t_\t_\t_\t_\t_\t_\t_",    "1.1\tx\tx\tX\tX\t_\t_\t_\t_\t_",
      "# text = A cat.",                       "# text = ",
      "# newdoc id = n",                       "# newpar",
      "",                                      "garbage line",
      "1\tA\ta",                               "9\tz\tz\tX\tX\t_\t7\tdep\t_\t_",
      "x\ty\t_\t_\t_\t_\t_\t_\t_\t_",          "2\tcat\tcat\tNOUN\tNN\t_\t-3\troot\t_\t_"};
  uint32_t state = 12345;
  auto next = [&]() { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff; };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = static_cast<int>(next() % 12);
    for (int i = 0; i < n; ++i) {
      text += kLines[next() % (sizeof kLines / sizeof *kLines)];
      text += '\n';
    }
    auto tb = parse(text, "r");
    if (!tb.ok()) {
      EXPECT_EQ(tb.status().code(), StatusCode::kParseError);
      EXPECT_EQ(tb.status().where().rfind("r:", 0), 0u) << tb.status().to_string();
      continue;
    }
    auto raw = rebuild_text(*tb);
    if (raw.ok()) {
      ASSERT_EQ(raw->sentences.size(), tb->sentences.size());
      for (const Span& s : raw->sentences) ASSERT_LE(s.end, raw->text.size());
    }
  }
}

}  // namespace
}  // namespace chronicle::conllu
