// Pattern families, tried at an atom that can start one; the longest match
// wins and matching resumes after it. Values are not computed here (see
// normalizer.h); this file only reads fields off the words.
#include "time/matcher.h"

#include <cstring>

#include "time/zones.h"

namespace chronicle::timex {

namespace {

using C = WordClass;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at s[i]; -1 when there are none.
int read_int(std::string_view s, size_t& i, size_t max) {
  size_t start = i;
  int v = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < max) v = v * 10 + (s[i++] - '0');
  return i == start ? -1 : v;
}

void classify_number(Atom& a) {
  std::string_view s = a.text;
  size_t i = 0;
  const int first = read_int(s, i, 9);
  if (first < 0) {
    // "'90s"
    if (s.size() == 4 && (s[0] == '\'' || s[0] == '`') && is_digit(s[1]) && is_digit(s[2]) && s[3] == 's') {
      a.decade = 190 + (s[1] - '0');
    }
    if (s.size() == 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4') a.quarter = s[1] - '0';
    return;
  }
  const size_t first_len = i;
  if (i == s.size()) {
    a.number = first;
    a.digits = static_cast<uint8_t>(first_len);
    return;
  }
  std::string_view rest = s.substr(i);
  if (rest == "s" && first_len == 4 && first % 10 == 0) {
    a.decade = first / 10;
    return;
  }
  if (rest == "th" || rest == "st" || rest == "nd" || rest == "rd") {
    if (first_len <= 2) a.ordinal = first;
    return;
  }
  const char sep = s[i];
  if ((sep == '.' || sep == ':') && first_len <= 2) {
    size_t k = i + 1;
    const size_t mstart = k;
    const int mm = read_int(s, k, 2);
    if (mm >= 0 && k - mstart == 2 && first <= 24 && mm < 60) {
      bool ok = k == s.size();
      if (!ok && sep == ':' && s[k] == ':') {  // seconds
        size_t q = k + 1;
        const int ss = read_int(s, q, 2);
        ok = ss >= 0 && q == s.size();
      }
      if (ok) {
        a.clock_hour = first;
        a.clock_minute = mm;
        a.clock_colon = sep == ':';
      }
    }
    return;
  }
  if (sep == '-' || sep == '/') {
    size_t k = i + 1;
    const size_t p2 = k;
    const int second = read_int(s, k, 4);
    const size_t len2 = k - p2;
    if (second < 0 || k >= s.size() || s[k] != sep) return;
    ++k;
    const size_t p3 = k;
    const int third = read_int(s, k, 4);
    const size_t len3 = k - p3;
    if (third < 0 || k != s.size()) return;
    if (first_len == 4 && len2 <= 2 && len3 <= 2) {  // 2018-05-31
      a.iso_year = first;
      a.iso_month = second;
      a.iso_day = third;
    } else if (first_len <= 2 && len2 <= 2 && (len3 == 4 || len3 == 2)) {
      // 05/31/2018 (US) unless the first field cannot be a month: 31/05/2018.
      const int year = len3 == 4 ? third : (third < 50 ? 2000 + third : 1900 + third);
      a.iso_year = year;
      if (first > 12) {
        a.iso_day = first;
        a.iso_month = second;
      } else {
        a.iso_month = first;
        a.iso_day = second;
      }
    }
  }
}

bool eq(std::string_view a, const char* b) {
  const size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != b[i]) return false;
  }
  return true;
}

bool opening_quote(std::string_view s) { return s == "`" || s == "``" || s == "\"" || s == "“" || s == "'" || s == "‘"; }

bool is_zone(std::string_view s) { return s.size() >= 1 && s.size() <= 5 && !abbreviation_readings(s).empty(); }

class Matcher {
 public:
  explicit Matcher(const std::vector<Atom>& atoms) : a_(atoms), n_(atoms.size()) {}

  void run(std::vector<TimeParse>& out) {
    size_t i = 0;
    while (i < n_) {
      TimeParse p;
      if (starts_something(a_[i]) && match_at(i, p) && p.last > i) {
        year_ago_period(p);
        // "the quarter a year ago": one expression, that quarter a year back.
        if (!out.empty() && out.back().last == p.first && out.back().form == Form::kShiftUnit &&
            out.back().unit == kQuarterU && out.back().quarter == 5 && out.back().shift == 0 &&
            p.form == Form::kOffset && p.unit == kYear && p.amount == 1 && p.direction < 0 && p.quarter == 0) {
          p.first = out.back().first;
          p.quarter = 5;
          out.pop_back();
        }
        out.push_back(p);
        i = p.last;
        // "April 24 and 25", "June 3 or 4": the bare day after the date is a
        // date of the same month (not "May 3 and 4 people").
        if (p.form == Form::kCalendar && p.month > 0 && p.day > 0 && i + 2 <= n_ &&
            (text_is(i, "and") || text_is(i, "or") || text_is(i, "to") || text_is(i, "through") || is_hyphen(i)) &&
            a_[i + 1].number >= 1 && a_[i + 1].number <= 31 && a_[i + 1].digits <= 2 && a_[i + 1].clock_hour < 0 &&
            a_[i + 1].number > p.day && (i + 2 == n_ || punctuation(i + 2))) {
          TimeParse q = p;
          q.day = static_cast<int>(a_[i + 1].number);
          q.first = static_cast<uint32_t>(i + 1);
          q.last = static_cast<uint32_t>(i + 2);
          q.mod = -1;
          int year;
          if (text_is(i + 2, ",") && year_at(i + 3, year) && p.year < 0) {  // "May 3 to 4, 2024": both of 2024
            q.year = year;
            q.last = static_cast<uint32_t>(i + 4);
            out.back().year = year;
          }
          out.push_back(q);
          i = q.last;
        }
      } else {
        ++i;
      }
    }
  }

 private:
  const std::vector<Atom>& a_;
  size_t n_;

  static bool starts_something(const Atom& a) {
    return a.word.cls != C::kNone || a.number >= 0 || a.clock_hour >= 0 || a.ordinal > 0 || a.decade >= 0 ||
           a.iso_year >= 0 || a.quarter > 0 || eq(a.text, "at") || eq(a.text, "up") ||  // "at least", "up to"
           eq(a.text, "these");                                                       // "these days"
  }

  // "last year's quarter", "the corresponding period last year": the quarter
  // a year before the one the report is about, like "the year-earlier quarter".
  void year_ago_period(TimeParse& p) const {
    if (p.form != Form::kShiftUnit || p.unit != kYear || p.shift != -1 || !text_is(p.first, "last")) return;
    const size_t f = p.first;
    const bool own = (text_is(p.last, "'s") || text_is(p.last, "’s")) &&
                     (text_is(p.last + 1, "quarter") || text_is(p.last + 1, "period"));
    const bool before = f >= 3 && text_is(f - 3, "the") && (text_is(f - 1, "period") || text_is(f - 1, "quarter")) &&
                        (text_is(f - 2, "corresponding") || text_is(f - 2, "comparable") || text_is(f - 2, "same"));
    if (!own && !before) return;
    p.form = Form::kOffset;
    p.amount = 1;
    p.direction = -1;
    p.shift = 0;
    p.quarter = 5;
    if (own) p.last += 2;
    if (before) p.first = static_cast<uint32_t>(f - 3);
  }

