#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chronicle::tokenize {
namespace {

using V = std::vector<std::string>;

V toks(std::string_view text) {
  std::vector<Token> t;
  tokenize(text, t);
  V out;
  for (const Token& k : t) out.emplace_back(text.substr(k.start, k.end - k.start));
  return out;
}

std::vector<Token> raw(std::string_view text) {
  std::vector<Token> t;
  tokenize(text, t);
  return t;
}

// kinds of all tokens, as names
std::vector<std::string> kinds(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& k : raw(text)) out.emplace_back(token_kind_name(k.kind));
  return out;
}

TEST(Tokenizer, PlainSentences) {
  EXPECT_EQ(toks("The cat sat."), (V{"The", "cat", "sat", "."}));
  EXPECT_EQ(toks("  Hello,world!  "), (V{"Hello", ",", "world", "!"}));
  EXPECT_EQ(toks("Wait... what?!"), (V{"Wait", "...", "what", "?!"}));
  EXPECT_EQ(toks(""), V{});
  EXPECT_EQ(toks(" \n\t \r\n"), V{});
}

TEST(Tokenizer, Clitics) {
  EXPECT_EQ(toks("Acme's bid"), (V{"Acme", "'s", "bid"}));
  EXPECT_EQ(toks("They don't care"), (V{"They", "do", "n't", "care"}));
  EXPECT_EQ(toks("I'm sure you're right, we'll see"), (V{"I", "'m", "sure", "you", "'re", "right", ",", "we", "'ll", "see"}));
  EXPECT_EQ(toks("I've said he'd go"), (V{"I", "'ve", "said", "he", "'d", "go"}));
  EXPECT_EQ(toks("We can't and won't"), (V{"We", "ca", "n't", "and", "wo", "n't"}));
  EXPECT_EQ(toks("I cannot say"), (V{"I", "can", "not", "say"}));
  EXPECT_EQ(toks("we're gonna win"), (V{"we", "'re", "gon", "na", "win"}));
  EXPECT_EQ(toks("DON'T"), (V{"DO", "N'T"}));
  // curly apostrophe
  EXPECT_EQ(toks("Acme\u2019s boss didn\u2019t"), (V{"Acme", "\u2019s", "boss", "did", "n\u2019t"}));
  // names keep their apostrophe
  EXPECT_EQ(toks("O'Neill met rock'n'roll fans"), (V{"O'Neill", "met", "rock'n'roll", "fans"}));
}

TEST(Tokenizer, CliticOffsetsAndJoins) {
  std::string text = "It isn't.";
  auto t = raw(text);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].start, 3u);
  EXPECT_EQ(t[1].end, 5u);
  EXPECT_TRUE(t[1].joined_with_next);
  EXPECT_FALSE(t[1].space_after);
  EXPECT_EQ(t[2].start, 5u);
  EXPECT_EQ(t[2].end, 8u);
  EXPECT_FALSE(t[2].joined_with_next);
  EXPECT_TRUE(t[0].space_after);
  EXPECT_FALSE(t[3].space_after);  // nothing follows
}

TEST(Tokenizer, PluralPossessive) {
  auto t = raw("the workers' union");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[1].joined_with_next);
}

TEST(Tokenizer, AbbreviationsAndInitials) {
  EXPECT_EQ(toks("Mr. Smith and Dr. Jones"), (V{"Mr.", "Smith", "and", "Dr.", "Jones"}));
  EXPECT_EQ(toks("Donald J. Trump"), (V{"Donald", "J.", "Trump"}));
  EXPECT_EQ(toks("in the U.S. and U.K. markets"), (V{"in", "the", "U.S.", "and", "U.K.", "markets"}));
  EXPECT_EQ(toks("Gen. Lee, Acme Inc. and Jan. 5"), (V{"Gen.", "Lee", ",", "Acme", "Inc.", "and", "Jan.", "5"}));
  EXPECT_EQ(toks("e.g. apples, etc. and more"), (V{"e.g.", "apples", ",", "etc.", "and", "more"}));
  EXPECT_EQ(toks("No. 10 says no."), (V{"No.", "10", "says", "no", "."}));
  // a sentence-final abbreviation gives its period to the sentence (EWT)
  EXPECT_EQ(toks("apples, pears etc. Then"), (V{"apples", ",", "pears", "etc", ".", "Then"}));
  EXPECT_EQ(toks("I said so."), (V{"I", "said", "so", "."}));
}

