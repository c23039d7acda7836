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
  for (const char* text : {"French foreign minister Harriet Vane is likely to visit Spain soon for talks.",
                           "French foreign minister Harriet Vane is unlikely to visit Spain next week."}) {
    const Document likely = annotate(text);
    int coded = 0;
    for (const Event& v : likely.events) coded += v.mood == "asserted" || v.mood == "intended";
    EXPECT_EQ(coded, 0) << text << "\n" << listing(likely);
  }
  const Document set = annotate("French foreign minister Harriet Vane is set to visit Spain next week.");
  int planned = 0;
  for (const Event& v : set.events) planned += v.mood == "intended" && name(set, v.source.entity) == "Harriet Vane";
  EXPECT_EQ(planned, 1) << listing(set);
}

}  // namespace
}  // namespace chronicle
