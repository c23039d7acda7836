// Classes of wrong events found by reading every asserted coded event of 250
// Reuters-21578 dev stories (reut2-016 and reut2-017, session 12), through the
// whole pipeline with the shipped models and dictionaries, on invented
// sentences of the same shape.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireAudit12 : public PipelineEvents {};

// The wire capitalises the word after "U.K.": "the U.K. May have to lift"
// is a possibility, not a lifting; the same sentence with "has lifted" is one.
TEST_F(NewswireAudit12, AModalCapitalisedAfterAnAbbreviationKeepsItsMood) {
  const Document may = annotate("Officials in Gondor said the U.K. May have to lift trade sanctions against Spain by June.");
  EXPECT_GT(may.events.size(), 0u) << "the lifting is still found, with its mood";
  EXPECT_EQ(asserted(may), 0) << listing(may);
  const Document done = annotate("Officials in Gondor said the U.K. has lifted trade sanctions against Spain.");
  EXPECT_GT(asserted(done), 0) << listing(done);
}

// Trade figures, a market, a grain: a country named before them only says
// whose or where, so it is no party; a country named as the object still is.
TEST_F(NewswireAudit12, ACountryBeforeACommodityOrMarketNounIsNoParty) {
  const Document figures =
      annotate("Spanish trade figures now challenge the view of French policy makers that currency rates matter most.");
  EXPECT_EQ(figures.events.size(), 0u) << listing(figures);
  const Document market = annotate("Elmford Steel Corp dominates the Spanish market for such lathes, its rivals said.");
  EXPECT_EQ(market.events.size(), 0u) << listing(market);
  const Document access =
      annotate("The accord between France and Italy guarantees wider access to the Spanish market.");
  EXPECT_EQ(access.events.size(), 0u) << listing(access);
  const Document named = annotate("France has criticised Spain for its trade policy.");
  EXPECT_EQ(count(named, "111", "France"), 1) << listing(named);
}

// "arrived in [a city] for talks with X": the talks are still to come, an
// intent to meet both ways (036), not negotiation under way (046).
TEST_F(NewswireAudit12, ArrivingForTalksIsAnIntentToMeet) {
  const Document doc = annotate("French Foreign Minister Harriet Vane arrived in Madrid for talks with Spanish leaders.");
  EXPECT_EQ(count(doc, "036", "Harriet Vane"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "046", "Harriet Vane"), 0) << listing(doc);
}

// "talks with France and Spain": the parties a "with" phrase names are one
// side, never each other's; with no owner or governing subject there is no
// other side and no event, and "talks between" still pairs its two.
TEST_F(NewswireAudit12, TheConjunctsOfAWithPhraseAreOneSide) {
  const auto paired = [](const Document& doc, const std::string& a, const std::string& b) {
    int n = 0;
    for (const Event& v : doc.events) n += name(doc, v.source.entity) == a && name(doc, v.target.entity) == b;
    return n;
  };
  const Document none = annotate("They said the deal followed long talks with France and Spain.");
  EXPECT_EQ(none.events.size(), 0u) << listing(none);
  const Document began = annotate("Italy began talks with France and Spain on Monday.");
  EXPECT_EQ(paired(began, "France", "Spain") + paired(began, "Spain", "France"), 0) << listing(began);
  EXPECT_GT(paired(began, "Italy", "Spain"), 0) << listing(began);
  const Document between = annotate("Diplomats said the accord followed talks between France and Spain.");
  EXPECT_EQ(paired(between, "France", "Spain"), 1) << listing(between);
}

// "talks between A, B and C": every two of them meet, attached by the parser
// or not ("a meeting between A, B and C, ..." is read up to the comma).
TEST_F(NewswireAudit12, ABetweenPhraseOfThreePairsEveryTwo) {
  const auto met = [](const Document& doc, const std::string& a, const std::string& b) {
    int n = 0;
    for (const Event& v : doc.events)
      n += v.cameo.starts_with("04") && name(doc, v.source.entity) == a && name(doc, v.target.entity) == b;
    return n;
  };
  for (const char* text : {"Diplomats said the accord followed talks between France, Spain and Italy.",
                           "A meeting between France, Spain and Italy, held in Osgiliath, ended on Monday."}) {
    const Document doc = annotate(text);
    EXPECT_GT(met(doc, "France", "Spain"), 0) << text << "\n" << listing(doc);
    EXPECT_GT(met(doc, "France", "Italy"), 0) << text << "\n" << listing(doc);
    EXPECT_GT(met(doc, "Spain", "Italy"), 0) << text << "\n" << listing(doc);
    EXPECT_GT(met(doc, "Italy", "Spain"), 0) << text << "\n" << listing(doc);
  }
}

