// The rules added to meet TimeML conventions on TempEval-3 (see docs/time.md,
// "TempEval conventions"), on invented sentences. Document date Wednesday
// 2025-11-05 unless a test says otherwise.
#include <gtest/gtest.h>

#include "chronicle/pipeline.h"
#include "time_test_util.h"

namespace chronicle {
namespace {

using test::annotate_times_only;
using test::find_time;

constexpr const char* kWednesday = "2025-11-05";

void expect_time(const Document& doc, const std::string& text, const std::string& type, const std::string& value,
                 const std::string& mod = "") {
  const TimeExpr* t = find_time(doc, text);
  ASSERT_NE(t, nullptr) << "no time expression '" << text << "' in: " << doc.text;
  EXPECT_EQ(t->type, type) << text;
  EXPECT_EQ(t->value, value) << text;
  EXPECT_EQ(t->mod, mod) << text;
}

TEST(TimeTempEval, RecentUnitsAreStretchesOfNoStatedLength) {
  Document doc = annotate_times_only(
      "Ferry fares have risen in recent months and fell in recent years, the harbour board said recently.",
      kWednesday);
  expect_time(doc, "recent months", "DURATION", "PXM");
  expect_time(doc, "recent years", "DURATION", "PXY");
  expect_time(doc, "recently", "DATE", "PAST_REF");
}

TEST(TimeTempEval, AgesAreNotDurations) {
  Document doc = annotate_times_only(
      "A 44-year-old baker, 52 years old last spring, backed this 6-year-old plan and a five-year loan.", kWednesday);
  EXPECT_EQ(find_time(doc, "44-year"), nullptr);
  EXPECT_EQ(find_time(doc, "52 years"), nullptr);
  EXPECT_EQ(find_time(doc, "this 6-year"), nullptr);
  EXPECT_EQ(find_time(doc, "6-year"), nullptr);
  expect_time(doc, "five-year", "DURATION", "P5Y");
}

TEST(TimeTempEval, YearAgoComparisonsTakeTheQuarterNamedBefore) {
  Document doc = annotate_times_only(
      "Third-quarter profit at the Orbit Mill rose 5% to $3 million. "
      "Revenue climbed to $9 million from $8 million a year ago. "
      "In the year-ago third quarter the mill had a year-earlier loss of $1 million.",
      kWednesday);
  expect_time(doc, "Third-quarter", "DATE", "2025-Q3");
  expect_time(doc, "a year ago", "DATE", "2024-Q3");
  expect_time(doc, "the year-ago third quarter", "DATE", "2024-Q3");
  expect_time(doc, "year-earlier", "DATE", "2024-Q3");
  EXPECT_EQ(find_time(doc, "a year"), nullptr);
}

TEST(TimeTempEval, TheQuarterIsTheOneNamedAndTheCurrentOneIsTheDocuments) {
  Document doc = annotate_times_only(
      "The Orbit Mill reported its second-quarter results. In the quarter, sales of oat flour fell. "
      "Sales were lower than in the 2024 period. The mill said the current quarter began well.",
      kWednesday);
  expect_time(doc, "second-quarter", "DATE", "2025-Q2");
  expect_time(doc, "the 2024 period", "DATE", "2024-Q2");
  expect_time(doc, "the quarter", "DATE", "2025-Q2");
  expect_time(doc, "the current quarter", "DATE", "2025-Q4");
}

TEST(TimeTempEval, ClockTimeAndItsDayAreOneExpression) {
  Document doc = annotate_times_only(
      "The ferry board gave the crews until 9 a.m. Tuesday, met at noon today and set a vote for 5 p.m. EST, Nov. 7.",
      kWednesday);
  expect_time(doc, "9 a.m. Tuesday", "TIME", "2025-11-11T09:00");  // a deadline given: ahead
  expect_time(doc, "noon today", "TIME", "2025-11-05T12:00");
  expect_time(doc, "5 p.m. EST, Nov. 7", "TIME", "2025-11-07T17:00");
  EXPECT_EQ(doc.times.size(), 3u);
}

TEST(TimeTempEval, MonthWithAShiftedYear) {
  Document doc = annotate_times_only(
      "The dam opened in July last year, shuts on 4 May next year and reports this year's third quarter soon.",
      kWednesday);
  expect_time(doc, "July last year", "DATE", "2024-07");
  expect_time(doc, "4 May next year", "DATE", "2026-05-04");
  expect_time(doc, "this year's third quarter", "DATE", "2025-Q3");
}

TEST(TimeTempEval, HedgesAndBounds) {
  Document doc = annotate_times_only(
      "The lock was shut for about two weeks, must stay shut for at least 30 days and will be rebuilt over the "
      "next year or so, in up to 180 days, after two decades of use.",
      kWednesday);
  expect_time(doc, "two weeks", "DURATION", "P2W", "APPROX");  // "about" stays outside, as TimeBank has it
  EXPECT_EQ(find_time(doc, "about two weeks"), nullptr);
  expect_time(doc, "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE");
  expect_time(doc, "the next year or so", "DATE", "2026", "APPROX");
  expect_time(doc, "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS");
  expect_time(doc, "two decades", "DURATION", "P20Y");
}

TEST(TimeTempEval, YearsInWords) {
  Document doc = annotate_times_only(
      "In nineteen ninety-one the pier burned; it reopened in January nineteen ninety-seven, and the year two "
      "thousand brought two thousand visitors.",
      kWednesday);
  expect_time(doc, "nineteen ninety-one", "DATE", "1991");
  expect_time(doc, "January nineteen ninety-seven", "DATE", "1997-01");
  expect_time(doc, "the year two thousand", "DATE", "2000");
  EXPECT_EQ(find_time(doc, "two thousand"), nullptr);  // the visitors are a count
}

TEST(TimeTempEval, ReferenceDatesStepFromTheLastDateNamed) {
  Document doc = annotate_times_only(
      "The bridge was closed in June 2019 and reopened later that year. The following month it flooded. "
      "On March 3, 2021, the mayor visited; that night the lights failed and the next day they were fixed.",
      kWednesday);
  expect_time(doc, "that year", "DATE", "2019");
  expect_time(doc, "The following month", "DATE", "2019-07");
  expect_time(doc, "that night", "TIME", "2021-03-03TNI");
  expect_time(doc, "the next day", "DATE", "2021-03-04");
}

TEST(TimeTempEval, ReferenceDatesWithoutAnEarlierDateUseTheDocumentDate) {
  Document doc = annotate_times_only("The ferry sailed that year and the next day.", kWednesday);
  expect_time(doc, "that year", "DATE", "2025");
  expect_time(doc, "the next day", "DATE", "2025-11-06");
}

TEST(TimeTempEval, CueWordsThatLookAhead) {
  Document doc = annotate_times_only(
      "The mayor said she would sign the lease Friday. Crews may arrive as soon as Monday. "
      "The new fares are effective March 1.",
      kWednesday);
  expect_time(doc, "Friday", "DATE", "2025-11-07");
  expect_time(doc, "Monday", "DATE", "2025-11-10");
  expect_time(doc, "March 1", "DATE", "2026-03-01");
}

// With the tagger: a bare participle is past, "will be held" is ahead, an
// infinitive looks ahead, and a present verb after the day does not pull it
// forward.
TEST(TimeTempEval, TaggedTenseOfParticiplesAndInfinitives) {
  PipelineOptions options;
  options.stages = {Stage::kTag, Stage::kTime};
  options.models_dir = std::string(CHRONICLE_SOURCE_DIR) + "/models";
  auto pipeline = Pipeline::load(options);
  if (!pipeline.ok() || !(*pipeline)->runs(Stage::kTag)) GTEST_SKIP() << "tagger model not available";
  Document doc;
  doc.id = "tagged";
  doc.text =
      "The report, published Monday, is grim. The vote will be held Friday. "
      "The council plans to meet Tuesday. Warnings from the mayor on Thursday that rates are too high drew jeers. "
      "He said a ceremony would still be held on Saturday.";
  doc.meta.date = kWednesday;
  doc.meta.date_source = "cli";
  ASSERT_TRUE((*pipeline)->annotate(doc).ok());
  expect_time(doc, "Monday", "DATE", "2025-11-03");
  expect_time(doc, "Friday", "DATE", "2025-11-07");
  expect_time(doc, "Tuesday", "DATE", "2025-11-11");
  expect_time(doc, "Thursday", "DATE", "2025-10-30");
  expect_time(doc, "Saturday", "DATE", "2025-11-08");  // an adverb between "would" and "be held"
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TimeTempEval, MovableHolidaysAreComputedPerYear) {
  Document doc = test::annotate_times_only(
      "The pier reopened on Labor Day, closed last Thanksgiving and will host a fair on Thanksgiving Day. "
      "Tickets for Easter 2026 and for Easter week 2026 sold out; the labor market was calm.",
      kWednesday);
  expect_time(doc, "Labor Day", "DATE", "2025-09-01");
  expect_time(doc, "last Thanksgiving", "DATE", "2024-11-28");
  expect_time(doc, "Thanksgiving Day", "DATE", "2025-11-27");
  expect_time(doc, "Easter 2026", "DATE", "2026-04-05");
  expect_time(doc, "Easter week 2026", "DATE", "2026-W14");
  EXPECT_EQ(test::find_time(doc, "labor"), nullptr);
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TimeTempEval, TitlesAndIdiomsAreNotTimes) {
  Document doc = test::annotate_times_only(
      "She told ``60 Minutes'' and the \"This Week\" panel that the film High Noon ran at high noon. "
      "\"Last week we talked for 60 minutes,\" she said.",
      kWednesday);
  EXPECT_EQ(test::find_time(doc, "60 Minutes"), nullptr);
  EXPECT_EQ(test::find_time(doc, "This Week"), nullptr);
  EXPECT_EQ(test::find_time(doc, "Noon"), nullptr);
  EXPECT_EQ(test::find_time(doc, "noon"), nullptr);
  expect_time(doc, "Last week", "DATE", "2025-W44");
  expect_time(doc, "60 minutes", "DURATION", "PT60M");
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TimeTempEval, DeadlinesAndPlansThatAreOver) {
  Document doc = test::annotate_times_only(
      "The port authority extended the deadline until Monday. The offer had been scheduled to lapse Friday. "
      "Crowds gathered next to the harbour on Tuesday.",
      kWednesday);
  expect_time(doc, "Monday", "DATE", "2025-11-10");
  expect_time(doc, "Friday", "DATE", "2025-10-31");
  expect_time(doc, "Tuesday", "DATE", "2025-11-04");  // "next to" is not "next"
}

TEST(TimeTempEval, TaggedInfinitiveOfPurposeDoesNotLookAhead) {
  PipelineOptions options;
  options.stages = {Stage::kTag, Stage::kTime};
  options.models_dir = std::string(CHRONICLE_SOURCE_DIR) + "/models";
  auto pipeline = Pipeline::load(options);
  if (!pipeline.ok() || !(*pipeline)->runs(Stage::kTag)) GTEST_SKIP() << "tagger model not available";
  Document doc;
  doc.id = "tagged";
  doc.text = "The town staged a parade to mark the opening on Monday. The council agreed to meet Tuesday.";
  doc.meta.date = kWednesday;
  doc.meta.date_source = "cli";
  ASSERT_TRUE((*pipeline)->annotate(doc).ok());
  expect_time(doc, "Monday", "DATE", "2025-11-03");
  expect_time(doc, "Tuesday", "DATE", "2025-11-11");
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TimeTempEval, HalvesYearEndsAndVagueFutures) {
  Document doc = test::annotate_times_only(
      "The crew worked 5 1/2 hours a shift for 2 1/2 years, then a minute and a half more, and will stay two "
      "more weeks. Sales for the full year rose; the sale closes by year-end; prices are up since year's end. "
      "In the near future, and these days, in the weeks ahead, the plan holds.",
      kWednesday);
  expect_time(doc, "5 1/2 hours", "DURATION", "PT5H30M");
  expect_time(doc, "2 1/2 years", "DURATION", "P2Y6M");
  expect_time(doc, "a minute and a half", "DURATION", "PT1M30S");
  expect_time(doc, "two more weeks", "DURATION", "P2W");
  expect_time(doc, "the full year", "DATE", "2025");
  expect_time(doc, "year-end", "DATE", "2025", "END");
  expect_time(doc, "year's end", "DATE", "2024-12-31");  // "since": the last day counted from
  expect_time(doc, "the near future", "DATE", "FUTURE_REF");
  expect_time(doc, "these days", "DATE", "PRESENT_REF");
  expect_time(doc, "the weeks ahead", "DURATION", "PXW");
  for (const TimeExpr& t : doc.times) EXPECT_TRUE(test::valid_timex_value(t.value)) << t.value;
}

}  // namespace
}  // namespace chronicle

