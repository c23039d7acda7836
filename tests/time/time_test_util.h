// Helpers for the time-stage tests: annotate invented text with the time
// stage (no tagger, so the cue-word tense rules are what is tested) and check
// that a value is well-formed TIMEX3.
#pragma once

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "chronicle/pipeline.h"

namespace chronicle::test {

inline Document annotate_times_only(const std::string& text, const std::string& date, const std::string& zone = "") {
  static auto pipeline = [] {
    PipelineOptions options;
    options.stages = {Stage::kTime};
    auto p = Pipeline::load(options);
    EXPECT_TRUE(p.ok()) << p.status().to_string();
    return std::move(*p);
  }();
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.meta.date = date;
  if (!date.empty()) doc.meta.date_source = "cli";
  doc.meta.timezone = zone;
  EXPECT_TRUE(pipeline->annotate(doc).ok());
  return doc;
}

// The expression whose text is `text` (the n-th one when it repeats); nullptr when absent.
inline const TimeExpr* find_time(const Document& doc, const std::string& text, int nth = 0) {
  for (const TimeExpr& t : doc.times) {
    if (doc.span_text(t.start, t.end) == text && nth-- == 0) return &t;
  }
  return nullptr;
}

inline bool valid_timex_value(const std::string& v) {
  static const std::regex re(
      "^(PAST_REF|PRESENT_REF|FUTURE_REF|"
      "P(([0-9X]+(\\.[0-9])?(Y|M|WE|W|D|Q|DE|CE))+(T([0-9X]+(\\.[0-9])?(H|M|S))+)?|T([0-9X]+(\\.[0-9])?(H|M|S))+)|"
      "([0-9]{2,4}|XXXX)(-(W([0-9]{2}|XX)(-WE|-[1-7])?|Q[1-4X]|H[12]|SP|SU|FA|WI|([0-9]{2}|XX)(-([0-9]{2}|XX))?))?"
      "(T([0-9]{2}:[0-9]{2}|MO|AF|EV|NI|DT))?)$");
  if (!std::regex_match(v, re)) return false;
  // A complete date must exist in the calendar.
  if (v.size() >= 10 && v[4] == '-' && v[7] == '-' && v.substr(0, 4) != "XXXX" && v[5] != 'X' && v[8] != 'X') {
    const int y = std::stoi(v.substr(0, 4)), m = std::stoi(v.substr(5, 2)), d = std::stoi(v.substr(8, 2));
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
  }
  return true;
}

}  // namespace chronicle::test
