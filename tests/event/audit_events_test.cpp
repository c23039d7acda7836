// Constructions that the session-10 audit of coded events on unannotated
// news found coded wrongly, through the whole pipeline with the shipped
// models and dictionaries, on invented sentences (docs/events.md).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "chronicle/pipeline.h"
#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class AuditEvents : public PipelineEvents {};

// An intent "with" someone is one side's wish unless its verb commits both
// sides; a meeting "with" someone stays both sides'.
TEST_F(AuditEvents, AnIntentWithSomeoneIsOneWayUnlessBothCommit) {
  const Document sought = annotate("France sought a deal with Germany.");
  EXPECT_EQ(count(sought, "030", "France"), 1) << listing(sought);
  EXPECT_EQ(count(sought, "030", "Germany"), 0) << listing(sought);
  const Document met = annotate("France has met with Germany.");
  EXPECT_EQ(count(met, "040", "France"), 1) << listing(met);
  EXPECT_EQ(count(met, "040", "Germany"), 1) << listing(met);
}

// "... but his lawyer, John Smith, told": the second clause's own subject,
// though the parser hung it on a noun of the first, tells; the first
// clause's subject tells only when the second has none.
TEST_F(AuditEvents, ASubjectHungOnTheClauseBeforeIsItsVerbsOwn) {
  const Document lawyer = annotate("France accused Mr Brown of fraud but his lawyer, John Smith, told Reuters the case was weak.");
  EXPECT_EQ(count(lawyer, "010", "France"), 0) << listing(lawyer);
  EXPECT_EQ(count(lawyer, "010", "John Smith"), 1) << listing(lawyer);
  const Document shared = annotate("France accused Mr Brown of fraud and told Reuters the case was strong.");
  EXPECT_EQ(count(shared, "010", "France"), 1) << listing(shared);
}

// Being quoted by a paper is a statement to the paper, not the paper's to
// the one quoted.
TEST_F(AuditEvents, TheOneQuotedByAPaperMakesTheStatement) {
  const Document quoted = annotate("Tony Blair was quoted by The Times newspaper as saying the party would win.");
  EXPECT_EQ(count(quoted, "010", "Tony Blair"), 1) << listing(quoted);
  EXPECT_EQ(static_cast<int>(quoted.events.size()), 1) << listing(quoted);
}

// A place named inside an adjective's phrase ("ready for its French launch")
// is not who the things the adjective qualifies belong to.
TEST_F(AuditEvents, AnAdjectivesPhraseNamesNoOwner) {
  const Document launch = annotate("Sony has promised to have ten thousand consoles ready for its French launch.");
  EXPECT_EQ(count(launch, "030", "Sony"), 0) << listing(launch);
}

// A politician's attack on a side without arms is words (111); a state's
// or an army's keeps its force (190).
TEST_F(AuditEvents, APoliticiansAttackIsVerbal) {
  const Document words = annotate("Tony Blair attacked France.");
  EXPECT_EQ(count(words, "111", "Tony Blair"), 1) << listing(words);
  EXPECT_EQ(count(words, "190", "Tony Blair"), 0) << listing(words);
  const Document force = annotate("Israel attacked Syria.");
  EXPECT_EQ(count(force, "190", "Israel"), 1) << listing(force);
}

// Going to court is legal action, not a visit the court hosts; a journey to
// a country stays a visit.
TEST_F(AuditEvents, AJourneyToCourtIsNoVisit) {
  const Document court = annotate("Microsoft is heading back to French courts.");
  EXPECT_EQ(count(court, "042", "Microsoft"), 0) << listing(court);
  EXPECT_TRUE(court.events.empty()) << listing(court);
  const Document visit = annotate("Tony Blair travelled to France.");
  EXPECT_EQ(count(visit, "042", "Tony Blair"), 1) << listing(visit);
}

// An infinitive of purpose that the parser hung as a conjunct of the verb
// before it is what the subject means to do, not what it did.
TEST_F(AuditEvents, AStrayInfinitiveIsAPurpose) {
  const Document purpose = annotate("Philips has shown a pocket computer, called Nino, to challenge Sony in Europe.");
  EXPECT_EQ(count(purpose, "110", "Philips"), 1) << listing(purpose);
  EXPECT_EQ(asserted(purpose), 0) << listing(purpose);
}

}  // namespace
}  // namespace chronicle