  WordClass cls(size_t i) const { return i < n_ ? a_[i].word.cls : C::kNone; }
  bool punctuation(size_t i) const {
    if (i >= n_ || a_[i].text.empty()) return false;
    const char c = a_[i].text[0];
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
  }
  int val(size_t i) const { return i < n_ ? a_[i].word.value : 0; }
  bool text_is(size_t i, const char* w) const { return i < n_ && eq(a_[i].text, w); }
  bool is_hyphen(size_t i) const { return i < n_ && (a_[i].text == "-" || a_[i].text == "–"); }

  // A year number: 4 digits, or an apostrophe year "'98" is not handled.
  bool year_at(size_t i, int& year) const {
    if (i >= n_ || a_[i].digits != 4 || a_[i].number < 1000 || a_[i].number > 2999) return false;
    year = static_cast<int>(a_[i].number);
    return true;
  }

  // A year said in words, as broadcast transcripts write them: "nineteen
  // ninety-six" (1996), "two thousand" (2000), "two thousand and one".
  bool spoken_year_at(size_t i, int& year, size_t& next) const {
    if (cls(i) != C::kNumber || a_[i].number >= 0) return false;
    const int head = val(i);
    if (head == 2 && text_is(i + 1, "thousand")) {
      year = 2000;
      next = i + 2;
      size_t k = next;
      if (text_is(k, "and")) ++k;
      int tail;
      size_t after;
      if (cls(k) == C::kNumber && number_at(k, tail, after, false) && tail > 0 && tail < 100) {
        year += tail;
        next = after;
      }
      return true;
    }
    if (head != 18 && head != 19) return false;
    int tail;
    size_t after;
    if (cls(i + 1) != C::kNumber || !number_at(i + 1, tail, after, false) || tail < 10 || tail > 99) return false;
    int unit;
    size_t u;
    if (unit_at(after, unit, u)) return false;  // "nineteen twenty-year terms" is not a year
    year = head * 100 + tail;
    next = after;
    return true;
  }

  // A year in digits or in words; `next` is the atom after it.
  bool year_span(size_t i, int& year, size_t& next) const {
    if (year_at(i, year)) {
      next = i + 1;
      return true;
    }
    return spoken_year_at(i, year, next);
  }

  // A cardinal: digits (up to 6) or words ("twenty four", "twenty-four",
  // "a", "a couple of"); `next` is the atom after it.
  bool number_at(size_t i, int& value, size_t& next, bool allow_a) const {
    if (i >= n_) return false;
    if (a_[i].number >= 0 && a_[i].digits <= 6) {
      value = static_cast<int>(a_[i].number);
      next = i + 1;
      return true;
    }
    if (allow_a && (text_is(i, "a") || text_is(i, "an"))) {
      if (text_is(i + 1, "couple") && text_is(i + 2, "of")) {
        value = 2;
        next = i + 3;
        return true;
      }
      if (text_is(i + 1, "few")) {
        value = -1;
        next = i + 2;
        return true;
      }
      if (cls(i + 1) == C::kNumber && val(i + 1) == 100) {  // "a hundred"
        value = 100;
        next = i + 2;
        return true;
      }
      value = 1;
      next = i + 1;
      return true;
    }
    if (text_is(i, "couple") && text_is(i + 1, "of")) {  // "the next couple of years"
      value = 2;
      next = i + 2;
      return true;
    }
    if (text_is(i, "several") || text_is(i, "few") || text_is(i, "many")) {
      value = -1;
      next = i + 1;
      return true;
    }
    if (cls(i) != C::kNumber) return false;
    int v = val(i);
    size_t k = i + 1;
    if (v >= 20 && v < 100 && v % 10 == 0) {
      if (cls(k) == C::kNumber && val(k) < 10 && val(k) > 0) {
        v += val(k);
        ++k;
      } else if (is_hyphen(k) && cls(k + 1) == C::kNumber && val(k + 1) < 10 && val(k + 1) > 0) {
        v += val(k + 1);
        k += 2;
      }
    }
    if (cls(k) == C::kNumber && val(k) == 100 && v < 10) {  // "two hundred"
      v *= 100;
      ++k;
    }
    value = v;
    next = k;
    return true;
  }

  // unit word at i: singular or plural; a hyphen before it is allowed
  // ("five-year").
  bool unit_at(size_t i, int& unit, size_t& next) const {
    size_t k = i;
    if (is_hyphen(k)) {
      ++k;
      // "five-year" modifies a noun; "three-quarters" is a fraction.
      std::string_view w = k < n_ ? a_[k].text : std::string_view();
      if (!w.empty() && (w.back() == 's' || w.back() == 'S')) return false;
    }
    if (cls(k) == C::kUnit) {
      unit = val(k);
      next = k + 1;
      return true;
    }
    if (text_is(k, "second") || text_is(k, "seconds")) {
      unit = kSecond;
      next = k + 1;
      return true;
    }
    return false;
  }

  bool can_be_month(size_t i) const {
    if (cls(i) != C::kMonth || !a_[i].upper) return false;
    // "Jan", "Dec." alone are more often names than months.
    const size_t len = a_[i].text.size() - (a_[i].text.back() == '.' ? 1 : 0);
    if (len <= 4 && !eq(a_[i].text, "may") && !eq(a_[i].text, "june") && !eq(a_[i].text, "july")) {
      size_t k = i + 1;
      if (k < n_ && a_[k].text == ".") ++k;
      if (!(k < n_ && (a_[k].number >= 0 || a_[k].ordinal > 0))) return false;
    }
    if (!eq(a_[i].text, "may") && !eq(a_[i].text, "march")) return true;
    // "May" and "March" are also a verb: want a number after or a time word before.
    if (i + 1 < n_ && (a_[i + 1].number >= 0 || a_[i + 1].ordinal > 0)) return true;
    if (i == 0) return false;
    const size_t p = i - 1;
    static const char* before[] = {"in", "since", "until", "till", "by", "of", "last", "next", "this", "early",
                                   "late", "mid", "during", "before", "after", "from", "through", "-", "each",
                                   "every", "end"};
    for (const char* w : before) {
      if (text_is(p, w)) return true;
    }
    return false;
  }

  // Part of day after a day expression: "Wednesday night", "Friday morning".
  void take_part_of_day(size_t& k, TimeParse& p) const {
    if (cls(k) == C::kPartOfDay) {
      p.part_of_day = val(k);
      ++k;
    }
  }

  // The day written right after a clock time: "9 a.m. Tuesday", "noon
  // today", "5 p.m. EST, Nov. 6" are one expression in TimeML.
  void take_day(size_t& k, TimeParse& p) const {
    size_t m = k;
    if (m < n_ && a_[m].text == "," && cls(m + 1) == C::kMonth) ++m;
    if (cls(m) == C::kWeekday && a_[m].upper && a_[m].text.back() != 's') {
      p.weekday = val(m);
      p.day_of = DayOf::kWeekday;
      k = m + 1;
    } else if (cls(m) == C::kDeictic && val(m) != kNowValue && !eq(a_[m].text, "tonight")) {
      p.deictic = val(m);
      p.day_of = DayOf::kDeictic;
      k = m + 1;
    } else if (cls(m) == C::kMonth) {
      TimeParse d;
      if (match_month(m, d) && d.day > 0) {
        p.year = d.year;
        p.month = d.month;
        p.day = d.day;
        p.day_of = DayOf::kCalendar;
        k = d.last;
      }
    }
  }

