// A sport report codes statements, appeals and praise, not the game's
// visits, meetings and fights (src/event/sport_report.h): the document test
// and the codes kept, then the whole pipeline on invented text.
#include <gtest/gtest.h>

#include <string>

#include "chronicle/pipeline.h"
#include "event/pipeline_events.h"
#include "event/sport_report.h"

namespace chronicle {
namespace {

const char* kMatch =
    "England beat France 30-20 in the rugby final at the stadium on Saturday.\n"
    "The winger scored two tries and the fly-half kicked three penalties before half-time, and the coach "
    "praised his squad.\n";

TEST(SportReport, DenseSportWordsAndScoresMakeAReport) {
  EXPECT_TRUE(event::is_sport_report(kMatch));
  EXPECT_FALSE(event::is_sport_report("Tony Blair told the Times the government would win the vote next week.\n"
                                      "France attacked Germany on Monday, 20-30 miles from the border.\n"));
  // A score alone, or a few words shared with politics ("race", "final"), is
  // no sport report.
  EXPECT_FALSE(event::is_sport_report("The final vote was 12-3 after a long race for the seat between the parties "
                                      "of the coalition government and the opposition in parliament.\n"));
  EXPECT_FALSE(event::is_sport_report(""));
}

// A short war report shares words with sport (victory, defeat, captain,
// injured) but has no word only sport uses and no score.
TEST(SportReport, AWarReportWithSportsWordsIsNoSportReport) {
  EXPECT_FALSE(event::is_sport_report(
      "Gondor troops attacked Arnor on Monday. Two soldiers were injured and a captain was killed. "
      "Gondor claimed victory after the defeat of the Arnor garrison.\n"));
  // With a word only sport uses, the same density is a match report.
  EXPECT_TRUE(event::is_sport_report(
      "Gondor beat Arnor on Monday. Two strikers were injured and the captain was sent off. "
      "Gondor claimed victory after the defeat of the Arnor side.\n"));
}

TEST(SportReport, StatementsAndPraiseAreKeptGamesAndFightsAreNot) {
  for (const char* kept : {"010", "012", "020", "0233", "030", "0331", "051", "057"})
    EXPECT_TRUE(event::kept_in_sport_report(kept)) << kept;
  for (const char* dropped : {"036", "040", "042", "043", "070", "0874", "100", "111", "112", "172", "180", "190"})
    EXPECT_FALSE(event::kept_in_sport_report(dropped)) << dropped;
}

class SportReportPipeline : public PipelineEvents {};

// The same sentences inside a match report and outside one.
TEST_F(SportReportPipeline, AMatchReportCodesTheStatementNotTheFight) {
  const std::string tail =
      "France attacked Germany on Monday.\nTony Blair told the Times the government would win the vote next week.\n";
  const Document report = annotate(std::string(kMatch) + tail);
  EXPECT_EQ(count(report, "190", "France"), 0) << listing(report);
  EXPECT_EQ(count(report, "010", "Tony Blair"), 1) << listing(report);
  const Document news = annotate(tail);
  EXPECT_EQ(count(news, "190", "France"), 1) << listing(news);
  EXPECT_EQ(count(news, "010", "Tony Blair"), 1) << listing(news);
}

}  // namespace
}  // namespace chronicle
