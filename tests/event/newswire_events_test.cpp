// Constructions of 1987 wire stories (Reuters-21578 dev stories, session 11
// round 2) that the event coder coded wrongly or missed, through the whole
// pipeline with the shipped models and dictionaries, on invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireEvents : public PipelineEvents {};

// "X met Y" is a meeting of both sides (040 both ways, as "held talks
// with"); a meeting only planned is an intent to meet, of both sides when it
// is arranged ("will meet [Y]" 036 both ways, GUIDELINES.md test13r;
// arranged_meeting.h), never a meeting held.
TEST_F(NewswireEvents, AMeetingHeldIsBothSidesOneOnlyPlannedIsNot) {
  const Document met = annotate("French trade envoy Harriet Vane met Spanish foreign minister Peter Wimsey on Monday.");
  EXPECT_EQ(count(met, "040", "Harriet Vane"), 1) << listing(met);
  EXPECT_EQ(count(met, "040", "Peter Wimsey"), 1) << listing(met);
  const Document plan = annotate("French trade envoy Harriet Vane will meet Spanish foreign minister Peter Wimsey next week.");
  EXPECT_EQ(count(plan, "036", "Harriet Vane"), 1) << listing(plan);
  EXPECT_EQ(count(plan, "036", "Peter Wimsey"), 1) << listing(plan);
  EXPECT_EQ(count(plan, "040", "Harriet Vane") + count(plan, "040", "Peter Wimsey"), 0) << listing(plan);
}

// "French helicopters destroyed ...", parsed as a noun with a reduced
// relative: the noun is the verb's subject; a true reduced relative
// ("gunboats destroyed by ...", no object) still makes none.
TEST_F(NewswireEvents, ARootNounBeforeAPastVerbWithAnObjectIsItsSubject) {
  const Document clause = annotate("French helicopters destroyed three Spanish gunboats on Monday.");
  EXPECT_EQ(count(clause, "190", "French"), 1) << listing(clause);
  // The same noun parsed as the subject of the verb of a later clause.
  const Document later = annotate("French helicopters destroyed three Spanish gunboats after a French jet came under fire.");
  EXPECT_EQ(count(later, "190", "French"), 1) << listing(later);
  const Document relative = annotate("Spanish gunboats destroyed by French helicopters on Monday.");
  EXPECT_EQ(count(relative, "190", "Spanish"), 0) << listing(relative);
}

// "A French attack on a Spanish oil platform": the attacker named before the
// noun uses force on the one "on" names; an attack with no attacker named is
// no event.
TEST_F(NewswireEvents, AnAttackNounCodesItsAttackerOnItsTarget) {
  const Document owned = annotate("A French attack on a Spanish oil platform angered the region.");
  EXPECT_EQ(count(owned, "190", "French"), 1) << listing(owned);
  const Document bare = annotate("The attack on a Spanish oil platform angered the region.");
  EXPECT_EQ(bare.events.size(), 0u) << listing(bare);
}

// A wire attribution parsed as a conjunct of a negated first clause, with
// its own subject, is not negated by it: the telling happened.
TEST_F(NewswireEvents, AnAttributionDoesNotShareTheFirstClausesNegation) {
  const Document doc = annotate(
      "France has not signalled interest in a Spanish loan, and a deal looks distant, Trade Secretary Harriet "
      "Vane told Reuters.");
  int told = 0;
  for (const Event& v : doc.events) told += v.cameo == "010" && v.mood == "asserted";
  EXPECT_EQ(told, 1) << listing(doc);
}

}  // namespace
}  // namespace chronicle
