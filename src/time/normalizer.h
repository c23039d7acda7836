// Normaliser: turns a TimeParse into a TIMEX3 type, value and mod, anchored
// to the document date and the tense of the clause.
//
// requires: nothing (any parse, any anchor). ensures: the value is a valid
// TIMEX3 value or empty (an impossible date such as February 30 gives an
// empty value, and the caller leaves the expression out); without an anchor,
// relative expressions keep X placeholders ("XXXX-WXX-3") rather than being
// anchored to today.
// Thread safety: pure functions.
#pragma once

#include <string>

#include "time/time_parse.h"

namespace chronicle::timex {

struct Anchor {
  bool known = false;
  int year = 0;
  int month = 0;
  int day = 0;
};

enum class Tense : uint8_t { kNone, kPast, kPresent, kFuture };

struct Normalized {
  std::string type;   // DATE | TIME | DURATION | SET; empty when the parse has no valid value
  std::string value;
  std::string mod;    // TIMEX3 mod ("START", "APPROX"), empty when none
};

Normalized normalize(const TimeParse& parse, const Anchor& anchor, Tense tense);

// The date `n` units (Unit) from the anchor, at the unit's granularity
// ("2018-W22", "2018-05", "2018-Q2"); empty for units without one.
std::string shifted_value(const Anchor& anchor, int unit, int n);

// Parses "yyyy-mm-dd" (a valid calendar date) into an anchor.
Anchor anchor_from_iso(const std::string& date);

// Adds `minutes` to a wall time, carrying into the date; false when the date is invalid.
bool add_minutes(int& year, int& month, int& day, int& hour, int& minute, int minutes);

}  // namespace chronicle::timex
