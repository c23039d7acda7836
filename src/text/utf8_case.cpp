#include "text/utf8_case.h"

#include <utf8proc.h>

namespace chronicle::text {

namespace {

// Latin Extended-A ends here; beyond it letters are kept as written.
constexpr int32_t kLastRecased = 0x17F;

size_t encoded_length(int32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// Replaces the code point at byte i (`from`) by `to` when both take the
// same bytes and `from` is in the recased range.
size_t replace_at(std::string& w, size_t i, CodePoint from, int32_t to) {
  if (from.value < 0 || from.value > kLastRecased || to == from.value || encoded_length(to) != from.length)
    return from.length;
  utf8proc_uint8_t buf[4];
  utf8proc_encode_char(to, buf);
  for (size_t k = 0; k < from.length; ++k) w[i + k] = static_cast<char>(buf[k]);
  return from.length;
}

}  // namespace

CodePoint code_point_at(std::string_view w, size_t i) {
  if (static_cast<unsigned char>(w[i]) < 0x80) return {static_cast<unsigned char>(w[i]), 1};  // most bytes
  utf8proc_int32_t c = -1;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data() + i), static_cast<utf8proc_ssize_t>(w.size() - i), &c);
  if (n <= 0) return {-1, 1};
  return {c, static_cast<size_t>(n)};
}

bool upper_letter(int32_t c) {
  if (c < 0) return false;
  const auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool lower_letter(int32_t c) { return c >= 0 && utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }

bool recasable(std::string_view w) {
  for (size_t i = 0; i < w.size();) {
    const CodePoint c = code_point_at(w, i);
    i += c.length;
    if (c.value < 0x80) continue;
    const auto cat = utf8proc_category(c.value);
    const bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    if (!letter) continue;
    if (c.value > kLastRecased) return false;
    const int32_t other = upper_letter(c.value) ? utf8proc_tolower(c.value) : utf8proc_toupper(c.value);
    if (encoded_length(other) != c.length) return false;
  }
  return true;
}

size_t lower_at(std::string& w, size_t i) {
  if (w[i] >= 'A' && w[i] <= 'Z') {
    w[i] = static_cast<char>(w[i] + ('a' - 'A'));
    return 1;
  }
  const CodePoint c = code_point_at(w, i);
  return upper_letter(c.value) ? replace_at(w, i, c, utf8proc_tolower(c.value)) : c.length;
}

size_t upper_at(std::string& w, size_t i) {
  if (w[i] >= 'a' && w[i] <= 'z') {
    w[i] = static_cast<char>(w[i] - ('a' - 'A'));
    return 1;
  }
  const CodePoint c = code_point_at(w, i);
  return lower_letter(c.value) ? replace_at(w, i, c, utf8proc_toupper(c.value)) : c.length;
}

}  // namespace chronicle::text
