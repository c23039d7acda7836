// Quote-mark scanner: finds the stretches of text between quotation marks,
// with the news conventions that make marks unbalanced (DESIGN.md §1 quote).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::quote {

struct MarkedSpan {
  uint32_t open = 0;           // byte offset of the opening mark
  uint32_t start = 0;          // content, without the marks: [start, end)
  uint32_t end = 0;
  bool closed = false;         // false: it ran on to the end of its paragraph (or the next opening mark)
  bool after_run_on = false;   // opened right after a quote that ran on: the same speaker goes on
  uint32_t paragraph = 0;
};

// requires: `text` is valid UTF-8; `paragraphs` sorted, non-overlapping (may be
// empty: the whole text is then one paragraph).
// ensures: top-level quotations in text order, non-overlapping. Curly marks
// pair as written; a straight " opens when it follows white space or an
// opening bracket and precedes a non-space, and closes otherwise. Quotes
// nested inside a quotation (single marks inside double) stay part of it.
// A quotation still open at the end of its paragraph ends there (run-on);
// an opening mark met while a quotation is open ends the open one at the
// white space before it (paragraphs flattened into one line, as in BBC text).
// Straight single quotes are not read as marks (they are mostly apostrophes).
// Thread safety: stateless.
std::vector<MarkedSpan> scan_quote_marks(std::string_view text, const std::vector<Paragraph>& paragraphs);

}  // namespace chronicle::quote
