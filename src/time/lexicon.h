// Lexicon of the time stage: every word that can start or continue a time
// expression, with its class and value, in one hash table built once.
//
// The matcher looks up each token here exactly once (lower-cased, a trailing
// '.' dropped), so the cost of the stage is one hash probe per word token.
// Thread safety: the table is built on first use and then only read.
#pragma once

#include <cstdint>
#include <string_view>

namespace chronicle::timex {

enum class WordClass : uint8_t {
  kNone,
  kMonth,        // value 1..12
  kWeekday,      // value 0 (Monday) .. 6 (Sunday)
  kNumber,       // "two" = 2, "twenty" = 20, "dozen" = 12
  kOrdinal,      // "first" = 1, "12th" handled by the matcher
  kUnit,         // value: Unit
  kPartOfDay,    // value: PartOfDay
  kSeason,       // value: Season
  kDeictic,      // value: days from the document date (today 0, yesterday -1), or kNowValue
  kShift,        // last/next/this/past/coming: value -1, +1, 0 (kShiftPast for "past")
  kFuzzy,        // recently, currently, future, ...: value: Fuzzy
  kModifier,     // early, late, mid, nearly, about, ...: value: Mod
  kEvery,        // every, each
  kFrequency,    // daily, weekly, ...: value: Unit
  kAgo,          // ago, earlier, before (-1); later, hence, after (+1)
  kDeterminer,   // the, a, an
  kFiscal,       // fiscal
  kQuarter,      // quarter
  kHalf,         // half
  kDecadeWord,   // nineties = 9, eighties = 8 ...
  kMeridiem,     // am = 0, pm = 12 (also "a.m", "p.m")
  kOclock,       // o'clock
  kNoon,         // noon = 12, midnight = 0
  kYearWord,     // year (for "the year 2000") — also a unit, handled by the matcher
  kHoliday,      // christmas, ...: value month*100 + day
  kAnaphor,      // that, same: "that year", "the same day" point back to a date of the text
};

enum Unit : uint8_t { kSecond, kMinute, kHour, kDay, kWeek, kMonthU, kQuarterU, kYear, kDecade, kCentury, kWeekend, kUnitCount };
enum PartOfDay : uint8_t { kMorning, kAfternoon, kEvening, kNight, kDaytime };
enum Season : uint8_t { kSpring, kSummer, kFall, kWinter };
enum Fuzzy : uint8_t { kPastRef, kPresentRef, kFutureRef };
enum Mod : uint8_t { kStart, kEnd, kMid, kApprox, kLessThan, kMoreThan, kEqualOrLess, kEqualOrMore };

// Holidays whose date moves (kHoliday values from here on): US Thanksgiving
// (fourth Thursday of November), Easter Sunday (Gregorian computus), US
// Labor Day (first Monday of September), US Memorial Day (last Monday of May).
constexpr int kMovableHoliday = 2000;
constexpr int kThanksgiving = 2001;
constexpr int kEaster = 2002;
constexpr int kLaborDay = 2003;
constexpr int kMemorialDay = 2004;

constexpr int kShiftPast = 2;     // "the past three days": a duration, not a shift
constexpr int kNowValue = 100;    // "now": PRESENT_REF

struct WordInfo {
  WordClass cls = WordClass::kNone;
  int16_t value = 0;
};

// Looks up one word (any case; a trailing '.' of an abbreviation may be
// included or not: "Sept." and "sept" give the same entry).
WordInfo lookup_word(std::string_view word);

const char* unit_letter(Unit u);        // "D", "W", "M", "Y", "H", "M" (minute after T) ...
const char* part_of_day_code(PartOfDay p);  // "MO", "AF", "EV", "NI", "DT"
const char* season_code(Season s);      // "SP", "SU", "FA", "WI"
const char* mod_name(Mod m);            // "START", "APPROX", ...

}  // namespace chronicle::timex
