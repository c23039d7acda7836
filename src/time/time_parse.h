// TimeParse: what the matcher read in a time expression, before it is
// anchored to the document date (the normaliser's input).
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::timex {

enum class Form : uint8_t {
  kCalendar,   // explicit fields: "May 31, 2018", "June 12", "2017", "the 1990s", "Q3 2019"
  kDeictic,    // today, yesterday, tomorrow, tonight (+ part of day), "this morning"
  kWeekday,    // "Wednesday", "last Friday", "Wednesday night"
  kShiftUnit,  // "last week", "next year", "this month", "the third quarter" (shift 0)
  kDuration,   // "18 years", "nearly two hours", "the last three days"
  kOffset,     // "two years ago", "a year earlier": a duration from the document date
  kSet,        // "every Monday", "daily"
  kFuzzy,      // "recently", "the future", "now"
  kClock,      // "9.05am", "2.05pm BST", "noon"
};

enum class DayOf : uint8_t { kNone, kWeekday, kDeictic, kCalendar };

struct TimeParse {
  uint32_t first = 0;  // token range [first, last) in the sentence's tokens
  uint32_t last = 0;
  Form form = Form::kCalendar;
  int year = -1;  // full year; -1 unknown
  int month = 0;  // 1..12, 0 unknown
  int day = 0;    // 1..31, 0 unknown
  int weekday = -1;  // 0 Monday .. 6 Sunday
  int decade = -1;   // 199 for "the 1990s"
  int century = -1;  // 19 for "the 20th century"
  int quarter = 0;   // 1..4, 5 = "the quarter" of the document date
  int half = 0;      // 1..2
  int season = -1;
  int part_of_day = -1;
  int deictic = 0;   // days from the document date
  int shift = 0;     // -1 last, 0 this, +1 next
  int unit = -1;     // Unit
  int amount = 0;    // for durations; -1 = unknown ("several years": PXY)
  int fraction = 0;  // 0 or 5 ("two and a half" -> amount 2, fraction 5)
  int direction = 0; // kOffset: -1 ago/earlier, +1 later
  int hour = -1;
  int minute = -1;
  std::string_view zone;  // abbreviation as written ("BST")
  int mod = -1;           // Mod
  int fuzzy = -1;         // Fuzzy
  bool two_digit_year = false;
  // A clock time followed by its day ("9 a.m. Tuesday", "noon today", "5 p.m.
  // EST, Nov. 6"): which of weekday / deictic / month+day fields hold the day.
  DayOf day_of = DayOf::kNone;
  bool shifted_year = false;  // "July last year", "this year's third quarter": year = document year + year_shift
  int year_shift = 0;
  bool period_of_year = false;  // "the 1988 period", "the 1988 quarter": the named quarter of that year
  bool year_end = false;  // "year-end": the year, mod END
  int holiday = 0;  // a movable feast (kThanksgiving, ...), 0 when none
  bool anaphoric = false;  // "that year", "the following month": relative to the last date of the text
  bool adjectival = false;
  bool most_recent = false;  // "this past spring": the last such season to have ended
  bool current = false;  // "the current quarter": the document's own, in any clause  // "five-year", "third-quarter": a hyphenated modifier of a noun
};

}  // namespace chronicle::timex