TEST(Tokenizer, ClockTimesFollowEwt) {
  // EWT splits "5pm" into "5" "pm" and keeps "a.m." whole
  EXPECT_EQ(toks("at 9.05am (2.05pm BST)"), (V{"at", "9.05", "am", "(", "2.05", "pm", "BST", ")"}));
  EXPECT_EQ(toks("at 11:30 a.m. today"), (V{"at", "11:30", "a.m.", "today"}));
}

TEST(Tokenizer, NumbersAndMoney) {
  EXPECT_EQ(toks("1,000.5 units"), (V{"1,000.5", "units"}));
  EXPECT_EQ(toks("$5bn and \u00a33.2m"), (V{"$", "5", "bn", "and", "\u00a3", "3.2", "m"}));
  EXPECT_EQ(toks("on 31/05/2018"), (V{"on", "31/05/2018"}));
  EXPECT_EQ(toks("the 20th time in the 1970s"), (V{"the", "20th", "time", "in", "the", "1970s"}));
  EXPECT_EQ(toks("up 12%"), (V{"up", "12", "%"}));
  EXPECT_EQ(toks("call 555-0199 in 1999-2000"), (V{"call", "555-0199", "in", "1999", "-", "2000"}));
  EXPECT_EQ(kinds("42 $"), (std::vector<std::string>{"number", "symbol"}));
}

TEST(Tokenizer, UrlsEmailsSocial) {
  EXPECT_EQ(toks("see pic.twitter.com/AbC123 now"), (V{"see", "pic.twitter.com/AbC123", "now"}));
  EXPECT_EQ(toks("(http://example.co.uk/path?q=1)."), (V{"(", "http://example.co.uk/path?q=1", ")", "."}));
  EXPECT_EQ(toks("mail jane.doe@example.org, please"), (V{"mail", "jane.doe@example.org", ",", "please"}));
  EXPECT_EQ(toks("#Brexit vote, says @JaneDoe_1!"), (V{"#Brexit", "vote", ",", "says", "@JaneDoe_1", "!"}));
  EXPECT_EQ(kinds("https://a.example.com x@y.com #tag @who"),
            (std::vector<std::string>{"url", "email", "hashtag", "mention"}));
  EXPECT_EQ(toks("#Brexit's cost and @BBC\u2019s view"), (V{"#Brexit", "'s", "cost", "and", "@BBC", "\u2019s", "view"}));
  EXPECT_EQ(toks("RT@user hi"), (V{"RT", "@user", "hi"}));
  // not a hashtag: all digits
  EXPECT_EQ(toks("bus #16"), (V{"bus", "#", "16"}));
}

TEST(Tokenizer, Emoji) {
  EXPECT_EQ(toks("ok\U0001F44D\U0001F3FD yes"), (V{"ok", "\U0001F44D\U0001F3FD", "yes"}));
  // family ZWJ sequence and a flag
  EXPECT_EQ(toks("\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1EC\U0001F1E7\U0001F1EB\U0001F1F7"),
            (V{"\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F1EC\U0001F1E7", "\U0001F1EB\U0001F1F7"}));
  EXPECT_EQ(toks("\u2764\uFE0F\u2764\uFE0F"), (V{"\u2764\uFE0F", "\u2764\uFE0F"}));
  // keycaps, a rainbow flag (ZWJ), England (tag sequence)
  EXPECT_EQ(toks("#\uFE0F\u20E3 1\u20E3 \U0001F3F3\uFE0F\u200D\U0001F308 \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"),
            (V{"#\uFE0F\u20E3", "1\u20E3", "\U0001F3F3\uFE0F\u200D\U0001F308",
               "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"}));
  EXPECT_EQ(kinds("\U0001F600 :)"), (std::vector<std::string>{"emoji", "emoji"}));
  EXPECT_EQ(kinds("Acme\u2122 \u00a9 \u00a9\uFE0F"), (std::vector<std::string>{"word", "symbol", "symbol", "emoji"}));
}

