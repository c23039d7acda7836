// Constructions of 1987 wire stories (session 11's retired Reuters events
// set test12r, read in session 12) that the event coder coded wrongly or
// missed, through the whole pipeline, on invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class Test12rEvents : public PipelineEvents {};

// "is likely to visit" is a forecast, not a plan: nothing is asserted or
// intended, while "is set to visit" stays a plan.
TEST_F(Test12rEvents, ALikelyVisitIsAForecastNotAPlan) {
  for (const char* text : {"Italy's trade minister Harriet Vane is likely to visit Portugal in the spring.",
                           "Italy's trade minister Harriet Vane is unlikely to visit Portugal this year."}) {
    const Document likely = annotate(text);
    int coded = 0;
    for (const Event& v : likely.events) coded += v.mood == "asserted" || v.mood == "intended";
    EXPECT_EQ(coded, 0) << text << "\n" << listing(likely);
  }
  const Document set = annotate("Italy's trade minister Harriet Vane is set to visit Portugal this year.");
  int planned = 0;
  for (const Event& v : set.events) planned += v.mood == "intended" && name(set, v.source.entity) == "Harriet Vane";
  EXPECT_EQ(planned, 1) << listing(set);
}

// A signed contract or loan agreement is a formal agreement (057) both ways,
// as any signed accord, not material (060) or economic (061) cooperation.
TEST_F(Test12rEvents, ASignedContractOrLoanAgreementIsAFormalAgreement) {
  for (const char* text : {"France signed a loan accord worth 200 million dollars with Spain on Monday.",
                           "The French government signed a contract with Spain to build a new port."}) {
    const Document doc = annotate(text);
    int formal = 0, other = 0;
    for (const Event& v : doc.events) (v.cameo == "057" ? formal : other) += 1;
    EXPECT_EQ(formal, 2) << text << "\n" << listing(doc);
    EXPECT_EQ(other, 0) << text << "\n" << listing(doc);
  }
}

