// The quote scorer and the gold-file reader on invented data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/quote_eval.h"

namespace chronicle::eval {
namespace {

std::string write_gold(const std::string& name, const std::string& body) {
  const auto dir = std::filesystem::temp_directory_path() / "chronicle-quote-eval-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path) << body;
  return path;
}

TEST(QuoteEval, ReadsRowsRootAndEmptyArticles) {
  const std::string path = write_gold("ok.tsv",
                                      "# root: articles\n# doc\tstart\tend\tkind\tss\tse\tsplit\n"
                                      "a.txt\t1\t5\tdirect\t10\t13\tdev\n"
                                      "a.txt\t20\t24\tscare\t-1\t-1\tdev\n"
                                      "b.txt\t-\t-\t-\t-\t-\ttest\n");
  auto gold = read_quote_gold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->root, (std::filesystem::path(path).parent_path() / "articles").string());
  ASSERT_EQ(gold->articles.size(), 2u);
  EXPECT_EQ(gold->articles[0].quotes.size(), 2u);
  EXPECT_EQ(gold->articles[0].quotes[1].speaker_start, -1);
  EXPECT_TRUE(gold->articles[1].quotes.empty());
  EXPECT_EQ(gold->articles[1].split, "test");
}

TEST(QuoteEval, BadRowsNameFileAndLine) {
  auto bad = read_quote_gold(write_gold("bad.tsv", "# root: x\na.txt\t5\t1\tdirect\t-1\t-1\tdev\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().to_string().find("bad.tsv:2"), std::string::npos) << bad.status().to_string();
  auto kind = read_quote_gold(write_gold("kind.tsv", "# root: x\na.txt\t1\t5\tquoted\t-1\t-1\tdev\n"));
  ASSERT_FALSE(kind.ok());
  EXPECT_NE(kind.status().message().find("unknown kind"), std::string::npos);
  auto cols = read_quote_gold(write_gold("cols.tsv", "# root: x\na.txt\t1\t5\n"));
  EXPECT_FALSE(cols.ok());
  auto noroot = read_quote_gold(write_gold("noroot.tsv", "a.txt\t1\t5\tdirect\t-1\t-1\tdev\n"));
  EXPECT_FALSE(noroot.ok());
  EXPECT_FALSE(read_quote_gold("/nonexistent/gold.tsv").ok());
}

TEST(QuoteEval, SameSpeakerComparesLastWords) {
  EXPECT_TRUE(same_speaker("Ana Ruiz", "Ms Ruiz"));
  EXPECT_TRUE(same_speaker("the Greens", "Greens"));
  EXPECT_TRUE(same_speaker("Ms Ruiz's", "ruiz"));
  EXPECT_FALSE(same_speaker("Ms Ruiz", "Mr Haddad"));
  EXPECT_FALSE(same_speaker("Ms Ruiz", ""));
}

TEST(QuoteEval, CountsExactOverlapSpeakerAndKind) {
  // "Zoë said: «Yes.»" style offsets: code points differ from bytes after the ë.
  Document doc;
  doc.text = "Zo\xC3\xAB Park said: \"We agree.\" Then \"a deal\" was \"near\".";
  // bytes: Z0 o1 ë2-3 ' '4 P5..
  GoldArticle gold;
  gold.doc = "x";
  // Code points: "Zoë Park" = [0, 8); "We agree." = [20, 29); "a deal" = [37, 43); "near" = [50, 54).
  gold.quotes = {{20, 29, "direct", 0, 8}, {37, 43, "partial", 0, 8}, {50, 54, "scare", -1, -1}};
  Quote a;  // exact, right speaker and kind (bytes are one more than code points)
  a.start = 21, a.end = 30, a.kind = "direct", a.speaker_text = "Ms Park";
  Quote b;  // overlapping, wrong speaker, wrong kind
  b.start = 38, b.end = 42, b.kind = "scare", b.speaker_text = "Someone Else";
  Quote r;  // reported speech is not scored
  r.start = 0, r.end = 10, r.kind = "reported";
  doc.quotes = {r, a, b};
  QuoteScores s;
  score_quotes(gold, doc, s);
  EXPECT_EQ(s.exact.gold, 3u);
  EXPECT_EQ(s.exact.system, 2u);
  EXPECT_EQ(s.exact.correct, 1u);
  EXPECT_EQ(s.overlap.correct, 2u);
  EXPECT_EQ(s.speaker_gold, 2u);
  EXPECT_EQ(s.speaker_matched, 2u);
  EXPECT_EQ(s.speaker_correct, 1u);
  EXPECT_EQ(s.kind_matched, 2u);
  EXPECT_EQ(s.kind_correct, 1u);
  EXPECT_NEAR(s.exact.f1(), 2.0 / 5.0, 1e-9);
  EXPECT_NE(format_quote_scores(s).find("Span exact"), std::string::npos);
}

TEST(QuoteEval, ListsTheErrorsOnePerLine) {
  Document doc;
  doc.text = "Ana Ruiz said: \"We agree.\" Then \"a deal\" was near. A \"spare\" one.";
  GoldArticle gold;
  gold.doc = "x.txt";
  // "We agree." [16, 25) right; "a deal" [33, 39) wrong speaker and kind; "near" [45, 49) missed.
  gold.quotes = {{16, 25, "direct", 0, 8}, {33, 39, "partial", 0, 8}, {45, 49, "partial", 0, 8}};
  Quote a;
  a.start = 16, a.end = 25, a.kind = "direct", a.speaker_text = "Ms Ruiz";
  Quote b;
  b.start = 33, b.end = 39, b.kind = "scare", b.speaker_text = "Omar Haddad", b.cue = "said";
  Quote c;  // no gold quotation there
  c.start = 54, c.end = 59, c.kind = "scare";
  doc.quotes = {a, b, c};
  QuoteScores s;
  score_quotes(gold, doc, s);
  EXPECT_EQ(s.errors, (std::vector<std::string>{"x.txt\t33\t39\tkind\tpartial\tscare",
                                                "x.txt\t33\t39\tspeaker\tAna Ruiz\tOmar Haddad (cue: said)",
                                                "x.txt\t45\t49\tmissed\tpartial\t",
                                                "x.txt\t54\t59\tspurious\t\tscare"}));
  QuoteScores total;
  total.add(s);
  EXPECT_EQ(total.errors.size(), 4u);
}

TEST(QuoteEval, ReportedLayerScoresOnlyReportedSpeech) {
  auto path = write_gold("reported.tsv", "# layer: reported\n# root: x\na.txt\t0\t9\treported\t11\t13\tdev\n");
  auto gold = read_quote_gold(path);
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_TRUE(gold->reported);
  auto mixed = read_quote_gold(write_gold("mixed.tsv", "# layer: reported\n# root: x\na.txt\t0\t9\tdirect\t-1\t-1\tdev\n"));
  ASSERT_FALSE(mixed.ok());
  EXPECT_NE(mixed.status().to_string().find("mixed.tsv:3"), std::string::npos) << mixed.status().to_string();
  Document doc;
  doc.text = "Talks end, Ed said, \"soon\".";
  Quote r;
  r.start = 0, r.end = 9, r.kind = "reported", r.speaker_text = "Ed";
  Quote d;  // a direct quotation over the same words is not a reported match
  d.start = 0, d.end = 5, d.kind = "direct", d.speaker_text = "Ed";
  doc.quotes = {d, r};
  QuoteScores s;
  score_quotes(gold->articles[0], doc, s, true);
  EXPECT_EQ(s.exact.system, 1u);
  EXPECT_EQ(s.exact.correct, 1u);
  EXPECT_EQ(s.speaker_correct, 1u);
  QuoteScores plain;
  score_quotes(gold->articles[0], doc, plain, false);
  EXPECT_EQ(plain.exact.correct, 0u);
}

}  // namespace
}  // namespace chronicle::eval
