// Classes of wrong events found in session 13 in test13r (retired to dev) and
// by reading every asserted coded event of 200 Reuters-21578 dev stories
// (reut2-019 and reut2-020), through the whole pipeline with the shipped
// models and dictionaries, on invented sentences of the same shape.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireAudit13 : public PipelineEvents {};

// "the talks between Bank of France Governor Ana Dale and Finnish Finance
// Minister Omar Haddad": the name tagger splits the body off its officer, and
// the body opening the officer's title is the officer's side, no side of its
// own (no talks between the bank and its own governor).
TEST_F(NewswireAudit13, ABodyOpeningAnOfficersTitleIsTheOfficersSide) {
  const Document doc = annotate(
      "Dealers cheered the talks between Bank of France Governor Ana Dale and Finnish Finance Minister Omar Haddad, "
      "traders said.");
  EXPECT_EQ(between(doc, "Bank of France", "Ana Dale") + between(doc, "Ana Dale", "Bank of France"), 0) << listing(doc);
  EXPECT_EQ(between(doc, "Bank of France", "Omar Haddad"), 0) << listing(doc);
  EXPECT_EQ(between(doc, "Ana Dale", "Omar Haddad"), 1) << listing(doc);
}

// A town before a common word says where the thing is ("the Lyon-based
// firm", "the same Lyon meeting"): no party. The town named as the object,
// and a medium of the town ("Lyon radio"), still are.
TEST_F(NewswireAudit13, ATownQualifyingAThingIsNoParty) {
  const Document based =
      annotate("Bree Corp has signed a pact with the Lyon-based shipping firm Osgiliath Lines to build a port.");
  EXPECT_EQ(between(based, "Bree Corp", "Lyon"), 0) << listing(based);
  const Document meeting = annotate("Ana Dale told the same Lyon meeting that a shorter week was needed.");
  EXPECT_EQ(meeting.events.size(), 0u) << listing(meeting);
  const Document radio = annotate("Ana Dale told Lyon radio that a shorter week was needed.");
  EXPECT_EQ(count(radio, "010", "Ana Dale"), 1) << listing(radio);
  const Document town = annotate("Bree Corp signed an agreement with Lyon on Monday.");
  EXPECT_EQ(between(town, "Bree Corp", "Lyon"), 1) << listing(town);
}

