// Match per sentence, find the document date if needed, normalise, then link
// clock-time pairs and give clock times their UTC offsets.
#include "time/time_stage.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "time/document_date.h"
#include "time/lexicon.h"
#include "time/matcher.h"
#include "time/normalizer.h"
#include "time/tense.h"
#include "time/zones.h"

namespace chronicle::timex {

namespace {

struct Found {
  TimeParse parse;      // token indices are document token indices
  uint32_t sentence_first = 0;
  uint32_t sentence_last = 0;
  uint32_t sentence = 0;  // index in doc.sentences
  int32_t time = -1;    // index in doc.times, -1 when left out
};

bool is_quarter_value(const std::string& v) { return v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[0] != 'X'; }

// A quarter already over at the document date: only such a quarter has
// results to compare ("will result in a fourth-quarter charge" in an October
// report is not the quarter "a year ago" or "the latest quarter" is about).
// The quarter a report is about is one of the last four: "a year ago" does
// not count back from a quarter that is itself a year back.
bool recent_quarter(const std::string& v, const Anchor& a) {
  if (!is_quarter_value(v) || v[6] < '1' || v[6] > '4' || !a.known) return true;
  const int y = std::atoi(v.substr(0, 4).c_str());
  return y * 4 + (v[6] - '1') >= a.year * 4 + (a.month - 1) / 3 - 4;
}

// "After a flat second quarter, ...", "since the first quarter": a quarter
// named in passing, against which the report's own is set, is not the one
// "the quarter" and "a year ago" are about.
bool passing_quarter(const Document& doc, const Found& f) {
  for (uint32_t k = f.parse.first, n = 0; k > f.sentence_first && n < 3; ++n) {
    --k;
    const std::string_view w = doc.token_text(doc.tokens[k]);
    // The article must be the quarter's own: "a drop in fourth-quarter profit" is not.
    if (w == "," || w == ";" || w == ":" || w == "in" || w == "of" || w == "for" || w == "from" || w == "on" ||
        w == "to" || w == "with" || w == "the")
      return false;
    if (w == "a" || w == "an" || w == "after" || w == "After" || w == "since" || w == "Since" || w == "before" ||
        w == "Before")
      return true;
  }
  return false;
}

// A fiscal quarter named with its end ("the fourth quarter ended Sept. 30")
// is over whatever its number.
bool quarter_is_over(const Document& doc, const TimeParse& p, uint32_t sentence_first, uint32_t sentence_last,
                     const std::string& v, const Anchor& a) {
  if (!is_quarter_value(v) || v[6] < '1' || v[6] > '4' || !a.known) return true;
  if (p.last < doc.tokens.size()) {
    const std::string_view next = doc.token_text(doc.tokens[p.last]);
    if (next == "ended" || next == "ending") return true;
  }
  // "reported a decline in fourth-quarter earnings": results told in the past
  // are of a quarter that is over (a fiscal one, whatever its number).
  if (clause_tense(doc, sentence_first, sentence_last, p.first, p.last) == Tense::kPast) return true;
  const int y = std::atoi(v.substr(0, 4).c_str());
  return y * 4 + (v[6] - '1') < a.year * 4 + (a.month - 1) / 3;
}

int clock_minutes(const TimeParse& p) { return p.hour * 60 + p.minute; }

// "9.05am (2.05pm BST)": the second is the first's conversion.
bool is_pair(const Document& doc, const Found& a, const Found& b) {
  if (a.parse.form != Form::kClock || b.parse.form != Form::kClock || b.parse.zone.empty()) return false;
  if (a.sentence_first != b.sentence_first) return false;
  if (b.parse.first != a.parse.last + 1 || b.parse.last >= doc.tokens.size()) return false;
  return doc.token_text(doc.tokens[a.parse.last]) == "(" && doc.token_text(doc.tokens[b.parse.last]) == ")";
}

// Writes `t`'s value date-time again after moving it by `minutes` (the
// conversion of a paired time can fall on another day).
void set_clock_value(TimeExpr& t, const std::string& date_part, int hour, int minute) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  t.value = date_part + buf;
}

}  // namespace

