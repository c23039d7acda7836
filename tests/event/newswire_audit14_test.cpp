// Classes of wrong events found in session 13 (events14) by reading every
// asserted coded event of 200 Reuters-21578 dev stories (reut2-011, 012 and
// 021) that also showed in events13's audit (reut2-019, 020), through the
// whole pipeline with the shipped models and dictionaries, on invented
// sentences of the same shape.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireAudit14 : public PipelineEvents {};

// What is discussed is the talks' topic: the one it belongs to ("Rohan
// requests", "Rohan aid") is no side of them. A "with" phrase still is,
// on the verb or hung on the topic.
TEST_F(NewswireAudit14, TheOwnerOfADiscussedTopicIsNoSide) {
  const Document visit = annotate("Ana Dale will visit Lyon next week to discuss Rohan requests for a loan.");
  EXPECT_EQ(between(visit, "Ana Dale", "Rohan") + between(visit, "Rohan", "Ana Dale"), 0) << listing(visit);
  EXPECT_EQ(between(visit, "Ana Dale", "Lyon"), 1) << listing(visit);
  const Document aid = annotate("Gondor and Arnor are also discussing the chance of Rohan aid for a dam in Arnor, he said.");
  for (const Event& v : aid.events) {
    EXPECT_NE(name(aid, v.source.entity), "Rohan") << listing(aid);
    EXPECT_NE(name(aid, v.target.entity), "Rohan") << listing(aid);
  }
  // The parser hangs this "with" phrase on "timetable".
  const Document hung = annotate("Ana Dale discussed the new timetable with Bo Vane last week.");
  EXPECT_EQ(between(hung, "Ana Dale", "Bo Vane"), 1) << listing(hung);
  EXPECT_EQ(between(hung, "Bo Vane", "Ana Dale"), 1) << listing(hung);
}

// A simple present in a clause of "before" or "until" stands for the
// future: the meeting has not happened, whether the parser read "before" as
// the clause's marker or as a preposition of the name after it. A past
// tense there, and the main clause's act, are still reported as done.
TEST_F(NewswireAudit14, APresentAfterBeforeOrUntilIsNotDoneYet) {
  const Document due = annotate("The vote is due before Ana Dale meets Bo Vane in Lyon.");
  EXPECT_EQ(asserted(due), 0) << listing(due);
  const Document met = annotate("Ana Dale met Bo Vane before she flew home.");
  EXPECT_EQ(between(met, "Ana Dale", "Bo Vane"), 1) << listing(met);
  EXPECT_EQ(asserted(met), 2) << listing(met);
}

// "meet" with a requirement as its object is satisfy, no meeting: the
// nation before the noun is whose requirement it is. Meeting people still is.
TEST_F(NewswireAudit14, MeetingARequirementIsNoMeeting) {
  const Document criteria = annotate("France, which met the first two Spanish criteria, said it could not accept the new terms.");
  EXPECT_EQ(criteria.events.size(), 0u) << listing(criteria);
  const Document standards = annotate("Ana Dale said Gondor was trying hard to meet French standards.");
  EXPECT_EQ(standards.events.size(), 0u) << listing(standards);
  const Document people = annotate("Ana Dale met French officials in Lyon on Monday.");
  EXPECT_EQ(between(people, "Ana Dale", "French"), 1) << listing(people);
}

}  // namespace
}  // namespace chronicle
