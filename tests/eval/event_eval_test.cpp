// PETRARCH validation files (invented records in the file's format) and the
// record scorer.
#include <gtest/gtest.h>

#include "eval/event_eval.h"

namespace chronicle::eval {
namespace {

const char* kXml = R"(<Validation>
<!-- a header comment naming <Sentence> and <EventCoding> must not count -->
<Environment>
    <Verbfile>V.verbs.txt</Verbfile>
    <Actorfile>V.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence date="20010203" id="ONE-1" category="DEMO" sentence="true">
<!--EventCoding sourcecode="XXX" targetcode="YYY" eventcode="010"-->
<EventCoding sourcecode="ALD" targetcode="BRV" eventcode="042"></EventCoding>
<EventCoding sourcecode="BRV" targetcode="ALD" eventcode="043"></EventCoding>
<Text>
Aldovia's envoy
  travelled to Brevia.
</Text>
<Parse>(ROOT (S (NP (NNP Aldovia))))</Parse>
</Sentence>
<Sentence date = "20010204" id ="TWO-2"  category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>It rained.</Text>
</Sentence>
<Sentence date="20010205" id="THREE-3" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>TOWN: -- nothing here.</Text>
</Sentence>
<Sentence id="FOUR-4" category="DEMO" sentence="false">
<EventCoding sourcecode='"THE PHRASE"' targetcode='ALD' eventcode="010"></EventCoding>
<Text>Not run by PETRARCH.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(EventValidation, ReadsRecordsEnvironmentAndCodings) {
  auto v = parse_petrarch_validation(kXml, "/data/v/PETR.UnitTest.x.xml");
  ASSERT_TRUE(v.ok()) << v.status().to_string();
  EXPECT_EQ(v->verbs, "/data/v/V.verbs.txt");
  EXPECT_EQ(v->actors, "/data/v/V.actors.txt");
  EXPECT_TRUE(v->agents.empty());
  ASSERT_EQ(v->records.size(), 4u);
  const EventRecord& one = v->records[0];
  EXPECT_EQ(one.id, "ONE-1");
  EXPECT_EQ(one.date, "2001-02-03");
  EXPECT_EQ(one.text, "Aldovia's envoy travelled to Brevia.");  // line breaks are spaces
  ASSERT_EQ(one.expected.size(), 2u);  // the commented-out coding is not expected
  EXPECT_EQ(format_triples(one.expected), "ALD>BRV:042 BRV>ALD:043");
  EXPECT_EQ(v->records[1].id, "TWO-2");  // spaces around '='
  EXPECT_TRUE(v->records[1].expected.empty());
  EXPECT_EQ(v->records[2].error, "dateline");
  EXPECT_FALSE(v->records[3].active);
  EXPECT_EQ(v->records[3].expected[0].source, "\"THE PHRASE\"");  // single-quoted attribute
}

TEST(EventValidation, ARecordPassesOnlyOnTheExactSetOfTriples) {
  auto v = parse_petrarch_validation(kXml, "x.xml");
  ASSERT_TRUE(v.ok());
  EventScores s;
  // Order and duplicates do not matter; a missing reverse event does.
  EXPECT_TRUE(score_event_record(v->records[0], {{"BRV", "ALD", "043"}, {"ALD", "BRV", "042"}, {"ALD", "BRV", "042"}}, s));
  EXPECT_FALSE(score_event_record(v->records[0], {{"ALD", "BRV", "042"}}, s));
  EXPECT_TRUE(score_event_record(v->records[1], {}, s));                       // no event expected, none coded
  EXPECT_FALSE(score_event_record(v->records[2], {{"ALD", "BRV", "010"}}, s));  // an error record codes nothing
  EXPECT_FALSE(score_event_record(v->records[3], {}, s));                       // not run: skipped
  EXPECT_EQ(s.records, 4u);
  EXPECT_EQ(s.passed, 2u);
  EXPECT_EQ(s.skipped, 1u);
  EXPECT_EQ(s.categories["DEMO"].records, 3u);
  EXPECT_EQ(s.categories["DEMO"].passed, 2u);
  EXPECT_EQ(s.categories["ERROR"].passed, 0u);
  EXPECT_EQ(s.true_pos, 3u);
  EXPECT_EQ(s.false_pos, 1u);
  EXPECT_EQ(s.false_neg, 1u);
  const std::string out = format_event_scores(s);
  EXPECT_NE(out.find("DEMO                  3       2  66.7%"), std::string::npos) << out;
  EXPECT_NE(out.find("precision 75.0% recall 75.0%"), std::string::npos) << out;
}

TEST(EventValidation, MalformedRecordsAreErrorsNamingTheLine) {
  auto no_text = parse_petrarch_validation("<Sentences>\n\n<Sentence id=\"A\" category=\"X\">\n"
                                           "<EventCoding noevents=\"True\"></EventCoding>\n</Sentence>",
                                           "bad.xml");
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.status().code(), StatusCode::kParseError);
  EXPECT_NE(no_text.status().message().find("bad.xml:3"), std::string::npos) << no_text.status().message();
  auto no_coding = parse_petrarch_validation("<Sentence id=\"B\"><EventCoding foo=\"1\"></EventCoding><Text>t</Text></Sentence>",
                                             "bad.xml");
  ASSERT_FALSE(no_coding.ok());
  EXPECT_NE(no_coding.status().message().find("'B'"), std::string::npos);
  auto unclosed = parse_petrarch_validation("<Sentence id=\"C\"><Text>t</Text>", "bad.xml");
  EXPECT_FALSE(unclosed.ok());
  auto empty = parse_petrarch_validation("<Validation></Validation>", "empty.xml");
  EXPECT_FALSE(empty.ok());
  EXPECT_FALSE(read_petrarch_validation("/nonexistent/file.xml").ok());
}

}  // namespace
}  // namespace chronicle::eval