void annotate_times(Document& doc) {
  doc.times.clear();
  std::string zone = doc.meta.timezone;
  if (!zone.empty() && !zone_exists(zone)) {
    doc.errors.push_back({"unknown_timezone", doc.meta.source + ": time zone '" + zone +
                                                  "' is not in the tz database; clock times get no offset", -1});
    zone.clear();
  }
  if (doc.meta.date.empty()) {
    DocumentDate found = find_document_date(doc);
    if (!found.date.empty()) {
      doc.meta.date = found.date;
      doc.meta.date_source = found.source;
    }
  }
  const Anchor anchor = anchor_from_iso(doc.meta.date);

  std::vector<Found> found;
  std::vector<Atom> atoms;
  std::vector<TimeParse> parses;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    parses.clear();
    build_atoms(doc, s.first_token, s.last_token, atoms);
    match_times(atoms, parses);
    for (TimeParse p : parses) {
      p.first += s.first_token;
      p.last += s.first_token;
      found.push_back({p, s.first_token, s.last_token, si, -1});
    }
  }

  // Inside an embedded post, "today" is the day of the post's signature.
  std::vector<std::pair<const Post*, Anchor>> post_anchors;
  for (const Post& p : doc.posts) {
    const Anchor a = anchor_from_iso(p.date);
    if (a.known) post_anchors.emplace_back(&p, a);
  }
  for (Found& f : found) {
    const Tense tense = clause_tense(doc, f.sentence_first, f.sentence_last, f.parse.first, f.parse.last);
    const Anchor* use = &anchor;
    const uint32_t at = doc.tokens[f.parse.first].start;
    for (const auto& [post, a] : post_anchors) {
      if (at >= post->start && at < post->end) use = &a;
    }
    const Normalized n = normalize(f.parse, *use, tense);
    if (n.type.empty()) continue;  // no valid value (February 30): left out
    TimeExpr t;
    t.start = doc.tokens[f.parse.first].start;
    t.end = doc.tokens[f.parse.last - 1].end;
    t.type = n.type;
    t.value = n.value;
    t.mod = n.mod;
    f.time = static_cast<int32_t>(doc.times.size());
    doc.times.push_back(std::move(t));
  }

  // Reference date. "That year", "the following month", "that night" step
  // from the last date the text has named (TimeML's reference time), which in
  // a narrative is seldom the document date; with none named yet, the
  // document date's value computed above stands.
  {
    Anchor ref;
    int ref_grain = -1;  // 0 year, 1 quarter, 2 month, 3 day
    for (Found& f : found) {
      if (f.time < 0) continue;
      TimeExpr& t = doc.times[f.time];
      if (f.parse.anaphoric && ref_grain >= 0) {
        const int need = f.parse.form == Form::kDeictic ? 3
                         : f.parse.unit == kYear        ? 0
                         : f.parse.unit == kQuarterU    ? 1
                         : f.parse.unit == kMonthU      ? 2
                                                        : 3;
        if (ref_grain >= need) {
          if (f.parse.form == Form::kDeictic) {
            const std::string day = shifted_value(ref, kDay, f.parse.deictic);
            if (!day.empty()) t.value = day + t.value.substr(std::min<size_t>(10, t.value.size()));
          } else {
            const std::string v = shifted_value(ref, f.parse.unit, f.parse.shift);
            if (!v.empty()) t.value = v;
          }
        }
      }
      const Form form = f.parse.form;
      if (form == Form::kDuration || form == Form::kSet || form == Form::kFuzzy) continue;
      const std::string& v = t.value;
      if (v.size() < 4 || v[0] < '0' || v[0] > '9') continue;
      Anchor next;
      int grain = -1;
      if ((next = anchor_from_iso(v.substr(0, std::min<size_t>(10, v.size())))).known) {
        grain = 3;
      } else if (v.size() == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1') {
        if ((next = anchor_from_iso(v + "-01")).known) grain = 2;
      } else if (is_quarter_value(v) && v[6] >= '1' && v[6] <= '4') {
        if ((next = anchor_from_iso(v.substr(0, 4) + "-0" + std::to_string((v[6] - '1') * 3 + 1) + "-01")).known) grain = 1;
      } else if (v.size() == 4) {
        if ((next = anchor_from_iso(v + "-01-01")).known) grain = 0;
      }
      if (grain < 0) continue;
      // "In June 1998 ... later that year ... the following month": a coarser
      // mention of the same time keeps the finer reference.
      if (grain < ref_grain && next.year == ref.year && (grain == 0 || (grain == 1 && (next.month - 1) / 3 == (ref.month - 1) / 3) ||
                                                        (grain == 2 && next.month == ref.month)))
        continue;
      ref = next;
      ref_grain = grain;
    }
  }

  // Reference quarter. "The quarter" and "the latest period" of an earnings
  // report are the quarter it has named ("third-quarter profit ... in the
  // quarter"); the rule of the normaliser (the last complete one) is only the
  // fallback when none was named before.
  // A report on several companies names several quarters: only a recent
  // mention counts.
  constexpr uint32_t kQuarterReach = 8;  // sentences
  const std::string* named_quarter = nullptr;
  uint32_t named_at = 0;
  for (Found& f : found) {
    if (f.time < 0) continue;
    TimeExpr& t = doc.times[f.time];
    if (f.parse.form == Form::kCalendar && f.parse.quarter >= 1 && f.parse.quarter <= 4 && is_quarter_value(t.value) &&
        quarter_is_over(doc, f.parse, f.sentence_first, f.sentence_last, t.value, anchor) && !passing_quarter(doc, f)) {
      named_quarter = &t.value;
      named_at = f.sentence;
    } else if (named_quarter && f.sentence <= named_at + kQuarterReach && f.parse.period_of_year) {
      t.value = t.value.substr(0, 4) + named_quarter->substr(4);  // "the 1988 period": 1988's such quarter
    } else if (named_quarter && f.sentence <= named_at + kQuarterReach && f.parse.form == Form::kShiftUnit && f.parse.unit == kQuarterU && f.parse.quarter == 5 &&
               f.parse.shift == 0 && !f.parse.current) {
      t.value = *named_quarter;
    }
  }

  // Sentence context. A clock time takes the day of a date in its sentence
  // ("on Friday at noon"); "a year ago"/"last year" next to a quarter is that
  // quarter a year before ("third-quarter profit rose from a year earlier").
  for (size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.time < 0) continue;
    TimeExpr& t = doc.times[f.time];
    const bool year_back = (f.parse.form == Form::kOffset && f.parse.unit == kYear && f.parse.amount > 0 &&
                            !(f.parse.quarter >= 1 && f.parse.quarter <= 4)) ||
                           (f.parse.form == Form::kShiftUnit && f.parse.unit == kYear && f.parse.shift == -1);
    if (f.parse.form != Form::kClock && !year_back) continue;
    const Found* best = nullptr;
    size_t best_distance = SIZE_MAX;
    for (size_t k = 0; k < found.size(); ++k) {
      const Found& g = found[k];
      if (k == i || g.time < 0 || g.sentence_first != f.sentence_first) continue;
      const std::string& v = doc.times[g.time].value;
      const bool fits = f.parse.form == Form::kClock
                            ? (g.parse.form != Form::kClock && v.size() >= 10 && v[4] == '-' && v[7] == '-' && v[0] != 'X')
                            : (is_quarter_value(v) && g.parse.form != Form::kOffset && quarter_is_over(doc, g.parse, g.sentence_first, g.sentence_last, v, anchor) &&
                               recent_quarter(v, anchor));
      const size_t distance = k < i ? i - k : k - i;
      if (fits && distance < best_distance) {
        best = &g;
        best_distance = distance;
      }
    }
    // Earnings reports give the quarter once and compare against "a year ago"
    // in the sentences after it: the latest quarter in the two before counts.
    if (!best && f.parse.form == Form::kOffset) {
      for (size_t k = i; k-- > 0;) {
        const Found& g = found[k];
        if (g.sentence + 2 < f.sentence) break;
        if (g.time >= 0 && g.parse.form != Form::kOffset && is_quarter_value(doc.times[g.time].value) &&
            quarter_is_over(doc, g.parse, g.sentence_first, g.sentence_last, doc.times[g.time].value, anchor) &&
            recent_quarter(doc.times[g.time].value, anchor)) {
          best = &g;
          break;
        }
      }
    }
    if (!best) continue;
    const std::string& v = doc.times[best->time].value;
    if (f.parse.form == Form::kClock) {
      if (f.parse.year < 0 && f.parse.day_of == DayOf::kNone) t.value = v.substr(0, 10) + t.value.substr(t.value.find('T'));
    } else {
      const int back = f.parse.form == Form::kOffset ? f.parse.amount : 1;
      const int year = std::atoi(v.substr(0, 4).c_str()) - back;
      if (year >= 1000) t.value = std::to_string(year) + v.substr(4);
    }
  }

  // Offsets of clock times: the abbreviation written, else the document zone;
  // a paired local time takes its offset from the pairing.
  for (size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.time < 0 || f.parse.form != Form::kClock) continue;
    TimeExpr& t = doc.times[f.time];
    const std::string date_part = t.value.substr(0, t.value.find('T'));
    const Anchor day = anchor_from_iso(date_part);
    std::optional<int> doc_offset;
    if (day.known && !zone.empty()) doc_offset = zone_offset_minutes(zone, day.year, day.month, day.day, f.parse.hour, f.parse.minute);
    if (i + 1 < found.size() && found[i + 1].time >= 0 && is_pair(doc, f, found[i + 1])) {
      Found& g = found[i + 1];
      TimeExpr& u = doc.times[g.time];
      // Offset the conversion must have if the local time is in the document zone.
      std::optional<int> want;
      const int diff = clock_minutes(g.parse) - clock_minutes(f.parse);
      if (doc_offset) {
        int w = *doc_offset + diff;
        while (w > 14 * 60) w -= 24 * 60;
        while (w < -12 * 60) w += 24 * 60;
        want = w;
      }
      const ZoneReading* r = pick_abbreviation(g.parse.zone, want, doc_offset);
      if (r) {
        int local = r->offset_minutes - diff;  // offset of the first, from the pairing
        int day_shift = 0;
        while (local > 14 * 60) { local -= 24 * 60; --day_shift; }
        while (local < -12 * 60) { local += 24 * 60; ++day_shift; }
        t.utc_offset = format_offset(local);
        u.utc_offset = format_offset(r->offset_minutes);
        if (day.known) {
          int y = day.year, m = day.month, d = day.day, h = f.parse.hour, mi = f.parse.minute;
          // The conversion's wall time: the local instant moved by the offset difference.
          if (add_minutes(y, m, d, h, mi, r->offset_minutes - local)) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
            set_clock_value(u, buf, h, mi);
          }
        }
      }
      t.same_as = g.time;
      u.same_as = f.time;
      ++i;
      continue;
    }
    if (!f.parse.zone.empty()) {
      if (const ZoneReading* r = pick_abbreviation(f.parse.zone, std::nullopt, doc_offset)) t.utc_offset = format_offset(r->offset_minutes);
    } else if (doc_offset) {
      t.utc_offset = format_offset(*doc_offset);
    }
  }
}

}  // namespace chronicle::timex