// A market or a sale is a thing: a country named before it only qualifies
// it, so taking a share of "the Spanish market" is no act on Spain.
TEST_F(Test12rEvents, AMarketIsNoParty) {
  for (const char* text : {"French cheese makers have captured the Spanish market.",
                           "French cheese sales have captured the Spanish market."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(doc.events.size(), 0u) << text << "\n" << listing(doc);
  }
}

// A sale to a buyer is the seller's act: the country named before "sale"
// is then its party, and the buyer is not the target of what is said of it.
TEST_F(Test12rEvents, ASaleToABuyerIsTheSellers) {
  const Document doc = annotate("Greece criticised the Maltese sale of patrol boats to Libya.");
  int seller = 0, buyer = 0;
  for (const Event& v : doc.events) {
    seller += v.cameo == "111" && name(doc, v.target.entity) == "Maltese";
    buyer += name(doc, v.target.entity) == "Libya";
  }
  EXPECT_EQ(seller, 1) << listing(doc);
  EXPECT_EQ(buyer, 0) << listing(doc);
}

// "is negotiating with" is a negotiation (046) both ways, not CAMEO.2.0's
// unspecified diplomatic cooperation (050).
TEST_F(Test12rEvents, NegotiatingWithIsANegotiationBothWays) {
  const Document doc = annotate("France is negotiating with Spain over new fishing rights.");
  EXPECT_EQ(count(doc, "046", "France"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "046", "Spain"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "050", "France") + count(doc, "050", "Spain"), 0) << listing(doc);
}

// A person's journey to a country is a visit (042) and the host's (043);
// investment that goes to a country is hosted by no one.
TEST_F(Test12rEvents, AnEnvoysJourneyIsAlsoTheHostsVisit) {
  const Document trip = annotate("French foreign minister Harriet Vane travelled to Spain on Monday for talks.");
  EXPECT_EQ(count(trip, "042", "Harriet Vane"), 1) << listing(trip);
  EXPECT_EQ(count(trip, "043", "Spain"), 1) << listing(trip);
  const Document money = annotate("About a tenth of French investment abroad goes to Spain.");
  EXPECT_EQ(count(money, "043", "Spain"), 0) << listing(money);
}

// "opened talks with", "began talks with": talks are a meeting, 040 both
// ways (as "held talks with"), not CAMEO.2.0's negotiation (046).
TEST_F(Test12rEvents, OpeningTalksIsAMeetingBothWays) {
  for (const char* text : {"France opened talks with Spain on Monday.", "France began talks with Spain on Monday."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(count(doc, "040", "France"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(count(doc, "040", "Spain"), 1) << text << "\n" << listing(doc);
  }
}

// A pattern word is not read inside the target's name: "from the European
// Community" is no "* &TOWN" (COMMUNITY, 027 appeal to settle a dispute);
// the demand stays DEMAND's 100.
TEST_F(Test12rEvents, APatternWordIsNotReadInsideTheTargetsName) {
  const Document doc = annotate("Dutch dairy producers demanded aid from the European Community.");
  EXPECT_EQ(count(doc, "100", "Dutch"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "027", "Dutch"), 0) << listing(doc);
}

// "France's talks with Spain's and Italy's governments": the owner meets each
// member of the "with" list (040 both ways), and the members do not meet
// each other; "talks between A and B" still pair A and B.
TEST_F(Test12rEvents, AWithListIsOneSideOfTheTalks) {
  const Document owned = annotate(
      "France's talks with the Spanish government and the Italian government were frank, a diplomat said.");
  EXPECT_EQ(count(owned, "040", "France"), 2) << listing(owned);
  EXPECT_EQ(count(owned, "040", "Spanish"), 1) << listing(owned);
  EXPECT_EQ(count(owned, "040", "Italian"), 1) << listing(owned);
  const Document bare = annotate("The talks with NATO and the European Union were frank.");
  EXPECT_EQ(bare.events.size(), 0u) << listing(bare);
  const Document between = annotate("Talks between France and Spain ended on Monday.");
  EXPECT_EQ(count(between, "040", "France") + count(between, "040", "Spain"), 2) << listing(between);
}

// Coordinated parties agreeing on a joint course agree with each other (030
// both ways, each pair); not on a shared view ("agreed that"), not a body's
// members listed after it between dashes, not on a meeting (its own 036).
TEST_F(Test12rEvents, CoordinatedPartiesAgreeingOnACourseAgreeWithEachOther) {
  const Document three = annotate("Renault, Fiat and Volvo have agreed to share their laboratories.");
  EXPECT_EQ(count(three, "030", "Renault") + count(three, "030", "Fiat") + count(three, "030", "Volvo"), 6)
      << listing(three);
  const Document two = annotate("Portugal and Greece agreed in principle on fishing quotas.");
  EXPECT_EQ(count(two, "030", "Portugal") + count(two, "030", "Greece"), 2) << listing(two);
  const Document view = annotate("France and Spain agreed that the plan was flawed.");
  EXPECT_EQ(count(view, "030", "France") + count(view, "030", "Spain"), 0) << listing(view);
  const Document dated = annotate("Portugal and Greece agreed on Thursday to pool their coast guards.");
  EXPECT_EQ(count(dated, "030", "Portugal") + count(dated, "030", "Greece"), 2) << listing(dated);
  const Document members =
      annotate("The league's states -- France, Spain and Italy -- have agreed to link their currencies.");
  EXPECT_EQ(count(members, "030", "France") + count(members, "030", "Spain"), 0) << listing(members);
}

// A date is no course agreed on ("agreed on Thursday" says when), a clause
// after the date is still a shared view, and agreeing to act on a third
// party is that act (coded on the third party), no agreement with each other.
TEST_F(Test12rEvents, AgreeingOnADateOrOnActingOnAThirdPartyIsNoCourse) {
  for (const char* text : {"Portugal and Greece agreed on Thursday that the tariff was too high.",
                           "Portugal and Greece agreed on Thursday."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(count(doc, "030", "Portugal") + count(doc, "030", "Greece"), 0) << text << "\n" << listing(doc);
  }
  const Document third = annotate("Portugal, Greece and Malta agreed on Thursday to condemn Turkey.");
  int agreements = 0, condemned = 0;
  for (const Event& v : third.events) {
    agreements += v.cameo == "030";
    condemned += v.cameo == "111" && name(third, v.target.entity) == "Turkey";
  }
  EXPECT_EQ(agreements, 0) << listing(third);
  EXPECT_EQ(condemned, 3) << listing(third);
}

// "Boston bankers", "creditor banks": a banker is business (BUS) of the
// place named before the word, not the place itself.
TEST_F(Test12rEvents, BankersAreBusiness) {
  const Document doc = annotate("Peru was negotiating yesterday with Boston bankers about a bridge loan.");
  int business = 0;
  for (const Event& v : doc.events) business += v.cameo == "046" && v.target.actor == "USABUS";
  EXPECT_EQ(business, 1) << listing(doc);
}

// "The three -- A, B and C -- signed a pact": members
// listed after a number's or a body's word act as one side, not with each
// other; "A and B have signed a treaty" still pairs them.
TEST_F(Test12rEvents, MembersListedBetweenDashesActAsOneSide) {
  const Document listed =
      annotate("The three -- Acme Corp, Bolt Industries and Elmford Mills -- signed a joint venture pact last week.");
  EXPECT_EQ(count(listed, "057", "Acme Corp") + count(listed, "057", "Bolt Industries") +
                count(listed, "057", "Elmford Mills"),
            0)
      << listing(listed);
  const Document plain = annotate("Acme Corp, Bolt Industries and Elmford Mills signed a joint venture pact last week.");
  EXPECT_EQ(count(plain, "057", "Acme Corp") + count(plain, "057", "Bolt Industries") +
                count(plain, "057", "Elmford Mills"),
            6)
      << listing(plain);
  const Document two = annotate("Greece and Portugal signed a fisheries agreement on Monday.");
  EXPECT_EQ(count(two, "057", "Greece") + count(two, "057", "Portugal"), 2) << listing(two);
}

}  // namespace
}  // namespace chronicle
