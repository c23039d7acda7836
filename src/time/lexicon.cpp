// The words of the time stage. Values follow TIMEX3: months 1..12, ISO
// weekdays from Monday, units as the letters of ISO 8601 durations.
#include "time/lexicon.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace chronicle::timex {

namespace {

struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using Table = std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>>;

void add(Table& t, std::initializer_list<const char*> words, WordClass cls, int value) {
  for (const char* w : words) t.emplace(w, WordInfo{cls, static_cast<int16_t>(value)});
}

Table build() {
  Table t;
  using C = WordClass;
  const char* months[12][3] = {{"january", "jan", nullptr},   {"february", "feb", nullptr},
                               {"march", "mar", nullptr},     {"april", "apr", nullptr},
                               {"may", nullptr, nullptr},     {"june", "jun", nullptr},
                               {"july", "jul", nullptr},      {"august", "aug", nullptr},
                               {"september", "sep", "sept"},  {"october", "oct", nullptr},
                               {"november", "nov", nullptr},  {"december", "dec", nullptr}};
  for (int m = 0; m < 12; ++m) {
    for (const char* w : months[m]) {
      if (w) t.emplace(w, WordInfo{C::kMonth, static_cast<int16_t>(m + 1)});
    }
  }
  // No three-letter forms: "Sun", "Sat", "Wed" and "Mon" are more often other words.
  const char* days[7][4] = {{"monday", "mondays", nullptr, nullptr},   {"tuesday", "tues", "tuesdays", nullptr},
                            {"wednesday", "wednesdays", nullptr, nullptr}, {"thursday", "thurs", "thursdays", nullptr},
                            {"friday", "fridays", nullptr, nullptr},   {"saturday", "saturdays", nullptr, nullptr},
                            {"sunday", "sundays", nullptr, nullptr}};
  for (int d = 0; d < 7; ++d) {
    for (const char* w : days[d]) {
      if (w) t.emplace(w, WordInfo{C::kWeekday, static_cast<int16_t>(d)});
    }
  }
  const char* ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                        "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) t.emplace(ones[i], WordInfo{C::kNumber, static_cast<int16_t>(i)});
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) t.emplace(tens[i], WordInfo{C::kNumber, static_cast<int16_t>(20 + 10 * i)});
  add(t, {"dozen"}, C::kNumber, 12);
  add(t, {"several", "few", "many"}, C::kNumber, -1);  // "several years": PXY
  add(t, {"hundred"}, C::kNumber, 100);
  const char* ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "eleventh", "twelfth"};
  for (int i = 0; i < 12; ++i) t.emplace(ordinals[i], WordInfo{C::kOrdinal, static_cast<int16_t>(i + 1)});
  add(t, {"last"}, C::kShift, -1);  // also "last three days" (a duration), decided by the matcher
  add(t, {"previous", "prior", "preceding"}, C::kShift, -1);
  add(t, {"next", "coming", "following", "upcoming"}, C::kShift, 1);
  add(t, {"this", "current", "latest"}, C::kShift, 0);
  add(t, {"past"}, C::kShift, kShiftPast);

  add(t, {"second", "seconds", "sec", "secs"}, C::kUnit, kSecond);
  // "second" is also an ordinal; the ordinal entry above wins, the matcher knows both.
  add(t, {"minute", "minutes", "min", "mins"}, C::kUnit, kMinute);
  add(t, {"hour", "hours", "hrs", "hr"}, C::kUnit, kHour);
  add(t, {"day", "days"}, C::kUnit, kDay);
  add(t, {"week", "weeks"}, C::kUnit, kWeek);
  add(t, {"weekend", "weekends"}, C::kUnit, kWeekend);
  add(t, {"month", "months"}, C::kUnit, kMonthU);
  add(t, {"quarter", "quarters"}, C::kUnit, kQuarterU);
  add(t, {"year", "years", "yr", "yrs"}, C::kUnit, kYear);
  add(t, {"decade", "decades"}, C::kUnit, kDecade);
  add(t, {"century", "centuries"}, C::kUnit, kCentury);

  add(t, {"morning", "mornings"}, C::kPartOfDay, kMorning);
  add(t, {"afternoon", "afternoons"}, C::kPartOfDay, kAfternoon);
  add(t, {"evening", "evenings"}, C::kPartOfDay, kEvening);
  add(t, {"night", "nights", "overnight"}, C::kPartOfDay, kNight);
  add(t, {"spring"}, C::kSeason, kSpring);
  add(t, {"summer"}, C::kSeason, kSummer);
  add(t, {"fall", "autumn"}, C::kSeason, kFall);
  add(t, {"winter"}, C::kSeason, kWinter);

  add(t, {"today"}, C::kDeictic, 0);
  add(t, {"yesterday"}, C::kDeictic, -1);
  add(t, {"tomorrow"}, C::kDeictic, 1);
  add(t, {"tonight"}, C::kDeictic, 0);  // the matcher adds the part of day
  add(t, {"now"}, C::kDeictic, kNowValue);

  // Words TimeBank annotates more often than not; "previously", "soon" and
  // "eventually" are left out because it mostly does not.
  add(t, {"recently", "formerly", "recent", "lately"}, C::kFuzzy, kPastRef);
  add(t, {"currently", "nowadays"}, C::kFuzzy, kPresentRef);
  add(t, {"future"}, C::kFuzzy, kFutureRef);

  add(t, {"early", "earlier", "beginning", "start"}, C::kModifier, kStart);
  add(t, {"late", "end"}, C::kModifier, kEnd);
  add(t, {"mid", "middle"}, C::kModifier, kMid);
  add(t, {"nearly", "almost", "about", "around", "roughly", "approximately"}, C::kModifier, kApprox);
  add(t, {"less", "under"}, C::kModifier, kLessThan);
  add(t, {"more", "over"}, C::kModifier, kMoreThan);

  add(t, {"every", "each"}, C::kEvery, 0);
  add(t, {"hourly"}, C::kFrequency, kHour);
  add(t, {"daily", "nightly"}, C::kFrequency, kDay);
  add(t, {"weekly"}, C::kFrequency, kWeek);
  add(t, {"monthly"}, C::kFrequency, kMonthU);
  add(t, {"annually", "yearly"}, C::kFrequency, kYear);

  add(t, {"ago"}, C::kAgo, -1);
  add(t, {"later", "hence"}, C::kAgo, 1);
  add(t, {"the", "a", "an"}, C::kDeterminer, 0);
  add(t, {"fiscal"}, C::kFiscal, 0);
  add(t, {"half"}, C::kHalf, 0);
  add(t, {"twenties"}, C::kDecadeWord, 2);
  add(t, {"thirties"}, C::kDecadeWord, 3);
  add(t, {"forties"}, C::kDecadeWord, 4);
  add(t, {"fifties"}, C::kDecadeWord, 5);
  add(t, {"sixties"}, C::kDecadeWord, 6);
  add(t, {"seventies"}, C::kDecadeWord, 7);
  add(t, {"eighties"}, C::kDecadeWord, 8);
  add(t, {"nineties"}, C::kDecadeWord, 9);
  add(t, {"am", "a.m"}, C::kMeridiem, 0);
  add(t, {"pm", "p.m"}, C::kMeridiem, 12);
  add(t, {"o'clock", "o’clock"}, C::kOclock, 0);
  add(t, {"noon", "midday"}, C::kNoon, 12);
  add(t, {"midnight"}, C::kNoon, 0);
  add(t, {"that", "same"}, C::kAnaphor, 0);
  add(t, {"christmas"}, C::kHoliday, 1225);
  add(t, {"halloween"}, C::kHoliday, 1031);
  add(t, {"boxing"}, C::kHoliday, 1226);  // "Boxing Day" (the matcher wants "Day" after it)
  // Movable feasts: codes from kMovableHoliday, dates computed per year.
  add(t, {"thanksgiving"}, C::kHoliday, kThanksgiving);
  add(t, {"easter"}, C::kHoliday, kEaster);
  add(t, {"labor", "labour"}, C::kHoliday, kLaborDay);
  add(t, {"memorial"}, C::kHoliday, kMemorialDay);
  return t;
}

