// Only complete dates count (day, month and year written out): a dateline
// such as "WASHINGTON, May 31 (Reuters)" names no year and anchors nothing.
#include "time/document_date.h"

#include <string_view>
#include <vector>

#include "time/matcher.h"
#include "time/normalizer.h"

namespace chronicle::timex {

namespace {

constexpr uint32_t kDatelineBytes = 300;

bool starts_with_word(std::string_view line, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (line.size() >= w.size()) {
      bool same = true;
      for (size_t i = 0; i < w.size() && same; ++i) {
        char c = line[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        same = c == w[i];
      }
      if (same) return true;
    }
  }
  return false;
}

// The first complete date in tokens [first, last) that starts before byte `max_start`.
std::string complete_date(const Document& doc, uint32_t first, uint32_t last, uint32_t max_start) {
  std::vector<Atom> atoms;
  std::vector<TimeParse> parses;
  build_atoms(doc, first, last, atoms);
  match_times(atoms, parses);
  for (const TimeParse& p : parses) {
    if (doc.tokens[first + p.first].start >= max_start) break;
    if ((p.form != Form::kCalendar && p.form != Form::kClock) || p.year < 0 || p.month == 0 || p.day == 0) continue;
    TimeParse day = p;
    day.form = Form::kCalendar;
    day.part_of_day = -1;
    day.mod = -1;
    const Normalized n = normalize(day, Anchor{}, Tense::kNone);
    if (n.value.size() == 10) return n.value;
  }
  return {};
}

}  // namespace

DocumentDate find_document_date(const Document& doc) {
  auto in_post = [&](const Sentence& s) {
    for (const Post& p : doc.posts) {
      if (s.start < p.signature_end && p.start < s.end) return true;
    }
    return false;
  };
  for (const Sentence& s : doc.sentences) {
    if (s.start >= kDatelineBytes) break;
    if (in_post(s)) continue;  // a post's signature date is the post's, not the article's
    // A dateline opens its line: "WASHINGTON, May 31, 2018 -", "31 May 2018".
    std::string d = complete_date(doc, s.first_token, s.last_token, s.start + 60);
    if (!d.empty()) return {d, "dateline"};
  }
  for (const Sentence& s : doc.sentences) {
    const std::string_view line = doc.span_text(s.start, s.end);
    if (starts_with_word(line, {"published", "updated", "posted", "last updated", "first published"})) {
      std::string d = complete_date(doc, s.first_token, s.last_token, s.end);
      if (!d.empty()) return {d, "dateline"};
    }
  }
  std::string latest;
  for (const Post& p : doc.posts) {
    if (anchor_from_iso(p.date).known && p.date > latest) latest = p.date;
  }
  if (!latest.empty()) return {latest, "post"};
  return {};
}

}  // namespace chronicle::timex
