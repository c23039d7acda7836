// Case of UTF-8 letters, changed in place for the capitals recasing
// (text/capitals_case.h): a letter is read by code point (one to four
// bytes), and only a letter whose other case has its byte length is ever
// changed, so a recased text keeps every offset of the input.
//
// Thread safety: stateless.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::text {

// The code point at byte i of `w` and its byte length; a byte that starts
// no valid sequence is {-1, 1}.
struct CodePoint {
  int32_t value;
  size_t length;
};
CodePoint code_point_at(std::string_view w, size_t i);

// Whether code point `c` is a capital (or title-case) letter, a small letter.
bool upper_letter(int32_t c);
bool lower_letter(int32_t c);

// Whether `w` can be recased without changing its bytes beyond case: every
// letter in it is ASCII, Latin-1 or Latin Extended-A (U+0100..U+017F) and its
// other case has the same byte length. A word with a Greek, Cyrillic or CJK
// letter, or with U+0131 dotless i (capital "I" is one byte), is not.
bool recasable(std::string_view w);

// Lowers / capitalises the code point at byte i of `w` when its other case
// has the same byte length and it is below U+0180; returns its byte length.
size_t lower_at(std::string& w, size_t i);
size_t upper_at(std::string& w, size_t i);

}  // namespace chronicle::text