const Table& table() {
  static const Table t = build();
  return t;
}

// Bit (first byte & 31) of starts[n] is set when some word of n bytes starts
// with that byte (lower case): most words of a text fail this test and are
// not hashed. The lexicon's words are at most 16 bytes (lookup_word's limit).
struct Starts {
  uint32_t by_length[17] = {};
  bool may_hold(std::string_view w) const {
    return (by_length[w.size()] >> (static_cast<unsigned char>(w[0]) & 31)) & 1;
  }
};

const Starts& starts() {
  static const Starts s = [] {
    Starts out;
    for (const auto& [w, info] : table())
      if (!w.empty() && w.size() <= 16) out.by_length[w.size()] |= 1u << (static_cast<unsigned char>(w[0]) & 31);
    return out;
  }();
  return s;
}

}  // namespace

WordInfo lookup_word(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty() || word.size() > 16) return {};
  char buf[16];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lower(buf, word.size());
  if (!starts().may_hold(lower)) return {};
  const auto& t = table();
  auto it = t.find(lower);
  return it == t.end() ? WordInfo{} : it->second;
}

const char* unit_letter(Unit u) {
  switch (u) {
    case kSecond: return "S";
    case kMinute: return "M";
    case kHour: return "H";
    case kDay: return "D";
    case kWeek: return "W";
    case kWeekend: return "WE";
    case kMonthU: return "M";
    case kQuarterU: return "Q";
    case kYear: return "Y";
    case kDecade: return "DE";
    case kCentury: return "CE";
    default: return "X";
  }
}

const char* part_of_day_code(PartOfDay p) {
  switch (p) {
    case kMorning: return "MO";
    case kAfternoon: return "AF";
    case kEvening: return "EV";
    case kNight: return "NI";
    case kDaytime: return "DT";
  }
  return "DT";
}

const char* season_code(Season s) {
  switch (s) {
    case kSpring: return "SP";
    case kSummer: return "SU";
    case kFall: return "FA";
    case kWinter: return "WI";
  }
  return "SU";
}

const char* mod_name(Mod m) {
  switch (m) {
    case kStart: return "START";
    case kEnd: return "END";
    case kMid: return "MID";
    case kApprox: return "APPROX";
    case kLessThan: return "LESS_THAN";
    case kMoreThan: return "MORE_THAN";
    case kEqualOrLess: return "EQUAL_OR_LESS";
    case kEqualOrMore: return "EQUAL_OR_MORE";
  }
  return "";
}

}  // namespace chronicle::timex
