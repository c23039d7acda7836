// Property tests: on random and adversarial text the tokenizer's output is a
// clean partition of the non-space text.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "text/utf8_repair.h"
#include "tokenize/char_class.h"
#include "tokenize/tokenizer.h"

namespace chronicle::tokenize {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool only_space(std::string_view text, size_t s, size_t e) {
  for (size_t i = s; i < e;) {
    CodePoint c = decode_at(text, i);
    if (!is_space(c.cp)) return false;
    i += c.len;
  }
  return true;
}

// Checks every invariant; returns a description of the first violation.
std::string check(std::string_view text) {
  std::vector<Token> t;
  tokenize(text, t);
  size_t prev_end = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    const Token& x = t[k];
    std::string where = "token " + std::to_string(k) + " [" + std::to_string(x.start) + "," + std::to_string(x.end) + ")";
    if (x.start >= x.end) return where + " is empty";
    if (x.end > text.size()) return where + " is out of range";
    if (x.start < prev_end) return where + " overlaps the previous token";
    if (is_continuation(text[x.start]) || (x.end < text.size() && is_continuation(text[x.end])))
      return where + " cuts a code point";
    if (!only_space(text, prev_end, x.start)) return where + ": non-space text before it is in no token";
    for (size_t i = x.start; i < x.end;) {
      CodePoint c = decode_at(text, i);
      if (is_space(c.cp)) return where + " contains white space";
      i += c.len;
    }
    bool gap_after = k + 1 < t.size() ? t[k + 1].start > x.end : x.end < text.size();
    if (x.space_after != gap_after) return where + " has a wrong space_after";
    if (x.joined_with_next && (k + 1 >= t.size() || t[k + 1].start != x.end))
      return where + " is joined to a token that does not touch it";
    prev_end = x.end;
  }
  if (!only_space(text, prev_end, text.size())) return "non-space text after the last token";
  // joining the tokens with the white space between them gives the text back
  std::string rebuilt;
  size_t pos = 0;
  for (const Token& x : t) {
    rebuilt.append(text.substr(pos, x.start - pos));
    rebuilt.append(text.substr(x.start, x.end - x.start));
    pos = x.end;
  }
  rebuilt.append(text.substr(pos));
  if (rebuilt != text) return "rebuilt text differs";
  return "";
}

std::string valid(const std::string& bytes) {
  std::vector<ErrorNote> notes;
  return text::repair_utf8(bytes, notes);
}

const std::vector<std::string>& fragments() {
  static const std::vector<std::string> kFragments = {
      "a", "Z", "word", "don't", "I'm", "’s", "n’t", "'", "\"", "“", "”", "‘", "’", ".", "..", "...", "…", ",",
      ";", ":", "!", "?", "-", "--", "–", "—", "(", ")", "[", "]", "#", "@", "#tag", "@user", "http://",
      "https://x.co/", "www.", ".com", ".co.uk", "/", "?q=1", "&", "$", "£", "€", "5", "1,000", "3.2", "31/05",
      "9.05am", "%", "U.S.", "Mr.", "e.g.", "etc.", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2009", "\u3000",
      "\u200b", "\ufeff", "\U0001F600", "\U0001F44D\U0001F3FD", "\u200d", "\uFE0F", "\U0001F1FA", "\U0001F1F8",
      "\u0301", "e\u0301", "日本語", "ハッシュ", "русский", "العربية", "\uFFFD", "\x01", "\x7f", "_", "=", "*",
      "a@b.com", "x.y", "-", "'s", ":)", "<3", "\u2066", "\u202e"};
  return kFragments;
}

TEST(TokenizerProperty, RandomBytesMadeValid) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string bytes(rng() % 200, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    std::string text = valid(bytes);
    std::string err = check(text);
    ASSERT_EQ(err, "") << "round " << round;
  }
}

TEST(TokenizerProperty, InvalidBytesDoNotBreakIt) {
  // the contract asks for valid UTF-8, but bad bytes must still give a clean partition
  std::mt19937 rng(4242);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 100, '\0');
    for (char& c : text) c = static_cast<char>(rng() & 0xFF);
    std::vector<Token> t;
    tokenize(text, t);
    size_t prev = 0;
    for (const Token& x : t) {
      ASSERT_LT(x.start, x.end);
      ASSERT_LE(x.end, text.size());
      ASSERT_GE(x.start, prev);
      ASSERT_TRUE(only_space(text, prev, x.start));
      prev = x.end;
    }
    ASSERT_TRUE(only_space(text, prev, text.size()));
  }
}

TEST(TokenizerProperty, RandomFragments) {
  std::mt19937 rng(777);
  const auto& f = fragments();
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) text += f[rng() % f.size()];
    std::string err = check(text);
    ASSERT_EQ(err, "") << "text: " << text;
  }
}

TEST(TokenizerProperty, LongPunctuationRuns) {
  for (const char* unit : {".", "-", "!", "?", "=", "'", "’", "…", "#", "@", "$", ".-", "(", ")"}) {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += unit;
    EXPECT_EQ(check(text), "") << unit;
  }
}

TEST(TokenizerProperty, OneMegabyteWithoutSpaces) {
  std::mt19937 rng(99);
  const auto& f = fragments();
  std::string text;
  while (text.size() < (1u << 20)) {
    const std::string& x = f[rng() % f.size()];
    if (only_space(x, 0, x.size())) continue;
    text += x;
  }
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(check(text), "");
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(s, 10.0) << "1 MB without spaces took " << s << " s";
}

TEST(TokenizerProperty, AdversarialDomainsAndLetters) {
  // long dotted runs make the URL matcher work hardest; it stays bounded
  for (const char* unit : {"a.", "ab.c", "x.co", "a-", "a_", "aaaa", "http://a.", "@a", "#a", "a@b.", "1.", "1,"}) {
    std::string text;
    while (text.size() < (1u << 18)) text += unit;
    auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(check(text), "") << unit;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 10.0) << unit << " took " << s << " s";
  }
}

}  // namespace
}  // namespace chronicle::tokenize
