#include "actor/us_states.h"

#include <gtest/gtest.h>

namespace chronicle::actor {
namespace {

// A member of Congress's tag names a state or the District ("(D-D.C.)", the
// District's delegate), with or without the abbreviation's final point.
TEST(UsStates, TagsNameTheStatesAndTheDistrict) {
  for (const char* w : {"N.J.", "NJ", "Tex", "Vt", "Texas", "District of Columbia", "D.C.", "D.C", "DC"})
    EXPECT_TRUE(is_us_state(w)) << w;
  for (const char* w : {"Day", "Ontario", "P.R.", "", "."}) EXPECT_FALSE(is_us_state(w)) << w;
}

// A dateline's state is AP's form only: "WASHINGTON, D.C., March 3" and
// "CAMBRIDGE, Mass." are US datelines; "TBILISI, Georgia" and "PERTH, WA"
// are not, though Georgia and WA are state names elsewhere.
TEST(UsStates, DatelineStatesAreApForms) {
  for (const char* w : {"Mass.", "D.C.", "Texas", "Ohio", "W.Va."}) EXPECT_TRUE(is_us_dateline_state(w)) << w;
  for (const char* w : {"Georgia", "WA", "New York", "Mass", "D.C"}) EXPECT_FALSE(is_us_dateline_state(w)) << w;
}

}  // namespace
}  // namespace chronicle::actor
