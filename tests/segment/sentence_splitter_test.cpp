#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/simple_tokenizer.h"
#include "tokenize/tokenizer.h"

namespace chronicle::segment {
namespace {

using Strings = std::vector<std::string>;

struct Result {
  Strings sentences;
  Strings paragraphs;
};

// Most cases run over the small test tokenizer so they test the splitter
// alone; `real` uses the project's tokenizer (emoticons need it).
Result run(const std::string& text, bool real = false) {
  std::vector<Token> tokens;
  if (real) {
    tokenize::tokenize(text, tokens);
  } else {
    testing::simple_tokenize(text, tokens);
  }
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  segment(text, tokens, paragraphs, sentences);
  Result r;
  for (const Sentence& s : sentences) r.sentences.push_back(text.substr(s.start, s.end - s.start));
  for (const Paragraph& p : paragraphs) r.paragraphs.push_back(text.substr(p.start, p.end - p.start));
  return r;
}

Strings split(const std::string& text) { return run(text).sentences; }
Strings split_real(const std::string& text) { return run(text, true).sentences; }

TEST(SentenceSplitter, PlainSentences) {
  EXPECT_EQ(split("The ferry left at dawn. It reached the island by noon! Did anyone wave?"),
            (Strings{"The ferry left at dawn.", "It reached the island by noon!", "Did anyone wave?"}));
}

TEST(SentenceSplitter, TitlesNeverEndASentence) {
  EXPECT_EQ(split("Mr. Okafor met Dr. Lind and Gen. Ruiz. They talked."),
            (Strings{"Mr. Okafor met Dr. Lind and Gen. Ruiz.", "They talked."}));
}

TEST(SentenceSplitter, InitialsInNames) {
  EXPECT_EQ(split("Donald J. Trump spoke. Then Harriet B. Stowe answered."),
            (Strings{"Donald J. Trump spoke.", "Then Harriet B. Stowe answered."}));
}

TEST(SentenceSplitter, CountryAbbreviationsMidAndEnd) {
  EXPECT_EQ(split("The U.S. Navy sent ships. Talks with the U.S. The talks failed."),
            (Strings{"The U.S. Navy sent ships.", "Talks with the U.S.", "The talks failed."}));
  EXPECT_EQ(split("Officials from the U.S. and Canada met."), (Strings{"Officials from the U.S. and Canada met."}));
}

TEST(SentenceSplitter, MonthAbbreviations) {
  EXPECT_EQ(split("The vote is on Jan. 15 in the capital. Results follow."),
            (Strings{"The vote is on Jan. 15 in the capital.", "Results follow."}));
}

TEST(SentenceSplitter, DecimalsAndNumbers) {
  EXPECT_EQ(split("Growth was 3.5 percent. Prices rose 0.2 points."),
            (Strings{"Growth was 3.5 percent.", "Prices rose 0.2 points."}));
}

TEST(SentenceSplitter, Ellipses) {
  EXPECT_EQ(split("We waited... and waited. Nothing came... Then rain."),
            (Strings{"We waited... and waited.", "Nothing came...", "Then rain."}));
}

TEST(SentenceSplitter, QuoteClosesAfterFullStop) {
  EXPECT_EQ(split("\xE2\x80\x9CWe will return,\xE2\x80\x9D he said. \xE2\x80\x9CSoon.\xE2\x80\x9D The crowd cheered."),
            (Strings{"\xE2\x80\x9CWe will return,\xE2\x80\x9D he said.", "\xE2\x80\x9CSoon.\xE2\x80\x9D",
                     "The crowd cheered."}));
  EXPECT_EQ(split("She said: \"It is over.\" Then she left."),
            (Strings{"She said: \"It is over.\"", "Then she left."}));
}

TEST(SentenceSplitter, QuestionInsideQuoteContinuesInLowerCase) {
  EXPECT_EQ(split("\"Why now?\" she asked. Nobody knew."),
            (Strings{"\"Why now?\" she asked.", "Nobody knew."}));
}

TEST(SentenceSplitter, OpeningStraightQuoteStartsTheNextSentence) {
  EXPECT_EQ(split("He paused. \"We are ready,\" he said."),
            (Strings{"He paused.", "\"We are ready,\" he said."}));
}

TEST(SentenceSplitter, SentenceInsideParentheses) {
  EXPECT_EQ(split("The mayor resigned. (She had served two terms.) A vote follows."),
            (Strings{"The mayor resigned.", "(She had served two terms.)", "A vote follows."}));
  EXPECT_EQ(split("He left (see the annex). Work resumed."),
            (Strings{"He left (see the annex).", "Work resumed."}));
}

TEST(SentenceSplitter, NumberedItemsAndPages) {
  EXPECT_EQ(split("1. Buy bread\n2. Call the bank\nSee p. 55 for details."),
            (Strings{"1. Buy bread", "2. Call the bank", "See p. 55 for details."}));
  EXPECT_EQ(split("It ranked No. 3 last year."), (Strings{"It ranked No. 3 last year."}));
}

TEST(SentenceSplitter, ClockTimes) {
  // a.m./p.m. then a lower-case word, a weekday or a name: same sentence.
  EXPECT_EQ(split("The polls close at 8 p.m. on Sunday."), (Strings{"The polls close at 8 p.m. on Sunday."}));
  EXPECT_EQ(split("They met at 9 a.m. Friday in Oslo."), (Strings{"They met at 9 a.m. Friday in Oslo."}));
  // ... then a sentence starter: a new sentence.
  EXPECT_EQ(split("The train left at 6 p.m. The next one is full."),
            (Strings{"The train left at 6 p.m.", "The next one is full."}));
  EXPECT_EQ(split("It ended at 11 p.m."), (Strings{"It ended at 11 p.m."}));
}

TEST(SentenceSplitter, AbbreviationFollowedByComma) {
  EXPECT_EQ(split("Apples, pears, etc., were sold. Stalls closed."),
            (Strings{"Apples, pears, etc., were sold.", "Stalls closed."}));
  EXPECT_EQ(split("Acme Inc. said profits fell."), (Strings{"Acme Inc. said profits fell."}));
}

TEST(SentenceSplitter, TweetLinesWithoutFinalPunctuation) {
  Result r = run("Great day at the harbour with the crew #proud\nback tomorrow for more\nSee you there!");
  EXPECT_EQ(r.sentences, (Strings{"Great day at the harbour with the crew #proud", "back tomorrow for more",
                                  "See you there!"}));
  EXPECT_EQ(r.paragraphs.size(), 3u);
}

TEST(SentenceSplitter, ParagraphsFromBlankAndSingleLineBreaks) {
  Result r = run("LONDON (Wire) - The talks began.\nBoth sides spoke.\n\nA deal is near. Or not.");
  EXPECT_EQ(r.paragraphs, (Strings{"LONDON (Wire) - The talks began.", "Both sides spoke.",
                                   "A deal is near. Or not."}));
  EXPECT_EQ(r.sentences, (Strings{"LONDON (Wire) - The talks began.", "Both sides spoke.", "A deal is near.",
                                  "Or not."}));
}

TEST(SentenceSplitter, HardWrappedTextKeepsSentencesTogether) {
  Result r = run(
      "The committee said on Tuesday that the new rules would apply to\n"
      "all members from next year. Members objected.\n");
  EXPECT_EQ(r.paragraphs.size(), 1u);
  EXPECT_EQ(r.sentences,
            (Strings{"The committee said on Tuesday that the new rules would apply to\nall members from next year.",
                     "Members objected."}));
}

TEST(SentenceSplitter, LowerCaseAfterFullStopStillSplits) {
  // Web text often starts sentences in lower case; a full stop after an
  // ordinary word ends the sentence anyway.
  EXPECT_EQ(split("i went there. it was closed."), (Strings{"i went there.", "it was closed."}));
}

TEST(SentenceSplitter, QuestionThenLowerCaseInWebText) {
  EXPECT_EQ(split("is it open today? anyone know? thanks"),
            (Strings{"is it open today?", "anyone know?", "thanks"}));
}

TEST(SentenceSplitter, EllipsisBeforeNumberOrLowerCaseContinues) {
  EXPECT_EQ(split("Sales fell by half...40 stores shut. Staff left."),
            (Strings{"Sales fell by half...40 stores shut.", "Staff left."}));
}

TEST(SentenceSplitter, SmileyStaysWithTheSentenceBefore) {
  EXPECT_EQ(split_real("We won the cup! :) Next year again."), (Strings{"We won the cup! :)", "Next year again."}));
}

TEST(SentenceSplitter, EmailHeaderLines) {
  EXPECT_EQ(split("Nora Vint 03/14/2002 09:30 AM please send the figures. Thanks, Nora"),
            (Strings{"Nora Vint", "03/14/2002 09:30 AM", "please send the figures.", "Thanks,", "Nora"}));
  EXPECT_EQ(split("Dear Tom, The files are attached."), (Strings{"Dear Tom,", "The files are attached."}));
}

TEST(SentenceSplitter, WebAddressesAndSeparators) {
  EXPECT_EQ(split("More at http://example.org/page Today we look at ferries."),
            (Strings{"More at http://example.org/page", "Today we look at ferries."}));
  EXPECT_EQ(split("Notes end here ***** New part starts."),
            (Strings{"Notes end here", "*****", "New part starts."}));
}

TEST(SentenceSplitter, BracketedSourceOpensASentence) {
  EXPECT_EQ(split("(Harbour Gazette) The port reopened on Monday."),
            (Strings{"(Harbour Gazette)", "The port reopened on Monday."}));
  EXPECT_EQ(split("(One of three bids) was rejected."), (Strings{"(One of three bids) was rejected."}));
}

TEST(SentenceSplitter, RunOnListItems) {
  EXPECT_EQ(split("We need two things 1) Fresh paint 2) New doors"),
            (Strings{"We need two things", "1) Fresh paint", "2) New doors"}));
  EXPECT_EQ(split("Top picks: 1. Oslo 2. Bergen 3. Tromso"),
            (Strings{"Top picks:", "1. Oslo", "2. Bergen", "3. Tromso"}));
  // A number before a full stop is no list without its neighbour item.
  EXPECT_EQ(split("The score was 3 to 2. Fans left."), (Strings{"The score was 3 to 2.", "Fans left."}));
}

TEST(SentenceSplitter, InitialBeforeAPronounEndsASentence) {
  EXPECT_EQ(split("We chose plan B. This was cheaper."), (Strings{"We chose plan B.", "This was cheaper."}));
}

TEST(SentenceSplitter, WireCopyWrappedAtFixedWidthWithIndentedParagraphs) {
  Result r = run(
      "Harbour Lines Inc said it will not raise its ferry fares\n"
      "this winter because fuel costs have fallen sharply, company\n"
      "officials said.\n"
      "    The company also said its long-serving Chief Executive\n"
      "Mara Quist will retire in June after twelve years.\n"
      "    Shares closed at 12, up 1/4, in moderate trading.\n");
  EXPECT_EQ(r.paragraphs.size(), 3u);
  EXPECT_EQ(r.sentences,
            (Strings{"Harbour Lines Inc said it will not raise its ferry fares\nthis winter because fuel costs have "
                     "fallen sharply, company\nofficials said.",
                     "The company also said its long-serving Chief Executive\nMara Quist will retire in June after "
                     "twelve years.",
                     "Shares closed at 12, up 1/4, in moderate trading."}));
}

TEST(SentenceSplitter, ColumnOfShortUnpunctuatedLinesIsNotWrappedText) {
  Result r = run(
      "Big win for the home side tonight\n"
      "what a goal from Ruiz\n"
      "Trains are delayed on the north line, sorry all\n"
      "back tomorrow with the full report\n"
      "Thanks for reading\n");
  EXPECT_EQ(r.paragraphs.size(), 5u);
  EXPECT_EQ(r.sentences.size(), 5u);
}

TEST(SentenceSplitter, FieldsAreConsistent) {
  const std::string text = "One. Two three.\n\nFour";
  std::vector<Token> tokens;
  testing::simple_tokenize(text, tokens);
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  segment(text, tokens, paragraphs, sentences);
  ASSERT_EQ(sentences.size(), 3u);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(sentences[0].first_token, 0u);
  EXPECT_EQ(sentences[0].last_token, 2u);
  EXPECT_EQ(sentences[1].first_token, 2u);
  EXPECT_EQ(sentences[2].paragraph, 1u);
  EXPECT_EQ(sentences[2].last_token, tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Sentence& s = sentences[tokens[i].sentence];
    EXPECT_GE(i, s.first_token);
    EXPECT_LT(i, s.last_token);
  }
}

TEST(SentenceSplitter, EmptyInputGivesNothing) {
  std::vector<Token> tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  segment("", tokens, paragraphs, sentences);
  EXPECT_TRUE(paragraphs.empty());
  EXPECT_TRUE(sentences.empty());
}

}  // namespace
}  // namespace chronicle::segment
