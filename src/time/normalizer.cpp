// TIMEX3 values (TimeML 1.2.1): dates "2018-05-31", weeks "2018-W22",
// quarters "2018-Q2", parts of day "2018-05-30TNI", durations "P3D"/"PT2H",
// sets "P1D"/"XXXX-WXX-1", fuzzy "PAST_REF". Date arithmetic is date/date.h.
#include "time/normalizer.h"

#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>
#include <cstdlib>

#include "time/lexicon.h"

namespace chronicle::timex {

namespace {

using date::sys_days;
using date::year_month_day;

bool valid_ymd(int y, int m, int d) {
  if (y < 1000 || y > 2999) return false;
  return year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}}.ok();
}

sys_days to_days(int y, int m, int d) {
  return sys_days{year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}}};
}

std::string fmt_date(sys_days d) {
  const year_month_day ymd{d};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string fmt_year(int y) {
  if (y < 0 || y > 9999) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::string fmt_ym(int y, int m) {
  if (y < 0 || y > 9999 || m < 1 || m > 12) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string fmt_week(sys_days d) {
  const iso_week::year_weeknum_weekday w{d};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02u", static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum()));
  return buf;
}

int weekday_of(sys_days d) { return static_cast<int>(date::weekday{d}.iso_encoding()) - 1; }  // Monday 0

Anchor to_anchor(sys_days d) {
  const year_month_day ymd{d};
  return {true, static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Year for a month (and day) given without one: the reading nearest the
// anchor, on the side the tense points to when that is not far off.
int resolve_year(const Anchor& a, int month, int day, Tense tense) {
  const sys_days now = to_days(a.year, a.month, a.day);
  int best = a.year;
  long best_dist = 1L << 30;
  int past = 0, future = 0;
  long past_dist = 1L << 30, future_dist = 1L << 30;
  for (int y = a.year - 1; y <= a.year + 1; ++y) {
    const int d = day > 0 ? day : (y == a.year && month == a.month ? a.day : 15);
    if (!valid_ymd(y, month, d > 28 && month == 2 ? 28 : d)) continue;
    const long diff = (to_days(y, month, d > 28 && month == 2 ? 28 : d) - now).count();
    const bool same_month = day == 0 && y == a.year && month == a.month;
    if (std::labs(diff) < best_dist || same_month) {
      best_dist = same_month ? -1 : std::labs(diff);
      best = y;
    }
    if ((diff <= 0 || same_month) && -diff < past_dist) { past = y; past_dist = same_month ? 0 : -diff; }
    if ((diff >= 0 || same_month) && diff < future_dist) { future = y; future_dist = same_month ? 0 : diff; }
  }
  if (best_dist < 0) return best;
  // A month alone ("switched ... in December") reaches a whole year back or
  // ahead: its middle may be more than 300 days off and still the last one.
  // The month just ahead or behind ("for November transactions" late in
  // October) is that one, whatever the tense.
  if (day == 0 && best_dist <= 45) return best;
  const long reach = day > 0 ? 300 : 366;
  if (tense == Tense::kPast && past_dist < reach) return past;
  if (tense == Tense::kFuture && future_dist < reach) return future;
  return best;
}

std::string pod_suffix(int pod) { return pod >= 0 ? std::string("T") + part_of_day_code(static_cast<PartOfDay>(pod)) : ""; }

std::string amount_text(int amount, int fraction) {
  if (amount < 0) return "X";
  std::string s = std::to_string(amount);
  if (fraction) s.append(".").append(std::to_string(fraction));
  return s;
}

std::string duration_value(int amount, int fraction, int unit) {
  // A half in the next unit down, as TimeML writes it: "2 1/2 years" P2Y6M,
  // "five and a half hours" PT5H30M, "a minute and a half" PT1M30S.
  if (fraction == 5 && amount >= 0) {
    const std::string n = std::to_string(amount);
    switch (unit) {
      case kYear: return "P" + n + "Y6M";
      case kDay: return "P" + n + "DT12H";
      case kHour: return "PT" + n + "H30M";
      case kMinute: return "PT" + n + "M30S";
      default: break;
    }
  }
  // Appends rather than operator+ chains (GCC 12 -Wrestrict false positive).
  auto make = [&](const char* prefix, const char* letter) {
    std::string v(prefix);
    v.append(amount_text(amount, fraction)).append(letter);
    return v;
  };
  switch (unit) {
    case kSecond: return make("PT", "S");
    case kMinute: return make("PT", "M");
    case kHour: return make("PT", "H");
    case kDay: return make("P", "D");
    case kWeek: return make("P", "W");
    case kWeekend: return make("P", "WE");
    case kMonthU: return make("P", "M");
    case kQuarterU: return make("P", "Q");
    case kYear: return make("P", "Y");
    // Decades and centuries in years, as ISO 8601 has them ("P20Y"; TimeBank
    // writes "two decades" so); "PXY" when the amount is unknown.
    case kDecade:
    case kCentury: {
      if (amount < 0) return "PXY";
      const int per = unit == kDecade ? 10 : 100;
      return "P" + std::to_string(amount * per + fraction * per / 10) + "Y";
    }
    default: return "";
  }
}

// The date `n` units from the anchor, written at the unit's granularity.
std::string shifted(const Anchor& a, int unit, int n, bool past_quarter) {
  const sys_days now = to_days(a.year, a.month, a.day);
  switch (unit) {
    case kDay: return fmt_date(now + date::days{n});
    case kWeek: return fmt_week(now + date::days{7 * n});
    case kWeekend: return fmt_week(now + date::days{7 * n}) + "-WE";
    case kMonthU: {
      const int total = a.year * 12 + (a.month - 1) + n;
      return fmt_ym(total / 12, total % 12 + 1);
    }
    case kQuarterU: {
      int q = (a.month - 1) / 3 + n - (past_quarter ? 1 : 0);
      int y = a.year;
      while (q < 0) { q += 4; --y; }
      while (q > 3) { q -= 4; ++y; }
      return fmt_year(y) + "-Q" + std::to_string(q + 1);
    }
    case kYear: return fmt_year(a.year + n);
    case kDecade: return fmt_year(a.year + 10 * n).substr(0, 3);
    case kCentury: return fmt_year(a.year + 100 * n).substr(0, 2);
    case kHour:
    case kMinute:
    case kSecond: return fmt_date(now);
    default: return "";
  }
}

// The date of a movable feast in year y.
sys_days holiday_date(int holiday, int y) {
  auto nth_weekday = [&](unsigned month, unsigned weekday, int n) {  // n-th (1-based) weekday of the month
    const sys_days first = to_days(y, static_cast<int>(month), 1);
    const int wd = weekday_of(first);  // Monday 0
    const int to = (static_cast<int>(weekday) - wd + 7) % 7;
    return first + date::days{to + 7 * (n - 1)};
  };
  switch (holiday) {
    case kThanksgiving: return nth_weekday(11, 3, 4);  // fourth Thursday of November
    case kLaborDay: return nth_weekday(9, 0, 1);        // first Monday of September
    case kMemorialDay: {                                // last Monday of May
      const sys_days last = to_days(y, 5, 31);
      return last - date::days{weekday_of(last)};
    }
    default: {  // Easter Sunday, the Gregorian computus (anonymous algorithm)
      const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
      const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
      const int m = (a + 11 * h + 22 * l) / 451;
      const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
      return to_days(y, month, day);
    }
  }
}

// A movable feast without a year: the side of the anchor that the shift
// ("last Thanksgiving") or the tense points to, else the nearest.
Normalized movable_holiday(const TimeParse& p, const Anchor& a, Tense tense) {
  Normalized out{"DATE", "", ""};
  if (p.year >= 0) {
    if (p.year < 1583 || p.year > 2999) return {};
    out.value = p.unit == kWeek ? fmt_week(holiday_date(p.holiday, p.year)) : fmt_date(holiday_date(p.holiday, p.year));
    return out;
  }
  if (!a.known) {
    out.value = "XXXX-XX-XX";
    return out;
  }
  const sys_days now = to_days(a.year, a.month, a.day);
  const sys_days prev = holiday_date(p.holiday, a.year) <= now ? holiday_date(p.holiday, a.year) : holiday_date(p.holiday, a.year - 1);
  const sys_days next = holiday_date(p.holiday, a.year) >= now ? holiday_date(p.holiday, a.year) : holiday_date(p.holiday, a.year + 1);
  sys_days pick;
  if (p.shift < 0) pick = prev == now ? holiday_date(p.holiday, a.year - 1) : prev;
  else if (p.shift > 0) pick = next == now ? holiday_date(p.holiday, a.year + 1) : next;
  else if (tense == Tense::kPast && (now - prev).count() < 300) pick = prev;
  else if ((tense == Tense::kFuture || tense == Tense::kPresent) && (next - now).count() < 300) pick = next;
  else pick = (now - prev) <= (next - now) ? prev : next;
  out.value = p.unit == kWeek ? fmt_week(pick) : fmt_date(pick);
  return out;
}

Normalized calendar(const TimeParse& p, const Anchor& a, Tense tense) {
  if (p.holiday >= kMovableHoliday) return movable_holiday(p, a, tense);
  Normalized out{"DATE", "", ""};
  if (p.century >= 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d", p.century);
    out.value = buf;
    return out;
  }
  if (p.decade >= 0) {
    out.value = std::to_string(p.decade);
    if (out.value.size() != 3) out.value.clear();
    return out;
  }
  int year = p.year;
  if (p.shifted_year && a.known) year = a.year + p.year_shift;
  const bool relative_year = year < 0;
  if (year < 0 && p.shift != 0 && p.month > 0 && a.known) {
    // "last April", "next June"
    year = p.shift < 0 ? (p.month < a.month ? a.year : a.year - 1) : (p.month > a.month ? a.year : a.year + 1);
  }
  if (p.quarter > 0 || p.half > 0) {
    if (year < 0 && p.shift != 0 && a.known) year = a.year + p.shift;  // "third quarter of last year"
    if (year < 0 && a.known) {
      const int q = (a.month - 1) / 3 + 1;
      const int h = (a.month - 1) / 6 + 1;
      year = a.year;
      if ((p.quarter > 0 && p.quarter > q) || (p.half > 0 && p.half > h)) {
        if (tense != Tense::kFuture) year = a.year - 1;
      }
    }
    const std::string y = year < 0 ? "XXXX" : fmt_year(year);
    out.value = p.quarter > 0 ? y + "-Q" + std::to_string(p.quarter) : y + "-H" + std::to_string(p.half);
    return out;
  }
  if (p.season >= 0) {
    if (year < 0 && a.known && p.most_recent) {
      // The season's last month: spring June, summer September, fall
      // December, winter March; not yet over this year means last year's.
      static constexpr int kEnds[] = {6, 9, 12, 3};
      year = a.month > kEnds[p.season] ? a.year : a.year - 1;
    }
    if (year < 0 && a.known) year = a.year + p.shift;
    out.value = (year < 0 ? "XXXX" : fmt_year(year)) + "-" + season_code(static_cast<Season>(p.season));
    return out;
  }
  if (p.month == 0 && p.day > 0) {  // "the 12th": this month's, or the next one's when past
    if (!a.known) {
      out.value = "XXXX-XX-" + std::string(p.day < 10 ? "0" : "") + std::to_string(p.day);
      return out;
    }
    int y = a.year, m = a.month;
    if (p.day < a.day && tense == Tense::kFuture) {
      if (++m > 12) { m = 1; ++y; }
    }
    if (!valid_ymd(y, m, p.day)) return {};
    out.value = fmt_date(to_days(y, m, p.day));
    return out;
  }
  if (p.month == 0) {
    if (year < 0) return {};
    out.value = fmt_year(year);
    return out;
  }
  if (year < 0 && relative_year) {
    if (!a.known) {
      char buf[32];
      if (p.day > 0) std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", p.month, p.day);
      else std::snprintf(buf, sizeof buf, "XXXX-%02d", p.month);
      // still reject impossible days (February 30) against a leap year
      if (p.day > 0 && !valid_ymd(2000, p.month, p.day)) return {};
      out.value = buf;
      return out;
    }
    year = resolve_year(a, p.month, p.day, tense);
  }
  if (p.day == 0) {
    out.value = fmt_ym(year, p.month);
    return out;
  }
  if (!valid_ymd(year, p.month, p.day)) return {};
  out.value = fmt_date(to_days(year, p.month, p.day)) + pod_suffix(p.part_of_day);
  return out;
}

Normalized weekday(const TimeParse& p, const Anchor& a, Tense tense) {
  Normalized out{"DATE", "", ""};
  if (!a.known) {
    out.value = "XXXX-WXX-" + std::to_string(p.weekday + 1) + pod_suffix(p.part_of_day);
    return out;
  }
  const sys_days now = to_days(a.year, a.month, a.day);
  const int today = weekday_of(now);
  const int ahead = (p.weekday - today + 7) % 7;  // 0..6 days forward
  int offset;
  if (p.shift < 0) offset = ahead == 0 ? -7 : ahead - 7;
  else if (p.shift > 0) offset = ahead == 0 ? 7 : ahead;
  else if (ahead == 0) offset = 0;
  else if (tense == Tense::kFuture || tense == Tense::kPresent) offset = ahead;
  else offset = ahead - 7;
  out.value = fmt_date(now + date::days{offset}) + pod_suffix(p.part_of_day);
  return out;
}

}  // namespace

std::string shifted_value(const Anchor& a, int unit, int n) {
  if (!a.known) return "";
  return shifted(a, unit, n, false);
}

Anchor anchor_from_iso(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return {};
  }
  const int y = std::atoi(s.substr(0, 4).c_str());
  const int m = std::atoi(s.substr(5, 2).c_str());
  const int d = std::atoi(s.substr(8, 2).c_str());
  if (!valid_ymd(y, m, d)) return {};
  return {true, y, m, d};
}

bool add_minutes(int& year, int& month, int& day, int& hour, int& minute, int minutes) {
  if (!valid_ymd(year, month, day)) return false;
  long total = static_cast<long>(hour) * 60 + minute + minutes;
  long day_shift = total >= 0 ? total / 1440 : -((1439 - total) / 1440);
  total -= day_shift * 1440;
  const Anchor a = to_anchor(to_days(year, month, day) + date::days{day_shift});
  year = a.year;
  month = a.month;
  day = a.day;
  hour = static_cast<int>(total / 60);
  minute = static_cast<int>(total % 60);
  return valid_ymd(year, month, day);
}

Normalized normalize(const TimeParse& p, const Anchor& a, Tense tense) {
  Normalized out;
  switch (p.form) {
    case Form::kCalendar: out = calendar(p, a, tense); break;
    case Form::kWeekday: out = weekday(p, a, tense); break;
    case Form::kDeictic:
      out.type = p.part_of_day >= 0 ? "TIME" : "DATE";
      out.value = a.known ? fmt_date(to_days(a.year, a.month, a.day) + date::days{p.deictic}) : "XXXX-XX-XX";
      out.value += pod_suffix(p.part_of_day);
      break;
    case Form::kShiftUnit:
      out.type = "DATE";
      if (!a.known) {
        out.value = p.unit == kYear ? "XXXX" : p.unit == kMonthU ? "XXXX-XX" : p.unit == kQuarterU ? "XXXX-QX"
                  : p.unit == kWeek || p.unit == kWeekend ? "XXXX-WXX" : "XXXX-XX-XX";
        break;
      }
    {
      const bool past = tense != Tense::kFuture && tense != Tense::kPresent;
      int shift = p.shift;
      // "the weekend" in a past clause written on a weekday is the one before.
      if (p.unit == kWeekend && shift == 0 && past && weekday_of(to_days(a.year, a.month, a.day)) < 5) shift = -1;
      // "the current quarter" is the document's own even in a past clause.
      out.value = shifted(a, p.unit, shift, p.unit == kQuarterU && p.quarter == 5 && p.shift == 0 && past && !p.current);
    }
      break;
    case Form::kDuration:
      out.type = "DURATION";
      out.value = duration_value(p.amount, p.fraction, p.unit);
      break;
    case Form::kOffset:
      out.type = "DATE";
      if (p.amount < 0 || !a.known) {
        out.value = p.direction < 0 ? "PAST_REF" : "FUTURE_REF";
      } else if (p.quarter >= 1 && p.quarter <= 4) {  // "the year-ago third quarter"
        TimeParse q;
        q.quarter = p.quarter;
        const Normalized latest = calendar(q, a, tense);  // the latest such quarter
        const int year = std::atoi(latest.value.substr(0, 4).c_str()) - p.amount;
        out.value = fmt_year(year) + "-Q" + std::to_string(p.quarter);
      } else if (p.quarter == 5) {  // "the year-earlier quarter" with no quarter in the sentence
        out.value = shifted(a, kQuarterU, -4 * p.amount, tense != Tense::kFuture);
      } else if (p.unit == kWeek && p.amount > 0) {
        out.value = shifted(a, kWeek, p.direction * p.amount, false);
      } else {
        out.value = shifted(a, p.unit, p.direction * p.amount, false);
        if (p.unit == kHour || p.unit == kMinute || p.unit == kSecond) out.type = "TIME";
      }
      break;
    case Form::kSet:
      out.type = "SET";
      if (p.weekday >= 0) out.value = "XXXX-WXX-" + std::to_string(p.weekday + 1) + pod_suffix(p.part_of_day);
      else if (p.part_of_day >= 0) out.value = "XXXX-XX-XX" + pod_suffix(p.part_of_day);
      else if (p.month > 0) out.value = fmt_ym(0, p.month).replace(0, 4, "XXXX");
      else out.value = duration_value(p.amount, 0, p.unit);
      break;
    case Form::kFuzzy:
      out.type = "DATE";
      out.value = p.fuzzy == kPastRef ? "PAST_REF" : p.fuzzy == kPresentRef ? "PRESENT_REF" : "FUTURE_REF";
      break;
    case Form::kClock: {
      out.type = "TIME";
      if (p.hour < 0 || p.hour > 24 || p.minute < 0 || p.minute > 59) return {};
      char buf[32];
      std::snprintf(buf, sizeof buf, "T%02d:%02d", p.hour, p.minute);
      if (p.day_of != DayOf::kNone && p.day_of != DayOf::kCalendar && !a.known) {
        out.value = std::string("XXXX-XX-XX") + buf;
      } else if (p.day_of != DayOf::kNone) {  // "9 a.m. Tuesday", "noon today", "5 p.m. Nov. 6"
        TimeParse d;
        d.weekday = p.weekday;
        d.year = p.year;
        d.month = p.month;
        d.day = p.day;
        Normalized day;
        if (p.day_of == DayOf::kWeekday) day = weekday(d, a, tense);
        else if (p.day_of == DayOf::kCalendar) day = calendar(d, a, tense);
        else day.value = fmt_date(to_days(a.year, a.month, a.day) + date::days{p.deictic});
        if (day.value.size() != 10) return {};
        out.value = day.value + buf;
      } else if (p.year >= 0) {
        if (!valid_ymd(p.year, p.month, p.day)) return {};
        out.value = fmt_date(to_days(p.year, p.month, p.day)) + buf;
      } else {
        out.value = (a.known ? fmt_date(to_days(a.year, a.month, a.day)) : std::string("XXXX-XX-XX")) + buf;
      }
      break;
    }
  }
  if (out.value.empty()) return {};
  if (p.mod >= 0) out.mod = mod_name(static_cast<Mod>(p.mod));
  // "since year-end": the point counted from is the last day of that year.
  if (p.year_end && p.shift < 0 && out.value.size() == 4 && out.value[0] != 'X') {
    out.value += "-12-31";
  } else if (p.year_end && out.mod.empty()) {
    out.mod = "END";
  }
  return out;
}

}  // namespace chronicle::timex