  // "last year" / "this year" / "next year" after a month or day written
  // without a year: "July last year", "Feb. 4 this year".
  bool take_year_shift(size_t& k, TimeParse& p) const {
    if (cls(k) != C::kShift || val(k) == kShiftPast || !text_is(k + 1, "year")) return false;
    if (!(text_is(k, "this") || text_is(k, "last") || text_is(k, "next"))) return false;
    p.shifted_year = true;
    p.year_shift = val(k);
    k += 2;
    return true;
  }

  bool match_month(size_t j, TimeParse& p) const {
    if (!can_be_month(j)) return false;
    p.form = Form::kCalendar;
    p.month = val(j);
    size_t k = j + 1;
    // "Sept" + "." + "12" when the tokenizer split the period off an abbreviation.
    if (k + 1 < n_ && a_[k].text == "." && a_[j].text.size() <= 4 && a_[k + 1].number >= 1 && a_[k + 1].number <= 31)
      ++k;
    int day = -1;
    if (k < n_ && a_[k].number >= 1 && a_[k].number <= 31 && a_[k].digits <= 2) day = static_cast<int>(a_[k].number);
    if (k < n_ && a_[k].ordinal >= 1 && a_[k].ordinal <= 31) day = a_[k].ordinal;
    if (day > 0) {
      p.day = day;
      ++k;
      size_t y = k;
      if (y < n_ && a_[y].text == ",") ++y;
      int year;
      size_t after;
      if (year_span(y, year, after)) {
        p.year = year;
        k = after;
      } else {
        take_year_shift(k, p);
      }
      p.last = static_cast<uint32_t>(k);
      return true;
    }
    int year;
    size_t y = k;
    if (text_is(y, "of")) ++y;
    if (y < n_ && a_[y].text == ",") ++y;
    size_t after;
    if (year_span(y, year, after)) {
      p.year = year;
      p.last = static_cast<uint32_t>(after);
      return true;
    }
    take_year_shift(k, p);
    p.last = static_cast<uint32_t>(k);
    return true;
  }

  bool match_clock_tail(size_t k, int hour, int minute, TimeParse& p) const {
    // k is after the number; meridiem and zone are optional, one of them or a
    // colon is required by the caller.
    if (cls(k) == C::kMeridiem) {
      const int add = val(k);
      if (hour < 1 || hour > 12) return false;
      hour = hour % 12 + add;
      ++k;
      // "p.m" + "." when the tokenizer split the abbreviation's final period off
      // (and not the full stop after "4pm").
      if (k < n_ && a_[k].text == "." && a_[k - 1].text.size() == 3 && a_[k - 1].text[1] == '.' &&
          a_[k - 1].text.back() != '.' && a_[k].text.data() == a_[k - 1].text.data() + 3)
        ++k;
    }
    p.form = Form::kClock;
    p.hour = hour;
    p.minute = minute;
    if (k < n_ && is_zone(a_[k].text)) {
      p.zone = a_[k].text;
      ++k;
    }
    take_day(k, p);
    p.last = static_cast<uint32_t>(k);
    return true;
  }

