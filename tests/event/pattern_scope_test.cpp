// A CAMEO.2.0 pattern goes with the verb its comment names, not with every
// synonym of its block (src/rules/pattern_scope.h), through the whole
// pipeline with the shipped dictionaries, on invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "chronicle/pipeline.h"
#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class PatternScope : public PipelineEvents {};

// PROMISE's block lists ENSURE; "- * &SECURITY [0332]" is ENSURE's pattern,
// so promising safeguards is a plain 030. PROMISE's own "{&MILITARY AID}"
// still gives 0332.
TEST_F(PatternScope, ASynonymsPatternIsNotThePromisesOwn) {
  const Document safeguards = annotate("Tony Blair promised France new safeguards on Monday.");
  EXPECT_EQ(count(safeguards, "0332", "Tony Blair"), 0) << listing(safeguards);
  EXPECT_EQ(count(safeguards, "030", "Tony Blair"), 1) << listing(safeguards);
  const Document aid = annotate("Tony Blair promised France military aid on Monday.");
  EXPECT_EQ(count(aid, "0332", "Tony Blair"), 1) << listing(aid);
}

// MEET and CONTACT share a block: MEET's "(FOR TALKS) [036:036]" made a
// contact a meeting both ways, and CONTACT's "(FOR HELP) [023]" made a
// meeting an appeal for help.
TEST_F(PatternScope, MeetAndContactKeepTheirOwnPatterns) {
  const Document contact = annotate("Tony Blair contacted France for talks on Monday.");
  EXPECT_EQ(count(contact, "040", "Tony Blair"), 1) << listing(contact);
  EXPECT_EQ(count(contact, "040", "France"), 0) << listing(contact);
  const Document meet = annotate("Tony Blair met Jacques Chirac for help on Monday.");
  EXPECT_EQ(count(meet, "023", "Tony Blair"), 0) << listing(meet);
  EXPECT_EQ(count(meet, "040", "Tony Blair"), 1) << listing(meet);
}

}  // namespace
}  // namespace chronicle
