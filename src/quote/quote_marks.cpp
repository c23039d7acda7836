#include "quote/quote_marks.h"

namespace chronicle::quote {

namespace {

enum class Mark { kNone, kOpen, kClose, kStraight, kSingleOpen, kSingleClose };

// The mark at byte i and its length.
Mark mark_at(std::string_view t, size_t i, size_t& len) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  len = 1;
  if (c == '"') return Mark::kStraight;
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    len = 3;
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x9C: return Mark::kOpen;         // “
      case 0x9D: return Mark::kClose;        // ”
      case 0x98: return Mark::kSingleOpen;   // ‘
      case 0x99: return Mark::kSingleClose;  // ’ (often an apostrophe)
      default: break;
    }
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    len = 2;
    if (static_cast<unsigned char>(t[i + 1]) == 0xAB) return Mark::kOpen;   // «
    if (static_cast<unsigned char>(t[i + 1]) == 0xBB) return Mark::kClose;  // »
  }
  return Mark::kNone;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_word_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// A straight " opens when nothing but space or an opening bracket/dash is
// before it and something other than space follows.
bool straight_opens(std::string_view t, size_t i, size_t len, size_t para_start) {
  const bool before_ok = i == para_start || is_space(t[i - 1]) || t[i - 1] == '(' || t[i - 1] == '[' ||
                         t[i - 1] == '-' || t[i - 1] == '/' || static_cast<unsigned char>(t[i - 1]) == 0x94;
  const bool after_ok = i + len < t.size() && !is_space(t[i + len]);
  return before_ok && after_ok;
}

uint32_t trim_end(std::string_view t, uint32_t start, uint32_t end) {
  while (end > start && is_space(t[end - 1])) --end;
  return end;
}

}  // namespace

std::vector<MarkedSpan> scan_quote_marks(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<MarkedSpan> out;
  std::vector<Paragraph> whole;
  if (paragraphs.empty()) whole.push_back({0, static_cast<uint32_t>(text.size())});
  const std::vector<Paragraph>& paras = paragraphs.empty() ? whole : paragraphs;
  bool prev_ran_on = false;  // the last quotation had no closing mark
  for (uint32_t p = 0; p < paras.size(); ++p) {
    const Paragraph& para = paras[p];
    bool open = false;
    bool single = false;  // the open quotation was opened by ‘
    MarkedSpan cur;
    for (size_t i = para.start; i < para.end;) {
      size_t len = 1;
      const Mark m = mark_at(text, i, len);
      if (m == Mark::kNone) {
        ++i;
        continue;
      }
      const bool opens = m == Mark::kOpen || (m == Mark::kStraight && straight_opens(text, i, len, para.start)) ||
                         (m == Mark::kSingleOpen && !open);
      const bool closes_single =
          m == Mark::kSingleClose && open && single && (i + len >= para.end || !is_word_byte(text[i + len]));
      const bool closes = (open && !single && (m == Mark::kClose || (m == Mark::kStraight && !opens))) || closes_single;
      if (closes) {
        cur.end = trim_end(text, cur.start, static_cast<uint32_t>(i));
        while (cur.start < cur.end && is_space(text[cur.start])) ++cur.start;
        cur.closed = true;
        if (cur.end > cur.start) out.push_back(cur);
        prev_ran_on = false;
        open = false;
      } else if (opens && (m != Mark::kSingleOpen || !open)) {
        const bool was_open = open;
        if (open) {
          if (single) {  // a double mark inside ‘...’: leave it to the content
            i += len;
            continue;
          }
          // An opening mark while open: the open one ran on (flattened paragraphs).
          cur.end = trim_end(text, cur.start, static_cast<uint32_t>(i));
          cur.closed = false;
          if (cur.end > cur.start) out.push_back(cur);
          // Only a finished sentence runs on into the next quotation ("A. "B."); a
          // fragment missing its closing mark ("was "ambitious, but ... "sufficient") does not.
          const char last = cur.end > cur.start ? text[cur.end - 1] : ' ';
          prev_ran_on = last == '.' || last == '?' || last == '!' || last == ',' || last == ':' || last == ';';
        }
        cur = MarkedSpan{};
        cur.open = static_cast<uint32_t>(i);
        cur.start = static_cast<uint32_t>(i + len);
        cur.paragraph = p;
        cur.after_run_on = prev_ran_on && (was_open || i == para.start);
        single = m == Mark::kSingleOpen;
        open = true;
      }
      i += len;
    }
    if (!open) prev_ran_on = false;  // a run-on carries only into the paragraph right after
    if (open) {
      // News convention: a quotation that goes on into the next paragraph has no closing mark.
      cur.end = trim_end(text, cur.start, para.end);
      cur.closed = false;
      if (cur.end > cur.start && !single) {
        out.push_back(cur);
        prev_ran_on = true;
      }
    }
  }
  return out;
}

}  // namespace chronicle::quote
