// The event gold-set reader and scorer over an invented article.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/event_gold.h"

namespace chronicle::eval {
namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

// "Ana Ruiz met Bo Li. Zed spoke." with code-point offsets: Ana Ruiz 0-8,
// met 9-12, Bo Li 13-18, sentence 0-19; second sentence 20-31.
Document article() {
  Document doc;
  doc.text = "Ana Ruiz met Bo Li. Zed spoke.";
  Entity a, b;
  a.id = "E1", a.name = "Ana Ruiz", a.actor.code = "ALDGOV";
  a.mentions.push_back({0, 8, "name", {}});
  b.id = "E2", b.name = "Bo Li", b.actor.code = "BRV";
  b.mentions.push_back({13, 18, "name", {}});
  doc.entities = {a, b};
  auto ev = [](const char* code, const char* s, const char* sc, const char* t, const char* tc) {
    Event v;
    v.cameo = code;
    v.source = {s, sc};
    v.target = {t, tc};
    v.trigger_start = 9, v.trigger_end = 12;
    v.mood = "asserted";
    return v;
  };
  doc.events = {ev("040", "E1", "ALDGOV", "E2", "BRV"),  // right
                ev("043", "E2", "BRV", "E1", "ALDGOV"),  // same root as the gold 042
                ev("040", "E2", "BRV", "", "ZZZ"),       // wrong target code
                ev("010", "E1", "ALDGOV", "E2", "")};    // uncoded target
  doc.events[1].mood = "intended";                     // "will visit"
  return doc;
}

const char* kGold =
    "# test gold\n# root: corpus\n# date: 2001-02-03\n"
    "# doc\tsent_start\tsent_end\tcameo\tss\tse\tts\tte\tsc\ttc\n"
    "a.txt\t0\t19\t040\t0\t8\t13\t18\tALDGOV\tBRV\n"
    "a.txt\t0\t19\t042\t13\t18\t0\t3\tBRV\tALD\n"
    "a.txt\t0\t19\t036\t0\t8\t13\t18\tALD\tBRV\n"
    "a.txt\t20\t31\t-\t-\t-\t-\t-\t-\t-\n";

TEST(EventGold, ReadsSentencesWithTheirEvents) {
  auto gold = read_event_gold(write_temp("chronicle_event_gold_test.tsv", kGold));
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->date, "2001-02-03");
  EXPECT_TRUE(gold->root.ends_with("/corpus"));
  ASSERT_EQ(gold->sentences.size(), 2u);
  EXPECT_EQ(gold->sentences[0].events.size(), 3u);
  EXPECT_TRUE(gold->sentences[1].events.empty());
  EXPECT_EQ(gold->sentences[0].events[1].source_start, 13u);
}

TEST(EventGold, ScoresCodedEventsByCodeAndParties) {
  auto gold = read_event_gold(write_temp("chronicle_event_gold_test.tsv", kGold));
  ASSERT_TRUE(gold.ok());
  const Document doc = article();
  EventGoldScores s;
  std::vector<std::string> listing;
  for (const auto& sentence : gold->sentences) score_event_sentence(sentence, doc, s, &listing);
  EXPECT_EQ(s.sentences, 2u);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.system, 3u);        // the uncoded one is apart
  EXPECT_EQ(s.correct, 1u);       // 040 Ana -> Bo
  EXPECT_EQ(s.root_correct, 2u);  // and 043 for the gold 042
  EXPECT_EQ(s.uncoded, 1u);
  EXPECT_EQ(s.found, 1u);
  EXPECT_EQ(s.found_root, 2u);  // the gold 036 is missed
  EXPECT_EQ(s.asserted, 2u);    // the intended 043 is left out of these
  EXPECT_EQ(s.asserted_correct, 1u);
  EXPECT_EQ(s.asserted_root_correct, 1u);
  EXPECT_FALSE(listing.empty());
  // The headline is over asserted events; all coded ones come after.
  EXPECT_NE(format_event_gold_scores(s).find("precision: 50.0% exact code (1 right)"), std::string::npos)
      << format_event_gold_scores(s);
  EXPECT_NE(format_event_gold_scores(s).find("included: 3, precision 33.3% exact code (1 right)"), std::string::npos)
      << format_event_gold_scores(s);
}

TEST(EventGold, PlansCountOnlyWhenTheCodeIsTheIntent) {
  Event v;
  v.mood = "intended";
  v.cameo = "036";  // "will hold talks": the intent to meet is what happened
  EXPECT_TRUE(event_gold_reported(v));
  v.cameo = "042";  // "will visit": the visit has not happened
  EXPECT_FALSE(event_gold_reported(v));
  v.mood = "hypothetical";
  v.cameo = "036";
  EXPECT_FALSE(event_gold_reported(v));
  v.mood = "asserted";
  v.cameo = "111";
  EXPECT_TRUE(event_gold_reported(v));
}

TEST(EventGold, MalformedRowsNameTheLine) {
  auto bad = read_event_gold(write_temp("chronicle_event_gold_bad.tsv", "# root: x\na.txt\t0\t19\t040\t0\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find(":2:"), std::string::npos) << bad.status().message();
  auto outside = read_event_gold(
      write_temp("chronicle_event_gold_bad2.tsv", "# root: x\na.txt\t0\t19\t040\t0\t8\t13\t40\tA\tB\n"));
  ASSERT_FALSE(outside.ok());
  EXPECT_NE(outside.status().message().find("outside"), std::string::npos);
  auto no_root = read_event_gold(write_temp("chronicle_event_gold_bad3.tsv", "a.txt\t0\t19\t-\t-\t-\t-\t-\t-\t-\n"));
  EXPECT_FALSE(no_root.ok());
}

}  // namespace
}  // namespace chronicle::eval
