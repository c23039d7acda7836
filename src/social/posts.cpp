// Embedded posts. A tweet copied into an article reads
//
//   Talks went well today. #harbour pic.twitter.com/abc123
//   — Ann Lee (@annlee) March 3, 2019
//
// The signature is found from its "(@handle)" and read outwards: back to the
// dash that opens it (em or en dash, "--" or "-", standing as a word), forward
// to a date in English ("March 3, 2019", "3 March 2019", "Mar. 3, 2019").
//
// The body is what the tweet said, just above the signature:
// - text before the dash on the signature's own line, when there is any;
// - otherwise the block of lines since the previous blank line when that
//   block is tweet-sized (at most kMaxBodyLines lines and kMaxBodyBytes
//   bytes), else only the line right above (wire copy has one paragraph per
//   line with no blank lines, and the tweet is then that one line).
#include "social/posts.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace chronicle::social {
namespace {

constexpr size_t kMaxBodyLines = 4;
constexpr size_t kMaxBodyBytes = 700;  // 280 characters can take ~3 bytes each in UTF-8 Latin text
constexpr size_t kMaxNameBytes = 80;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_handle_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// 1..12 for an English month name or abbreviation, else 0.
int month_number(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  std::string low;
  for (char c : w) low += lower(c);
  for (int m = 0; m < 12; ++m) {
    if (low == kMonths[m]) return m + 1;
    if (low.size() == 3 && kMonths[m].substr(0, 3) == low) return m + 1;
  }
  if (low == "sept") return 9;
  return 0;
}

// Reads an unsigned number of 1..max_digits digits at `pos`.
bool read_number(std::string_view t, size_t& pos, size_t max_digits, int& out) {
  size_t k = 0;
  out = 0;
  while (pos + k < t.size() && is_digit(t[pos + k]) && k < max_digits) out = out * 10 + (t[pos + k++] - '0');
  if (k == 0 || (pos + k < t.size() && is_digit(t[pos + k]))) return false;
  pos += k;
  return true;
}

bool read_month(std::string_view t, size_t& pos, int& month) {
  size_t e = pos;
  while (e < t.size() && is_alpha(t[e])) ++e;
  month = month_number(t.substr(pos, e - pos));
  if (!month) return false;
  if (e < t.size() && t[e] == '.') ++e;
  pos = e;
  return true;
}

void skip_blanks(std::string_view t, size_t& pos) {
  while (pos < t.size() && is_blank_byte(t[pos])) ++pos;
}

// "March 3, 2019" or "3 March 2019" at `pos`; sets ISO date and the end.
bool read_date(std::string_view t, size_t pos, std::string& iso, size_t& end) {
  int day = 0, month = 0, year = 0;
  size_t p = pos;
  if (read_month(t, p, month)) {
    skip_blanks(t, p);
    if (!read_number(t, p, 2, day)) return false;
    if (p < t.size() && t[p] == ',') ++p;
    skip_blanks(t, p);
    if (!read_number(t, p, 4, year)) return false;
  } else {
    if (!read_number(t, p, 2, day)) return false;
    skip_blanks(t, p);
    if (!read_month(t, p, month)) return false;
    if (p < t.size() && t[p] == ',') ++p;
    skip_blanks(t, p);
    if (!read_number(t, p, 4, year)) return false;
  }
  if (day < 1 || day > 31 || year < 1000) return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  iso = buf;
  end = p;
  return true;
}

// Length of a dash word ending right before `end` ("—", "–", "--", "-"),
// or 0. The dash must stand alone: start of line or white space before it.
size_t dash_before(std::string_view t, size_t end, size_t line_start) {
  auto standalone = [&](size_t start) { return start == line_start || is_space(t[start - 1]); };
  if (end >= line_start + 3) {
    std::string_view three = t.substr(end - 3, 3);
    if ((three == "\xE2\x80\x94" || three == "\xE2\x80\x93" || three == "\xE2\x80\x95") && standalone(end - 3)) return 3;
  }
  if (end >= line_start + 2 && t.substr(end - 2, 2) == "--" && standalone(end - 2)) return 2;
  if (end >= line_start + 1 && t[end - 1] == '-' && standalone(end - 1)) return 1;
  return 0;
}

size_t line_start_of(std::string_view t, size_t pos) {
  const size_t nl = pos == 0 ? std::string_view::npos : t.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

bool blank_line(std::string_view line) {
  for (char c : line)
    if (!is_blank_byte(c)) return false;
  return true;
}

void trim(std::string_view t, size_t& start, size_t& end) {
  while (start < end && is_space(t[start])) ++start;
  while (end > start && is_space(t[end - 1])) --end;
}

// Body span above a signature that starts at `sig_line` (a line start).
// `floor` is where the previous post's signature ends: bodies never reach
// above it.
bool body_above(std::string_view t, size_t sig_line, size_t floor, size_t& start, size_t& end) {
  if (sig_line <= floor) return false;
  end = sig_line - 1;  // the '\n' ending the line above
  // Skip blank lines right above the signature.
  size_t line_end = end;
  size_t ls = line_start_of(t, line_end);
  while (blank_line(t.substr(ls, line_end - ls))) {
    if (ls <= floor) return false;
    line_end = ls - 1;
    ls = line_start_of(t, line_end);
  }
  end = line_end;
  const size_t nearest_line = ls;
  // Extend over the block since the previous blank line, if tweet-sized.
  size_t block_start = ls, lines = 1;
  // Only a blank line bounds a block: text that never uses blank lines has
  // one paragraph per line.
  bool bounded = false;
  while (true) {
    if (block_start == 0) break;
    if (block_start <= floor) break;
    const size_t prev_end = block_start - 1;
    const size_t prev_start = line_start_of(t, prev_end);
    if (blank_line(t.substr(prev_start, prev_end - prev_start))) {
      bounded = true;
      break;
    }
    if (++lines > kMaxBodyLines || end - prev_start > kMaxBodyBytes) break;
    block_start = prev_start;
  }
  start = (bounded && end - block_start <= kMaxBodyBytes) ? block_start : nearest_line;
  if (start < floor) start = floor;
  trim(t, start, end);
  return start < end;
}

}  // namespace

void extract_posts(Document& doc) {
  const std::string_view t = doc.text;
  size_t search = 0;
  size_t floor = 0;  // end of the previous signature
  while (true) {
    const size_t open = t.find("(@", search);
    if (open == std::string_view::npos) break;
    search = open + 2;

    // Handle, then ')'.
    size_t h = open + 2;
    while (h < t.size() && is_handle_char(t[h]) && h - (open + 2) < 15) ++h;
    if (h == open + 2 || h >= t.size() || t[h] != ')') continue;
    const std::string_view handle = t.substr(open + 2, h - open - 2);

    // Date after it, or the end of the line.
    size_t p = h + 1;
    skip_blanks(t, p);
    std::string date;
    size_t sig_end = h + 1;
    if (!read_date(t, p, date, sig_end)) date.clear();
    // The signature ends its line.
    size_t after = sig_end;
    skip_blanks(t, after);
    if (after < t.size() && t[after] != '\n') continue;

    // Name back to the dash on the same line.
    const size_t ls = line_start_of(t, open);
    size_t name_end = open;
    while (name_end > ls && is_blank_byte(t[name_end - 1])) --name_end;
    size_t dash_start = std::string_view::npos, name_start = 0;
    for (size_t k = name_end; k > ls && name_end - k <= kMaxNameBytes; --k) {
      size_t dash_end = k;
      while (dash_end > ls && is_blank_byte(t[dash_end - 1])) --dash_end;
      if (size_t len = dash_before(t, dash_end, ls)) {
        dash_start = dash_end - len;
        name_start = k;
        break;
      }
    }
    if (dash_start == std::string_view::npos) continue;
    while (name_start < name_end && is_blank_byte(t[name_start])) ++name_start;
    if (name_start >= name_end) continue;

    Post post;
    post.author = std::string(t.substr(name_start, name_end - name_start));
    post.handle = std::string(handle);
    post.date = date;
    post.signature_start = static_cast<uint32_t>(dash_start);
    post.signature_end = static_cast<uint32_t>(sig_end);

    size_t body_start = ls, body_end = dash_start;
    trim(t, body_start, body_end);
    if (body_start >= body_end && !body_above(t, ls, floor, body_start, body_end)) continue;
    post.start = static_cast<uint32_t>(body_start);
    post.end = static_cast<uint32_t>(body_end);

    for (const Hashtag& x : doc.hashtags)
      if (x.start >= post.start && x.end <= post.end) post.hashtags.push_back(x.tag);
    for (const Mention& x : doc.mentions)
      if (x.start >= post.start && x.end <= post.end) post.mentions.push_back(x.handle);
    for (const Url& x : doc.urls)
      if (x.start >= post.start && x.end <= post.end) post.urls.emplace_back(doc.span_text(x.start, x.end));
    doc.posts.push_back(std::move(post));
    search = sig_end;
    floor = sig_end;
  }
}

}  // namespace chronicle::social