// "has threatened to withdraw the permits of Spanish banks": the threat is
// the act the sentence asserts (130), not the withdrawal (080); a threat of
// force is 138; the same act done is coded as itself.
TEST_F(NewswireAudit12, AThreatenedActIsAThreat) {
  const Document threat = annotate("France has threatened to withdraw the permits of Spanish banks in Paris.");
  EXPECT_EQ(count(threat, "130", "France"), 1) << listing(threat);
  EXPECT_EQ(count(threat, "080", "France"), 0) << listing(threat);
  const Document force = annotate("France has threatened to attack Spanish gunboats near the coast.");
  EXPECT_EQ(count(force, "190", "France"), 0) << listing(force);
  int threats = 0;
  for (const Event& v : force.events)
    threats += v.cameo == "138" && v.mood == "asserted" && name(force, v.source.entity) == "France" &&
               name(force, v.target.entity) == "Spanish";
  EXPECT_EQ(threats, 1) << listing(force);
  const Document done = annotate("France attacked Spanish gunboats near the coast.");
  EXPECT_EQ(count(done, "190", "France"), 1) << listing(done);
  EXPECT_EQ(count(done, "138", "France"), 0) << listing(done);
}

// A threat whatever label the parser gives the infinitive, and with the
// threatening verb's mood: "did not threaten to attack" is no threat made.
TEST_F(NewswireAudit12, AThreatTakesTheThreateningVerbsMood) {
  const auto coded = [](const Document& doc, const std::string& code, const std::string& mood) {
    int n = 0;
    for (const Event& v : doc.events)
      n += v.cameo == code && v.mood == mood && name(doc, v.source.entity) == "France" &&
           name(doc, v.target.entity) == "Spain";
    return n;
  };
  for (const char* text : {"France has threatened to attack Spain.",
                           "On Monday France threatened to attack Spain if the talks failed."}) {
    const Document doc = annotate(text);
    EXPECT_EQ(coded(doc, "138", "asserted"), 1) << text << "\n" << listing(doc);
    EXPECT_EQ(count(doc, "190", "France"), 0) << text << "\n" << listing(doc);
  }
  const Document denied = annotate("France did not threaten to attack Spain.");
  EXPECT_EQ(asserted(denied), 0) << listing(denied);
  EXPECT_EQ(count(denied, "190", "France"), 0) << listing(denied);
}

// "is negotiating with X": bargaining, 046 both ways (CAMEO.2.0 has 050).
TEST_F(NewswireAudit12, NegotiatingWithIsNegotiationBothWays) {
  const Document doc = annotate("Elmford Petroleum is currently negotiating with Arnor Pacific to buy back its holdings.");
  EXPECT_EQ(count(doc, "046", "Elmford Petroleum"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "046", "Arnor Pacific"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "050", "Elmford Petroleum"), 0) << listing(doc);
}

// "France, according to Spain, is negotiating with Italy": Spain only says so.
TEST_F(NewswireAudit12, AnAccordingToPhraseIsNoParty) {
  const Document doc = annotate("France, according to Spain, is currently negotiating with Italy over fishing rights.");
  EXPECT_EQ(count(doc, "046", "France"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "046", "Spain") + count(doc, "050", "Spain"), 0) << listing(doc);
}

// "opened the yearly meeting of X": a meeting, as one held or attended (040
// both ways); CAMEO.2.0 has 046, negotiation.
TEST_F(NewswireAudit12, OpeningAMeetingIsAConsultation) {
  const Document doc = annotate("French Finance Minister Harriet Vane opened the yearly meeting of the World Bank in Elmford.");
  EXPECT_EQ(count(doc, "040", "Harriet Vane"), 1) << listing(doc);
  EXPECT_EQ(count(doc, "046", "Harriet Vane"), 0) << listing(doc);
}

// "is to prepare for talks between X and Y": talks a plan is for are still to
// come, an intent to meet (036), not talks held (040); talks a visit followed
// were held.
TEST_F(NewswireAudit12, TalksBeingPreparedForAreAnIntent) {
  const Document planned = annotate("The visit is to prepare for talks between France and Spain later this month.");
  EXPECT_EQ(count(planned, "036", "France"), 1) << listing(planned);
  EXPECT_EQ(count(planned, "040", "France"), 0) << listing(planned);
  const Document held = annotate("The visit followed talks between France and Spain.");
  EXPECT_EQ(count(held, "040", "France"), 1) << listing(held);
}

// A headline in capitals above the body codes no event of its own: its act
// is the lead's. The same act in a body sentence is still coded, and so are
// a capitals sentence further down and a document all in capitals.
TEST_F(NewswireAudit12, ACapitalsHeadlineCodesNoEvent) {
  const std::string headline = "ITALY SCOLDS GREECE, CITING QUOTA BREACH\n\n";
  const Document doc = annotate(headline + "Italy criticised Greece on Thursday for breaching fishing quotas, officials said.\n");
  EXPECT_EQ(count(doc, "111", "Italy"), 1) << listing(doc);
  for (const Event& v : doc.events)
    EXPECT_GE(v.trigger_start, headline.size()) << "an event in the headline: " << listing(doc);
  const Document lower =
      annotate("Fishing talks resume\n\nItaly and Greece said the talks would resume.\n\nITALY CRITICISED GREECE ON THURSDAY.\n");
  EXPECT_EQ(count(lower, "111", "Italy"), 1) << "a capitals sentence below the body: " << listing(lower);
  const Document telex = annotate(headline + "ITALY CRITICISED GREECE ON THURSDAY.\n");
  EXPECT_GE(count(telex, "111", "ITALY"), 1) << "a document all in capitals: " << listing(telex);
}

}  // namespace
}  // namespace chronicle