// "talks in Lyon between French trade minister Ana Dale and Spanish minister
// of mines and power Omar Haddad": the nationality opening a person's role phrase
// describes the person, who is the side (parsed, or read from the words).
TEST_F(NewswireAudit13, ANationalityOpeningARolePhraseIsThePersonsSide) {
  for (const char* text :
       {"The accord followed three days of talks in Lyon between French trade minister Ana Dale and Spanish "
        "minister of mines and power Omar Haddad.",
        "News of a meeting between French Finance Minister Ana Dale and Spanish Finance Minister Omar Haddad on "
        "Monday calmed the markets, dealers said."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(between(doc, "Ana Dale", "Omar Haddad"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(between(doc, "Omar Haddad", "Ana Dale"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(doc.events.size(), 2u) << text << "\n" << listing(doc);
  }
  const Document countries = annotate("The talks between France and Spain ended on Monday.");
  EXPECT_EQ(between(countries, "France", "Spain"), 1) << listing(countries);
}

// A person right after "and" is the meeting's other side, not the person a
// nationality's role phrase names: the nationality stays a side (the two
// sides were one, and the meeting was lost).
TEST_F(NewswireAudit13, APersonAfterAndIsTheOtherSide) {
  const Document doc = annotate("Talks between Gondorian officials and Ana Dale went on until late on Monday.");
  EXPECT_EQ(between(doc, "Gondorian", "Ana Dale"), 1) << listing(doc);
  EXPECT_EQ(between(doc, "Ana Dale", "Gondorian"), 1) << listing(doc);
}

// A currency a nation names is money ("the West German mark"), and a nation
// before a money word that qualifies the head qualifies the money ("a Swiss
// franc credit"): neither is a party.
TEST_F(NewswireAudit13, ANationsCurrencyIsNoParty) {
  const Document mark = annotate("Omar Haddad criticised the lira's rise against the West German mark.");
  EXPECT_EQ(mark.events.size(), 0u) << listing(mark);
  const Document credit = annotate("Switzerland has offered Argentina an extra 100 mln Swiss franc credit.");
  EXPECT_EQ(between(credit, "Switzerland", "Swiss"), 0) << listing(credit);
  EXPECT_EQ(between(credit, "Switzerland", "Argentina"), 1) << listing(credit);
}

// Acts a sentence does not report as done: a plan it says there is none of,
// an eventuality ("the risk of"), what a condition asks for, the means of
// an act that would be done. The same acts reported are asserted.
TEST_F(NewswireAudit13, AnUnrealisedActIsNotAsserted) {
  for (const char* text : {"Ana Dale said on Monday she had no plans yet to meet with Spanish officials in Lyon.",
                           "Diplomats say the risk of a Spanish attack on French ships is small.",
                           "The truce was declared on condition that Spain stop attacking French towns.",
                           "Italy will lift the ban providing that Greece criticises Turkey in public.",
                           "Italy agreed to the truce provided that Greece meets Turkey first.",
                           "He predicted that France would respond by mining the approaches to Spain's ports."}) {
    const Document doc = annotate(text);
    EXPECT_GT(doc.events.size(), 0u) << text << ": the act is still found, with its mood";
    EXPECT_EQ(asserted(doc), 0) << text << "\n" << listing(doc);
  }
  const Document done = annotate("France attacked Spanish ships on Monday.");
  EXPECT_EQ(asserted(done), 1) << listing(done);
}

// The wire writes dollars "dlrs" ("an 80 mln Australian dlr eurobond"): a
// nation's currency, no party.
TEST_F(NewswireAudit13, TheWiresDollarIsMoney) {
  const Document bond = annotate("Gondor Bank is issuing an 80 mln Australian dlr eurobond this week, dealers said.");
  EXPECT_EQ(bond.events.size(), 0u) << listing(bond);
  const Document price = annotate("Osgiliath Holdings closed at 2.40 NZ dlrs on Monday.");
  EXPECT_EQ(price.events.size(), 0u) << listing(price);
}

// "Japan's ruling Liberal Democrats", parsed as a verb with the party its
// object, is no cooperation (CAMEO.2.0's RULE 060).
TEST_F(NewswireAudit13, ARulingPartyIsNoAct) {
  const Document doc =
      annotate("Ana Dale welcomed a scheme unveiled last week by Japan's ruling Liberal Democrats to revive spending.");
  for (const Event& v : doc.events) EXPECT_NE(v.cameo, "060") << listing(doc);
}

// "with Rohan PLC, of Abingdon, Oxon, England": the places after a comma and
// "of" are the firm's home, no parties of the signing; the firm still is.
TEST_F(NewswireAudit13, AFirmsHomeTownIsNoParty) {
  const Document doc = annotate("Bree Inc has signed a sales and marketing pact with Rohan PLC, of Abingdon, Oxon, England.");
  EXPECT_EQ(between(doc, "Bree Inc", "Rohan PLC"), 1) << listing(doc);
  EXPECT_EQ(doc.events.size(), 2u) << listing(doc);
}

// One government's offices meeting ("the French Foreign Ministry, the French
// Treasury and the French Defence Ministry held a meeting") is no meeting
// between actors; two countries, or a ministry and the legislature, still meet.
TEST_F(NewswireAudit13, OneGovernmentsOfficesMeetingIsNoEvent) {
  const Document offices = annotate(
      "Officials said the French Foreign Ministry, the French Treasury and the French Defence Ministry held a "
      "meeting on Monday to discuss the crisis.");
  EXPECT_EQ(offices.events.size(), 0u) << listing(offices);
  const Document states = annotate("Officials said France and Spain held a meeting on Monday to discuss the crisis.");
  EXPECT_EQ(between(states, "France", "Spain"), 1) << listing(states);
  const Document branches = annotate("The French Foreign Ministry and the French National Assembly held a meeting on Monday.");
  EXPECT_EQ(between(branches, "French Foreign Ministry", "French National Assembly"), 1) << listing(branches);
}

}  // namespace
}  // namespace chronicle
