// Time stage on invented sentences, one test per rule family. The document
// date is Thursday 2025-02-13 unless a test says otherwise.
#include <gtest/gtest.h>

#include "time_test_util.h"

namespace chronicle {
namespace {

using test::annotate_times_only;
using test::find_time;

constexpr const char* kThursday = "2025-02-13";

void expect_time(const Document& doc, const std::string& text, const std::string& type, const std::string& value,
                 const std::string& mod = "", int nth = 0) {
  const TimeExpr* t = find_time(doc, text, nth);
  ASSERT_NE(t, nullptr) << "no time expression '" << text << "' in: " << doc.text;
  EXPECT_EQ(t->type, type) << text;
  EXPECT_EQ(t->value, value) << text;
  EXPECT_EQ(t->mod, mod) << text;
}

TEST(TimeWeekdays, TenseDecidesTheSide) {
  Document doc = annotate_times_only(
      "The harbour master arrived on Wednesday. The ferry will sail on Friday. The council met on Thursday. "
      "They spoke last Friday and will speak again next Monday.",
      kThursday);
  expect_time(doc, "Wednesday", "DATE", "2025-02-12");
  expect_time(doc, "Friday", "DATE", "2025-02-14");
  expect_time(doc, "Thursday", "DATE", "2025-02-13");
  expect_time(doc, "last Friday", "DATE", "2025-02-07");
  expect_time(doc, "next Monday", "DATE", "2025-02-17");
}

TEST(TimeWeekdays, PartsOfDayAndEarlyOn) {
  Document doc = annotate_times_only(
      "The mayor phoned on Tuesday night and again early on Thursday; she was tired this morning and yesterday.",
      kThursday);
  expect_time(doc, "Tuesday night", "DATE", "2025-02-11TNI");
  expect_time(doc, "early on Thursday", "DATE", "2025-02-13", "START");
  expect_time(doc, "this morning", "TIME", "2025-02-13TMO");
  expect_time(doc, "yesterday", "DATE", "2025-02-12");
}

TEST(TimeCalendar, ExplicitAndYearlessDates) {
  Document doc = annotate_times_only(
      "The pact was signed on March 3, 2019 and renewed on 31 May 2021. Talks resume on June 12. "
      "The mill closed in 2017 and reopened in April 2022. Prices fell in the 1990s.",
      kThursday);
  expect_time(doc, "March 3, 2019", "DATE", "2019-03-03");
  expect_time(doc, "31 May 2021", "DATE", "2021-05-31");
  expect_time(doc, "June 12", "DATE", "2025-06-12");
  expect_time(doc, "2017", "DATE", "2017");
  expect_time(doc, "April 2022", "DATE", "2022-04");
  expect_time(doc, "the 1990s", "DATE", "199");
}

TEST(TimeCalendar, OrdinalDayInParentheses) {
  Document doc = annotate_times_only("We will meet on the (March) 4th.", kThursday);
  expect_time(doc, "the (March) 4th", "DATE", "2025-03-04");
}

TEST(TimeCalendar, QuartersFiscalYearsAndWeeks) {
  Document doc = annotate_times_only(
      "Profit rose in the third quarter. Sales in Q3 2019 were flat, as in fiscal 2019. "
      "The board met last week and meets this week.",
      kThursday);
  expect_time(doc, "the third quarter", "DATE", "2024-Q3");
  expect_time(doc, "Q3 2019", "DATE", "2019-Q3");
  expect_time(doc, "fiscal 2019", "DATE", "2019");
  expect_time(doc, "last week", "DATE", "2025-W06");
  expect_time(doc, "this week", "DATE", "2025-W07");
}

TEST(TimeDurations, ExtentsTakeDeterminersAndModifiers) {
  Document doc = annotate_times_only(
      "Progress was made in the last three days. The meeting ended nearly two hours earlier than planned. "
      "It was the first visit in 18 years, under a five-year plan, two days after the summit.",
      kThursday);
  expect_time(doc, "the last three days", "DURATION", "P3D");
  expect_time(doc, "nearly two hours", "DURATION", "PT2H", "APPROX");
  expect_time(doc, "18 years", "DURATION", "P18Y");
  expect_time(doc, "five-year", "DURATION", "P5Y");
  expect_time(doc, "two days", "DURATION", "P2D");
}

TEST(TimeOffsets, AgoAndEarlier) {
  Document doc = annotate_times_only("The bridge opened two years ago. A month earlier, it had flooded.", kThursday);
  expect_time(doc, "two years ago", "DATE", "2023");
  expect_time(doc, "A month earlier", "DATE", "2025-01");
}

TEST(TimeFuzzyAndSets, RefsAndRepetition) {
  Document doc = annotate_times_only(
      "He recently said the future is bright and that now is the time. The market opens every Monday and "
      "the paper appears daily.",
      kThursday);
  expect_time(doc, "recently", "DATE", "PAST_REF");
  expect_time(doc, "the future", "DATE", "FUTURE_REF");
  expect_time(doc, "now", "DATE", "PRESENT_REF");
  expect_time(doc, "every Monday", "SET", "XXXX-WXX-1");
  expect_time(doc, "daily", "SET", "P1D");
}

TEST(TimeClock, PairedConversionTakesOffsetsFromTheZones) {
  Document doc = annotate_times_only("The vote closed at 10.15am (3.15pm GMT) on Thursday.", kThursday,
                                     "America/Toronto");
  const TimeExpr* local = find_time(doc, "10.15am");
  const TimeExpr* gmt = find_time(doc, "3.15pm GMT");
  ASSERT_NE(local, nullptr);
  ASSERT_NE(gmt, nullptr);
  EXPECT_EQ(local->value, "2025-02-13T10:15");
  EXPECT_EQ(local->utc_offset, "-05:00");
  EXPECT_EQ(gmt->value, "2025-02-13T15:15");
  EXPECT_EQ(gmt->utc_offset, "+00:00");
  EXPECT_EQ(doc.times[local->same_as].value, gmt->value);
  EXPECT_EQ(doc.times[gmt->same_as].value, local->value);
}

TEST(TimeClock, PairingCrossesMidnight) {
  Document doc = annotate_times_only("Polls shut at 9pm (11am JST).", kThursday, "America/New_York");
  const TimeExpr* jst = find_time(doc, "11am JST");
  ASSERT_NE(jst, nullptr);
  EXPECT_EQ(jst->value, "2025-02-14T11:00");
  EXPECT_EQ(jst->utc_offset, "+09:00");
  EXPECT_EQ(find_time(doc, "9pm")->utc_offset, "-05:00");
}

TEST(TimeClock, AmbiguousAbbreviationsFollowThePairingAndTheZone) {
  // IST: India (+05:30) with a New York pairing, Israel (+02:00) with a London one.
  Document ny = annotate_times_only("It began at 9am (7.30pm IST).", kThursday, "America/New_York");
  EXPECT_EQ(find_time(ny, "7.30pm IST")->utc_offset, "+05:30");
  Document london = annotate_times_only("It began at 2pm (4pm IST).", kThursday, "Europe/London");
  EXPECT_EQ(find_time(london, "4pm IST")->utc_offset, "+02:00");
  EXPECT_EQ(find_time(london, "2pm")->utc_offset, "+00:00");
  // CST alone: China in a Shanghai document, US Central otherwise.
  Document shanghai = annotate_times_only("It starts at 8pm CST.", kThursday, "Asia/Shanghai");
  EXPECT_EQ(find_time(shanghai, "8pm CST")->utc_offset, "+08:00");
  Document plain = annotate_times_only("It starts at 8pm CST.", kThursday);
  EXPECT_EQ(find_time(plain, "8pm CST")->utc_offset, "-06:00");
}

TEST(TimeClock, DocumentZoneGivesTheOffsetOfUnpairedTimes) {
  Document doc = annotate_times_only("The ship docked at 11:30 and left at 4pm.", "2025-07-01", "Europe/London");
  EXPECT_EQ(find_time(doc, "11:30")->value, "2025-07-01T11:30");
  EXPECT_EQ(find_time(doc, "11:30")->utc_offset, "+01:00");  // BST in July: real tz rules
  EXPECT_EQ(find_time(doc, "4pm")->utc_offset, "+01:00");
}

TEST(TimeDocumentDate, DatelinePostAndNone) {
  Document dateline = annotate_times_only("OSLO, March 3, 2024 - The talks ended on Friday.", "");
  EXPECT_EQ(dateline.meta.date, "2024-03-03");
  EXPECT_EQ(dateline.meta.date_source, "dateline");
  expect_time(dateline, "Friday", "DATE", "2024-03-01");

  Document published = annotate_times_only(
      "Harbour fees rise again.\n\nPublished 12 January 2023\n\nThe port said on Monday that fees rise.", "");
  EXPECT_EQ(published.meta.date, "2023-01-12");
  EXPECT_EQ(published.meta.date_source, "dateline");

  Document post = annotate_times_only(
      "The minister wrote on Tuesday:\n\nGreat talks with the fishing fleet today.\n"
      "— Ola Nordmann (@olanordmann) February 11, 2025\n\nShe left later.",
      "");
  EXPECT_EQ(post.meta.date, "2025-02-11");
  EXPECT_EQ(post.meta.date_source, "post");

  Document none = annotate_times_only("The talks ended on Wednesday, a year ago.", "");
  EXPECT_TRUE(none.meta.date.empty());
  expect_time(none, "Wednesday", "DATE", "XXXX-WXX-3");
}

TEST(TimeDocumentDate, GivenDateWins) {
  Document doc = annotate_times_only("OSLO, March 3, 2024 - The talks ended on Friday.", kThursday);
  EXPECT_EQ(doc.meta.date, kThursday);
  EXPECT_EQ(doc.meta.date_source, "cli");
}

TEST(TimeBadInput, ImpossibleDatesAreLeftOut) {
  Document doc = annotate_times_only("It was due on February 30, 2024 or on February 29, 2023, or June 31.", kThursday);
  for (const TimeExpr& t : doc.times) {
    EXPECT_TRUE(test::valid_timex_value(t.value)) << t.value;
    EXPECT_EQ(doc.span_text(t.start, t.end).find("February 3"), std::string_view::npos) << t.value;
  }
  EXPECT_EQ(find_time(doc, "February 30, 2024"), nullptr);
  EXPECT_EQ(find_time(doc, "February 29, 2023"), nullptr);
  EXPECT_EQ(find_time(doc, "June 31"), nullptr);
}

TEST(TimeBadInput, HugeYearsAndNumberRuns) {
  std::string text = "In the year 99999, on 99999-12-01 and in 0000 and 12/45/2020 at 25:99 and 13pm, ";
  for (int i = 0; i < 10000; ++i) text += std::to_string(i) + (i % 7 == 0 ? " years " : " ");
  text += "nothing happened.";
  Document doc = annotate_times_only(text, kThursday);
  for (const TimeExpr& t : doc.times) {
    EXPECT_TRUE(test::valid_timex_value(t.value)) << t.value << " for '" << doc.span_text(t.start, t.end) << "'";
    EXPECT_LE(t.start, t.end);
    EXPECT_LE(t.end, doc.text.size());
  }
  for (size_t i = 1; i < doc.times.size(); ++i) EXPECT_LE(doc.times[i - 1].end, doc.times[i].start);
  EXPECT_EQ(find_time(doc, "99999"), nullptr);
  EXPECT_EQ(find_time(doc, "25:99"), nullptr);
  EXPECT_EQ(find_time(doc, "13pm"), nullptr);
}

TEST(TimeBadInput, UnknownZoneIsANoteNotAnOffset) {
  Document doc = annotate_times_only("It starts at 4pm.", kThursday, "Mars/Olympus_Mons");
  ASSERT_NE(find_time(doc, "4pm"), nullptr);
  EXPECT_TRUE(find_time(doc, "4pm")->utc_offset.empty());
  bool noted = false;
  for (const auto& e : doc.errors) noted = noted || e.code == "unknown_timezone";
  EXPECT_TRUE(noted);
}

TEST(TimeBadInput, AbbreviationWithoutZoneOrPairingTakesTheCommonReading) {
  Document doc = annotate_times_only("The launch is at 5pm IST and the call at 6pm BST.", kThursday);
  EXPECT_EQ(find_time(doc, "5pm IST")->utc_offset, "+05:30");
  EXPECT_EQ(find_time(doc, "6pm BST")->utc_offset, "+01:00");
}

}  // namespace
}  // namespace chronicle
