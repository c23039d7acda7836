// Classes of missed meeting events found in session 14 in the Reuters dev
// sets (test12r, test13r, test14r) and checked on unannotated dev stories
// (reut2-010..021) and the BBC corpus, through the whole pipeline with the
// shipped models and dictionaries, on invented sentences of the same shape.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireRecall16 : public PipelineEvents {};

// "two days of talks with Bo", "a series of meetings with Bo": a meeting
// counted by a noun of time or number is held by the subject of the verb the
// counting noun hangs on (counted_meeting.h), also a verb of its own code
// when the clause is set after the talks.
TEST_F(NewswireRecall16, ACountedMeetingIsTheSubjectsMeeting) {
  for (const char* text : {"Ana Dale went home to Bree after four days of talks with Omar Haddad.",
                           "Ana Dale told journalists after three days of talks with Omar Haddad that the quarrel "
                           "had ended."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(between(doc, "Ana Dale", "Omar Haddad"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(between(doc, "Omar Haddad", "Ana Dale"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(count(doc, "040", "Ana Dale"), 1) << text << "\n" << listing(doc);
  }
  // Talks between named sides need no subject, whatever the clause is set after.
  const Document between_named = annotate("Ana Dale rejected the plan after talks between Omar Haddad and Bo Lee.");
  EXPECT_EQ(between(between_named, "Ana Dale", "Omar Haddad"), 0) << listing(between_named);
  EXPECT_EQ(between(between_named, "Omar Haddad", "Bo Lee"), 1) << listing(between_named);
}

// "leaves today for Osgiliath for trade talks with Bo": talks a journey is
// made for are still to be held, an intent to meet (036), not talks held.
TEST_F(NewswireRecall16, TalksAJourneyIsMadeForArePlanned) {
  const Document doc = annotate("Ana Dale leaves today for Osgiliath for trade talks with Omar Haddad.");
  EXPECT_EQ(count(doc, "036", "Ana Dale"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "036", "Omar Haddad"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "040", "Ana Dale") + count(doc, "040", "Omar Haddad"), 0) << listing(doc);
}

// "Ana will meet Bo": an arranged meeting is both sides' intent to meet
// (arranged_meeting.h); a wish to meet is the wisher's alone, and "will
// meet" with no one met is no meeting of each with each.
TEST_F(NewswireRecall16, AnArrangedMeetingIsBothSidesIntent) {
  const Document arranged = annotate("Ana Dale will meet Omar Haddad in Osgiliath on Monday.");
  EXPECT_EQ(between(arranged, "Ana Dale", "Omar Haddad"), 1) << listing(arranged);
  EXPECT_EQ(between(arranged, "Omar Haddad", "Ana Dale"), 1) << listing(arranged);
  EXPECT_EQ(count(arranged, "036", "Omar Haddad"), 1) << listing(arranged);
  const Document wish = annotate("Ana Dale wants to meet Omar Haddad in Osgiliath on Monday.");
  EXPECT_EQ(between(wish, "Ana Dale", "Omar Haddad"), 1) << listing(wish);
  EXPECT_EQ(between(wish, "Omar Haddad", "Ana Dale"), 0) << listing(wish);
}

// "In a short meeting, Ana told Bo ...": a meeting with no side of its own
// that a statement is set in is the speaker's and the addressee's
// (meeting_setting.h); a medium told is no side, and a meeting that names
// its sides is coded by its own words.
TEST_F(NewswireRecall16, AStatementSetInAMeetingIsBetweenItsSides) {
  const Document doc = annotate("In a short meeting on Monday, Ana Dale told Omar Haddad the port would reopen.");
  EXPECT_EQ(count(doc, "040", "Ana Dale"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "040", "Omar Haddad"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "010", "Ana Dale"), 1) << listing(doc);
  const Document medium = annotate("At a meeting in Osgiliath, Ana Dale told Reuters the port would reopen.");
  EXPECT_EQ(count(medium, "040", "Ana Dale"), 0) << listing(medium);
  const Document named = annotate("At the Gondor talks, Ana Dale told Omar Haddad the port would reopen.");
  EXPECT_EQ(count(named, "040", "Ana Dale"), 0) << listing(named);
}

}  // namespace
}  // namespace chronicle
