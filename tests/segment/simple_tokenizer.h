// A small UD-style tokenizer for the splitter's unit tests only, so they do
// not depend on the real tokenizer's details: splits at white space, peels
// brackets, quotes and punctuation off words, keeps the period on
// abbreviation-shaped words ("Mr.", "U.S.", "a.m.", "J.") and "..." whole.
#pragma once

#include <cstring>
#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::segment::testing {

inline bool keeps_period(std::string_view w) {
  static const char* kKnown[] = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Jan", "Feb", "Sept", "Inc",
                                 "Co", "Jr", "St", "p", "pp", "No", "etc", "vs", "Prof", "Corp", "Gov"};
  if (w.empty()) return false;
  if (w.find('.') != std::string_view::npos) return true;  // U.S / a.m / e.g
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return true;
  for (const char* k : kKnown)
    if (w == k) return true;
  return false;
}

inline void simple_tokenize(std::string_view text, std::vector<Token>& out) {
  auto push = [&](size_t s, size_t e) {
    Token t;
    t.start = static_cast<uint32_t>(s);
    t.end = static_cast<uint32_t>(e);
    const unsigned char c = static_cast<unsigned char>(text[s]);
    t.kind = (c >= '0' && c <= '9') ? TokenKind::kNumber
             : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80 ? TokenKind::kWord
                                                                     : TokenKind::kPunct;
    t.space_after = e < text.size() && (text[e] == ' ' || text[e] == '\n' || text[e] == '\t' || text[e] == '\r');
    out.push_back(t);
  };
  auto is_punct_prefix = [&](std::string_view rest) -> size_t {
    static const char* kMarks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                                   "\xE2\x80\xA6", "\xE2\x80\x94"};
    for (const char* m : kMarks)
      if (rest.substr(0, std::strlen(m)) == m) return std::strlen(m);
    if (!rest.empty() && std::strchr("()[]\"',;:!?", rest[0])) return 1;
    return 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i >= text.size()) break;
    size_t e = i;
    while (e < text.size() && !(text[e] == ' ' || text[e] == '\n' || text[e] == '\t' || text[e] == '\r')) ++e;
    // Leading marks.
    while (i < e) {
      size_t k = is_punct_prefix(text.substr(i, e - i));
      if (!k) break;
      push(i, i + k);
      i += k;
    }
    // Trailing marks, collected right to left.
    std::vector<std::pair<size_t, size_t>> tail;
    size_t we = e;
    for (;;) {
      if (we <= i) break;
      bool found = false;
      for (size_t k : {size_t(3), size_t(1)}) {
        if (we - i < k) continue;
        std::string_view last = text.substr(we - k, k);
        if ((k == 1 && std::strchr(")]\"',;:!?", last[0])) ||
            (k == 3 && (last == "\xE2\x80\x9D" || last == "\xE2\x80\x99" || last == "\xE2\x80\xA6"))) {
          tail.push_back({we - k, we});
          we -= k;
          found = true;
          break;
        }
      }
      if (found) continue;
      if (text[we - 1] == '.') {
        size_t ds = we;
        while (ds > i && text[ds - 1] == '.') --ds;
        if (we - ds >= 2) {  // "..."
          tail.push_back({ds, we});
          we = ds;
          continue;
        }
        std::string_view stem = text.substr(i, we - 1 - i);
        bool numeric = !stem.empty();
        for (char c : stem) numeric = numeric && c >= '0' && c <= '9';
        if (!keeps_period(stem) || numeric) {
          tail.push_back({we - 1, we});
          we -= 1;
          continue;
        }
      }
      break;
    }
    if (we > i) push(i, we);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) push(it->first, it->second);
    i = e;
  }
}

}  // namespace chronicle::segment::testing