TEST(Tokenizer, QuotesDashesEllipsis) {
  EXPECT_EQ(toks("\u201cYes,\u201d she said \u2013 or \u2014 not\u2026"),
            (V{"\u201c", "Yes", ",", "\u201d", "she", "said", "\u2013", "or", "\u2014", "not", "\u2026"}));
  EXPECT_EQ(toks("'Stop,' he said \"now\""), (V{"'", "Stop", ",", "'", "he", "said", "\"", "now", "\""}));
  EXPECT_EQ(toks("wait -- no"), (V{"wait", "--", "no"}));
}

TEST(Tokenizer, Hyphens) {
  // EWT splits compounds but keeps words after common prefixes
  EXPECT_EQ(toks("a well-known non-profit"), (V{"a", "well", "-", "known", "non-profit"}));
  EXPECT_EQ(toks("send an e-mail to co-workers"), (V{"send", "an", "e-mail", "to", "co-workers"}));
}

TEST(Tokenizer, UnicodeSpacesAndScripts) {
  EXPECT_EQ(toks("a\u00a0b\u2003c\u3000d\r\ne"), (V{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(toks("na\u00efve caf\u00e9 \u041c\u043e\u0441\u043a\u0432\u0430"),
            (V{"na\u00efve", "caf\u00e9", "\u041c\u043e\u0441\u043a\u0432\u0430"}));
  EXPECT_EQ(kinds("\uFFFD"), (std::vector<std::string>{"symbol"}));
  EXPECT_EQ(toks("inter\u00ADnational news"), (V{"inter\u00ADnational", "news"}));
}

TEST(Tokenizer, EwtOddities) {
  EXPECT_EQ(toks("Really.? Yes!!"), (V{"Really", ".?", "Yes", "!!"}));
  EXPECT_EQ(toks("''Never,'' she said"), (V{"''", "Never", ",", "''", "she", "said"}));
  EXPECT_EQ(toks("in the 60's and '72, the '80s"), (V{"in", "the", "60's", "and", "'72", ",", "the", "'80s"}));
  EXPECT_EQ(toks("I'd've gone"), (V{"I", "'d", "'ve", "gone"}));
  EXPECT_EQ(toks("see 20.doc and REPORT.XLS"), (V{"see", "20.doc", "and", "REPORT.XLS"}));
  EXPECT_EQ(toks("R&D and AT&T vs. p&l"), (V{"R&D", "and", "AT&T", "vs.", "p&l"}));
  EXPECT_EQ(toks("mail carol.ann.lee@example.com"), (V{"mail", "carol.ann.lee@example.com"}));
  EXPECT_EQ(toks("it's alot"), (V{"it", "'s", "a", "lot"}));
  EXPECT_EQ(toks("w/o the b/c thing w/it"), (V{"w/o", "the", "b/c", "thing", "w/", "it"}));
  EXPECT_EQ(toks("==== ---- $$$"), (V{"====", "----", "$$$"}));
}

TEST(Tokenizer, AppendsAfterExistingTokens) {
  std::vector<Token> t(1);
  t[0].start = 0;
  t[0].end = 0;
  tokenize("a b", t);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].start, 0u);
  EXPECT_TRUE(t[1].space_after);
}

}  // namespace
}  // namespace chronicle::tokenize
