// The fifty U.S. states and the District of Columbia as wire copy writes
// them: AP's abbreviations ("Mass.", "N.J.", "D.C."), the full names and the
// two-letter postal codes. A member of Congress's party-and-state tag
// ("(D-N.J.)", the District's delegate "(D-D.C.)") and a dateline's state
// ("CAMBRIDGE, Mass., March 26 - ") are read against them.
// Thread safety: pure function.
#pragma once

#include <string_view>

namespace chronicle::actor {

// True when `w` (trimmed, case as written) names a U.S. state; a final
// point is optional ("Vt" as "Vt.").
bool is_us_state(std::string_view w);

// True when `w` (as written) is a state as a US dateline gives it after the
// city: AP's abbreviations, the eight names AP writes in full ("Texas",
// "Ohio") and "D.C.". Not the other full names or postal codes: "TBILISI,
// Georgia, March 3" and "PERTH, WA" are datelines abroad.
bool is_us_dateline_state(std::string_view w);

}  // namespace chronicle::actor
