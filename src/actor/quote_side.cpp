#include "actor/quote_side.h"

namespace chronicle::actor {

bool across_a_quote(std::string_view text, uint32_t from, uint32_t to) {
  if (from >= to || to > text.size()) return false;
  size_t marks = 0;
  for (size_t i = from; i < to; ++i) {
    if (text[i] == '"') {
      ++marks;
    } else if (text[i] == '\xE2' && i + 2 < to && text[i + 1] == '\x80' &&
               (text[i + 2] == '\x9C' || text[i + 2] == '\x9D')) {  // “ ”
      ++marks;
      i += 2;
    }
  }
  return marks % 2 == 1;
}

bool opens_a_quote(std::string_view text, uint32_t start) {
  if (start > text.size()) return false;
  std::string_view before = text.substr(0, start);
  if (before.ends_with("The ") || before.ends_with("the ")) before.remove_suffix(4);
  return before.ends_with("\"") || before.ends_with("\xE2\x80\x9C");
}

}  // namespace chronicle::actor
