#include "text/capitals_case.h"

#include <gtest/gtest.h>

#include "segment/sentence_splitter.h"
#include "tokenize/tokenizer.h"

namespace chronicle::text {
namespace {

Document make(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize::tokenize(doc.text, doc.tokens);
  segment::segment(doc.text, doc.tokens, doc.paragraphs, doc.sentences);
  text::mark_capitals(doc);
  return doc;
}

// A small ranked list and news list standing for the models' vocabularies.
CaseLexicon lexicon() {
  const std::vector<std::string> ranked = {"the", "to", "says", "of", "in", "talks", "may", "May", "white", "restate", "plan", "mayor", "for"};
  return CaseLexicon(ranked, [](std::string_view form) {
    return form == "Minas" || form == "Tirith";
  });
}

TEST(CapitalsCase, CapitalsSentenceNeedsMostWordsInCapitals) {
  Document doc = make("GONDOR SAYS TALKS FAIL\n\nThe Gondor talks met NATO and the EU today.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(capitals_sentence(doc, doc.sentences[0]));
  EXPECT_FALSE(capitals_sentence(doc, doc.sentences[1]));
}

TEST(CapitalsCase, NoCapitalsSentenceGivesEmpty) {
  Document doc = make("Harriet Vane reached Elmford.\n\nShe met NATO envoys there.");
  EXPECT_TRUE(recase_capitals(doc, lexicon()).empty());
}

TEST(CapitalsCase, BodyFormsThenLexiconThenCapitalised) {
  const std::string text =
      "HERNANDEZ SAYS ARNOR MAY ABANDON TALKS IN OSGILIATH\n\n"
      "Osgiliath, June 2 - Minister Luis Hernandez said on Tuesday that Arnor would leave the talks.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  // Body forms (Hernandez, Arnor, talks), the ranked list (says, may: its
  // first form, in), capitalised when unknown (Abandon), the body's
  // sentence-start form (Osgiliath); the body itself is untouched.
  EXPECT_EQ(out.substr(0, 51), "Hernandez says Arnor may Abandon talks in Osgiliath");
  EXPECT_EQ(out.substr(51), text.substr(51));
}

TEST(CapitalsCase, BodyPhraseWinsOverTheWordAlone) {
  const std::string text =
      "WHITE TOWER DENIES CEASEFIRE\n\n"
      "Officials at the White Tower said the white flag was not raised, and the ceasefire held.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 28), "White Tower Denies ceasefire");
}

TEST(CapitalsCase, ShortUnknownWordsStayInCapitalsAndFirstWordIsCapitalised) {
  const std::string text = "THE GFA TO CONVENE IN MINAS TIRITH\n\nDelegates arrive on Monday.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 34), "The GFA to Convene in Minas Tirith");
}

TEST(CapitalsCase, InflectionsOfKnownWordsAreLowerAndTickersStay) {
  const std::string text = "ELMFORD MAYOR RESTATES PLANS FOR <ELMF> UNIT\n\nThe town sold its share on Monday.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 44), "Elmford mayor restates plans for <ELMF> UNIT");
}

TEST(CapitalsCase, Latin1CapitalsKeepTheirBytes) {
  const std::string text = "N\xC3\x9A\xC3\x91""EZ LEAVES ELMFORD\n\nThe mayor, Ana N\xC3\xBA\xC3\xB1""ez, left Elmford.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 7), "N\xC3\xBA\xC3\xB1""ez");
}

TEST(CapitalsCase, TheCompanyALineOpensWithIsCapitalised) {
  // Through a legal form, or one or two words before a ticker; the body
  // never names it (a dividend brief). SETS and PAY stay in capitals only
  // because this test's lexicon is tiny: neither is in it, and a word of
  // five letters or fewer that no lexicon knows is taken for a code. The
  // models' vocabularies know both, and recase them "sets", "pay".
  CaseLexicon lex = lexicon();
  const std::string a = "ELMFORD WHITE CORP SETS PAYOUT\n\nQuarterly dividend of five cts.";
  Document doc = make(a);
  std::string out = recase_capitals(doc, lex);
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 30), "Elmford White Corp SETS Payout");
  const std::string b = "WHITE TALKS <WTK> SETS PAYOUT\n\nQuarterly dividend of five cts.";
  doc = make(b);
  out = recase_capitals(doc, lex);
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 29), "White Talks <WTK> SETS Payout");
  const std::string c = "MAYOR SAYS WHITE TALKS <WTK> TO PAY\n\nQuarterly dividend of five cts.";
  doc = make(c);
  out = recase_capitals(doc, lex);
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 35), "Mayor says white talks <WTK> to PAY");
}

