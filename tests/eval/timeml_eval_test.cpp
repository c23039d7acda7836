// TimeML reading and TempEval-3 counts on invented documents.
#include <gtest/gtest.h>

#include "eval/timeml_eval.h"

namespace chronicle::eval {
namespace {

const char* kDoc =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>harbour-1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-02-13\" functionInDocument=\"CREATION_TIME\">"
    "20250213</TIMEX3></DCT>\n<TEXT>Fees &amp; tolls rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-02-12\">"
    "on Wednesday</TIMEX3> for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">the last three days</TIMEX3>,"
    " <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PAST_REF\">recently</TIMEX3>.</TEXT>\n"
    "</TimeML>\n";

TEST(TimemlRead, StripsTagsDecodesEntitiesAndKeepsOffsets) {
  auto doc = parse_timeml(kDoc, "mem.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().to_string();
  EXPECT_EQ(doc->id, "harbour-1");
  EXPECT_EQ(doc->dct, "2025-02-13");
  EXPECT_EQ(doc->text, "Fees & tolls rose on Wednesday for the last three days, said recently.");
  ASSERT_EQ(doc->timexes.size(), 3u);
  const Timex& t = doc->timexes[1];
  EXPECT_EQ(doc->text.substr(t.start, t.end - t.start), "the last three days");
  EXPECT_EQ(t.type, "DURATION");
  EXPECT_EQ(t.value, "P3D");
}

TEST(TimemlRead, MalformedInputNamesThePlace) {
  auto no_text = parse_timeml("<TimeML></TimeML>", "a.tml");
  EXPECT_FALSE(no_text.ok());
  EXPECT_NE(no_text.status().message().find("a.tml"), std::string::npos);
  auto unclosed = parse_timeml("<TEXT>x <TIMEX3 type=\"DATE\">today</TEXT>", "b.tml");
  EXPECT_FALSE(unclosed.ok());
  auto bad_tag = parse_timeml("<TEXT>x <TIMEX3 type=\"DATE\"</TEXT>", "c.tml");
  EXPECT_FALSE(bad_tag.ok());
  EXPECT_NE(bad_tag.status().message().find("byte"), std::string::npos);
}

TEST(TimexScoring, StrictRelaxedTypeAndValue) {
  auto doc = parse_timeml(kDoc, "mem.tml");
  ASSERT_TRUE(doc.ok());
  const std::string& text = doc->text;
  auto at = [&](const std::string& s) { return static_cast<uint32_t>(text.find(s)); };
  std::vector<Timex> system = {
      {at("Wednesday"), at("Wednesday") + 9, "DATE", "2025-02-12"},          // relaxed only, right value
      {at("the last"), at("the last") + 19, "DURATION", "P2D"},              // strict, wrong value
      {at("Fees"), at("Fees") + 4, "DATE", "2025"},                          // spurious
  };
  TimexCounts c;
  std::vector<std::string> diff;
  score_timexes(text, doc->timexes, system, c, &diff);
  EXPECT_EQ(c.gold, 3u);
  EXPECT_EQ(c.system, 3u);
  EXPECT_EQ(c.strict, 1u);
  EXPECT_EQ(c.relaxed, 2u);
  EXPECT_EQ(c.type_ok, 2u);
  EXPECT_EQ(c.value_ok, 1u);
  const TimexScores s = timex_scores(c);
  EXPECT_NEAR(s.strict_f1, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.relaxed_f1, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.value_accuracy, 0.5, 1e-9);
  EXPECT_NEAR(s.value_f1, 1.0 / 3, 1e-9);
  // One line each: extent, value, spurious, missed.
  EXPECT_EQ(diff.size(), 4u);
}

}  // namespace
}  // namespace chronicle::eval
