// Character classes over UTF-8 for the tokenizer and the twitter-text matchers.
// Decoding never reads past the end of the view and never fails: a malformed
// byte decodes as U+FFFD of length 1, so callers always make progress.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chronicle::tokenize {

struct CodePoint {
  char32_t cp = 0;
  uint32_t len = 0;  // bytes; 0 only at the end of the text
};

// Code point starting at byte `pos` (pos < text.size()).
inline CodePoint decode_at(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  if (pos >= n) return {0, 0};
  unsigned char b = s[pos];
  if (b < 0x80) return {b, 1};
  auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if ((b & 0xE0) == 0xC0 && cont(pos + 1)) return {char32_t((b & 0x1F) << 6 | (s[pos + 1] & 0x3F)), 2};
  if ((b & 0xF0) == 0xE0 && cont(pos + 1) && cont(pos + 2))
    return {char32_t((b & 0x0F) << 12 | (s[pos + 1] & 0x3F) << 6 | (s[pos + 2] & 0x3F)), 3};
  if ((b & 0xF8) == 0xF0 && cont(pos + 1) && cont(pos + 2) && cont(pos + 3))
    return {char32_t((b & 0x07) << 18 | (s[pos + 1] & 0x3F) << 12 | (s[pos + 2] & 0x3F) << 6 | (s[pos + 3] & 0x3F)),
            4};
  return {0xFFFD, 1};
}

// Code point that ends right before byte `pos` (pos > 0).
inline CodePoint decode_before(std::string_view text, size_t pos) {
  if (pos == 0) return {0, 0};
  size_t start = pos - 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (start > 0 && pos - start < 4 && (s[start] & 0xC0) == 0x80) --start;
  CodePoint c = decode_at(text, start);
  if (start + c.len != pos) return {0xFFFD, 1};
  return c;
}

// Unicode general category groups we care about (from utf8proc).
enum class CharGroup : uint8_t { kLetter, kMark, kDigit, kNumberOther, kPunct, kSymbol, kSpace, kFormat, kOther };
CharGroup char_group(char32_t cp);

// White space for tokenization: Unicode Zs, line/paragraph separators, the C0
// breaks (\t \n \v \f \r), NEL, and the invisible U+200B / U+FEFF.
bool is_space(char32_t cp);

inline bool is_ascii_alpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// Latin letters with diacritics as twitter-text lists them (mentions must not
// run into them; they are allowed in scheme-less domains and URL paths).
bool is_latin_accent(char32_t cp);

// Emoji that start a pictographic sequence (Extended_Pictographic, roughly).
bool is_emoji_base(char32_t cp);
inline bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }
inline bool is_skin_tone(char32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }

}  // namespace chronicle::tokenize