TEST(CapitalsCase, AKnownNameIsCapitalisedThoughItsWordsAreCommon) {
  const std::vector<std::string> ranked = {"falls", "the", "mayor", "of", "bank"};
  CaseLexicon lex(ranked, {}, [](std::span<const std::string_view> w) {
    return (w.size() == 2 && w[0] == "elmford" && w[1] == "falls") ||
           (w.size() == 3 && w[0] == "bank" && w[1] == "of" && w[2] == "arnor");
  });
  const std::string text = "THE MAYOR OF ELMFORD FALLS VISITS BANK OF ARNOR\n\nShe went on Monday.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lex);
  EXPECT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 47), "The mayor of Elmford Falls Visits Bank of Arnor");
}

// Latin Extended-A capitals fold in their two bytes, and are counted as one
// letter each: ZAŁĘŻNIK has eight letters, so it is no code; the word after
// its hyphen recases too.
TEST(CapitalsCase, LatinExtendedACapitalsFoldInTheirBytes) {
  const std::string text =
      "ZA\xC5\x81\xC4\x98\xC5\xBBNIK-OSGILIATH LEAVES ELMFORD\n\nThe mayor left Elmford on Monday.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 36), "Za\xC5\x82\xC4\x99\xC5\xBCnik-Osgiliath Leaves Elmford");
  EXPECT_EQ(out.substr(36), text.substr(36));
}

// A word with a letter that cannot change case in its own bytes (Greek,
// CJK) is left exactly as written; the words after it still recase.
TEST(CapitalsCase, GreekAndCjkWordsStayAsWritten) {
  const std::string greek = "\xCE\x93\xCE\x9F\xCE\x9D\xCE\x94\xCE\x9F\xCE\xA1 SAYS ELMFORD TALKS FAIL\n\nThe talks met.";
  Document doc = make(greek);
  std::string out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 12), greek.substr(0, 12));
  EXPECT_EQ(out.substr(12, 24), " says Elmford talks FAIL");
  const std::string cjk = "ELMFORD \xE5\xB1\xB1\xE5\xB7\x9D TALKS FAIL\n\nThe talks met.";
  doc = make(cjk);
  out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 25), "Elmford \xE5\xB1\xB1\xE5\xB7\x9D talks FAIL");
}

// A four-byte character is stepped over whole: the hyphen after it still
// starts a capitalised part, and no byte of it changes.
TEST(CapitalsCase, EmojiKeepsItsBytesAndTheHyphenAfterIt) {
  const std::string text = "ELMFORD CHEERS \xF0\x9F\x8E\x89-OSGILIATH TALKS\n\nThe talks met.";
  Document doc = make(text);
  const std::string out = recase_capitals(doc, lexicon());
  ASSERT_EQ(out.size(), doc.text.size());
  EXPECT_EQ(out.substr(0, 15), "Elmford Cheers ");
  EXPECT_EQ(out.substr(15, 4), "\xF0\x9F\x8E\x89");
  EXPECT_EQ(out.substr(19, 17), "-Osgiliath talks\n");
}

TEST(CaseLexicon, FoldKeepsLengthAndLowersLatin1) {
  EXPECT_EQ(fold_case("\xC3\x89LAN-Vital"), "\xC3\xA9lan-vital");
  EXPECT_EQ(fold_case("\xC3\x97"), "\xC3\x97");  // the multiplication sign has no case
  EXPECT_TRUE(has_lower("GONDOr"));
  EXPECT_FALSE(has_lower("GONDOR'S 1987"));
}

}  // namespace
}  // namespace chronicle::text