namespace chronicle {
namespace {

TEST(TimeTempEval, LaterIsASignalOutsideTheDuration) {
  Document doc = test::annotate_times_only("Three days later the pier reopened; two years ago it had closed.", kWednesday);
  expect_time(doc, "Three days", "DURATION", "P3D");
  EXPECT_EQ(test::find_time(doc, "Three days later"), nullptr);
  expect_time(doc, "two years ago", "DATE", "2023");
}

TEST(TimeTempEval, APossessiveWeekdayIsAnEventThatHappened) {
  Document doc = annotate_times_only(
      "The mill's price cut follows Friday's vote by the oat growers. "
      "The growers will meet ahead of Saturday's auction.",
      kWednesday);
  expect_time(doc, "Friday", "DATE", "2025-10-31");
  expect_time(doc, "Saturday", "DATE", "2025-11-08");
}

TEST(TimeTempEval, AMonthAloneReachesAWholeYearOnTheTensesSide) {
  Document doc = annotate_times_only(
      "The bakery switched to rye flour in December. It traded oats for November delivery.",
      "2025-10-20");
  expect_time(doc, "December", "DATE", "2024-12");  // 310 days back, past tense
  expect_time(doc, "November", "DATE", "2025-11");  // the month just ahead stays ahead
}

TEST(TimeTempEval, TheYearIsALengthOnlyWithItsBounds) {
  Document doc = annotate_times_only(
      "For the year ended June 30, the mill earned $2 million. For the year, oat sales were flat. "
      "Shares hit a high for the year in May. Output rose throughout the year.",
      kWednesday);
  const char* want[][2] = {{"DURATION", "P1Y"}, {"DATE", "2025"}, {"DATE", "2025"}, {"DURATION", "P1Y"}};
  for (int i = 0; i < 4; ++i) {
    const TimeExpr* t = find_time(doc, "the year", i);
    ASSERT_NE(t, nullptr) << i;
    EXPECT_EQ(t->type, want[i][0]) << i;
    EXPECT_EQ(t->value, want[i][1]) << i;
  }
}

TEST(TimeTempEval, InThePastIsTheFuzzyPast) {
  Document doc = annotate_times_only("Millers have said in the past that oats were cheap. The past decade was hard.", kWednesday);
  expect_time(doc, "the past", "DATE", "PAST_REF");
  expect_time(doc, "The past decade", "DURATION", "P10Y");
}

TEST(TimeTempEval, ABareDayAfterADateIsTheSameMonths) {
  Document doc = annotate_times_only(
      "The oat fair will be held on December 12 and 13. Sales ran on May 3 to 4, 2024. "
      "On May 3 and 4 growers came.",
      kWednesday);
  expect_time(doc, "December 12", "DATE", "2025-12-12");
  expect_time(doc, "13", "DATE", "2025-12-13");
  expect_time(doc, "May 3", "DATE", "2024-05-03");
  expect_time(doc, "4, 2024", "DATE", "2024-05-04");
  EXPECT_EQ(find_time(doc, "4"), nullptr);  // "4 growers" is a count
}

TEST(TimeTempEval, ThisPastIsTheLastOneAndCoupleOfIsTwo) {
  Document doc = annotate_times_only(
      "The mill closed this past spring and reopened this past week. "
      "Over the next couple of years it will grow.",
      kWednesday);
  expect_time(doc, "this past spring", "DATE", "2025-SP");
  expect_time(doc, "this past week", "DATE", "2025-W44");
  expect_time(doc, "the next couple of years", "DURATION", "P2Y");
  Document winter = annotate_times_only("The mill closed this past spring.", "2026-03-02");
  expect_time(winter, "this past spring", "DATE", "2025-SP");
}

TEST(TimeTempEval, ThePastYearIsTheYearBefore) {
  Document doc = annotate_times_only(
      "Oat prices rose over the past year. The last month was dry. Over the past three years and in past "
      "decades they fell.",
      kWednesday);
  expect_time(doc, "the past year", "DATE", "2024");
  expect_time(doc, "The last month", "DATE", "2025-10");
  expect_time(doc, "the past three years", "DURATION", "P3Y");
}

TEST(TimeTempEval, AQuarterStillAheadIsNotTheOneReportedOn) {
  Document doc = annotate_times_only(
      "Third-quarter profit at the Orbit Mill rose 5%. The mill said flooding will cause a fourth-quarter charge. "
      "In the latest quarter, oat sales fell 9% from a year ago.",
      kWednesday);
  expect_time(doc, "fourth-quarter", "DATE", "2025-Q4");
  expect_time(doc, "the latest quarter", "DATE", "2025-Q3");
  expect_time(doc, "a year ago", "DATE", "2024-Q3");
  // Results told in the past are of a quarter that is over: a fiscal fourth quarter.
  Document fiscal = annotate_times_only(
      "The Rye Co. reported a drop in fourth-quarter profit. Sales in the latest period rose 2%.", kWednesday);
  expect_time(fiscal, "the latest period", "DATE", "2025-Q4");
}

TEST(TimeTempEval, AQuarterNamedInPassingIsNotTheReportsQuarter) {
  Document doc = annotate_times_only(
      "The Orbit Mill posted a gain in third-quarter profit. After a flat second quarter, oat sales recovered. "
      "In the 2025 period, costs were lower than a year ago.",
      kWednesday);
  expect_time(doc, "second quarter", "DATE", "2025-Q2");
  expect_time(doc, "the 2025 period", "DATE", "2025-Q3");
  expect_time(doc, "a year ago", "DATE", "2024-Q3");
}

TEST(TimeTempEval, LastYearsQuarterIsTheReportsQuarterAYearBack) {
  Document doc = annotate_times_only(
      "Third-quarter profit at the Orbit Mill fell to $2 million from $3 million for the corresponding period last year. "
      "Rye sales for last year's quarter were $1 million. In the 2024 second quarter the mill lost money, "
      "and a year ago it had no debt.",
      kWednesday);
  expect_time(doc, "the corresponding period last year", "DATE", "2024-Q3");
  expect_time(doc, "last year's quarter", "DATE", "2024-Q3");
  expect_time(doc, "a year ago", "DATE", "2024-Q3");  // not a year before the 2024 quarter
  Document merged = annotate_times_only(
      "Third-quarter profit at the Orbit Mill rose. For the quarter a year ago, it earned $1 million.", kWednesday);
  expect_time(merged, "the quarter a year ago", "DATE", "2024-Q3");
}

TEST(TimeTempEval, MidAfternoonIsThePartOfTheDayTheTextIsAt) {
  Document doc = annotate_times_only(
      "By mid afternoon, the mill had sold out. Oat shares fell mid-afternoon yesterday. The afternoons are slow.",
      kWednesday);
  expect_time(doc, "mid afternoon", "TIME", "2025-11-05TAF", "MID");
  expect_time(doc, "mid-afternoon yesterday", "TIME", "2025-11-04TAF", "MID");
  EXPECT_EQ(find_time(doc, "afternoons"), nullptr);
}

TEST(TimeTempEval, AQuarterOfTheMarketIsAShare) {
  Document doc = annotate_times_only(
      "The mill holds more than a quarter of the oat market and three quarters of its sales are abroad. "
      "It came back after several quarters of losses.",
      kWednesday);
  EXPECT_EQ(find_time(doc, "more than a quarter"), nullptr);
  EXPECT_EQ(find_time(doc, "a quarter"), nullptr);
  EXPECT_EQ(find_time(doc, "three quarters"), nullptr);
  expect_time(doc, "several quarters", "DURATION", "PXQ");
}

TEST(TimeTempEval, AheadOfLooksForward) {
  Document doc = annotate_times_only(
      "Traders squared positions ahead of the weekend. Ahead of the fair, the mill cut prices on Sunday.", kWednesday);
  expect_time(doc, "the weekend", "DATE", "2025-W45-WE");
  expect_time(doc, "Sunday", "DATE", "2025-11-02");
}

}  // namespace
}  // namespace chronicle
