// A wire dateline ("ELMFORD, Oct 20 - ") names where a story was filed: the
// place is never a party of the sentence's events. Invented text.
#include <gtest/gtest.h>

#include <string>

#include "event/dateline_party.h"
#include "event/pipeline_events.h"

namespace chronicle {
namespace {

TEST(DatelinePlace, TheWireFormsAreDatelines) {
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Oct 20 - Harriet Vane said"), 7u);
  EXPECT_EQ(event::dateline_place_length("NEW ARNOR, March 3 - The talks"), 9u);
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Sept. 4 - Talks"), 7u);
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Calif., Oct 20 - Talks"), 7u);
  // The wire's month in any case, and a dateline without its date (session 13).
  EXPECT_EQ(event::dateline_place_length("ELMFORD, MARCH 3 - The talks"), 7u);
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Ky, JUne 15 - The talks"), 7u);
  EXPECT_EQ(event::dateline_place_length("NEW ARNOR - Harriet Vane said"), 9u);
  // A country written with its article (session 13, events14).
  EXPECT_EQ(event::dateline_place_length("ELMFORD, the Shire, April 1 - Bree Corp said"), 7u);
  EXPECT_EQ(event::dateline_length("ELMFORD, the Shire, April 1 - Bree Corp said"), 29u);
}

TEST(DatelineLength, TheWholeDatelineThroughItsDash) {
  EXPECT_EQ(event::dateline_length("ELMFORD, Oct 20 - Harriet Vane said"), 17u);
  EXPECT_EQ(event::dateline_length("ELMFORD, Calif., Oct 20 - Talks"), 25u);
  EXPECT_EQ(event::dateline_length("ELMFORD - Talks began"), 9u);
}

TEST(DatelinePlace, OtherOpeningsAreNot) {
  EXPECT_EQ(event::dateline_place_length("Elmford, Oct 20 - talks"), 0u);     // not upper case
  EXPECT_EQ(event::dateline_place_length("Elmford - talks began"), 0u);       // not upper case
  EXPECT_EQ(event::dateline_place_length("- ELMFORD talks"), 0u);             // no place before the dash
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Gondor and Arnor met"), 0u);  // no month and day
  EXPECT_EQ(event::dateline_place_length("GONDOR, ARNOR SIGN PACT"), 0u);     // a headline
  EXPECT_EQ(event::dateline_place_length("ELMFORD, Oct 20 talks"), 0u);       // no dash
  EXPECT_EQ(event::dateline_place_length("ELMFORD, the mayor said, Oct 20 - talks"), 0u);  // no country
  // An acronym subject and an aside in dashes: the body would open with a capital.
  EXPECT_EQ(event::dateline_place_length("BRC - the Arnor firm - said"), 0u);
  EXPECT_EQ(event::dateline_length("BRC - which Arnor owns - said"), 0u);
}

class DatelineEvents : public PipelineEvents {};

// The filing city parses as the subject of "welcomed": it is no source, and
// the events left keep their ids in order.
TEST_F(DatelineEvents, TheDatelinePlaceIsNoSource) {
  const Document doc = annotate(
      "GONDOR WELCOMES PACT\n\nOSGILIATH, Oct 20 - Finance minister Harriet Vane said she welcomed Monday's "
      "U.S. pledge.\n");
  for (const Event& v : doc.events) EXPECT_NE(name(doc, v.source.entity), "OSGILIATH") << listing(doc);
  for (size_t i = 0; i < doc.events.size(); ++i) EXPECT_EQ(doc.events[i].id, "V" + std::to_string(i + 1));
}

// "ELMFORD, Ohio, ...": the state (or country) after the filing city is part
// of the dateline too, no party of the lead's signing; the firms still are.
TEST_F(DatelineEvents, TheDatelineStateIsNoParty) {
  const Document doc = annotate(
      "GONDOR DEAL\n\nELMFORD, Ohio, Oct 20 - Arnor Dynamics Corp and <Rohan Reserve Inc> stated they had signed a "
      "merger accord for Rohan to buy Arnor.\n");
  bool firms = false;
  for (const Event& v : doc.events) {
    EXPECT_NE(name(doc, v.source.entity), "Ohio") << listing(doc);
    EXPECT_NE(name(doc, v.target.entity), "Ohio") << listing(doc);
    if (name(doc, v.source.entity) == "Arnor Dynamics Corp" && name(doc, v.target.entity) == "Rohan Reserve Inc")
      firms = true;
  }
  EXPECT_TRUE(firms) << listing(doc);
}

// "ELMFORD, the Shire, April 1 - ...": the country after the filing town,
// written with its article, is no side of the lead's licence deal.
TEST_F(DatelineEvents, TheDatelineCountryWithItsArticleIsNoParty) {
  const Document doc = annotate(
      "BREE LICENCE\n\nELMFORD, the Netherlands, April 1 - Bree Fibres BV said it had signed a licensing accord "
      "with <Rohan Chemicals Corp> of Delaware.\n");
  for (const Event& v : doc.events) {
    for (const char* place : {"ELMFORD", "Netherlands"}) {
      EXPECT_NE(name(doc, v.source.entity), place) << listing(doc);
      EXPECT_NE(name(doc, v.target.entity), place) << listing(doc);
    }
  }
}

// "ROME - Ana Dale discussed ...": the wire's dateline without a date is
// still where the story was filed, no side of the talks.
TEST_F(DatelineEvents, ADatelineWithoutItsDateIsNoParty) {
  const Document doc = annotate(
      "GONDOR TALKS\n\nROME - Gondorian Foreign Minister Ana Dale discussed the harbour dispute with Spanish and "
      "French officials at a meeting here.\n");
  for (const Event& v : doc.events) {
    EXPECT_NE(name(doc, v.source.entity), "ROME") << listing(doc);
    EXPECT_NE(name(doc, v.target.entity), "ROME") << listing(doc);
  }
}

// "NATO - the western alliance - has signed ...": an acronym opening the sentence
// before an aside in dashes is the subject, not a dateline.
TEST_F(DatelineEvents, AnAcronymBeforeAnAsideIsStillTheSubject) {
  const Document doc = annotate("NATO - the western alliance - has signed an accord with Arnor.\n");
  bool signed_by_nato = false;
  for (const Event& v : doc.events) signed_by_nato = signed_by_nato || name(doc, v.source.entity) == "NATO";
  EXPECT_TRUE(signed_by_nato) << listing(doc);
}

}  // namespace
}  // namespace chronicle
