// Constructions that the session-11 audit of coded events on unannotated
// entertainment news found coded wrongly, through the whole pipeline with
// the shipped models and dictionaries, on invented sentences
// (docs/events.md).
#include <gtest/gtest.h>

#include <string>

#include "chronicle/pipeline.h"
#include "event/pipeline_events.h"

namespace chronicle {
namespace {

class EntertainmentAudit : public PipelineEvents {};

// A country named before a work ("French films", "the British premiere")
// only qualifies it: praising the films is no praise of France. Whose work
// it is ("Gordon Brown's book") still stands for its author.
TEST_F(EntertainmentAudit, AWorksNationalityIsNoParty) {
  const Document films = annotate("Tony Blair praised French films on Monday.");
  EXPECT_EQ(count(films, "051", "Tony Blair"), 0) << listing(films);
  const Document premiere = annotate("Tony Blair attended the Italian premiere of the film.");
  EXPECT_EQ(count(premiere, "042", "Tony Blair"), 0) << listing(premiere);
  const Document book = annotate("Tony Blair praised Gordon Brown's book on Monday.");
  EXPECT_EQ(count(book, "051", "Tony Blair"), 1) << listing(book);
  const Document country = annotate("Tony Blair praised France on Monday.");
  EXPECT_EQ(count(country, "051", "Tony Blair"), 1) << listing(country);
}

// "a song ... called Cardiff Nights" names the song; the parser's reading of
// the one it is dedicated to as the subject of "called" makes no appeal.
// A call with a subject of its own stays one.
TEST_F(EntertainmentAudit, ANamingParticipleIsNoCall) {
  const Document song = annotate("The band's third album has a song dedicated to Tony Blair called Cardiff Nights.");
  EXPECT_TRUE(song.events.empty()) << listing(song);
  const Document call = annotate("Tony Blair called France on Monday.");
  EXPECT_EQ(count(call, "020", "Tony Blair"), 1) << listing(call);
}

// "won" is a currency of CAMEO.2.0's &CURRENCY, but a "won" with a subject of
// its own is a verb: "... over Gordon Brown, who won a medal" is no money
// Brown gave. A currency noun still is.
TEST_F(EntertainmentAudit, AVerbIsNoMemberOfAPatternsSynset) {
  const Document verb = annotate("Tony Blair also won the top honour over Gordon Brown, who won a separate medal for speaking.");
  EXPECT_EQ(count(verb, "071", "Gordon Brown"), 0) << listing(verb);
  const Document money = annotate("Kenya received ten million euros from France.");
  EXPECT_EQ(count(money, "071", "France"), 1) << listing(money);
  // "won" the currency, a noun, still meets &CURRENCY ("ten billion apples"
  // would be 060). ("received ten billion won from": the tagger reads that
  // "won" as a verb whose clause holds the giver, and no pattern matches,
  // with or without this rule.)
  const Document won = annotate("South Korea gave Kenya ten billion won.");
  EXPECT_EQ(count(won, "071", "South Korea"), 1) << listing(won);
}

// A party's name in lower case is a common word: "conservative voters",
// "cheap labour" name no British party. Capitalised, it does.
TEST_F(EntertainmentAudit, APartysNameInLowerCaseIsACommonWord) {
  const Document lower = annotate("Tony Blair praised the conservative voters.");
  EXPECT_EQ(count(lower, "051", "Tony Blair"), 0) << listing(lower);
  const Document labour = annotate("Tony Blair criticised cheap labour.");
  EXPECT_EQ(count(labour, "111", "Tony Blair"), 0) << listing(labour);
  const Document party = annotate("Tony Blair met Labour members on Monday.");
  EXPECT_EQ(count(party, "040", "Tony Blair"), 1) << listing(party);
}

}  // namespace
}  // namespace chronicle