  bool match_duration_or_offset(size_t j, TimeParse& p, bool allow_a) const {
    int amount;
    size_t k;
    if (!number_at(j, amount, k, allow_a)) return false;
    int fraction = 0;
    if (text_is(k, "and") && text_is(k + 1, "a") && text_is(k + 2, "half")) {
      fraction = 5;
      k += 3;
    } else if (k < n_ && a_[j].number >= 0 && (a_[k].text == "1/2" || a_[k].text == "½")) {  // "5 1/2 hours"
      fraction = 5;
      ++k;
    }
    // "two more weeks", "20 more years": as long again.
    if (text_is(k, "more") && cls(k + 1) == C::kUnit) ++k;
    int unit;
    size_t after;
    if (!unit_at(k, unit, after)) return false;
    if (amount == 0 && fraction == 0) return false;
    // "a minute and a half"
    if (fraction == 0 && text_is(after, "and") && text_is(after + 1, "a") && text_is(after + 2, "half")) {
      fraction = 5;
      after += 3;
    }
    // "a year-earlier loss": the expression is "year-earlier", read at the unit.
    if (a_[j].number < 0 && (text_is(j, "a") || text_is(j, "an")) && is_hyphen(after) &&
        (text_is(after + 1, "earlier") || text_is(after + 1, "ago")))
      return false;
    // "the 1989 second quarter", "1998 year-end": a year, not an amount.
    if (a_[j].digits == 4 && !(a_[after - 1].text.back() == 's' || a_[after - 1].text.back() == 'S')) return false;
    // "a second time": the ordinal, not a duration.
    if (unit == kSecond && a_[j].number < 0 && eq(a_[after - 1].text, "second")) return false;
    // "a quarter of the market", "three quarters of its sales": a fraction; "a
    // quarter of an hour" and "the quarter of 1990" keep their time.
    // A determiner after "of" marks the share ("several quarters of losses" is time).
    if (unit == kQuarterU && amount > 0 && text_is(after, "of")) {
      size_t w = after + 1;
      bool det_after = false;
      for (const char* d : {"the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "that"}) {
        if (text_is(w, d)) det_after = true;
      }
      if (det_after) ++w;
      int y;
      if (det_after && cls(w) != C::kUnit && !year_at(w, y)) return false;
    }
    p.adjectival = is_hyphen(k);
    // "the 30-year bond": a name of a security, which TimeML does not mark.
    if (p.adjectival && a_[j].number >= 0 && after < n_) {
      static const char* securities[] = {"bond", "bonds", "note", "notes", "treasury", "treasuries", "bill", "bills",
                                         "securities", "issue", "issues", "mortgage", "mortgages", "debt", "loan",
                                         "loans", "paper", "maturity", "maturities", "yield", "yields", "debentures",
                                         "obligations", "certificates", "cds", "fixed-rate", "adjustable-rate"};
      for (const char* w : securities) {
        if (text_is(after, w)) return false;
      }
    }
    p.form = Form::kDuration;
    p.amount = amount;
    p.fraction = fraction;
    p.unit = unit;
    k = after;
    // "two years ago" is a date; "three days later" is the duration "three
    // days" with "later" as its signal, as TimeML (and TimeBank, every time)
    // has it: the point it counts from is an event, not the document date.
    if (cls(k) == C::kAgo && val(k) < 0 && !text_is(k + 1, "than")) {
      p.form = Form::kOffset;
      p.direction = val(k);
      ++k;
    } else if (text_is(k, "earlier") && !text_is(k + 1, "than")) {
      p.form = Form::kOffset;
      p.direction = -1;
      ++k;
    }
    p.last = static_cast<uint32_t>(k);
    return true;
  }

  bool match_number(size_t j, TimeParse& p) const {
    const Atom& a = a_[j];
    if (a.iso_year >= 0) {
      p.form = Form::kCalendar;
      p.year = a.iso_year;
      p.month = a.iso_month;
      p.day = a.iso_day;
      size_t k = j + 1;
      if (k < n_ && a_[k].clock_colon) {  // "1998-12-05 09:42:00"
        p.form = Form::kClock;
        p.hour = a_[k].clock_hour;
        p.minute = a_[k].clock_minute;
        ++k;
      }
      p.last = static_cast<uint32_t>(k);
      return true;
    }
    if (a.quarter > 0) {
      p.form = Form::kCalendar;
      p.quarter = a.quarter;
      int year;
      size_t k = j + 1;
      if (year_at(k, year)) {
        p.year = year;
        ++k;
      }
      p.last = static_cast<uint32_t>(k);
      return true;
    }
    if (a.decade >= 0) {
      p.form = Form::kCalendar;
      p.decade = a.decade;
      p.last = static_cast<uint32_t>(j + 1);
      return true;
    }
    if (a.clock_hour >= 0) {
      if (cls(j + 1) == C::kMeridiem || a.clock_colon) return match_clock_tail(j + 1, a.clock_hour, a.clock_minute, p);
      return false;
    }
    if (a.number >= 0 && a.digits <= 2 && cls(j + 1) == C::kMeridiem) return match_clock_tail(j + 1, static_cast<int>(a.number), 0, p);
    if (a.number >= 0 && a.digits <= 2 && cls(j + 1) == C::kOclock) {
      if (a.number < 1 || a.number > 12) return false;
      p.form = Form::kClock;
      p.hour = static_cast<int>(a.number);
      p.minute = 0;
      p.last = static_cast<uint32_t>(j + 2);
      return true;
    }
    // "31 May 2018"
    int day = a.ordinal > 0 ? a.ordinal : (a.digits <= 2 ? static_cast<int>(a.number) : -1);
    size_t m = j + 1;
    if (text_is(m, "of")) ++m;
    if (day >= 1 && day <= 31 && cls(m) == C::kMonth && a_[m].upper) {
      p.form = Form::kCalendar;
      p.day = day;
      p.month = val(m);
      size_t k = m + 1;
      int year;
      if (k < n_ && a_[k].text == ",") ++k;
      if (year_at(k, year)) {
        p.year = year;
        ++k;
      } else {
        k = m + 1;
        take_year_shift(k, p);
      }
      p.last = static_cast<uint32_t>(k);
      return true;
    }
    if (match_duration_or_offset(j, p, false)) return true;
    int year;
    if (year_at(j, year)) {  // "1989 third quarter", "1998 first half"
      TimeParse q;
      q.first = p.first;
      if ((cls(j + 1) == C::kOrdinal || (j + 1 < n_ && a_[j + 1].ordinal > 0)) && match_ordinal(j + 1, q) &&
          (q.quarter > 0 || q.half > 0) && q.year < 0) {
        q.year = year;
        p = q;
        return true;
      }
    }
    // "the 1988 period", "the 1988 quarter" of an earnings report.
    if (year_at(j, year) && j > 0 && text_is(j - 1, "the") && (text_is(j + 1, "period") || text_is(j + 1, "quarter"))) {
      p.form = Form::kCalendar;
      p.year = year;
      p.period_of_year = true;
      p.last = static_cast<uint32_t>(j + 2);
      return true;
    }
    if (year_at(j, year) && plausible_year_context(j)) {
      p.form = Form::kCalendar;
      p.year = year;
      p.last = static_cast<uint32_t>(j + 1);
      return true;
    }
    return false;
  }

  // A bare four-digit number is a year when nothing says it is a quantity.
  bool plausible_year_context(size_t j) const {
    const int year = static_cast<int>(a_[j].number);
    if (j > 0) {
      std::string_view prev = a_[j - 1].text;
      if (prev == "$" || prev == "£" || prev == "€" || prev == "#" || prev == "No" || prev == "no") return false;
    }
    if (j + 1 < n_) {
      std::string_view next = a_[j + 1].text;
      if (next == "%" || eq(next, "percent") || eq(next, "people") || next == "-" || eq(next, "to")) {
        if (next == "-" || eq(next, "to")) return year >= 1900 && year <= 2100;  // "1998-99", "2000 to 2005"
        return false;
      }
      if (a_[j + 1].number >= 0) return false;  // phone numbers, tables
    }
    if (year >= 1900 && year <= 2100) return true;
    if (j == 0) return false;
    static const char* preps[] = {"in", "since", "of", "by", "until", "from", "during", "year", "circa"};
    for (const char* w : preps) {
      if (text_is(j - 1, w)) return true;
    }
    return false;
  }

  // "third quarter", "first half", "fourth-quarter", "first nine months".
  bool match_ordinal(size_t j, TimeParse& p) const {
    const int ord = a_[j].ordinal > 0 ? a_[j].ordinal : (cls(j) == C::kOrdinal ? val(j) : 0);
    if (ord <= 0) return false;
    size_t k = j + 1;
    if (is_hyphen(k)) {
      ++k;
      p.adjectival = true;
    }
    if (text_is(k, "fiscal")) ++k;
    if (cls(k) == C::kUnit && val(k) == kQuarterU && ord <= 4 && !text_is(k, "quarters")) {
      p.form = Form::kCalendar;
      p.quarter = ord;
      ++k;
    } else if (cls(k) == C::kUnit && val(k) == kCentury && ord <= 30 && !text_is(k, "centuries")) {
      p.form = Form::kCalendar;
      p.century = ord - 1;
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    } else if (cls(k) == C::kHalf && ord <= 2) {
      p.form = Form::kCalendar;
      p.half = ord;
      ++k;
    } else {
      int amount;
      size_t u;
      int unit;
      size_t after;
      if (cls(k) == C::kNumber && number_at(k, amount, u, false) && unit_at(u, unit, after) && amount > 1) {
        p.form = Form::kDuration;
        p.amount = amount;
        p.unit = unit;
        p.last = static_cast<uint32_t>(after);
        return true;
      }
      return false;
    }
    // "of 1998", "of this year", "of fiscal 1998"
    size_t y = k;
    int year;
    if (text_is(y, "of")) ++y;
    if (text_is(y, "fiscal")) ++y;
    if (year_at(y, year)) {
      p.year = year;
      k = y + 1;
    } else if (text_is(k, "of") && cls(k + 1) == C::kShift && val(k + 1) != kShiftPast && text_is(k + 2, "year")) {
      p.shift = val(k + 1);
      p.unit = kYear;
      k += 3;
    }
    p.last = static_cast<uint32_t>(k);
    return true;
  }

  bool match_shift(size_t j, bool det, TimeParse& p) const {
    int shift = val(j);
    size_t k = j + 1;
    if (text_is(j, "this") && text_is(k, "coming")) ++k;
    // "this past spring", "this past week": the last one.
    if (text_is(j, "this") && text_is(k, "past") && (cls(k + 1) == C::kSeason || cls(k + 1) == C::kWeekday ||
                                                     (cls(k + 1) == C::kUnit && a_[k + 1].text.back() != 's'))) {
      shift = -1;
      ++k;
    }
    if (cls(k) == C::kWeekday) {
      if (shift == kShiftPast) return false;
      p.form = Form::kWeekday;
      p.weekday = val(k);
      p.shift = shift;
      ++k;
      take_part_of_day(k, p);
      p.last = static_cast<uint32_t>(k);
      return true;
    }
    if (cls(k) == C::kMonth && a_[k].upper) {
      if (shift == kShiftPast) return false;
      p.form = Form::kCalendar;
      p.month = val(k);
      p.shift = shift;
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    }
    if (cls(k) == C::kHoliday && shift != kShiftPast && !text_is(j, "this")) {  // "last Thanksgiving"
      TimeParse h;
      h.first = p.first;
      if (match_core(k, false, h) && h.form == Form::kCalendar && h.year < 0) {
        h.shift = shift;
        p = h;
        return true;
      }
      return false;
    }
    if (cls(k) == C::kSeason) {
      if (shift == kShiftPast) return false;
      p.form = Form::kCalendar;
      p.season = val(k);
      p.shift = shift;
      if (text_is(j, "this") && text_is(j + 1, "past")) {
        p.shift = 0;
        p.most_recent = true;
      }
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    }
    // "the next day", "the next morning": the day after the one the text is at.
    if (det && text_is(j, "next") && (text_is(k, "day") || (cls(k) == C::kPartOfDay && a_[k].text.back() != 's'))) {
      if (text_is(k, "day")) {
        p.form = Form::kShiftUnit;
        p.unit = kDay;
      } else {
        p.form = Form::kDeictic;
        p.part_of_day = val(k);
      }
      p.shift = 1;
      p.deictic = 1;
      p.anaphoric = true;
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    }
    if (cls(k) == C::kPartOfDay && (text_is(j, "this") || text_is(j, "last"))) {
      p.form = Form::kDeictic;
      p.deictic = shift == -1 ? -1 : 0;
      p.part_of_day = val(k);
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    }
    if ((text_is(j, "latest") || text_is(j, "current")) && text_is(k, "period")) {  // earnings news: a quarter
      p.form = Form::kShiftUnit;
      p.unit = kQuarterU;
      p.quarter = 5;
      p.last = static_cast<uint32_t>(k + 1);
      return true;
    }
    if (text_is(k, "fiscal")) ++k;
    // "a last-minute effort", "the past-year figures": adjectives, not times.
    if (is_hyphen(k) && (text_is(j, "last") || text_is(j, "past"))) return false;
    int amount;
    size_t u;
    if (cls(k) != C::kUnit && number_at(k, amount, u, false)) {
      int unit;
      size_t after;
      if (unit_at(u, unit, after)) {
        p.form = Form::kDuration;
        p.amount = amount;
        p.unit = unit;
        p.shift = shift == kShiftPast ? -1 : shift;
        p.last = static_cast<uint32_t>(after);
        return true;
      }
      return false;
    }
    int unit;
    size_t after;
    if (unit_at(k, unit, after) && unit == kYear && (text_is(after, "'s") || text_is(after, "’s")) &&
        (text_is(j, "this") || text_is(j, "last") || text_is(j, "next"))) {
      // "this year's third quarter", "next year's first half": one date.
      TimeParse q;
      const size_t o = after + 1;
      if ((cls(o) == C::kOrdinal || (o < n_ && a_[o].ordinal > 0)) && match_ordinal(o, q) && (q.quarter > 0 || q.half > 0) &&
          q.year < 0 && q.shift == 0) {
        q.first = p.first;
        q.shifted_year = true;
        q.year_shift = shift;
        p = q;
        return true;
      }
    }
    if (unit_at(k, unit, after)) {
      std::string_view w = a_[after - 1].text;
      const bool plural = w.size() > 1 && (w.back() == 's' || w.back() == 'S') && unit != kCentury;
      // "the following year", "the previous month": a step from the date the
      // text is at, not from the document date.
      if (det && !plural && !is_hyphen(after) && unit != kWeekend &&
          (text_is(j, "following") || text_is(j, "previous") || text_is(j, "preceding") || text_is(j, "prior"))) {
        p.form = Form::kShiftUnit;
        p.unit = unit;
        p.shift = shift;
        p.anaphoric = true;
        if (unit == kQuarterU) p.quarter = 5;
        p.last = static_cast<uint32_t>(after);
        return true;
      }
      // "the past year", "the last year": TimeBank gives the year before the
      // document's, a DATE; "the past week" (the seven days up to now, in the
      // document's week or the one before), decades and plurals stay lengths.
      const bool last_unit = det && !plural && (shift == kShiftPast || shift == -1) && !is_hyphen(after) &&
                             (unit == kMonthU || unit == kYear);
      if (last_unit) {
        p.form = Form::kShiftUnit;
        p.unit = unit;
        p.shift = -1;
      } else if (plural || shift == kShiftPast || (det && shift == -1)) {
        // "the coming weeks", "the past 20 years" (numbers are taken above)
        p.form = Form::kDuration;
        p.amount = plural ? -1 : 1;
        p.unit = unit;
        p.shift = shift == kShiftPast ? -1 : shift;
      } else {
        p.form = Form::kShiftUnit;
        p.unit = unit;
        p.shift = shift;
        p.current = text_is(j, "current");
        if (unit == kQuarterU) p.quarter = 5;
      }
      p.last = static_cast<uint32_t>(after);
      return true;
    }
    // "current" alone, "the past" alone: fuzzy references.
    if (text_is(j, "current") || (det && shift == kShiftPast && ends_phrase(j + 1))) {
      p.form = Form::kFuzzy;
      p.fuzzy = shift == kShiftPast ? kPastRef : kPresentRef;
      p.last = static_cast<uint32_t>(j + 1);
      return true;
    }
    return false;
  }

  // "for the year ended ...", "in the fiscal year ending ...": the phrase at
  // `first` (ending before `after`) names a stretch of time, not a date.
  bool over_period(size_t first, size_t after) const {
    if (first == 0 || !text_is(first, "the")) return false;
    // Only a year given its bounds ("for the year ended Sept. 30") is the
    // stretch of time; "for the year, sales were flat", "a high for the year",
    // "earlier in the year" name the year the report is about ("throughout
    // the year" is its whole length again).
    if (text_is(first - 1, "throughout")) return true;
    if (!(text_is(after, "ended") || text_is(after, "ending") || text_is(after, "through") || text_is(after, "to")))
      return false;
    return text_is(first - 1, "for") || text_is(first - 1, "in") || text_is(first - 1, "throughout") ||
           text_is(first - 1, "during") || text_is(first - 1, "over");
  }

  // True when atom i cannot continue a noun phrase (punctuation, end, a
  // conjunction or preposition).
  bool ends_phrase(size_t i) const {
    if (i >= n_) return true;
    const char c = a_[i].text.empty() ? ' ' : a_[i].text[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return true;
    static const char* words[] = {"and", "or", "but", "to", "of", "in", "on", "as", "when", "is", "was", "has", "have", "had"};
    for (const char* w : words) {
      if (text_is(i, w)) return true;
    }
    return false;
  }

  // The core of an expression at j (after determiner and modifiers).
  bool match_core(size_t j, bool det, TimeParse& p) const {
    if (j >= n_) return false;
    const Atom& a = a_[j];
    switch (a.word.cls) {
      case C::kMonth: return match_month(j, p);
      case C::kWeekday: {
        if (!a.upper) return false;
        p.form = Form::kWeekday;
        p.weekday = a.word.value;
        size_t k = j + 1;
        // "Friday, May 31, 2018" is one date.
        size_t m = k;
        if (m < n_ && a_[m].text == ",") ++m;
        TimeParse date;
        if (cls(m) == C::kMonth && match_month(m, date) && date.day > 0) {
          date.first = p.first;
          date.weekday = p.weekday;
          p = date;
          return true;
        }
        take_part_of_day(k, p);
        // "Mondays", "Tuesday nights": every one of them.
        std::string_view last_word = a_[k - 1].text;
        if (last_word.back() == 's' && !eq(last_word, "tues") && !eq(last_word, "thurs")) p.form = Form::kSet;
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kPartOfDay: {
        // "mid-afternoon", "mid afternoon yesterday": the part of the day the
        // text is at (or of the day written after it).
        const bool mid = a.mid || (j > 0 && text_is(j - 1, "mid"));
        if (!mid || a.text.back() == 's' || a.text.back() == 'S') return false;
        p.form = Form::kDeictic;
        p.part_of_day = a.word.value;
        p.mod = kMid;
        size_t k = j + 1;
        if (cls(k) == C::kDeictic && val(k) != kNowValue && !text_is(k, "tonight")) {
          p.deictic = val(k);
          ++k;
        } else {
          p.anaphoric = true;
        }
        if (!a.mid && p.first + 1 > j) p.first = static_cast<uint32_t>(j - 1);
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kDeictic: {
        if (a.word.value == kNowValue) {
          p.form = Form::kFuzzy;
          p.fuzzy = kPresentRef;
          p.last = static_cast<uint32_t>(j + 1);
          return true;
        }
        p.form = Form::kDeictic;
        p.deictic = a.word.value;
        size_t k = j + 1;
        if (eq(a.text, "tonight")) p.part_of_day = kNight;
        else take_part_of_day(k, p);
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kShift: {
        if (match_shift(j, det, p)) return true;
        // "in the past" with nothing after it: the fuzzy past (TimeML PAST_REF).
        if (det && text_is(j, "past") && p.first > 0 && p.first + 1 == j && text_is(p.first, "the") &&
            text_is(p.first - 1, "in")) {
          const uint32_t first = p.first;
          p = TimeParse{};
          p.first = first;
          p.form = Form::kFuzzy;
          p.fuzzy = kPastRef;
          p.last = static_cast<uint32_t>(j + 1);
          return true;
        }
        return false;
      }
      case C::kFuzzy: {
        if (eq(a.text, "recent")) {  // "recent years", "recent"
          int unit;
          size_t after;
          const bool has_unit = unit_at(j + 1, unit, after);
          std::string_view w = has_unit ? a_[after - 1].text : std::string_view();
          // "recent months" is a stretch of months of no stated length, as "the
          // coming months" and "the past few months" are: a duration (PXM).
          if (has_unit && w.size() > 1 && (w.back() == 's' || w.back() == 'S') && unit != kCentury &&
              unit != kWeekend) {
            p.form = Form::kDuration;
            p.amount = -1;
            p.unit = unit;
            p.shift = -1;
            p.last = static_cast<uint32_t>(after);
            return true;
          }
          p.form = Form::kFuzzy;
          p.fuzzy = kPastRef;
          p.last = static_cast<uint32_t>(has_unit ? after : j + 1);
          return true;
        }
        p.form = Form::kFuzzy;
        p.fuzzy = a.word.value;
        p.last = static_cast<uint32_t>(j + 1);
        return true;
      }
      case C::kEvery: {
        size_t k = j + 1;
        if (text_is(k, "other")) ++k;
        p.form = Form::kSet;
        if (cls(k) == C::kWeekday) {
          p.weekday = val(k);
          ++k;
          take_part_of_day(k, p);
        } else if (cls(k) == C::kPartOfDay) {
          p.part_of_day = val(k);
          ++k;
        } else if (cls(k) == C::kMonth && a_[k].upper) {
          p.month = val(k);
          ++k;
        } else {
          int amount = 1;
          size_t u = k;
          if (cls(k) == C::kNumber) number_at(k, amount, u, false);
          int unit;
          size_t after;
          if (!unit_at(u, unit, after)) return false;
          p.unit = unit;
          p.amount = amount;
          k = after;
        }
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kFrequency:
        p.form = Form::kSet;
        p.unit = a.word.value;
        p.amount = 1;
        p.last = static_cast<uint32_t>(j + 1);
        return true;
      case C::kFiscal: {
        int year;
        size_t k = j + 1;
        if (year_at(k, year)) {
          p.form = Form::kCalendar;
          p.year = year;
          p.last = static_cast<uint32_t>(k + 1);
          return true;
        }
        if (text_is(k, "year")) {
          p.form = over_period(p.first, k + 1) ? Form::kDuration : Form::kShiftUnit;
          p.unit = kYear;
          p.shift = 0;
          p.amount = 1;
          ++k;
          if (year_at(k, year)) {
            p.form = Form::kCalendar;
            p.year = year;
            ++k;
          }
          p.last = static_cast<uint32_t>(k);
          return true;
        }
        return match_ordinal(k, p);
      }
      case C::kOrdinal: return match_ordinal(j, p);
      case C::kDecadeWord:
        if (!det) return false;
        p.form = Form::kCalendar;
        p.decade = 190 + a.word.value;
        p.last = static_cast<uint32_t>(j + 1);
        return true;
      case C::kNoon: {
        p.form = Form::kClock;
        p.hour = a.word.value;
        p.minute = 0;
        size_t k = j + 1;
        take_day(k, p);
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kHoliday: {
        if (!a.upper || a.word.value == 0) return false;
        const int v = a.word.value;
        size_t k = j + 1;
        const bool day_word = k < n_ && a_[k].upper && eq(a_[k].text, "day");
        // "Labor", "Memorial", "Boxing" are holidays only as "... Day".
        if ((v == kLaborDay || v == kMemorialDay || v == 1226) && !day_word) return false;
        p.form = Form::kCalendar;
        if (v >= kMovableHoliday) {
          p.holiday = v;
        } else {
          p.month = v / 100;
          p.day = v % 100;
        }
        if (text_is(k, "day") || (text_is(k, "eve") && v < kMovableHoliday)) {
          if (text_is(k, "eve")) p.day -= 1;
          ++k;
        } else if (v == kEaster && text_is(k, "week")) {  // Holy Week: the ISO week that ends on Easter Sunday
          p.unit = kWeek;
          ++k;
        }
        int year;
        if (year_at(k, year)) {  // "Thanksgiving 1998"
          p.year = year;
          ++k;
        }
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kSeason: {
        if (!det && !(j > 0 && (text_is(j - 1, "in") || text_is(j - 1, "this") || text_is(j - 1, "by")))) {
          int year;
          if (!year_at(j + 1, year)) return false;
        }
        p.form = Form::kCalendar;
        p.season = a.word.value;
        size_t k = j + 1;
        int year;
        size_t after;
        if (text_is(k, "of") && year_span(k + 1, year, after)) ++k;
        if (year_span(k, year, after)) {
          p.year = year;
          k = after;
        } else {
          p.shift = 0;  // "the summer": this year's
        }
        p.last = static_cast<uint32_t>(k);
        return true;
      }
      case C::kUnit: {
        // "the year", "the quarter", "the weekend"; bare plurals after "for"/"in": "for years".
        const int unit = a.word.value;
        std::string_view w = a.text;
        const bool plural = w.size() > 1 && (w.back() == 's' || w.back() == 'S');
        // "year-end", "year end", "year's end": the end of the document's year
        // ("since year-end": of the one before).
        if (unit == kYear && !plural &&
            ((is_hyphen(j + 1) && text_is(j + 2, "end")) || text_is(j + 1, "end") ||
             ((text_is(j + 1, "'s") || text_is(j + 1, "’s")) && text_is(j + 2, "end")))) {
          p.form = Form::kShiftUnit;
          p.unit = kYear;
          p.shift = p.first > 0 && text_is(p.first - 1, "since") ? -1 : 0;
          p.year_end = true;
          p.last = static_cast<uint32_t>(text_is(j + 1, "end") ? j + 2 : j + 3);
          return true;
        }
        // "the weeks ahead", "the days ahead"
        if (det && plural && unit >= kMinute && text_is(j + 1, "ahead")) {
          p.form = Form::kDuration;
          p.amount = -1;
          p.unit = unit;
          p.last = static_cast<uint32_t>(j + 2);
          return true;
        }
        // "the year-earlier quarter", "year-ago": a year before (the quarter the sentence is about).
        if (unit == kYear && !plural && is_hyphen(j + 1) && (text_is(j + 2, "earlier") || text_is(j + 2, "ago"))) {
          p.form = Form::kOffset;
          p.unit = kYear;
          p.amount = 1;
          p.direction = -1;
          size_t k = j + 3;
          int ord = k < n_ ? (cls(k) == C::kOrdinal ? val(k) : a_[k].ordinal) : 0;
          if (ord > 0 && ord <= 4 && text_is(k + 1, "quarter")) {
            k += 2;
            p.quarter = ord;
          } else if (text_is(k, "quarter") || text_is(k, "period")) {
            ++k;
            p.quarter = 5;
          }
          p.last = static_cast<uint32_t>(k);
          return true;
        }
        if (det && !plural) {
          int year;
          size_t after;
          if (unit == kYear && year_span(j + 1, year, after)) {  // "the year 2000", "the year two thousand"
            p.form = Form::kCalendar;
            p.year = year;
            p.last = static_cast<uint32_t>(after);
            return true;
          }
          if (unit == kYear && over_period(p.first, j + 1)) {  // "for the year": its length
            p.form = Form::kDuration;
            p.amount = 1;
            p.unit = kYear;
            p.last = static_cast<uint32_t>(j + 1);
            return true;
          }
          if (unit == kQuarterU || unit == kYear || unit == kWeekend || unit == kMonthU || unit == kWeek) {
            p.form = Form::kShiftUnit;
            p.unit = unit;
            p.shift = 0;
            if (unit == kQuarterU) p.quarter = 5;
            p.last = static_cast<uint32_t>(j + 1);
            return true;
          }
          return false;
        }
        if (!det && plural && j > 0 && unit >= kMinute &&
            (text_is(j - 1, "for") || text_is(j - 1, "in") || text_is(j - 1, "within") || text_is(j - 1, "over"))) {
          p.form = Form::kDuration;
          p.amount = -1;
          p.unit = unit;
          p.last = static_cast<uint32_t>(j + 1);
          return true;
        }
        return false;
      }
      case C::kAnaphor: {
        // "that year", "that same day", "the same month", "that night".
        size_t k = j + 1;
        if (eq(a.text, "same") && !det) return false;
        if (eq(a.text, "that") && text_is(k, "same")) ++k;
        std::string_view w = k < n_ ? a_[k].text : std::string_view();
        if (w.empty() || w.back() == 's' || w.back() == 'S' || is_hyphen(k + 1)) return false;
        if (cls(k) == C::kUnit && (val(k) == kDay || val(k) == kWeek || val(k) == kMonthU || val(k) == kQuarterU ||
                                   val(k) == kYear)) {
          p.form = Form::kShiftUnit;
          p.unit = val(k);
          if (p.unit == kQuarterU) p.quarter = 5;
        } else if (cls(k) == C::kPartOfDay) {
          p.form = Form::kDeictic;
          p.part_of_day = val(k);
        } else {
          return false;
        }
        p.anaphoric = true;
        p.last = static_cast<uint32_t>(k + 1);
        return true;
      }
      case C::kNumber: {
        int year;
        size_t after;
        // "nineteen ninety-six"; "two thousand" only where a year is expected
        // ("in two thousand", "the year two thousand"), not "two thousand people".
        if (spoken_year_at(j, year, after) &&
            (val(j) != 2 || (j > 0 && (text_is(j - 1, "in") || text_is(j - 1, "year") || text_is(j - 1, "since") ||
                                       text_is(j - 1, "by") || text_is(j - 1, "of")) && ends_phrase(after)))) {
          p.form = Form::kCalendar;
          p.year = year;
          p.last = static_cast<uint32_t>(after);
          return true;
        }
        return match_duration_or_offset(j, p, false);
      }
      case C::kDeterminer:
        if (!det && (eq(a.text, "a") || eq(a.text, "an"))) return match_duration_or_offset(j, p, true);
        return false;
      default: break;
    }
    if (a.ordinal > 0) {
      if (match_ordinal(j, p)) return true;
      if (det && a.ordinal <= 31 && (ends_phrase(j + 1) || text_is(j + 1, "of"))) {  // "the 12th", not "the 20th anniversary"
        p.form = Form::kCalendar;
        p.day = a.ordinal;
        p.last = static_cast<uint32_t>(j + 1);
        size_t k = j + 1;
        if (text_is(k, "of") && cls(k + 1) == C::kMonth) {
          p.month = val(k + 1);
          p.last = static_cast<uint32_t>(k + 2);
        }
        return true;
      }
      return false;
    }
    if (a.number >= 0 || a.clock_hour >= 0 || a.decade >= 0 || a.iso_year >= 0 || a.quarter > 0) {
      if (text_is(j, "few") || text_is(j, "several")) return match_duration_or_offset(j, p, false);
      return match_number(j, p);
    }
    if (text_is(j, "few") || text_is(j, "several") || text_is(j, "many")) return match_duration_or_offset(j, p, false);
    // "the full year": the document's year.
    if (det && text_is(j, "full") && text_is(j + 1, "year")) {
      p.form = Form::kShiftUnit;
      p.unit = kYear;
      p.last = static_cast<uint32_t>(j + 2);
      return true;
    }
    // "the near future", "the near term", "the short term", "the long term"
    if (det && (text_is(j, "near") || text_is(j, "short") || text_is(j, "long")) &&
        (text_is(j + 1, "future") || text_is(j + 1, "term")) && !is_hyphen(j + 2)) {
      p.form = Form::kFuzzy;
      p.fuzzy = kFutureRef;
      p.last = static_cast<uint32_t>(j + 2);
      return true;
    }
    if (text_is(j, "these") && text_is(j + 1, "days")) {  // "these days": now
      p.form = Form::kFuzzy;
      p.fuzzy = kPresentRef;
      p.last = static_cast<uint32_t>(j + 2);
      return true;
    }
    return false;
  }

  bool match_at(size_t i, TimeParse& p) const {
    p = TimeParse{};
    p.first = static_cast<uint32_t>(i);
    size_t j = i;
    bool det = false;
    int mod = -1;
    // Modifiers before the determiner: "nearly two hours", "more than a year",
    // "early on Thursday", "the end of 1998", "earlier this month".
    for (int guard = 0; guard < 4 && j < n_; ++guard) {
      if (cls(j) == C::kModifier) {
        const int m = val(j);
        if ((m == kMoreThan || m == kLessThan) && text_is(j + 1, "than")) {
          mod = m;
          j += 2;
          continue;
        }
        if (m == kMoreThan || m == kLessThan) break;
        if (m == kApprox) {
          mod = m;
          ++j;
          // TimeBank leaves "about" outside the extent ("about [five hours]"),
          // nine times in eleven; "nearly", "almost", "around" stay inside.
          if (text_is(j - 1, "about")) i = j;
          continue;
        }
        // START / END / MID: "early", "late", "mid-", "the end of", "earlier this"
        size_t k = j + 1;
        if (is_hyphen(k)) ++k;
        if (text_is(k, "of")) {
          if (!det && !text_is(j, "end") && !text_is(j, "beginning") && !text_is(j, "middle") && !text_is(j, "start")) break;
          ++k;
        } else if (text_is(j, "end") || text_is(j, "beginning") || text_is(j, "middle") || text_is(j, "start")) {
          break;
        }
        if (text_is(k, "on") && cls(k + 1) == C::kWeekday) ++k;  // "early on Thursday"
        if (text_is(k, "in") && (cls(k + 1) == C::kMonth || cls(k + 1) == C::kShift)) ++k;  // "late in the year"
        if ((text_is(j, "earlier") || text_is(j, "later")) && cls(k) != C::kShift) break;
        mod = m;
        j = k;
        continue;
      }
      if (text_is(j, "at") && (text_is(j + 1, "least") || text_is(j + 1, "most"))) {
        mod = text_is(j + 1, "least") ? kEqualOrMore : kEqualOrLess;
        j += 2;
        continue;
      }
      if (text_is(j, "up") && text_is(j + 1, "to") && j + 2 < n_ && starts_something(a_[j + 2])) {
        mod = kEqualOrLess;
        j += 2;
        continue;
      }
      if (!det && text_is(j, "the")) {
        det = true;
        ++j;
        continue;
      }
      break;
    }
    // "the (June) 12th"
    if (det && j + 3 < n_ && a_[j].text == "(" && cls(j + 1) == C::kMonth && a_[j + 2].text == ")" &&
        a_[j + 3].ordinal > 0 && a_[j + 3].ordinal <= 31) {
      p.form = Form::kCalendar;
      p.month = val(j + 1);
      p.day = a_[j + 3].ordinal;
      p.last = static_cast<uint32_t>(j + 4);
      p.mod = mod;
      return true;
    }
    if (!match_core(j, det, p)) {
      return false;
    }
    p.first = static_cast<uint32_t>(i);
    // "``60 Minutes''", "\"This Week\"": a programme's title, its unit word
    // capitalised right after an opening quote (units are lower case in text).
    if ((p.form == Form::kDuration || p.form == Form::kShiftUnit) && p.last > p.first + 1 && p.first > 0 &&
        opening_quote(a_[p.first - 1].text) && a_[p.last - 1].upper)
      return false;
    // "High Noon", "high noon": the idiom, not a clock time.
    if (p.form == Form::kClock && cls(p.first) == C::kNoon && p.first > 0 && text_is(p.first - 1, "high")) return false;
    // "a 44-year-old protester", "52 years old": an age, which TimeBank leaves unmarked.
    if (p.form == Form::kDuration && (text_is(p.last, "old") || (is_hyphen(p.last) && text_is(p.last + 1, "old"))))
      return false;
    // A determiner belongs to the expression only for forms that take one
    // ("the last three days", "the third quarter", "the 1990s", "the future").
    const bool calendar_takes_det = p.decade >= 0 || p.quarter > 0 || p.half > 0 || p.season >= 0 ||
                                    (p.month == 0 && p.day > 0) || cls(j) == C::kUnit ||  // "the year 2000"
                                    p.period_of_year;
    if (det && j == i + 1 &&
        (p.form == Form::kClock || p.form == Form::kWeekday || (p.form == Form::kDeictic && !p.anaphoric) || p.adjectival ||
         (p.form == Form::kCalendar && !calendar_takes_det))) {
      p.first = static_cast<uint32_t>(j);
    }
    // "the recent", "about recent", "the current": the adjective alone.
    if (p.form == Form::kFuzzy && (p.fuzzy == kPresentRef || eq(a_[j].text, "recent"))) {
      p.first = static_cast<uint32_t>(j);
      mod = -1;
    }
    if (!det && p.form == Form::kFuzzy && (eq(a_[j].text, "future"))) return false;  // "future plans"
    // "the next year or so": the hedge belongs to the expression.
    if ((p.form == Form::kDuration || p.form == Form::kShiftUnit || p.form == Form::kOffset) && text_is(p.last, "or") &&
        text_is(p.last + 1, "so")) {
      p.last += 2;
      if (mod < 0) mod = kApprox;
      // "a week or so ago": the hedged span counted back from now, a date.
      if (p.form == Form::kDuration && cls(p.last) == C::kAgo && val(p.last) < 0 && !text_is(p.last + 1, "than")) {
        p.form = Form::kOffset;
        p.direction = -1;
        ++p.last;
      }
    }
    p.mod = mod;
    if (a_[j].mid) p.mod = kMid;
    if (p.form == Form::kDuration && mod == kStart) p.mod = -1;  // "early two years" is not a thing
    return true;
  }
};

}  // namespace

void build_atoms(const Document& doc, uint32_t first, uint32_t last, std::vector<Atom>& atoms) {
  atoms.clear();
  atoms.reserve(last - first);
  for (uint32_t t = first; t < last; ++t) {
    Atom a;
    a.text = doc.token_text(doc.tokens[t]);
    if (a.text.size() > 4 && (a.text[0] == 'm' || a.text[0] == 'M') && eq(a.text.substr(0, 4), "mid-")) {
      // "mid-November", "mid-1990s": the rest is the word, the prefix a MID mod.
      Atom rest;
      rest.text = a.text.substr(4);
      const char c = rest.text[0];
      if (c >= '0' && c <= '9') classify_number(rest);
      else rest.word = lookup_word(rest.text);
      if (rest.decade >= 0 || rest.word.cls == C::kMonth || rest.word.cls == C::kPartOfDay ||
          (rest.number >= 1000 && rest.digits == 4)) {
        a.word = rest.word;
        a.decade = rest.decade;
        a.number = rest.number;
        a.digits = rest.digits;
        a.upper = true;
        a.mid = true;
        atoms.push_back(a);
        continue;
      }
    }
    if (!a.text.empty()) {
      const char c = a.text[0];
      a.upper = c >= 'A' && c <= 'Z';
      if ((c >= '0' && c <= '9') || c == '\'' || c == '`' || c == 'Q' || c == 'q') classify_number(a);
      if (a.number < 0 && a.ordinal == 0) a.word = lookup_word(a.text);
    }
    atoms.push_back(a);
  }
}

void match_times(const std::vector<Atom>& atoms, std::vector<TimeParse>& out) {
  Matcher(atoms).run(out);
}

}  // namespace chronicle::timex
