// Constructions that test11 (session 10's held-out event set, a dev set
// since round 2) and the corpus output found coded wrongly, through the
// whole pipeline with the shipped models and dictionaries, on invented
// sentences (docs/events.md).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "chronicle/pipeline.h"
#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class Test11Events : public PipelineEvents {};

// How many events of `doc` have a target named `target`.
int targets(const Document& doc, const std::string& target) {
  int n = 0;
  for (const Event& v : doc.events) {
    for (const Entity& e : doc.entities) n += e.id == v.target.entity && e.name == target;
  }
  return n;
}

// A person named in a role noun's phrase is the party, not the body the
// role is of: "the Downing Street adviser Mark Tallow" is Tallow.
TEST_F(Test11Events, APersonNamedByARoleNounIsTheParty) {
  for (const char* text : {"The Tories praised their Downing Street adviser Mark Tallow.",
                           "France has met the Downing Street adviser Mark Tallow."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(targets(doc, "Mark Tallow"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(targets(doc, "Downing Street"), 0) << text << "\n" << listing(doc);
  }
}

// A name with its own possessive "'s" is the owner of the person after it,
// however the parser hung them: the visit is the head of state's, once.
TEST_F(Test11Events, ANameWithAPossessiveIsNotTheParty) {
  const Document president = annotate("France's President Jacques Chirac began a visit to Moscow on Monday.");
  EXPECT_EQ(count(president, "042", "Jacques Chirac"), 1) << listing(president);
  EXPECT_EQ(count(president, "042", "France"), 0) << listing(president);
  const Document king = annotate("Spain's King Juan Carlos began a tour of Mexico on Friday.");
  EXPECT_EQ(count(king, "042", "King Juan Carlos"), 1) << listing(king);
  EXPECT_EQ(count(king, "042", "Spain"), 0) << listing(king);
}

// A lower-case part after a word's hyphen is a common word's, even when its
// letters spell an acronym the dictionaries list ("ons" of "add-ons" and the
// statistics office ONS): it names no target; the acronym itself still does.
TEST_F(Test11Events, ALowerCaseWordPartNamesNoActor) {
  const Document part = annotate("Microsoft praised the new add-ons.");
  EXPECT_TRUE(part.events.empty()) << listing(part);
  const Document office = annotate("Microsoft praised the ONS.");
  EXPECT_EQ(count(office, "051", "Microsoft"), 1) << listing(office);
}

// A fight against one's extradition is fought in court: no force (CAMEO's
// DESTROY block, 190) on the state that asks; a fight against a country
// still is.
TEST_F(Test11Events, AFightAgainstExtraditionIsNoForce) {
  const Document legal = annotate("Mark Tallow, a Freedonian, keeps fighting his extradition to the US.");
  EXPECT_TRUE(legal.events.empty()) << listing(legal);
  const Document war = annotate("France is fighting against Germany.");
  EXPECT_EQ(count(war, "190", "France"), 1) << listing(war);
}

}  // namespace
}  // namespace chronicle
