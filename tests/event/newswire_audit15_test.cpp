// Classes of wrong events found in session 14 (events15) in the Reuters dev
// sets test12r, test13r and test14r (test14r read for the first time) and in
// session 13's audits of unannotated dev stories, through the whole pipeline
// with the shipped models and dictionaries, on invented sentences of the
// same shape.
#include <gtest/gtest.h>

#include <string>

#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class NewswireAudit15 : public PipelineEvents {};

int with_code(const Document& doc, const std::string& code) {
  int n = 0;
  for (const Event& v : doc.events) n += v.cameo == code;
  return n;
}

// Talks that are a trip's or a stay's purpose have not happened yet: a
// planned meeting (036, intended), not a consultation held (040). Talks
// held stay 040.
TEST_F(NewswireAudit15, TalksATripIsForArePlanned) {
  const Document leaves = annotate("Ana Dale leaves today for Lyon for trade talks with French officials and bankers.");
  EXPECT_EQ(with_code(leaves, "040"), 0) << listing(leaves);
  EXPECT_EQ(between(leaves, "Ana Dale", "French"), 1) << listing(leaves);
  EXPECT_EQ(between(leaves, "French", "Ana Dale"), 1) << listing(leaves);
  EXPECT_EQ(with_code(leaves, "036"), 2) << listing(leaves);
  const Document held = annotate("Ana Dale held trade talks with French officials in Lyon on Monday.");
  EXPECT_GE(with_code(held, "040"), 1) << listing(held);
  EXPECT_EQ(with_code(held, "036"), 0) << listing(held);
}

// Plural "positions" with no topic are ground an army holds: an attack on
// them is force (19), not criticism (111). A stance with its topic still is.
TEST_F(NewswireAudit15, PositionsAnArmyHoldsAreNoWords) {
  const Document war = annotate("Syrian troops repelled a Turkish attack on positions near the border town.");
  EXPECT_EQ(with_code(war, "111"), 0) << listing(war);
  EXPECT_EQ(with_code(war, "190"), 1) << listing(war);
  const Document stance = annotate("Ana Dale attacked the French positions on farm subsidies.");
  EXPECT_EQ(with_code(stance, "190"), 0) << listing(stance);
  EXPECT_EQ(with_code(stance, "111"), 1) << listing(stance);
}

// A country's actor acting on that country or one of its towns, named bare,
// is no event between two sides. Another country is, and so are a word of
// the country qualifying a noun (the banks) and criticism of one's country.
TEST_F(NewswireAudit15, AnActorOnItsOwnCountryIsNoEvent) {
  const Document thanks = annotate("French Prime Minister Ana Dale thanked France for its patience on Monday.");
  EXPECT_EQ(thanks.events.size(), 0u) << listing(thanks);
  const Document fight = annotate("Iraqis were killed in fighting near Basra on Tuesday, the agency said.");
  EXPECT_EQ(fight.events.size(), 0u) << listing(fight);
  const Document abroad = annotate("French Prime Minister Ana Dale thanked Spain for its patience on Monday.");
  EXPECT_EQ(between(abroad, "Ana Dale", "Spain"), 1) << listing(abroad);
  const Document banks = annotate("The French central bank has ordered French banks to stop lending to Bree Corp.");
  EXPECT_EQ(with_code(banks, "100"), 1) << listing(banks);
  const Document critic = annotate("French MP Ana Dale attacked France on Monday.");
  EXPECT_EQ(between(critic, "Ana Dale", "France"), 1) << listing(critic);
}

// A warning whose "that" clause says what may happen, with a subject of its
// own, is a pessimistic comment (012), also when the parser hangs the clause
// on the phrase before it; the warner's own act to come ("that it would") or
// a warning against something stays a threat (130).
TEST_F(NewswireAudit15, AWarningOfWhatMayHappenIsAComment) {
  const Document outcome = annotate("The French government warned Spain that rising wages could undo its reforms.");
  EXPECT_EQ(with_code(outcome, "012"), 1) << listing(outcome);
  EXPECT_EQ(with_code(outcome, "130"), 0) << listing(outcome);
  const Document report = annotate("The French government warned Spain in a report that rising wages could undo its reforms.");
  EXPECT_EQ(with_code(report, "012"), 1) << listing(report);
  const Document threat = annotate("The French government warned Spain that it would retaliate against the tariffs.");
  EXPECT_EQ(with_code(threat, "130"), 1) << listing(threat);
  const Document against = annotate("The French government warned Spain against raising the tariffs.");
  EXPECT_EQ(with_code(against, "130"), 1) << listing(against);
}

}  // namespace
}  // namespace chronicle
